// Command-line parsing for the fake podman, with the rules and error texts of spf13/pflag and
// cobra, which podman uses. Flags and arguments may be interleaved, and `--flag=value` equals
// `--flag value`. `--` ends the flags, and a boolean flag takes a value only in the `=` form.

export class FlagError extends Error {}

/**
 * Parses `args` against `spec` ({ long: { type: 'bool'|'uint'|'string'|'stringArray', short? } }).
 * Returns { flags, positionals }, or throws FlagError with pflag's message for an invalid command line.
 */
export function parseFlags(args, spec) {
  const flags = {};
  const positionals = [];
  const byShort = new Map(Object.entries(spec).filter(([, option]) => option.short).map(([long, option]) => [option.short, long]));

  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = splitInline(arg.slice(2));
      const option = spec[name];
      if (!option) throw new FlagError(`unknown flag: --${name}`);
      index = take(flags, name, option, inline, args, index, `--${name}`);
    } else if (arg.startsWith('-') && arg.length > 1) {
      const [letter, inline] = splitInline(arg.slice(1));
      const name = byShort.get(letter);
      if (!name) throw new FlagError(`unknown shorthand flag: '${letter[0]}' in ${arg}`);
      index = take(flags, name, spec[name], inline, args, index, `-${letter}`);
    } else {
      positionals.push(arg);
    }
  }
  return { flags, positionals };
}

function splitInline(text) {
  const equals = text.indexOf('=');
  return equals === -1 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}

function take(flags, name, option, inline, args, index, flagText) {
  if (option.type === 'bool') {
    if (inline === undefined) flags[name] = true;
    else if (['true', '1', 't', 'T', 'TRUE', 'True'].includes(inline)) flags[name] = true;
    else if (['false', '0', 'f', 'F', 'FALSE', 'False'].includes(inline)) flags[name] = false;
    else throw new FlagError(`invalid argument "${inline}" for "${flagText}" flag: strconv.ParseBool: parsing "${inline}": invalid syntax`);
    return index;
  }

  let value = inline;
  let next = index;
  if (value === undefined) {
    next += 1;
    if (next >= args.length) throw new FlagError(`flag needs an argument: ${flagText}`);
    value = args[next];
  }

  if (option.type === 'uint') {
    if (!/^\d+$/.test(value)) {
      throw new FlagError(`invalid argument "${value}" for "${flagText}" flag: strconv.ParseUint: parsing "${value}": invalid syntax`);
    }
    flags[name] = Number(value);
  } else if (option.type === 'stringArray') {
    flags[name] = [...(flags[name] ?? []), value];
  } else {
    flags[name] = value;
  }
  return next;
}
