// The Reporter and Environment ports on @actions/core.

import * as core from '@actions/core';

import type { Environment, Reporter } from '../ports.js';

export const actionReporter: Reporter = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  secret: (value) => core.setSecret(value),
  group: (title, body) => core.group(title, body),
};

export const actionEnvironment: Environment = {
  exportVariable: (name, value) => core.exportVariable(name, value),
  addPath: (directory) => core.addPath(directory),
  setOutput: (name, value) => core.setOutput(name, value),
};
