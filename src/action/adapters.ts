// The Reporter, Environment and Cache ports on @actions/core and @actions/cache.

import * as cache from '@actions/cache';
import * as core from '@actions/core';

import type { Cache, Environment, Reporter } from '../ports.js';

export const actionReporter: Reporter = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  secret: (value) => core.setSecret(value),
  group: (title, body) => core.group(title, body),
};

const addedPaths = new Set<string>();

export const actionEnvironment: Environment = {
  exportVariable: (name, value) => core.exportVariable(name, value),
  // Several installs share one tool directory; GITHUB_PATH gets it once.
  addPath: (directory) => {
    if (addedPaths.has(directory)) return;
    addedPaths.add(directory);
    core.addPath(directory);
  },
  setOutput: (name, value) => core.setOutput(name, value),
};

/** GitHub's cache service; where it is not available (GHES without it, local runs) nothing is cached. */
export const actionCache: Cache = {
  async restore(paths, key) {
    if (!cache.isFeatureAvailable()) return undefined;
    return cache.restoreCache(paths, key);
  },
  async save(paths, key) {
    if (!cache.isFeatureAvailable()) return 'unavailable';
    // saveCache logs its own reason and returns -1 when the service did not take the entry.
    return (await cache.saveCache(paths, key)) === -1 ? 'declined' : 'saved';
  },
};
