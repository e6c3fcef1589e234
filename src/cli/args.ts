// Command-line flags. Settings take the action's input names (`--machine-name NAME`,
// `--create-cluster=false`); boolean settings also take `--rootful` and `--no-rootful`.

import { UsageError } from '../core/errors.js';
import { findInput, type RawInputs } from '../core/inputs.js';

export interface ParsedArgs {
  settings: RawInputs;
  /** Flags of the command itself (`--dry-run`, `--json`), by name; `true` for a bare flag. */
  flags: Record<string, string | true>;
  positionals: string[];
}

/**
 * Splits argv into settings (names in INPUTS), the command's own flags (names in `commandFlags`,
 * with `true` meaning the flag takes no value) and positionals. Unknown flags are an error.
 */
export function parseArgs(argv: readonly string[], commandFlags: Readonly<Record<string, boolean>>): ParsedArgs {
  const settings: Record<string, string> = {};
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];

  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!argument.startsWith('--')) {
      positionals.push(argument);
      continue;
    }

    const equals = argument.indexOf('=');
    const name = equals === -1 ? argument.slice(2) : argument.slice(2, equals);
    const inline = equals === -1 ? undefined : argument.slice(equals + 1);
    const negated = name.startsWith('no-') ? name.slice(3) : undefined;

    const takesNoValue = commandFlags[name];
    if (takesNoValue !== undefined) {
      if (takesNoValue) flags[name] = inline ?? true;
      else flags[name] = inline ?? valueAfter(argv, ++index, name);
      continue;
    }

    const spec = findInput(name) ?? (negated ? findInput(negated) : undefined);
    if (!spec) throw new UsageError(`Unknown flag --${name}.`, 'Run the command with --help to list its flags.');
    if (spec.name !== name) {
      // `--no-rootful`: only boolean settings have a negated form.
      if (!spec.boolean || inline !== undefined) throw new UsageError(`Unknown flag --${name}; to turn it off, write --${spec.name}=false.`);
      settings[spec.name] = 'false';
      continue;
    }
    if (inline !== undefined) {
      addSetting(settings, spec.list === true, name, inline);
    } else if (spec.boolean && (argv[index + 1] === undefined || argv[index + 1]?.startsWith('--'))) {
      settings[name] = 'true';
    } else {
      addSetting(settings, spec.list === true, name, valueAfter(argv, ++index, name));
    }
  }

  return { settings, flags, positionals };
}

/** Returns the value that follows a flag; a missing one, or another flag in its place, is a usage error. */
function valueAfter(argv: readonly string[], index: number, name: string): string {
  const value = argv[index];
  if (value === undefined || value.startsWith('--')) {
    throw new UsageError(`Missing value for --${name}.`, `Write --${name} VALUE or --${name}=VALUE.`);
  }
  return value;
}

/** Adds a setting; a list setting given several times keeps every value, one a line, as the action input would. */
function addSetting(settings: Record<string, string>, isList: boolean, name: string, value: string): void {
  const previous = settings[name];
  settings[name] = isList && previous !== undefined ? `${previous}\n${value}` : value;
}
