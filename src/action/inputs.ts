// Action inputs: every declared input read once from its INPUT_* variable, then validated.

import * as core from '@actions/core';

import { parseConfig, type Config } from '../core/config.js';
import { INPUTS } from '../core/inputs.js';

export function readConfig(): Config {
  const raw: Record<string, string> = {};
  for (const spec of INPUTS) raw[spec.name] = core.getInput(spec.name);
  return parseConfig(raw);
}
