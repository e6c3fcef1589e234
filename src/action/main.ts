// The action's main step: validate inputs, run the `up` pipeline, export and report.

import * as core from '@actions/core';

import { formatDuration } from '../core/pipeline.js';
import { PipelineError } from '../core/pipeline.js';
import type { SetupContext, SetupFacts } from '../core/context.js';
import { blockLocation, summaryRows, verifyDocs } from '../docs/index.js';
import { describeError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import { runUp } from '../core/up.js';
import { actionContext, stopOnSignals } from './context.js';
import { readConfig } from './inputs.js';
import { saveState } from './state.js';
import { writeSummary } from './summary.js';

export async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    core.setFailed(describeError(error));
    return;
  }

  const controller = new AbortController();
  const { context, runner } = actionContext(config, controller.signal);
  stopOnSignals(controller, runner);

  const state = {
    os: context.platform.os,
    machineName: config.machineName,
    cleanup: config.cleanup,
    succeeded: false,
    machineProvider: '',
  };
  try {
    const result = await runUp(context, {
      onStepEnd: (record) => core.info(`${record.title}: ${record.status} in ${formatDuration(record.durationMs)}. ${record.detail}`),
    });
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    if (result.unchanged) core.info('Nothing to do: everything was already set up.');
    saveState({ ...state, ...teardownFacts(context.facts), succeeded: true });
    await writeSummarySafely(result.records, result.outputs);
    if (config.verifyDocs.length > 0) await verifyDocsStep(context, config.verifyDocs);
  } catch (error) {
    saveState({ ...state, ...teardownFacts(context.facts) });
    const message = redact(describeError(error), context.facts.secrets ?? []);
    if (context.facts.diagnosticsFile) core.setOutput('diagnostics', context.facts.diagnosticsFile);
    const records = error instanceof PipelineError ? error.records : [];
    await writeSummarySafely(records, context.facts.diagnosticsFile ? { diagnostics: context.facts.diagnosticsFile } : {}, message);
    core.setFailed(message);
  }
}

function teardownFacts(facts: SetupFacts) {
  return {
    servicePid: facts.servicePid,
    socketPath: facts.socketPath,
    dockerHost: facts.dockerHost,
    dockerSock: facts.dockerSock,
    clusterName: facts.cluster?.name,
    registry: facts.cluster?.registry,
    machineProvider: facts.machineProvider ?? '',
    cacheHits: facts.cacheHits,
    versions: facts.versions,
    machineStarted: facts.machineStarted,
    clusterCreated: facts.cluster?.createdByThisRun,
  };
}

/** Runs the environment docs against the ready setup; a failing block fails the step. */
async function verifyDocsStep(context: SetupContext, files: string[]): Promise<void> {
  const report = await core.group('Verify docs', () =>
    verifyDocs(context, files, {
      inputName: 'verify-docs',
      onResult: (result) => {
        const code = result.exitCode === undefined ? '' : ` exit ${result.exitCode}`;
        core.info(`${result.status}: ${blockLocation(result.block)}${code} (${formatDuration(result.durationMs)})`);
        if (result.status === 'failed' || result.status === 'timed out') {
          for (const line of result.outputTail) core.info(`    ${line}`);
        }
      },
    }),
  );

  try {
    await core.summary.addHeading('Environment docs', 3).addTable(summaryRows(report.results)).write();
  } catch (error) {
    core.warning(`Could not write the step summary: ${describeError(error)}`);
  }
  const failed = report.results.filter((result) => result.status === 'failed' || result.status === 'timed out');
  if (failed.length > 0) {
    core.setFailed(`verify-docs: ${failed.length} of ${report.results.length} blocks failed: ${failed.map((result) => blockLocation(result.block)).join(', ')}`);
  }
}

async function writeSummarySafely(...args: Parameters<typeof writeSummary>): Promise<void> {
  try {
    await writeSummary(...args);
  } catch (error) {
    core.warning(`Could not write the step summary: ${describeError(error)}`);
  }
}
