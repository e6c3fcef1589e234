// The action's post step: save the caches main missed (only after a successful main), then stop
// what main started when the cleanup policy requires it. Every problem it meets becomes a
// warning, so it never fails the job (the catch in post() enforces this).

import * as core from '@actions/core';

import { saveCaches } from '../core/cache.js';
import { describeError } from '../core/errors.js';
import { deleteCluster, stopRuntime } from '../core/down.js';
import { actionContext } from './context.js';
import { readConfig } from './inputs.js';
import { loadState, type ActionState } from './state.js';

export async function post(): Promise<void> {
  try {
    const state = loadState();
    if (!state) {
      core.info('Nothing to clean up: the main step saved no state.');
      return;
    }
    const config = readConfig();
    const { context } = actionContext(config, new AbortController().signal);
    context.facts = { dockerHost: state.dockerHost, dockerSock: state.dockerSock, versions: state.versions };

    if (state.succeeded && config.cache && state.cacheHits) {
      const hits = state.cacheHits;
      const saved = await core.group('Save caches', () => saveCaches(context, hits));
      core.info(saved.length ? `Saved caches: ${saved.join(', ')}` : 'No cache to save.');
    }

    if (!shouldClean(state)) {
      core.info(`Cleanup skipped (cleanup: ${state.cleanup}, runner: ${process.env.RUNNER_ENVIRONMENT ?? 'unknown'}). A hosted runner is discarded after the job.`);
      return;
    }

    // `auto` takes down only what this run brought up: a machine or cluster that was already
    // running on a self-hosted runner before the job stays as it was.
    const everything = state.cleanup === 'always';
    const target = {
      ...state,
      clusterName: everything || state.clusterCreated ? state.clusterName : undefined,
      machineName: state.machineName,
    };
    const stopMachine = everything || state.os !== 'darwin' || state.machineStarted === true;
    await core.group('Cleanup', async () => {
      const results = [await deleteCluster(context, target)];
      if (stopMachine) results.push(await stopRuntime(context, target));
      else core.info(`Machine ${state.machineName} was already running before this job; it stays running.`);
      if (!target.clusterName && state.clusterName) core.info(`Cluster ${state.clusterName} existed before this job; it stays.`);
      for (const result of results) {
        for (const action of result.actions) core.info(action);
        for (const warning of result.warnings) core.warning(warning);
      }
    });
  } catch (error) {
    core.warning(`Cleanup failed: ${describeError(error)}`);
  }
}

/** `auto` cleans only self-hosted runners: a hosted runner's VM is thrown away after the job. */
export function shouldClean(state: ActionState, runnerEnvironment = process.env.RUNNER_ENVIRONMENT): boolean {
  if (state.cleanup === 'always') return true;
  if (state.cleanup === 'never') return false;
  return runnerEnvironment === 'self-hosted';
}
