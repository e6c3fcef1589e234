// Command-line parsing with the rules of spf13/pflag, which k3d's cobra commands use. A value
// follows as `--name=value`, `--name value`, `-n value` or `-nvalue`. A bool flag takes a value only
// after `=` (`--wait=false`), so `--wait false` leaves `false` as an argument. A repeated
// string-array flag collects every value, and `--` ends the flags. Errors read like pflag's.

export class UsageError extends Error {}

/**
 * Parses a Go time.Duration string ("90s", "5m", "1h2m3.5s", "0") into milliseconds.
 * Throws with Go's wording for a missing unit or a malformed value.
 */
export function parseGoDuration(text) {
  if (text === '0') return 0;
  const units = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const match = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.test(text);
  if (!match) {
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) throw new Error(`time: missing unit in duration "${text}"`);
    throw new Error(`time: invalid duration "${text}"`);
  }
  const negative = text.startsWith('-');
  let total = 0;
  for (const [, number, unit] of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(number) * units[unit];
  }
  return negative ? -total : total;
}

function convert(flagName, spec, raw) {
  switch (spec.type) {
    case 'bool': {
      const value = { true: true, false: false, 1: true, 0: false, t: true, f: false, TRUE: true, FALSE: false, True: true, False: false, T: true, F: false }[raw];
      if (value === undefined) {
        throw new UsageError(`invalid argument "${raw}" for "--${flagName}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
      }
      return value;
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw)) {
        throw new UsageError(`invalid argument "${raw}" for "--${flagName}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      }
      return Number(raw);
    }
    case 'duration': {
      try {
        return parseGoDuration(raw);
      } catch (error) {
        throw new UsageError(`invalid argument "${raw}" for "--${flagName}" flag: ${error.message}`);
      }
    }
    default:
      return raw;
  }
}

/**
 * Parses `argv` against `specs` ({ long: { type: 'bool'|'string'|'int'|'duration'|'stringArray',
 * short?, default? } }). Returns { flags, args, set } where `set` contains the names given on the
 * command line.
 */
export function parseFlags(argv, specs) {
  const flags = {};
  const set = new Set();
  const args = [];
  const shortToLong = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.short) shortToLong[spec.short] = name;
    flags[name] = spec.type === 'stringArray' ? [...(spec.default ?? [])] : spec.default;
  }

  const assign = (name, raw) => {
    const spec = specs[name];
    const value = convert(name, spec, raw);
    if (spec.type === 'stringArray') flags[name].push(value);
    else flags[name] = value;
    set.add(name);
  };

  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index];
    if (token === '--') {
      args.push(...argv.slice(index + 1));
      break;
    }
    if (token.startsWith('--')) {
      const equals = token.indexOf('=');
      const name = equals === -1 ? token.slice(2) : token.slice(2, equals);
      const spec = specs[name];
      if (!spec) throw new UsageError(`unknown flag: --${name}`);
      if (equals !== -1) assign(name, token.slice(equals + 1));
      else if (spec.type === 'bool') assign(name, 'true');
      else if (index + 1 < argv.length) assign(name, argv[(index += 1)]);
      else throw new UsageError(`flag needs an argument: --${name}`);
      continue;
    }
    if (token.startsWith('-') && token.length > 1) {
      const short = token[1];
      const name = shortToLong[short];
      if (!name) throw new UsageError(`unknown shorthand flag: '${short}' in ${token}`);
      const spec = specs[name];
      const rest = token.slice(2);
      if (spec.type === 'bool') assign(name, rest.startsWith('=') ? rest.slice(1) : 'true');
      else if (rest !== '') assign(name, rest.startsWith('=') ? rest.slice(1) : rest);
      else if (index + 1 < argv.length) assign(name, argv[(index += 1)]);
      else throw new UsageError(`flag needs an argument: '${short}' in -${short}`);
      continue;
    }
    args.push(token);
  }
  return { flags, args, set };
}
