// Command-line flags. Settings take the action's input names (`--machine-name NAME`,
// `--create-cluster=false`); boolean settings also take `--rootful` and `--no-rootful`.

import { InputError, InputErrors } from '../core/errors.js';
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
  const errors: InputError[] = [];

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
      if (takesNoValue) {
        flags[name] = inline ?? true;
      } else {
        const value = inline ?? argv[++index];
        if (value === undefined) errors.push(new InputError(`--${name}`, '', 'a value after the flag'));
        else flags[name] = value;
      }
      continue;
    }

    const spec = findInput(name) ?? (negated ? findInput(negated) : undefined);
    if (!spec) {
      errors.push(new InputError(`--${name}`, inline ?? '', 'a flag listed in --help'));
      continue;
    }
    if (spec.name !== name) {
      // `--no-rootful`: only boolean settings have a negated form.
      if (spec.boolean && inline === undefined) settings[spec.name] = 'false';
      else errors.push(new InputError(`--${name}`, inline ?? '', `--${spec.name}=false`));
      continue;
    }
    if (inline !== undefined) {
      addSetting(settings, spec.list === true, name, inline);
    } else if (spec.boolean && (argv[index + 1] === undefined || argv[index + 1]?.startsWith('--'))) {
      settings[name] = 'true';
    } else {
      const value = argv[++index];
      if (value === undefined) errors.push(new InputError(`--${name}`, '', 'a value after the flag'));
      else addSetting(settings, spec.list === true, name, value);
    }
  }

  if (errors.length > 0) throw new InputErrors(errors);
  return { settings, flags, positionals };
}

/** A list setting given several times keeps every value, one a line, as the action input would. */
function addSetting(settings: Record<string, string>, isList: boolean, name: string, value: string): void {
  const previous = settings[name];
  settings[name] = isList && previous !== undefined ? `${previous}\n${value}` : value;
}
