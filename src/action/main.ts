// The action's main step: validate inputs, run the `up` pipeline, export and report.

import * as core from '@actions/core';

import { formatDuration } from '../core/pipeline.js';
import { PipelineError } from '../core/pipeline.js';
import type { SetupFacts } from '../core/context.js';
import { describeError } from '../core/errors.js';
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
  } catch (error) {
    saveState({ ...state, ...teardownFacts(context.facts) });
    const records = error instanceof PipelineError ? error.records : [];
    await writeSummarySafely(records, {}, describeError(error));
    core.setFailed(describeError(error));
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
  };
}

async function writeSummarySafely(...args: Parameters<typeof writeSummary>): Promise<void> {
  try {
    await writeSummary(...args);
  } catch (error) {
    core.warning(`Could not write the step summary: ${describeError(error)}`);
  }
}
