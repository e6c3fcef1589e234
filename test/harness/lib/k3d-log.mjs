// Log output of the k3d stand-in, shaped like k3d v5.8.3's logger: logrus' TextFormatter with
// ForceColors on unless LOG_COLORS parses as false, WARN/ERROR/FATAL to stderr and INFO/DEBUG/TRACE
// to stdout, the level from LOG_LEVEL (or --verbose/--trace), FATAL exits 1.
// Source: k3d-io/k3d cmd/root.go (initLogging) and sirupsen/logrus text_formatter.go.
//
// Coloured lines read `\x1b[36mINFO\x1b[0m[0003] Prep: Network<padding to 44> `: the level cut to
// four letters and the whole seconds since the process started. Without colours logrus writes
// logfmt instead: `time="2025-06-09T12:00:00Z" level=info msg="Prep: Network"`.

const LEVELS = ['panic', 'fatal', 'error', 'warning', 'info', 'debug', 'trace'];
const LEVEL_BY_NAME = { panic: 0, fatal: 1, error: 2, warn: 3, warning: 3, info: 4, debug: 5, trace: 6 };
const ANSI_RED = 31;
const ANSI_YELLOW = 33;
const ANSI_BLUE = 36;
const ANSI_GRAY = 37;

const processStart = Date.now();

/** Parses a boolean the way Go's strconv.ParseBool does; undefined when it is not one. */
export function parseGoBool(value) {
  if (value === undefined) return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/** Quotes a string like Go's %q for the ASCII range, which is what logfmt values need. */
function goQuote(text) {
  let quoted = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') quoted += `\\${char}`;
    else if (char === '\n') quoted += '\\n';
    else if (char === '\t') quoted += '\\t';
    else if (char === '\r') quoted += '\\r';
    else if (code < 0x20 || code === 0x7f) quoted += `\\x${code.toString(16).padStart(2, '0')}`;
    else quoted += char;
  }
  return `${quoted}"`;
}

function needsQuoting(text) {
  return !/^[A-Za-z0-9\-._/@^+]*$/.test(text);
}

/** Formats a date as Go's time.RFC3339 in local time, as logrus does for `time=`. */
function rfc3339(date) {
  const pad = (value) => String(value).padStart(2, '0');
  const offsetMinutes = -date.getTimezoneOffset();
  const zone =
    offsetMinutes === 0
      ? 'Z'
      : `${offsetMinutes > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`
  );
}

export class Logger {
  /**
   * @param {{ env?: NodeJS.ProcessEnv, verbose?: boolean, trace?: boolean, timestamps?: boolean }} options
   */
  constructor(options = {}) {
    const env = options.env ?? process.env;
    this.level = LEVEL_BY_NAME.info;
    if (options.trace) this.level = LEVEL_BY_NAME.trace;
    else if (options.verbose) this.level = LEVEL_BY_NAME.debug;
    else if (env.LOG_LEVEL && LEVEL_BY_NAME[env.LOG_LEVEL.toLowerCase()] !== undefined) {
      this.level = LEVEL_BY_NAME[env.LOG_LEVEL.toLowerCase()];
    }
    this.colored = parseGoBool(env.LOG_COLORS) ?? true;
    this.fullTimestamp = Boolean(options.timestamps) || Boolean(env.LOG_TIMESTAMPS);
  }

  format(levelNumber, message) {
    const now = new Date();
    const levelName = LEVELS[levelNumber];
    if (!this.colored) {
      const msg = needsQuoting(message) ? goQuote(message) : message;
      return `time=${goQuote(rfc3339(now))} level=${levelName}${message === '' ? '' : ` msg=${msg}`}\n`;
    }
    let color = ANSI_BLUE;
    if (levelNumber <= LEVEL_BY_NAME.error) color = ANSI_RED;
    else if (levelNumber === LEVEL_BY_NAME.warn) color = ANSI_YELLOW;
    else if (levelNumber >= LEVEL_BY_NAME.debug) color = ANSI_GRAY;
    const levelText = levelName.toUpperCase().slice(0, 4);
    const stamp = this.fullTimestamp
      ? rfc3339(now)
      : String(Math.floor((now.getTime() - processStart) / 1000)).padStart(4, '0');
    return `\x1b[${color}m${levelText}\x1b[0m[${stamp}] ${message.padEnd(44)} \n`;
  }

  write(levelNumber, message) {
    if (levelNumber > this.level) return;
    const line = this.format(levelNumber, message);
    if (levelNumber <= LEVEL_BY_NAME.warn) process.stderr.write(line);
    else process.stdout.write(line);
  }

  trace(message) {
    this.write(LEVEL_BY_NAME.trace, message);
  }

  debug(message) {
    this.write(LEVEL_BY_NAME.debug, message);
  }

  info(message) {
    this.write(LEVEL_BY_NAME.info, message);
  }

  warn(message) {
    this.write(LEVEL_BY_NAME.warn, message);
  }

  error(message) {
    this.write(LEVEL_BY_NAME.error, message);
  }

  /** Logs at FATAL and exits 1, as logrus' Fatal does. */
  fatal(message) {
    this.write(LEVEL_BY_NAME.fatal, message);
    process.exit(1);
  }
}
