#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 803:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli)
});

;// CONCATENATED MODULE: ./src/core/errors.ts
// Typed errors. Each one carries what failed and a hint with what the user should do next, so the
// action and the CLI can print the same message.
/** Base class: a failure the user can act on. */
class SetupError extends Error {
    hint;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'SetupError';
        this.hint = options.hint;
    }
    /** The message followed by the hint, as printed to the user. */
    describe() {
        return this.hint ? `${this.message}\nHint: ${this.hint}` : this.message;
    }
}
/** An input or flag value that does not have the accepted form. Raised before anything changes. */
class InputError extends SetupError {
    input;
    value;
    accepted;
    constructor(input, value, accepted) {
        super(`Invalid input '${input}': ${quote(value)}. Expected ${accepted}.`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
        this.name = 'InputError';
    }
}
/** Several invalid inputs, reported together so the user fixes them in one go. */
class InputErrors extends SetupError {
    errors;
    constructor(errors) {
        super(errors.map((error) => error.message).join('\n'));
        this.errors = errors;
        this.name = 'InputErrors';
    }
}
const STDERR_TAIL_LINES = 15;
/** A command that exited non-zero, or timed out. */
class CommandError extends SetupError {
    argv;
    exitCode;
    stderr;
    constructor(argv, exitCode, stderr, options = {}) {
        super(commandFailureMessage(argv, exitCode, stderr, options.timedOutAfterMs, options.stdout), {
            hint: options.hint,
        });
        this.argv = argv;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'CommandError';
    }
    get timedOut() {
        return this.exitCode === undefined;
    }
}
function commandFailureMessage(argv, exitCode, stderr, timedOutAfterMs, stdout) {
    const command = formatArgv(argv);
    const head = timedOutAfterMs !== undefined
        ? `Command timed out after ${Math.round(timedOutAfterMs / 1000)} s: ${command}`
        : `Command failed with exit code ${exitCode}: ${command}`;
    // Some tools (k3d's INFO lines, podman's progress) print their reason on stdout.
    const detail = tail(stderr.trim() ? stderr : (stdout ?? ''), STDERR_TAIL_LINES);
    return detail ? `${head}\n${detail}` : `${head}\n(no output on stderr)`;
}
/** Last `count` non-empty lines of `text`. */
function tail(text, count) {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    return lines.slice(-count).join('\n');
}
/** A command line for display, with each argument quoted only when it needs it. */
function formatArgv(argv) {
    return argv.map(quoteArgument).join(' ');
}
function quoteArgument(argument) {
    if (/^[\w@%+=:,./-]+$/.test(argument))
        return argument;
    return `'${argument.replace(/'/g, `'\\''`)}'`;
}
function quote(value) {
    return JSON.stringify(value);
}
/** The user-facing text of any thrown value. */
function describeError(error) {
    if (error instanceof SetupError)
        return error.describe();
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./src/core/inputs.ts
// The settings a user can give, by their action input names. CLI flags use the same names
// (`--machine-name NAME`), so one table serves action.yml, the CLI's help and the validation.
const INPUTS = [
    {
        name: 'install-method',
        description: 'How to install missing tools: auto, release (pinned, checksummed downloads), brew, or skip (use what is on PATH).',
        default: 'auto',
    },
    {
        name: 'podman-version',
        description: 'Podman version to install, for example 5.8.5. Empty: keep any Podman on PATH that meets the minimum (5.6 on macOS, 4.0 on Linux), else install the pinned default.',
        default: '',
    },
    {
        name: 'docker-version',
        description: 'Docker CLI version to install, for example 28.5.2. Empty: keep any Docker CLI on PATH, else install the pinned default.',
        default: '',
    },
    {
        name: 'machine-name',
        description: 'Podman machine name (macOS): at most 30 characters of letters, digits, _ . and -.',
        default: 'podman-machine-default',
    },
    {
        name: 'cpus',
        description: 'CPUs of a new Podman machine (macOS).',
        default: '2',
    },
    {
        name: 'memory',
        description: 'Memory of a new Podman machine in MiB (macOS), for example 4096.',
        default: '4096',
    },
    {
        name: 'disk-size',
        description: 'Disk size of a new Podman machine in GiB (macOS); the disk file is sparse.',
        default: '50',
    },
    {
        name: 'rootful',
        description: 'Run the Podman machine rootful (macOS). k3d needs the rootful socket.',
        default: 'true',
        boolean: true,
    },
    {
        name: 'machine-provider',
        description: 'Podman machine provider (macOS): auto (Podman\'s default), applehv or libkrun. libkrun needs Apple silicon.',
        default: 'auto',
    },
    {
        name: 'machine-start-timeout',
        description: 'Seconds one `podman machine start` attempt may take before it is stopped and retried (3 attempts).',
        default: '300',
    },
    {
        name: 'stop-other-machines',
        description: 'Stop another running Podman machine instead of failing; Podman runs one machine at a time on macOS.',
        default: 'false',
        boolean: true,
    },
    {
        name: 'create-cluster',
        description: 'Create a k3d cluster after the container runtime is ready.',
        default: 'true',
        boolean: true,
    },
    {
        name: 'cleanup',
        description: 'What the post step removes: auto (stop the machine on self-hosted runners only), always, or never.',
        default: 'auto',
    },
];
function findInput(name) {
    return INPUTS.find((spec) => spec.name === name);
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line flags. Settings take the action's input names (`--machine-name NAME`,
// `--create-cluster=false`); boolean settings also take `--rootful` and `--no-rootful`.


/**
 * Splits argv into settings (names in INPUTS), the command's own flags (names in `commandFlags`,
 * with `true` meaning the flag takes no value) and positionals. Unknown flags are an error.
 */
function parseArgs(argv, commandFlags) {
    const settings = {};
    const flags = {};
    const positionals = [];
    const errors = [];
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
            }
            else {
                const value = inline ?? argv[++index];
                if (value === undefined)
                    errors.push(new InputError(`--${name}`, '', 'a value after the flag'));
                else
                    flags[name] = value;
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
            if (spec.boolean && inline === undefined)
                settings[spec.name] = 'false';
            else
                errors.push(new InputError(`--${name}`, inline ?? '', `--${spec.name}=false`));
            continue;
        }
        if (inline !== undefined) {
            settings[name] = inline;
        }
        else if (spec.boolean && (argv[index + 1] === undefined || argv[index + 1]?.startsWith('--'))) {
            settings[name] = 'true';
        }
        else {
            const value = argv[++index];
            if (value === undefined)
                errors.push(new InputError(`--${name}`, '', 'a value after the flag'));
            else
                settings[name] = value;
        }
    }
    if (errors.length > 0)
        throw new InputErrors(errors);
    return { settings, flags, positionals };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/core/command.ts
// Running commands from steps: a non-zero exit becomes a CommandError with a hint.

/** Runs a command under the step's signal and throws a CommandError when it exits non-zero. */
async function runChecked(context, command) {
    const result = await runUnchecked(context, command);
    if (result.exitCode !== 0) {
        throw new CommandError(command.argv, result.exitCode, result.stderr, {
            hint: command.hint,
            stdout: result.stdout,
        });
    }
    return result;
}
/** Runs a command under the step's signal; the caller inspects the exit code. */
function runUnchecked(context, command) {
    const { hint: _hint, ...request } = command;
    return context.runner.run({ ...request, signal: context.signal });
}

;// CONCATENATED MODULE: ./src/tools/json.ts
// Narrowing helpers for JSON that tools print: each returns a typed value or says what was missing.
function asRecord(value, what) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`Expected a JSON object for the ${what}`);
    }
    return value;
}
function optionalRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function optionalString(value) {
    return typeof value === 'string' ? value : undefined;
}
function optionalNumber(value) {
    return typeof value === 'number' ? value : undefined;
}
function requireString(value, field) {
    if (typeof value !== 'string')
        throw new Error(`Missing string field ${field}`);
    return value;
}

;// CONCATENATED MODULE: ./src/tools/podman.ts
// Podman: argv builders and pure parsers for the outputs this tool reads.

const PODMAN = 'podman';
/** Podman prints every failure as `Error: <message>` and exits 125. */
const PODMAN_ERROR_EXIT = 125;
const podmanArgv = {
    version: () => [PODMAN, '--version'],
    machineList: () => [PODMAN, 'machine', 'list', '--format', 'json'],
    machineInspect: (name) => [PODMAN, 'machine', 'inspect', name],
    machineInit: (options) => {
        const argv = [
            PODMAN,
            'machine',
            'init',
            '--cpus',
            String(options.cpus),
            '--memory',
            String(options.memoryMiB),
            '--disk-size',
            String(options.diskSizeGiB),
        ];
        if (options.rootful)
            argv.push('--rootful');
        if (options.image)
            argv.push('--image', options.image);
        argv.push(options.name);
        return argv;
    },
    machineStart: (name) => [PODMAN, 'machine', 'start', '--no-info', name],
    machineStop: (name) => [PODMAN, 'machine', 'stop', name],
    machineRemove: (name) => [PODMAN, 'machine', 'rm', '--force', name],
    systemService: (socketPath) => [
        PODMAN,
        'system',
        'service',
        '--time=0',
        `unix://${socketPath}`,
    ],
};
/** Reads `podman --version` output: `podman version 5.8.5`. */
function parsePodmanVersion(stdout) {
    const match = /podman(?:\.exe)? version (\S+)/i.exec(stdout);
    if (!match?.[1])
        throw new Error(`Unexpected \`podman --version\` output: ${stdout.trim()}`);
    return match[1];
}
/** macOS limits a unix socket path (sun_path) to 104 bytes including the terminating NUL. */
const MAX_SOCKET_PATH = 103;
/**
 * Reads `podman machine inspect` output: a JSON array with one object a machine. Handles the 5.x
 * layout (ConfigDir, State, Rootful, ConnectionInfo.PodmanSocket.symlink) and the 4.x one
 * (ConfigPath, State, no symlink field).
 */
function parseMachineInspect(stdout) {
    const data = JSON.parse(stdout);
    if (!Array.isArray(data))
        throw new Error('`podman machine inspect` did not print a JSON array');
    return data.map((entry) => toMachineInfo(asRecord(entry, 'machine')));
}
function toMachineInfo(entry) {
    const connection = optionalRecord(entry.ConnectionInfo);
    const socket = optionalRecord(connection?.PodmanSocket);
    const socketTarget = optionalString(socket?.Path) || undefined;
    const symlink = optionalString(socket?.symlink) || undefined;
    const resources = optionalRecord(entry.Resources);
    const configDir = optionalString(optionalRecord(entry.ConfigDir)?.Path) ?? optionalString(optionalRecord(entry.ConfigPath)?.Path);
    return {
        name: requireString(entry.Name, 'Name'),
        state: toState(optionalString(entry.State)),
        socketPath: symlink ?? socketTarget,
        socketTarget,
        rootful: entry.Rootful === true,
        cpus: optionalNumber(resources?.CPUs),
        memoryMiB: optionalNumber(resources?.Memory),
        diskSizeGiB: optionalNumber(resources?.DiskSize),
        provider: providerFromConfigDir(configDir),
    };
}
/** 5.x keeps each provider's machines in `.../podman/machine/<provider>`; 4.x in `.../machine/qemu`. */
function providerFromConfigDir(path) {
    if (!path)
        return undefined;
    const match = /\/machine\/([a-z]+)(?:\/[^/]*\.json)?\/?$/.exec(path);
    return match?.[1];
}
/** Reads `podman machine list --format json`: an array, empty when no machine exists. */
function parseMachineList(stdout) {
    const text = stdout.trim();
    if (text === '' || text === 'null')
        return [];
    const data = JSON.parse(text);
    if (!Array.isArray(data))
        throw new Error('`podman machine list` did not print a JSON array');
    return data.map((item) => {
        const entry = asRecord(item, 'machine list entry');
        return {
            // The list marks the default machine with a trailing `*` in its Name on some versions.
            name: requireString(entry.Name, 'Name').replace(/\*$/, ''),
            running: entry.Running === true,
            starting: entry.Starting === true,
            vmType: optionalString(entry.VMType),
            isDefault: entry.Default === true,
        };
    });
}
/** True when podman's stderr says the named machine does not exist. */
function isMachineMissing(stderr) {
    return /VM does not exist|no such vm|does not exist/i.test(stderr);
}
function toState(value) {
    if (value === 'running' || value === 'stopped' || value === 'starting')
        return value;
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/core/steps/machine-inspect.ts
// Reading one machine's state, with the provider setting every `podman machine` call needs.




/** CONTAINERS_MACHINE_PROVIDER overrides containers.conf's provider; unset keeps Podman's default. */
function machineEnv(config) {
    return config.machineProvider === 'auto' ? {} : { CONTAINERS_MACHINE_PROVIDER: config.machineProvider };
}
/** Inspects one machine; a missing machine is an error naming it. */
async function inspectMachine(context, name) {
    const argv = podmanArgv.machineInspect(name);
    const result = await runUnchecked(context, {
        argv,
        timeoutMs: 30_000,
        env: machineEnv(context.config),
        readOnly: true,
    });
    if (result.exitCode !== 0) {
        const hint = isMachineMissing(result.stderr)
            ? `Create it with \`podman machine init ${name}\`, or run setup again.`
            : 'Check that `podman machine inspect` works in a terminal.';
        throw new CommandError(argv, result.exitCode, result.stderr, { hint, stdout: result.stdout });
    }
    const machine = parseMachineInspect(result.stdout).find((entry) => entry.name === name);
    if (!machine)
        throw new SetupError(`podman machine inspect ${name} returned no machine of that name.`);
    return machine;
}

;// CONCATENATED MODULE: ./src/core/down.ts
// Tearing down what `up` set up: the action's post step and the CLI's `down` command.





/** Stops the machine (macOS) or the API service `up` started (Linux). Never throws. */
async function stopRuntime(context, state) {
    const result = { actions: [], warnings: [] };
    if (state.os === 'darwin') {
        try {
            const stop = await runUnchecked(context, {
                argv: podmanArgv.machineStop(state.machineName),
                timeoutMs: 120_000,
                env: machineEnv(context.config),
            });
            if (stop.exitCode === 0)
                result.actions.push(`stopped machine ${state.machineName}`);
            else
                result.warnings.push(`podman machine stop ${state.machineName} exited ${stop.exitCode}: ${stop.stderr.trim()}`);
        }
        catch (error) {
            result.warnings.push(`podman machine stop ${state.machineName} failed: ${describeError(error)}`);
        }
        return result;
    }
    if (state.servicePid !== undefined) {
        // A pid can be reused once its process ends: only a process that still is our service is stopped.
        const commandLine = await (0,promises_namespaceObject.readFile)(`/proc/${state.servicePid}/cmdline`, 'utf8').catch(() => '');
        const isService = commandLine.split('\0').includes('service') && commandLine.includes('podman');
        // The service was started in its own process group, so the group id is its pid.
        if (isService && context.platform.kill(-state.servicePid, 'SIGTERM')) {
            result.actions.push(`stopped podman system service (pid ${state.servicePid})`);
        }
        else {
            result.actions.push(`podman system service (pid ${state.servicePid}) had already stopped`);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/config.ts
// One validated Config, built from raw strings keyed by input name. The action reads them from
// INPUT_* variables and the CLI from its flags; both end here, so both accept the same values.


const INSTALL_METHODS = ['auto', 'release', 'brew', 'skip'];
const MACHINE_PROVIDERS = ['auto', 'applehv', 'libkrun'];
const CLEANUP_POLICIES = ['auto', 'always', 'never'];
/** Podman's own rule for machine names (pkg/machine/define), and its 30-character limit. */
const MACHINE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const MACHINE_NAME_MAX = 30;
const VERSION = /^\d+\.\d+\.\d+$/;
/** The YAML 1.2 core schema spellings, the same set @actions/core's getBooleanInput takes. */
const TRUE_SPELLINGS = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'];
/**
 * Validates every input and returns the Config, or throws InputErrors listing each invalid input
 * with its value and the accepted form. Nothing has run yet when this throws.
 */
function parseConfig(raw) {
    const errors = [];
    const reader = new InputReader(raw, errors);
    const config = {
        installMethod: reader.oneOf('install-method', INSTALL_METHODS),
        podmanVersion: reader.optionalVersion('podman-version'),
        dockerVersion: reader.optionalVersion('docker-version'),
        machineName: reader.machineName('machine-name'),
        cpus: reader.integer('cpus', 1, 128, 'a whole number of CPUs from 1 to 128, for example 4'),
        memoryMiB: reader.integer('memory', 1024, 1048576, 'a whole number of MiB from 1024, for example 8192 (not 8GB)'),
        diskSizeGiB: reader.integer('disk-size', 10, 4096, 'a whole number of GiB from 10 to 4096, for example 100 (not 100G)'),
        rootful: reader.boolean('rootful'),
        machineProvider: reader.oneOf('machine-provider', MACHINE_PROVIDERS),
        machineStartTimeoutSeconds: reader.integer('machine-start-timeout', 30, 3600, 'a whole number of seconds from 30 to 3600'),
        stopOtherMachines: reader.boolean('stop-other-machines'),
        createCluster: reader.boolean('create-cluster'),
        cleanup: reader.oneOf('cleanup', CLEANUP_POLICIES),
    };
    const unknown = Object.keys(raw).filter((name) => !INPUTS.some((spec) => spec.name === name));
    for (const name of unknown) {
        errors.push(new InputError(name, raw[name] ?? '', 'one of the known inputs (see --help)'));
    }
    if (errors.length > 0)
        throw new InputErrors(errors);
    return config;
}
/** Reads one input at a time, falling back to its declared default and collecting errors. */
class InputReader {
    raw;
    errors;
    constructor(raw, errors) {
        this.raw = raw;
        this.errors = errors;
    }
    value(name) {
        const given = this.raw[name];
        if (given !== undefined && given.trim() !== '')
            return given.trim();
        const spec = INPUTS.find((input) => input.name === name);
        if (!spec)
            throw new Error(`Input '${name}' is not declared in INPUTS`);
        return spec.default;
    }
    reject(name, value, accepted, fallback) {
        this.errors.push(new InputError(name, value, accepted));
        return fallback;
    }
    oneOf(name, allowed) {
        const value = this.value(name);
        if (allowed.includes(value))
            return value;
        return this.reject(name, value, `one of ${allowed.join(', ')}`, allowed[0]);
    }
    boolean(name) {
        const value = this.value(name);
        if (TRUE_SPELLINGS.includes(value))
            return true;
        if (FALSE_SPELLINGS.includes(value))
            return false;
        return this.reject(name, value, 'true or false', false);
    }
    integer(name, min, max, accepted) {
        const value = this.value(name);
        if (!/^\d+$/.test(value))
            return this.reject(name, value, accepted, min);
        const number = Number(value);
        if (number < min || number > max)
            return this.reject(name, value, accepted, min);
        return number;
    }
    optionalVersion(name) {
        const value = this.value(name).replace(/^v/, '');
        if (value === '')
            return undefined;
        if (VERSION.test(value))
            return value;
        return this.reject(name, value, 'a version such as 5.8.5, or empty for the default', undefined);
    }
    machineName(name) {
        const value = this.value(name);
        const accepted = `at most ${MACHINE_NAME_MAX} characters: a letter or digit, then letters, digits, _ . or -`;
        if (value.length > MACHINE_NAME_MAX || !MACHINE_NAME.test(value)) {
            return this.reject(name, value, accepted, value);
        }
        return value;
    }
}

;// CONCATENATED MODULE: ./src/adapters/dry-run-runner.ts
// A Runner for --dry-run: commands that only read state run for real, every other command is
// printed instead of run and reported as successful.

class DryRunRunner {
    inner;
    print;
    dryRun = true;
    constructor(inner, print) {
        this.inner = inner;
        this.print = print;
    }
    run(request) {
        if (request.readOnly)
            return this.inner.run(request);
        this.print(`[dry run] would run: ${withEnv(request.env)}${formatArgv(request.argv)}`);
        return Promise.resolve({ exitCode: 0, stdout: '', stderr: '', durationMs: 0 });
    }
    spawnDetached(request) {
        this.print(`[dry run] would start in the background: ${withEnv(request.env)}${formatArgv(request.argv)} (log ${request.logFile})`);
        return Promise.resolve(0);
    }
    which(name) {
        return this.inner.which(name);
    }
}
function withEnv(env) {
    const assignments = Object.entries(env ?? {})
        .filter((entry) => entry[1] !== undefined)
        .map(([name, value]) => `${name}=${value} `);
    return assignments.join('');
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/adapters/platform.ts
// The Platform port on the running Node process.



function processPlatform(directories) {
    return {
        os: process.platform,
        arch: process.arch,
        env: process.env,
        home: (0,external_node_os_namespaceObject.homedir)(),
        tmpDir: process.env.TMPDIR || (0,external_node_os_namespaceObject.tmpdir)(),
        stateDir: directories.stateDir,
        toolDir: directories.toolDir,
        uid: process.getuid?.() ?? 0,
        isCi: process.env.CI === 'true' || process.env.GITHUB_ACTIONS === 'true',
        async freeBytes(path) {
            const stats = await (0,promises_namespaceObject.statfs)(path);
            return stats.bavail * stats.bsize;
        },
        kill(pid, signal) {
            try {
                process.kill(pid, signal);
                return true;
            }
            catch {
                return false;
            }
        },
    };
}
/**
 * The user's cache directory for this tool: ~/Library/Caches on macOS, $XDG_CACHE_HOME or
 * ~/.cache elsewhere.
 */
function userCacheDir() {
    if (process.platform === 'darwin')
        return (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), 'Library', 'Caches', 'setup-podman-k3d');
    return (0,external_node_path_namespaceObject.join)(process.env.XDG_CACHE_HOME || (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cache'), 'setup-podman-k3d');
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/adapters/process-runner.ts
// The Runner port on node:child_process. Each command runs in its own process group, so a
// timeout or a cancel stops the command and every helper it started.






/** Output beyond this many bytes per stream is dropped from the middle; tools here print little. */
const MAX_CAPTURE_BYTES = 8 * 1024 * 1024;
const KILL_GRACE_MS = 5000;
class ProcessRunner {
    log;
    dryRun = false;
    running = new Set();
    constructor(log = { debug: () => undefined }) {
        this.log = log;
    }
    run(request) {
        const [file, ...args] = request.argv;
        if (!file)
            return Promise.reject(new Error('Empty argv'));
        this.log.debug(`$ ${formatArgv(request.argv)}`);
        return new Promise((resolve, reject) => {
            const started = performance.now();
            const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
                env: mergeEnv(request.env),
                stdio: [request.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                detached: true,
            });
            const pid = child.pid;
            if (pid !== undefined)
                this.running.add(pid);
            const stdout = new Capture();
            const stderr = new Capture();
            child.stdout?.on('data', (chunk) => stdout.add(chunk));
            child.stderr?.on('data', (chunk) => stderr.add(chunk));
            if (request.input !== undefined)
                child.stdin?.end(request.input);
            let failure;
            const stop = (error) => {
                if (failure)
                    return;
                failure = error;
                if (pid !== undefined)
                    this.stopGroup(pid);
            };
            const timer = setTimeout(() => stop(new CommandError(request.argv, undefined, stderr.text(), { timedOutAfterMs: request.timeoutMs, stdout: stdout.text() })), request.timeoutMs);
            const onAbort = () => stop(new SetupError(`Cancelled: ${formatArgv(request.argv)}`));
            request.signal?.addEventListener('abort', onAbort, { once: true });
            if (request.signal?.aborted)
                onAbort();
            const finish = () => {
                clearTimeout(timer);
                request.signal?.removeEventListener('abort', onAbort);
                if (pid !== undefined)
                    this.running.delete(pid);
            };
            child.on('error', (error) => {
                finish();
                if (error.code === 'ENOENT') {
                    reject(new CommandError(request.argv, 127, `${file}: command not found`, { hint: `Install ${file} or add it to PATH.` }));
                }
                else {
                    reject(error);
                }
            });
            child.on('close', (code, signal) => {
                finish();
                if (failure)
                    return reject(failure);
                resolve({
                    exitCode: code ?? 128 + signalNumber(signal),
                    stdout: stdout.text(),
                    stderr: stderr.text(),
                    durationMs: performance.now() - started,
                });
            });
        });
    }
    async spawnDetached(request) {
        const [file, ...args] = request.argv;
        if (!file)
            throw new Error('Empty argv');
        this.log.debug(`$ ${formatArgv(request.argv)} (detached, log ${request.logFile})`);
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(request.logFile), { recursive: true });
        const log = await (0,promises_namespaceObject.open)(request.logFile, 'a', 0o600);
        try {
            const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
                env: mergeEnv(request.env),
                stdio: ['ignore', log.fd, log.fd],
                detached: true,
            });
            const pid = await new Promise((resolve, reject) => {
                child.once('error', (error) => reject(error.code === 'ENOENT' ? new CommandError(request.argv, 127, `${file}: command not found`) : error));
                child.once('spawn', () => resolve(child.pid ?? -1));
            });
            child.unref();
            return pid;
        }
        finally {
            await log.close();
        }
    }
    async which(name) {
        if ((0,external_node_path_namespaceObject.isAbsolute)(name))
            return (await isExecutable(name)) ? name : undefined;
        for (const directory of (process.env.PATH ?? '').split(external_node_path_namespaceObject.delimiter)) {
            if (!directory)
                continue;
            const candidate = (0,external_node_path_namespaceObject.join)(directory, name);
            if (await isExecutable(candidate))
                return candidate;
        }
        return undefined;
    }
    /** Stops every command still running, for cancellation (SIGINT, SIGTERM). */
    stopAll() {
        for (const pid of this.running)
            this.stopGroup(pid);
    }
    stopGroup(pid) {
        signalGroup(pid, 'SIGTERM');
        setTimeout(() => signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
    }
}
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group has already exited.
    }
}
/** The inherited environment with the request's additions; `undefined` removes a variable. */
function mergeEnv(extra) {
    const env = { ...process.env };
    for (const [name, value] of Object.entries(extra ?? {})) {
        if (value === undefined)
            delete env[name];
        else
            env[name] = value;
    }
    return env;
}
async function isExecutable(path) {
    return (0,promises_namespaceObject.access)(path, external_node_fs_namespaceObject.constants.X_OK).then(() => true, () => false);
}
function signalNumber(signal) {
    if (!signal)
        return 0;
    return external_node_os_namespaceObject.constants.signals[signal] ?? 15;
}
class Capture {
    chunks = [];
    size = 0;
    add(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > MAX_CAPTURE_BYTES && this.chunks.length > 1) {
            const dropped = this.chunks.splice(1, 1)[0];
            this.size -= dropped?.length ?? 0;
        }
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}

;// CONCATENATED MODULE: ./src/core/pipeline.ts
// Runs steps in order, each in its own log group, under its own deadline, and records how long
// each took and whether it changed anything.

class PipelineError extends SetupError {
    step;
    records;
    constructor(step, records, cause) {
        super(`${step.title} failed: ${describeError(cause)}`, { cause });
        this.step = step;
        this.records = records;
        this.name = 'PipelineError';
    }
}
/** Runs `steps` in order and returns their records; throws a PipelineError at the first failure. */
async function runPipeline(steps, context, hooks = {}) {
    const records = [];
    for (const step of steps) {
        const skipReason = step.skipReason?.(context);
        if (skipReason !== undefined) {
            const record = { id: step.id, title: step.title, status: 'skipped', durationMs: 0, detail: skipReason };
            records.push(record);
            hooks.onStepEnd?.(record);
            continue;
        }
        hooks.onStepStart?.(step);
        const started = performance.now();
        try {
            const outcome = await context.reporter.group(step.title, () => runWithDeadline(step, context));
            const record = {
                id: step.id,
                title: step.title,
                status: outcome.changed ? 'changed' : 'unchanged',
                durationMs: performance.now() - started,
                detail: outcome.detail,
            };
            records.push(record);
            hooks.onStepEnd?.(record);
        }
        catch (error) {
            const record = {
                id: step.id,
                title: step.title,
                status: 'failed',
                durationMs: performance.now() - started,
                detail: firstLine(describeError(error)),
            };
            records.push(record);
            hooks.onStepEnd?.(record);
            throw new PipelineError(step, records, error);
        }
    }
    return records;
}
/** Runs one step with a signal that aborts at its deadline or when the caller cancels. */
async function runWithDeadline(step, context) {
    const deadlineMs = step.deadlineMs(context);
    const deadline = AbortSignal.timeout(deadlineMs);
    const signal = AbortSignal.any([deadline, context.signal]);
    // A step that ignores its signal still ends at the deadline: the race below rejects.
    let onAbort;
    const aborted = new Promise((_resolve, reject) => {
        onAbort = () => {
            const reason = deadline.aborted
                ? new SetupError(`${step.title} did not finish within ${Math.round(deadlineMs / 1000)} s.`)
                : new SetupError('Cancelled.');
            reject(reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([step.run({ ...context, signal }), aborted]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
function formatDuration(milliseconds) {
    if (milliseconds < 1000)
        return `${Math.round(milliseconds)} ms`;
    const seconds = milliseconds / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

;// CONCATENATED MODULE: ./src/cli/terminal.ts
// The Reporter and Environment ports for a terminal: plain lines on stderr (stdout is kept for
// results such as `env`'s export lines and `--json`), with registered secrets masked.

class TerminalReporter {
    options;
    secrets = [];
    constructor(options) {
        this.options = options;
    }
    info(message) {
        if (!this.options.quiet)
            this.line(`  ${message}`);
    }
    warning(message) {
        this.line(`${this.paint('33', 'warning:')} ${message}`);
    }
    debug(message) {
        if (this.options.verbose)
            this.line(`  ${this.paint('2', message)}`);
    }
    secret(value) {
        if (value.length >= 4)
            this.secrets.push(value);
    }
    async group(title, body) {
        if (!this.options.quiet)
            this.line(`${this.paint('1', '▸')} ${title}`);
        return body();
    }
    stepEnd(record) {
        if (this.options.quiet && record.status !== 'failed')
            return;
        const mark = { changed: this.paint('32', '✓'), unchanged: this.paint('32', '✓'), skipped: '-', failed: this.paint('31', '✗') }[record.status];
        const duration = record.status === 'skipped' ? '' : ` (${formatDuration(record.durationMs)})`;
        this.line(`${mark} ${record.title}: ${record.detail}${duration}`);
    }
    error(message) {
        this.line(`${this.paint('31', 'error:')} ${message}`);
    }
    /** Replaces every registered secret in `text`. */
    mask(text) {
        let masked = text;
        for (const secret of this.secrets)
            masked = masked.split(secret).join('***');
        return masked;
    }
    line(text) {
        this.options.write(`${this.mask(text)}\n`);
    }
    paint(code, text) {
        return this.options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    }
}
/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function useColor(stream, env) {
    return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}
/** Applies exports to this process (so later steps see them) and records them for printing. */
class ProcessEnvironment {
    dryRun;
    exported = {};
    paths = [];
    outputs = {};
    constructor(dryRun) {
        this.dryRun = dryRun;
    }
    exportVariable(name, value) {
        this.exported[name] = value;
        if (!this.dryRun)
            process.env[name] = value;
    }
    addPath(directory) {
        this.paths.push(directory);
        if (!this.dryRun)
            process.env.PATH = `${directory}:${process.env.PATH ?? ''}`;
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
}

;// CONCATENATED MODULE: ./src/cli/session.ts
// What every command needs: a context on this machine, a reporter, and cancellation on Ctrl-C.






function openSession(options) {
    const config = parseConfig(options.settings);
    const reporter = new TerminalReporter({
        quiet: options.quiet ?? false,
        verbose: options.verbose ?? false,
        color: useColor(process.stderr, process.env),
        write: (text) => process.stderr.write(text),
    });
    const processRunner = new ProcessRunner({ debug: (message) => reporter.debug(message) });
    const runner = options.dryRun ? new DryRunRunner(processRunner, (line) => process.stdout.write(`${line}\n`)) : processRunner;
    const stateDir = process.env.SETUP_PODMAN_K3D_STATE_DIR || userCacheDir();
    const environment = new ProcessEnvironment(options.dryRun ?? false);
    // Ctrl-C aborts the pipeline; the runner then stops every command it started.
    const controller = new AbortController();
    const onSignal = () => {
        controller.abort();
        processRunner.stopAll();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const context = {
        config,
        runner,
        reporter,
        environment,
        platform: processPlatform({ stateDir, toolDir: (0,external_node_path_namespaceObject.join)(stateDir, 'bin') }),
        facts: {},
        signal: controller.signal,
    };
    return {
        config,
        context,
        reporter,
        environment,
        stateDir,
        close() {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            processRunner.stopAll();
        },
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/cli/state.ts
// The local runner's state file: what `up` set up, for `down`, `env` and `status`.



function statePath(stateDir) {
    return (0,external_node_path_namespaceObject.join)(stateDir, 'state.json');
}
async function readLocalState(stateDir) {
    const text = await (0,promises_namespaceObject.readFile)(statePath(stateDir), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null)
        return undefined;
    const state = value;
    if (typeof state.os !== 'string' || typeof state.machineName !== 'string')
        return undefined;
    return state;
}
/** Writes the state file atomically: a reader sees the old file or the new one, never half of one. */
async function writeLocalState(stateDir, state) {
    await writeFileAtomic(statePath(stateDir), `${JSON.stringify(state, null, 2)}\n`, 0o600);
}
async function writeFileAtomic(path, content, mode) {
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`;
    await (0,promises_namespaceObject.writeFile)(temporary, content, { mode, flag: 'wx' });
    await (0,promises_namespaceObject.rename)(temporary, path);
}

;// CONCATENATED MODULE: ./src/cli/commands/down.ts
// `setup-podman-k3d down`: stop what `up` started on this machine.



const DOWN_FLAGS = { quiet: true, verbose: true };
async function downCommand(args) {
    const session = openSession({ settings: args.settings, quiet: args.flags.quiet !== undefined, verbose: args.flags.verbose !== undefined });
    try {
        const { context, reporter } = session;
        const saved = await readLocalState(session.stateDir);
        const state = saved ?? { os: context.platform.os, machineName: session.config.machineName };
        const result = await stopRuntime(context, { ...state, machineName: args.settings['machine-name'] ? session.config.machineName : state.machineName });
        if (saved?.servicePid !== undefined) {
            await writeLocalState(session.stateDir, { ...saved, servicePid: undefined, updatedAt: new Date().toISOString() });
        }
        for (const action of result.actions)
            reporter.info(action);
        for (const warning of result.warnings)
            reporter.warning(warning);
        if (result.actions.length === 0 && result.warnings.length === 0)
            reporter.info('Nothing to stop.');
        return result.warnings.length === 0 ? 0 : 1;
    }
    finally {
        session.close();
    }
}

;// CONCATENATED MODULE: ./src/tools/docker.ts
// The Docker CLI: argv builders and the parser for `docker version` JSON.

const DOCKER = 'docker';
const dockerArgv = {
    clientVersion: () => [DOCKER, '--version'],
    version: () => [DOCKER, 'version', '--format', '{{json .}}'],
};
/**
 * Reads `docker version --format '{{json .}}'`. The CLI prints the Client object even when it
 * reaches no server (`"Server":null`, exit code 1), so a missing server is not a parse error.
 */
function parseDockerVersion(stdout) {
    const data = asRecord(JSON.parse(firstJsonLine(stdout)), 'docker version');
    const client = asRecord(data.Client, 'Client');
    const server = optionalRecord(data.Server);
    const components = Array.isArray(server?.Components) ? server.Components : [];
    const podman = components
        .map((component) => optionalRecord(component))
        .find((component) => component?.Name === 'Podman Engine');
    return {
        client: optionalString(client.Version) ?? 'unknown',
        server: optionalString(server?.Version),
        engine: podman ? 'Podman Engine' : optionalString(optionalRecord(components[0])?.Name),
        podmanVersion: optionalString(podman?.Version),
    };
}
/** Reads `docker --version`: `Docker version 28.2.2, build e6534b4`. */
function parseDockerClientVersion(stdout) {
    const match = /Docker version ([^\s,]+)/.exec(stdout);
    if (!match?.[1])
        throw new Error(`Unexpected \`docker --version\` output: ${stdout.trim()}`);
    return match[1];
}
/** The CLI may print warnings after the JSON line; the JSON is the first line that starts with `{`. */
function firstJsonLine(stdout) {
    const line = stdout.split('\n').find((candidate) => candidate.trim().startsWith('{'));
    if (!line)
        throw new Error(`\`docker version\` printed no JSON: ${stdout.trim().slice(0, 200)}`);
    return line;
}

;// CONCATENATED MODULE: ./src/core/steps/docker-host.ts
// DOCKER_HOST: point the Docker CLI at Podman's API socket, and prove that it gets there.





/** The rootful API socket inside a Podman machine and on a rootful Linux host. */
const ROOTFUL_GUEST_SOCKET = '/run/podman/podman.sock';
const dockerHostStep = {
    id: 'docker-host',
    title: 'DOCKER_HOST',
    deadlineMs: () => 60_000,
    async run(context) {
        const { socketPath, dockerSock } = await resolveSocket(context);
        const dockerHost = `unix://${socketPath}`;
        const previous = context.platform.env.DOCKER_HOST;
        context.facts.socketPath = socketPath;
        context.facts.dockerHost = dockerHost;
        context.facts.dockerSock = dockerSock;
        if (previous && previous !== dockerHost) {
            context.reporter.warning(`DOCKER_HOST was ${previous}; it is now ${dockerHost}, the Podman API socket.`);
        }
        context.environment.exportVariable('DOCKER_HOST', dockerHost);
        context.environment.exportVariable('DOCKER_SOCK', dockerSock);
        // Exporting the variable changes nothing on the machine, so this step never counts as a change.
        if (context.runner.dryRun)
            return { changed: false, detail: `would export DOCKER_HOST=${dockerHost}` };
        const engine = await proveDockerReachesPodman(context, dockerHost);
        return {
            changed: false,
            detail: `DOCKER_HOST=${dockerHost}; docker ${engine.client} reaches Podman ${engine.podman}`,
        };
    },
};
/** The host-side socket and the path k3d should mount inside the Podman host (DOCKER_SOCK). */
async function resolveSocket(context) {
    if (context.platform.os !== 'darwin') {
        const socketPath = context.facts.socketPath;
        if (!socketPath)
            throw new SetupError('No Podman API socket was set up before DOCKER_HOST.');
        return { socketPath, dockerSock: socketPath };
    }
    if (context.runner.dryRun && context.facts.machineStarted) {
        return { socketPath: '<socket from podman machine inspect>', dockerSock: ROOTFUL_GUEST_SOCKET };
    }
    const name = context.config.machineName;
    const machine = await inspectMachine(context, name);
    if (!machine.socketPath) {
        throw new SetupError(`podman machine inspect ${name} reports no API socket path.`);
    }
    if (machine.socketPath.length > MAX_SOCKET_PATH) {
        throw new SetupError(`The API socket path of ${name} is ${machine.socketPath.length} characters, over the ${MAX_SOCKET_PATH} that macOS allows, and Podman reported no shorter symlink.`, { hint: 'Set TMPDIR to a shorter directory, or upgrade Podman to 5.x.' });
    }
    // Podman creates the machine's user with the host user's uid, so a rootless guest socket is
    // /run/user/<uid>/podman/podman.sock.
    const dockerSock = machine.rootful ? ROOTFUL_GUEST_SOCKET : `/run/user/${context.platform.uid}/podman/podman.sock`;
    return { socketPath: machine.socketPath, dockerSock };
}
async function proveDockerReachesPodman(context, dockerHost) {
    const argv = dockerArgv.version();
    const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env: { DOCKER_HOST: dockerHost, DOCKER_CONTEXT: undefined }, readOnly: true });
    const version = parseDockerVersion(result.stdout || '{"Client":{}}');
    if (result.exitCode !== 0 || !version.server) {
        const reason = result.stderr.trim().split('\n').at(-1) ?? `exit code ${result.exitCode}`;
        throw new SetupError(`The Docker CLI cannot reach Podman through DOCKER_HOST=${dockerHost}: ${reason}`, {
            hint: 'Check that the socket exists and that this user may open it.',
        });
    }
    if (!version.podmanVersion) {
        throw new SetupError(`DOCKER_HOST=${dockerHost} reaches a server that is not Podman (${version.engine ?? 'unknown engine'} ${version.server}).`, { hint: 'Another engine serves this socket; stop it or choose another machine.' });
    }
    return { client: version.client, podman: version.podmanVersion };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/tools/api-socket.ts
// The Docker-compatible API that Podman serves on a unix socket, reached without any CLI.

/** Sends `GET /_ping` over the socket; Podman and Docker answer `OK` when the API is serving. */
function pingSocket(socketPath, timeoutMs) {
    return new Promise((resolve) => {
        const call = (0,external_node_http_namespaceObject.request)({ socketPath, path: '/_ping', method: 'GET', timeout: timeoutMs }, (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk) => (body += chunk));
            response.on('end', () => {
                if (response.statusCode === 200 && body.trim() === 'OK')
                    resolve({ ok: true });
                else
                    resolve({ ok: false, reason: `HTTP ${response.statusCode}: ${body.trim().slice(0, 100)}` });
            });
        });
        call.on('timeout', () => {
            call.destroy();
            resolve({ ok: false, reason: `no answer within ${timeoutMs} ms` });
        });
        call.on('error', (error) => resolve({ ok: false, reason: error.code ?? error.message }));
        call.end();
    });
}
/** Pings until the API answers or `deadlineMs` passes; returns the last failure reason on timeout. */
async function waitForSocket(socketPath, deadlineMs, signal) {
    const end = Date.now() + deadlineMs;
    let last = { ok: false, reason: 'not tried' };
    while (Date.now() < end && !signal?.aborted) {
        last = await pingSocket(socketPath, Math.min(5000, Math.max(100, end - Date.now())));
        if (last.ok)
            return last;
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return last;
}

;// CONCATENATED MODULE: ./src/core/steps/linux-service.ts
// Linux: Podman runs on the host, so no VM is needed; make sure its API socket is serving.






const SERVICE_START_DEADLINE_MS = 30_000;
/** Where Podman serves its API: the system socket for root, the user's runtime dir otherwise. */
function linuxSocketPath(context) {
    const { platform } = context;
    if (platform.uid === 0)
        return '/run/podman/podman.sock';
    const runtimeDir = platform.env.XDG_RUNTIME_DIR || `/run/user/${platform.uid}`;
    return (0,external_node_path_namespaceObject.join)(runtimeDir, 'podman', 'podman.sock');
}
const linuxServiceStep = {
    id: 'podman-service',
    title: 'Podman API socket',
    deadlineMs: () => SERVICE_START_DEADLINE_MS + 15_000,
    skipReason: (context) => (context.platform.os === 'linux' ? undefined : 'not Linux'),
    async run(context) {
        const socketPath = linuxSocketPath(context);
        context.facts.socketPath = socketPath;
        context.facts.machineProvider = 'native';
        const first = await pingSocket(socketPath, 3000);
        if (first.ok)
            return { changed: false, detail: `${socketPath} is serving` };
        if (context.runner.dryRun) {
            await context.runner.spawnDetached({ argv: podmanArgv.systemService(socketPath), logFile: serviceLog(context) });
            return { changed: true, detail: `would start podman system service on ${socketPath}` };
        }
        // A socket file that nobody answers on is left from a stopped service; podman cannot bind over it.
        if (first.reason === 'ECONNREFUSED' && (await exists(socketPath)))
            await (0,promises_namespaceObject.rm)(socketPath, { force: true });
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(socketPath), { recursive: true, mode: 0o700 });
        const logFile = serviceLog(context);
        const pid = await context.runner.spawnDetached({ argv: podmanArgv.systemService(socketPath), logFile });
        context.facts.servicePid = pid;
        context.reporter.info(`Started podman system service (pid ${pid}) on ${socketPath}; its log is ${logFile}`);
        const ready = await waitForSocket(socketPath, SERVICE_START_DEADLINE_MS, context.signal);
        if (!ready.ok) {
            context.platform.kill(-pid, 'SIGTERM');
            const log = await (0,promises_namespaceObject.readFile)(logFile, 'utf8').catch(() => '');
            throw new SetupError(`podman system service did not answer on ${socketPath} within ${SERVICE_START_DEADLINE_MS / 1000} s (${ready.reason}).` +
                (log.trim() ? `\n${tail(log, 10)}` : ''), { hint: `Read ${logFile}; run \`podman system service --time=0 unix://${socketPath}\` by hand to see the error.` });
        }
        return { changed: true, detail: `started podman system service (pid ${pid}) on ${socketPath}` };
    },
};
function serviceLog(context) {
    return (0,external_node_path_namespaceObject.join)(context.platform.stateDir, 'podman-service.log');
}
async function exists(path) {
    return (0,promises_namespaceObject.stat)(path).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/cli/shell.ts
// Quoting for the shells whose export lines `env` prints.
const SHELLS = ['bash', 'zsh', 'fish'];
/** Single-quotes a value so every shell named here takes it literally. */
function quoteForShell(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function formatArgvForShell(argv) {
    return argv.map(quoteForShell).join(' ');
}
/** One line that sets and exports a variable in the given shell. */
function exportLine(shell, name, value) {
    if (shell === 'fish')
        return `set -gx ${name} ${quoteFish(value)};`;
    return `export ${name}=${quoteForShell(value)}`;
}
/** fish takes no '\'' sequence inside single quotes; it escapes ' and \ with a backslash. */
function quoteFish(value) {
    return `'${value.replace(/[\\']/g, (character) => `\\${character}`)}'`;
}

;// CONCATENATED MODULE: ./src/cli/commands/env.ts
// `setup-podman-k3d env`: the export lines that point a shell at this machine's Podman socket.





const ENV_FLAGS = { shell: false };
async function envCommand(args) {
    const shell = (args.flags.shell === undefined ? detectShell(process.env.SHELL) : String(args.flags.shell));
    if (!SHELLS.includes(shell))
        throw new InputError('--shell', shell, `one of ${SHELLS.join(', ')}`);
    const session = openSession({ settings: args.settings, quiet: true });
    try {
        const { context } = session;
        if (context.platform.os === 'linux')
            context.facts.socketPath = linuxSocketPath(context);
        const { socketPath, dockerSock } = await resolveSocket(context);
        if (!socketPath)
            throw new SetupError('No Podman API socket found.', { hint: 'Run `setup-podman-k3d up` first.' });
        const lines = [exportLine(shell, 'DOCKER_HOST', `unix://${socketPath}`), exportLine(shell, 'DOCKER_SOCK', dockerSock)];
        process.stdout.write(`${lines.join('\n')}\n`);
        return 0;
    }
    finally {
        session.close();
    }
}
/** The shell named by $SHELL, or bash. */
function detectShell(shellPath) {
    const name = shellPath?.split('/').pop();
    return SHELLS.find((shell) => shell === name) ?? 'bash';
}

;// CONCATENATED MODULE: ./src/tools/brew.ts
// Homebrew: argv and the environment that keeps it from updating and cleaning up on every call.
const BREW = 'brew';
/** Settings that skip Homebrew's auto-update, cleanup and dependents checks, which cost minutes. */
const BREW_ENV = {
    HOMEBREW_NO_AUTO_UPDATE: '1',
    HOMEBREW_NO_INSTALL_CLEANUP: '1',
    HOMEBREW_NO_INSTALLED_DEPENDENTS_CHECK: '1',
    HOMEBREW_NO_INSTALL_UPGRADE: '1',
    HOMEBREW_NO_ANALYTICS: '1',
    HOMEBREW_NO_ENV_HINTS: '1',
};
const brewArgv = {
    install: (formula) => [BREW, 'install', formula],
    prefix: (formula) => [BREW, '--prefix', formula],
};
/** True when Homebrew failed because the formula has no bottle for this machine (Intel podman). */
function isNoBottle(stderr) {
    return /no bottle available/i.test(stderr);
}

;// CONCATENATED MODULE: ./src/core/steps/install-brew.ts
// Homebrew installs, with the settings that keep Homebrew from updating itself on every call.



async function brewInstall(context, formulae) {
    if (!(await context.runner.which('brew'))) {
        throw new SetupError(`Homebrew is not on PATH, so ${formulae.join(' and ')} cannot be installed with it.`, {
            hint: 'Set install-method to release, or install Homebrew.',
        });
    }
    const argv = [...brewArgv.install(formulae[0] ?? ''), ...formulae.slice(1)];
    const result = await runUnchecked(context, { argv, timeoutMs: 10 * 60_000, env: BREW_ENV });
    if (result.exitCode === 0)
        return;
    const hint = isNoBottle(result.stderr)
        ? 'Homebrew has no Podman bottle for Intel Macs. Set install-method to release to use the official .pkg installer.'
        : 'Read the Homebrew error above; install-method release uses pinned downloads instead.';
    throw new CommandError(argv, result.exitCode, result.stderr, { hint, stdout: result.stdout });
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/tools/download.ts
// Release downloads: retried on network errors and HTTP 5xx/429, verified by SHA-256 before the
// file appears at its destination.







/**
 * A base URL that replaces every download host, for mirrors and for tests that serve release
 * files from 127.0.0.1: `https://github.com/a/b` becomes `$MIRROR/github.com/a/b`.
 */
const DOWNLOAD_MIRROR_VARIABLE = 'SETUP_PODMAN_K3D_DOWNLOAD_MIRROR';
const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 1000;
function mirrored(url, mirror) {
    if (!mirror)
        return url;
    const parsed = new URL(url);
    return `${mirror.replace(/\/+$/, '')}/${parsed.host}${parsed.pathname}`;
}
/** Downloads, verifies and atomically places a file. Returns its SHA-256. */
async function download(request, reporter) {
    const fileName = (0,external_node_path_namespaceObject.basename)(new URL(request.url).pathname);
    const expected = request.sha256 ?? (await expectedDigest(request, fileName, reporter));
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(request.destination), { recursive: true });
    const partial = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(request.destination), `.${(0,external_node_path_namespaceObject.basename)(request.destination)}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.partial`);
    try {
        const actual = await withRetries(mirrored(request.url, request.mirror), request, reporter, (response) => saveAndHash(response, partial));
        if (expected === undefined) {
            reporter.warning(`${fileName}: its publisher gives no checksum to verify against; SHA-256 is ${actual}.`);
        }
        else if (actual !== expected) {
            throw new SetupError(`Checksum mismatch for ${fileName}: expected SHA-256 ${expected}, got ${actual}. Nothing was installed.`, { hint: 'Retry the job; if it fails again, the download or its mirror is not what its publisher released.' });
        }
        await (0,promises_namespaceObject.rename)(partial, request.destination);
        return actual;
    }
    finally {
        await (0,promises_namespaceObject.rm)(partial, { force: true });
    }
}
async function expectedDigest(request, fileName, reporter) {
    if (!request.checksumUrl)
        return undefined;
    const text = await withRetries(mirrored(request.checksumUrl, request.mirror), request, reporter, (response) => response.text());
    const digest = findDigest(text, fileName);
    if (!digest) {
        throw new SetupError(`No SHA-256 for ${fileName} in ${request.checksumUrl}.`, {
            hint: 'Pin another version, or report the missing checksum to its publisher.',
        });
    }
    return digest;
}
/** Finds the digest for `fileName` in sha256sum output, or the only digest of a one-digest file. */
function findDigest(text, fileName) {
    const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
    for (const line of lines) {
        const match = /^([a-f0-9]{64})\s+\*?(.+)$/i.exec(line);
        if (match?.[2] && (0,external_node_path_namespaceObject.basename)(match[2].trim()) === fileName)
            return match[1]?.toLowerCase();
    }
    if (lines.length === 1 && /^[a-f0-9]{64}$/i.test(lines[0] ?? ''))
        return lines[0]?.toLowerCase();
    return undefined;
}
async function saveAndHash(response, path) {
    if (!response.body)
        throw new Error('empty response body');
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    const source = external_node_stream_namespaceObject.Readable.fromWeb(response.body);
    source.on('data', (chunk) => hash.update(chunk));
    await (0,external_node_stream_promises_namespaceObject.pipeline)(source, (0,external_node_fs_namespaceObject.createWriteStream)(path, { mode: 0o600 }));
    return hash.digest('hex');
}
class RetryableError extends Error {
}
async function withRetries(url, request, reporter, consume) {
    let lastError;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
        try {
            const signals = [AbortSignal.timeout(request.timeoutMs)];
            if (request.signal)
                signals.push(request.signal);
            const response = await fetch(url, { signal: AbortSignal.any(signals), redirect: 'follow' });
            if (response.status === 429 || response.status >= 500) {
                throw new RetryableError(`HTTP ${response.status} ${response.statusText}`);
            }
            if (!response.ok) {
                throw new SetupError(`Download failed: HTTP ${response.status} ${response.statusText} for ${url}`, {
                    hint: 'Check that the version you pinned exists for this platform.',
                });
            }
            return await consume(response);
        }
        catch (error) {
            if (error instanceof SetupError || request.signal?.aborted)
                throw error;
            lastError = error;
            if (attempt < ATTEMPTS) {
                const delay = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
                reporter.info(`Download of ${url} failed (${describe(error)}); attempt ${attempt + 1} of ${ATTEMPTS} in ${delay / 1000} s.`);
                await new Promise((resolve) => setTimeout(resolve, delay));
            }
        }
    }
    throw new SetupError(`Download failed after ${ATTEMPTS} attempts: ${url}: ${describe(lastError)}`, {
        hint: 'Check the network, or set a mirror with ' + DOWNLOAD_MIRROR_VARIABLE + '.',
    });
}
function describe(error) {
    if (error instanceof Error) {
        const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
        return `${error.message}${cause}`;
    }
    return String(error);
}

;// CONCATENATED MODULE: ./src/tools/semver.ts
// Version comparison for the dotted versions the tools print (5.8.5, 28.5.2, v1.31.5-k3s1).
/** The numeric major, minor and patch of a version string, ignoring a leading v and any suffix. */
function parseVersion(text) {
    const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
    if (!match)
        return undefined;
    return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}
/** Negative, zero or positive as `a` is older than, equal to or newer than `b`. */
function compareVersions(a, b) {
    const left = parseVersion(a);
    const right = parseVersion(b);
    if (!left || !right)
        throw new Error(`Cannot compare versions '${a}' and '${b}'`);
    for (let index = 0; index < 3; index += 1) {
        const difference = (left[index] ?? 0) - (right[index] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
function isAtLeast(version, minimum) {
    return parseVersion(version) !== undefined && compareVersions(version, minimum) >= 0;
}

;// CONCATENATED MODULE: ./src/core/versions.ts
// Pinned defaults for everything this tool installs, in one place so an upgrade is one change.
/**
 * Podman 5.8.x is the last line that ships an Intel macOS installer (6.0 builds arm64 only), and
 * 5.6.0 is the first release with the containers/common fix that k3d's host-gateway entry needs.
 */
const PODMAN_DEFAULT_VERSION = '5.8.5';
const PODMAN_MIN_VERSION_MACOS = '5.6.0';
const PODMAN_MIN_VERSION_LINUX = '4.0.0';
/** The Docker CLI is only a client here; any 20.10+ client speaks the API Podman serves. */
const DOCKER_DEFAULT_VERSION = '28.5.2';
const DOCKER_MIN_VERSION = '20.10.0';
const RELEASE_URLS = {
    /** Podman publishes a `shasums` file beside each release's assets. */
    podmanRelease: (version) => `https://github.com/containers/podman/releases/download/v${version}`,
    /** Docker publishes no checksum file for its static client tarballs. */
    dockerStatic: (os, arch, version) => `https://download.docker.com/${os}/static/stable/${arch}/docker-${version}.tgz`,
};

;// CONCATENATED MODULE: ./src/core/steps/install-docker.ts
// The Docker CLI: keep the one on PATH, else install Docker's static client tarball or the formula.








async function installedDockerVersion(context) {
    if (!(await context.runner.which('docker')))
        return undefined;
    const result = await runUnchecked(context, { argv: dockerArgv.clientVersion(), timeoutMs: 30_000, readOnly: true });
    return result.exitCode === 0 ? parseDockerClientVersion(result.stdout) : undefined;
}
async function dockerPlan(context) {
    const { config } = context;
    const found = await installedDockerVersion(context);
    const satisfied = found !== undefined && (config.dockerVersion ? found === config.dockerVersion : isAtLeast(found, DOCKER_MIN_VERSION));
    if (satisfied)
        return { tool: 'docker', action: 'keep', version: found };
    if (config.installMethod === 'skip') {
        const problem = found === undefined ? 'The Docker CLI is not installed' : `Docker CLI ${found} does not match docker-version ${config.dockerVersion ?? DOCKER_MIN_VERSION}`;
        throw new SetupError(`${problem}, and install-method is skip.`, {
            hint: 'Install the Docker CLI, or set install-method to auto.',
        });
    }
    if (config.installMethod === 'brew')
        return { tool: 'docker', action: 'brew', formula: 'docker' };
    return { tool: 'docker', action: 'release', version: config.dockerVersion ?? DOCKER_DEFAULT_VERSION };
}
/** Downloads Docker's static client tarball and puts its `docker` binary in the tool directory. */
async function installDockerRelease(context, version) {
    const { platform, reporter } = context;
    const url = RELEASE_URLS.dockerStatic(platform.os === 'darwin' ? 'mac' : 'linux', platform.arch === 'x64' ? 'x86_64' : 'aarch64', version);
    const archive = (0,external_node_path_namespaceObject.join)(platform.stateDir, 'downloads', `docker-${version}-${platform.os}-${platform.arch}.tgz`);
    if (context.runner.dryRun) {
        reporter.info(`[dry run] would download ${url} and install its docker binary into ${platform.toolDir}`);
        return;
    }
    reporter.info(`Downloading Docker CLI ${version}`);
    // NOTE: Docker publishes no checksum file for its static tarballs, so this download is checked
    // only by TLS; download() logs its SHA-256 so a user can pin and compare it.
    await download({ url, destination: archive, mirror: platform.env[DOWNLOAD_MIRROR_VARIABLE], timeoutMs: 10 * 60_000, signal: context.signal }, reporter);
    await (0,promises_namespaceObject.mkdir)(platform.toolDir, { recursive: true });
    const unpackDir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(platform.toolDir, '.docker-'));
    try {
        await runChecked(context, {
            argv: ['tar', '-xzf', archive, '-C', unpackDir, 'docker/docker'],
            timeoutMs: 60_000,
            hint: 'The downloaded archive is damaged; delete it and run again.',
        });
        const binary = (0,external_node_path_namespaceObject.join)(platform.toolDir, 'docker');
        await (0,promises_namespaceObject.chmod)((0,external_node_path_namespaceObject.join)(unpackDir, 'docker', 'docker'), 0o755);
        await (0,promises_namespaceObject.rename)((0,external_node_path_namespaceObject.join)(unpackDir, 'docker', 'docker'), binary);
    }
    catch (error) {
        if (error instanceof SetupError)
            throw error;
        throw new SetupError(`Could not install the Docker CLI into ${platform.toolDir}: ${String(error)}`);
    }
    finally {
        await (0,promises_namespaceObject.rm)(unpackDir, { recursive: true, force: true });
    }
    context.environment.addPath(platform.toolDir);
}

;// CONCATENATED MODULE: ./src/tools/macos-installer.ts
// The macOS package installer, used for Podman's official .pkg.
/** Where the official Podman .pkg installs its binaries (podman, vfkit, gvproxy, krunkit). */
const PODMAN_PKG_BIN = '/opt/podman/bin';
const installerArgv = {
    /** GitHub's macOS runners allow sudo without a password; -n fails instead of prompting elsewhere. */
    installPackage: (pkgFile) => ['sudo', '-n', 'installer', '-pkg', pkgFile, '-target', '/'],
};

;// CONCATENATED MODULE: ./src/core/steps/install-podman.ts
// Podman: keep the one on PATH when it is new enough, else install the official .pkg (macOS) or
// name the distribution's package (Linux).








/** Why macOS needs 5.6: the containers/common fix for the host-gateway entry k3d writes. */
const PODMAN_MACOS_MINIMUM_REASON = `k3d needs Podman ${PODMAN_MIN_VERSION_MACOS} or newer on macOS: older releases leave ` +
    `"host.k3d.internal:host-gateway" unresolved and k3d's tools container fails with ` +
    '"host containers internal IP address is empty"';
async function installedPodmanVersion(context) {
    if (!(await context.runner.which('podman')))
        return undefined;
    const result = await runUnchecked(context, { argv: podmanArgv.version(), timeoutMs: 30_000, readOnly: true });
    return result.exitCode === 0 ? parsePodmanVersion(result.stdout) : undefined;
}
async function podmanPlan(context) {
    const { config, platform } = context;
    const onMac = platform.os === 'darwin';
    const minimum = onMac ? PODMAN_MIN_VERSION_MACOS : PODMAN_MIN_VERSION_LINUX;
    const found = await installedPodmanVersion(context);
    const satisfied = found !== undefined && (config.podmanVersion ? found === config.podmanVersion : isAtLeast(found, minimum));
    if (satisfied)
        return { tool: 'podman', action: 'keep', version: found };
    const problem = found === undefined
        ? 'Podman is not installed'
        : config.podmanVersion && isAtLeast(found, minimum)
            ? `Podman ${found} is on PATH, but podman-version asks for ${config.podmanVersion}`
            : `Podman ${found} is older than the minimum ${minimum}`;
    if (!onMac) {
        throw new SetupError(`${problem}.`, {
            hint: 'Install Podman 4 or newer from your distribution: `sudo apt-get install -y podman` (Debian, Ubuntu) or `sudo dnf install -y podman` (Fedora).',
        });
    }
    if (config.installMethod === 'skip') {
        const reason = found !== undefined && !isAtLeast(found, minimum) ? ` ${PODMAN_MACOS_MINIMUM_REASON}.` : '';
        throw new SetupError(`${problem}, and install-method is skip.${reason}`, {
            hint: `Install Podman ${PODMAN_DEFAULT_VERSION} (https://podman.io), or set install-method to auto.`,
        });
    }
    const version = config.podmanVersion ?? PODMAN_DEFAULT_VERSION;
    if (platform.arch === 'x64' && isAtLeast(version, '6.0.0')) {
        throw new SetupError(`Input podman-version: Podman ${version} has no Intel macOS build; 5.8 is the last line with one.`, {
            hint: `Set podman-version to ${PODMAN_DEFAULT_VERSION} or leave it empty.`,
        });
    }
    const useBrew = config.installMethod === 'brew' ||
        (config.installMethod === 'auto' && platform.arch === 'arm64' && !config.podmanVersion && (await context.runner.which('brew')) !== undefined);
    if (useBrew)
        return { tool: 'podman', action: 'brew', formula: 'podman' };
    return { tool: 'podman', action: 'release', version };
}
/** Downloads the official installer, checks it against the release's `shasums`, and installs it. */
async function installPodmanPackage(context, version) {
    const { platform, reporter } = context;
    const fileName = `podman-installer-macos-${platform.arch === 'x64' ? 'amd64' : 'arm64'}.pkg`;
    const base = RELEASE_URLS.podmanRelease(version);
    const destination = (0,external_node_path_namespaceObject.join)(platform.stateDir, 'downloads', `podman-${version}-${fileName}`);
    if (context.runner.dryRun) {
        reporter.info(`[dry run] would download ${base}/${fileName} and verify it against ${base}/shasums`);
    }
    else {
        reporter.info(`Downloading Podman ${version} (${fileName})`);
        await download({
            url: `${base}/${fileName}`,
            checksumUrl: `${base}/shasums`,
            destination,
            mirror: platform.env[DOWNLOAD_MIRROR_VARIABLE],
            timeoutMs: 10 * 60_000,
            signal: context.signal,
        }, reporter);
    }
    await runChecked(context, {
        argv: installerArgv.installPackage(destination),
        timeoutMs: 5 * 60_000,
        hint: 'The .pkg installer needs sudo without a password (as on GitHub runners); run `sudo -v` first when running locally.',
    });
    context.environment.addPath(PODMAN_PKG_BIN);
}

;// CONCATENATED MODULE: ./src/core/steps/install.ts
// Install: the Docker CLI and Podman, each skipped when a satisfying version is on PATH. Downloads
// and package installs run in parallel; Homebrew formulae go in one `brew install`, because two
// Homebrew processes at once fail on its lock.




const installStep = {
    id: 'install',
    title: 'Install Docker CLI and Podman',
    deadlineMs: () => 15 * 60_000,
    async run(context) {
        const plans = await Promise.all([dockerPlan(context), podmanPlan(context)]);
        const kept = plans.filter((plan) => plan.action === 'keep');
        const brewPlans = plans.filter((plan) => plan.action === 'brew');
        const releasePlans = plans.filter((plan) => plan.action === 'release');
        const work = [];
        if (brewPlans.length > 0) {
            work.push(brewInstall(context, brewPlans.map((plan) => plan.formula)));
        }
        for (const plan of releasePlans) {
            work.push(plan.tool === 'podman' ? installPodmanPackage(context, plan.version) : installDockerRelease(context, plan.version));
        }
        await settleAll(work);
        const verified = context.runner.dryRun ? plans : await Promise.all([dockerPlan(context), podmanPlan(context)]);
        for (const plan of verified) {
            if (plan.action !== 'keep') {
                throw new SetupError(`${plan.tool} is still missing or too old after installing it.`, {
                    hint: `Check that the installed ${plan.tool} comes first on PATH (\`which ${plan.tool}\`).`,
                });
            }
            if (plan.tool === 'podman')
                context.facts.podmanVersion = plan.version;
            else
                context.facts.dockerVersion = plan.version;
        }
        const detail = plans
            .map((plan) => (plan.action === 'keep' ? `${plan.tool} ${plan.version} already installed` : `${plan.tool} installed (${plan.action})`))
            .join('; ');
        return { changed: kept.length < plans.length, detail };
    },
};
/** Waits for every install, then throws the first failure, so no install is left running. */
async function settleAll(work) {
    const results = await Promise.allSettled(work);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure)
        throw failure.reason;
}

;// CONCATENATED MODULE: ./src/core/steps/machine-start.ts
// Starting the machine under our own timeout, because `podman machine start` has none and is
// known to hang; between attempts, the machine's leftover helper processes are stopped.






/** The processes Podman runs for a macOS machine: the hypervisor and the network proxy. */
const HELPER_NAMES = new Set(['vfkit', 'krunkit', 'gvproxy', 'qemu-system-x86_64', 'qemu-system-aarch64']);
const HELPER_STOP_GRACE_MS = 3000;
const START_ATTEMPTS = 3;
async function startMachineWithRetries(context) {
    const name = context.config.machineName;
    const timeoutMs = context.config.machineStartTimeoutSeconds * 1000;
    let lastError;
    for (let attempt = 1; attempt <= START_ATTEMPTS; attempt += 1) {
        context.reporter.info(`Starting machine ${name} (attempt ${attempt} of ${START_ATTEMPTS}, timeout ${timeoutMs / 1000} s)`);
        try {
            const argv = podmanArgv.machineStart(name);
            const result = await runUnchecked(context, { argv, timeoutMs, env: machineEnv(context.config) });
            if (result.exitCode === 0 || /already running/.test(result.stderr))
                return;
            throw new CommandError(argv, result.exitCode, result.stderr, { stdout: result.stdout });
        }
        catch (error) {
            if (context.signal.aborted)
                throw error;
            lastError = error;
            context.reporter.warning(`Attempt ${attempt} to start ${name} failed: ${machine_start_firstLine(describeError(error))}`);
            if (attempt < START_ATTEMPTS)
                await cleanUpAfterFailedStart(context);
        }
    }
    const logs = await machineLogTail(context);
    throw new SetupError(`The machine ${name} did not start after ${START_ATTEMPTS} attempts. Last error: ${describeError(lastError)}` +
        (logs ? `\nMachine log (${logs.file}), last lines:\n${logs.text}` : ''), {
        hint: `On GitHub-hosted runners, use macos-15-intel or macos-26-intel; locally, run \`podman machine rm ${name}\` and try again.`,
    });
}
/** Stops the half-started machine and any of its helper processes that are still alive. */
async function cleanUpAfterFailedStart(context) {
    const name = context.config.machineName;
    await runUnchecked(context, { argv: podmanArgv.machineStop(name), timeoutMs: 60_000, env: machineEnv(context.config) }).catch((error) => context.reporter.debug(`podman machine stop ${name} failed: ${describeError(error)}`));
    const helpers = await findHelperProcesses(context, name);
    for (const helper of helpers) {
        context.reporter.info(`Stopping leftover ${helper.program} (pid ${helper.pid}) of machine ${name}`);
        context.platform.kill(helper.pid, 'SIGTERM');
    }
    if (helpers.length === 0)
        return;
    await new Promise((resolve) => setTimeout(resolve, HELPER_STOP_GRACE_MS));
    for (const helper of helpers)
        context.platform.kill(helper.pid, 'SIGKILL');
}
/**
 * Finds hypervisor and proxy processes whose arguments name this machine (its disk, socket or
 * log files carry the machine name), so helpers of other machines are left alone.
 */
async function findHelperProcesses(context, machineName) {
    const result = await runUnchecked(context, { argv: ['ps', '-axo', 'pid=,args='], timeoutMs: 10_000, readOnly: true });
    if (result.exitCode !== 0)
        return [];
    return parseHelperProcesses(result.stdout, machineName);
}
function parseHelperProcesses(psOutput, machineName) {
    const helpers = [];
    const namePattern = new RegExp(`(^|[/\\s=])${escapeRegExp(machineName)}([-./\\s]|$)`);
    for (const line of psOutput.split('\n')) {
        const match = /^\s*(\d+)\s+(\S+)(.*)$/.exec(line);
        if (!match?.[1] || !match[2])
            continue;
        const program = (0,external_node_path_namespaceObject.basename)(match[2]);
        if (HELPER_NAMES.has(program) && namePattern.test(match[3] ?? '')) {
            helpers.push({ pid: Number(match[1]), program });
        }
    }
    return helpers;
}
/** The newest log under $TMPDIR/podman/ that belongs to the machine, for the final error. */
async function machineLogTail(context) {
    const directory = (0,external_node_path_namespaceObject.join)(context.platform.tmpDir, 'podman');
    const names = await (0,promises_namespaceObject.readdir)(directory).catch(() => []);
    const logs = names.filter((file) => file.endsWith('.log') && file.startsWith(context.config.machineName));
    for (const file of logs) {
        const text = await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(directory, file), 'utf8').catch(() => '');
        if (text.trim())
            return { file: (0,external_node_path_namespaceObject.join)(directory, file), text: tail(text, 20) };
    }
    return undefined;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function machine_start_firstLine(text) {
    return text.split('\n')[0] ?? text;
}

;// CONCATENATED MODULE: ./src/core/steps/machine.ts
// macOS: the Podman machine. Init it when missing, start it when stopped, then wait for its API.






/** Init downloads the ~800 MB machine image unless a cached one is passed with --image. */
const INIT_TIMEOUT_MS = 20 * 60_000;
const API_DEADLINE_MS = 90_000;
const machineStep = {
    id: 'machine',
    title: 'Podman machine',
    deadlineMs: (context) => INIT_TIMEOUT_MS + START_ATTEMPTS * (context.config.machineStartTimeoutSeconds * 1000 + 90_000) + API_DEADLINE_MS,
    skipReason: (context) => (context.platform.os === 'darwin' ? undefined : 'no VM on Linux'),
    async run(context) {
        const { config } = context;
        const name = config.machineName;
        const machines = await listMachines(context);
        const actions = [];
        await stopOrRejectOtherMachine(context, machines, actions);
        if (!machines.some((machine) => machine.name === name)) {
            await initMachine(context);
            actions.push('initialized');
        }
        const before = context.runner.dryRun && actions.includes('initialized') ? undefined : await inspectMachine(context, name);
        if (before?.state !== 'running') {
            await startMachineWithRetries(context);
            context.facts.machineStarted = true;
            actions.push('started');
        }
        if (context.runner.dryRun) {
            return { changed: actions.length > 0, detail: actions.length ? `would be ${actions.join(', ')}` : 'already running' };
        }
        const machine = await inspectMachine(context, name);
        context.facts.machineProvider = machine.provider ?? (config.machineProvider === 'auto' ? undefined : config.machineProvider);
        if (!machine.socketPath) {
            throw new SetupError(`podman machine inspect ${name} reports no API socket path.`, {
                hint: `Run \`podman machine inspect ${name}\` and check ConnectionInfo.PodmanSocket.`,
            });
        }
        const ready = await waitForSocket(machine.socketPath, API_DEADLINE_MS, context.signal);
        if (!ready.ok) {
            throw new SetupError(`The machine ${name} is ${machine.state}, but its API socket ${machine.socketPath} did not answer within ${API_DEADLINE_MS / 1000} s (${ready.reason}).`, { hint: `Run \`podman machine stop ${name}\` and \`podman machine start ${name}\`, then read $TMPDIR/podman/*.log.` });
        }
        const detail = actions.length ? `${name}: ${actions.join(', ')}` : `${name} is already running`;
        return { changed: actions.length > 0, detail };
    },
};
async function listMachines(context) {
    const result = await runChecked(context, {
        argv: podmanArgv.machineList(),
        timeoutMs: 30_000,
        env: machineEnv(context.config),
        readOnly: true,
        hint: 'Check that `podman machine list` works in a terminal.',
    });
    return parseMachineList(result.stdout);
}
/** Podman runs one machine at a time on macOS; another running one blocks the start. */
async function stopOrRejectOtherMachine(context, machines, actions) {
    const name = context.config.machineName;
    const other = machines.find((machine) => machine.name !== name && (machine.running || machine.starting));
    if (!other)
        return;
    if (!context.config.stopOtherMachines) {
        throw new SetupError(`Another Podman machine is running: ${other.name}. Podman runs one machine at a time, so ${name} cannot start.`, {
            hint: `Set machine-name to ${other.name} to use it, or set stop-other-machines to true (CLI: --stop-other-machines) to stop it.`,
        });
    }
    await runChecked(context, {
        argv: podmanArgv.machineStop(other.name),
        timeoutMs: 120_000,
        env: machineEnv(context.config),
        hint: `Stop it by hand with \`podman machine stop ${other.name}\`.`,
    });
    actions.push(`stopped ${other.name}`);
}
async function initMachine(context) {
    const { config } = context;
    context.reporter.info(`Creating machine ${config.machineName} (${config.cpus} CPUs, ${config.memoryMiB} MiB, ${config.diskSizeGiB} GiB disk)`);
    await runChecked(context, {
        argv: podmanArgv.machineInit({
            name: config.machineName,
            cpus: config.cpus,
            memoryMiB: config.memoryMiB,
            diskSizeGiB: config.diskSizeGiB,
            rootful: config.rootful,
        }),
        timeoutMs: INIT_TIMEOUT_MS,
        env: machineEnv(config),
        hint: 'Lower memory or cpus if they exceed the host; a download error means quay.io could not be reached.',
    });
}

;// CONCATENATED MODULE: ./src/tools/sysctl.ts
// sysctl on macOS: whether the hypervisor framework is usable (nested virtualization).
const sysctlArgv = {
    hypervisorSupport: () => ['sysctl', '-n', 'kern.hv_support'],
};
/**
 * Reads `sysctl -n kern.hv_support`. On GitHub's arm64 macOS runners the oid is missing
 * (`sysctl: unknown oid 'kern.hv_support'`, exit 1) or 0; both mean no virtualization.
 */
function parseHypervisorSupport(exitCode, stdout) {
    return exitCode === 0 && stdout.trim() === '1';
}

;// CONCATENATED MODULE: ./src/core/steps/preflight.ts
// Preflight: everything that can be known to fail is found here, before anything is installed.



/** The runner labels where a Podman machine can start, named in every "no hypervisor" error. */
const WORKING_RUNNERS = 'macos-15-intel, macos-26-intel, or a self-hosted Apple silicon Mac';
/**
 * Free space below which setup would fail part-way: on macOS the machine image is about 800 MB
 * compressed and a few GB extracted, plus the node images; on Linux only the node images.
 */
const MIN_FREE_BYTES = { darwin: 10 * 1024 ** 3, linux: 2 * 1024 ** 3 };
const preflightStep = {
    id: 'preflight',
    title: 'Preflight checks',
    deadlineMs: () => 30_000,
    async run(context) {
        const { platform, config } = context;
        const os = platform.os;
        if (os !== 'darwin' && os !== 'linux') {
            throw new SetupError(`This platform is not supported: ${os}.`, {
                hint: 'Use a macOS or Linux runner.',
            });
        }
        if (platform.arch !== 'x64' && platform.arch !== 'arm64') {
            throw new SetupError(`This architecture is not supported: ${platform.arch}.`, {
                hint: 'Use an x86_64 or arm64 machine.',
            });
        }
        if (config.createCluster) {
            throw new SetupError('Input create-cluster: the k3d cluster step is not available yet.', {
                hint: 'Set create-cluster to false (CLI: --create-cluster=false) to set up only Docker CLI and Podman.',
            });
        }
        const details = [`${os}/${platform.arch}`];
        if (os === 'darwin') {
            await checkHypervisor(context);
            details.push('hypervisor available');
            if (config.machineProvider === 'libkrun' && platform.arch === 'x64') {
                throw new SetupError('Input machine-provider: libkrun is not supported on Intel Macs.', {
                    hint: 'Set machine-provider to applehv or auto.',
                });
            }
        }
        const free = await platform.freeBytes(platform.home);
        const minimum = MIN_FREE_BYTES[os];
        if (free < minimum) {
            throw new SetupError(`Only ${gib(free)} GiB free under ${platform.home}; setup needs at least ${gib(minimum)} GiB.`, { hint: 'Free disk space, or use a runner with a larger disk.' });
        }
        details.push(`${gib(free)} GiB free`);
        return { changed: false, detail: details.join(', ') };
    },
};
async function checkHypervisor(context) {
    const result = await runUnchecked(context, {
        argv: sysctlArgv.hypervisorSupport(),
        timeoutMs: 10_000,
        readOnly: true,
    });
    if (parseHypervisorSupport(result.exitCode, result.stdout))
        return;
    const said = (result.stderr.trim() || result.stdout.trim() || `exit code ${result.exitCode}`).split('\n')[0];
    throw new SetupError(`This Mac cannot run a Podman machine: it has no hypervisor support (sysctl kern.hv_support: ${said}). ` +
        "GitHub's arm64 macOS runners (macos-latest, macos-15, macos-26) have no nested virtualization.", { hint: `Run this job on ${WORKING_RUNNERS}.` });
}
function gib(bytes) {
    return (bytes / 1024 ** 3).toFixed(1);
}

;// CONCATENATED MODULE: ./src/core/up.ts
// The `up` pipeline, shared by the action's main step and the CLI's `up` command.






const UP_STEPS = [preflightStep, installStep, machineStep, linuxServiceStep, dockerHostStep];
async function runUp(context, hooks = {}) {
    const records = await runPipeline(UP_STEPS, context, hooks);
    return {
        records,
        outputs: outputsFrom(context.facts),
        unchanged: records.every((record) => record.status !== 'changed'),
    };
}
/** The action's outputs, by output name; empty values are left out. */
function outputsFrom(facts) {
    const outputs = {
        'docker-host': facts.dockerHost,
        'podman-socket': facts.socketPath,
        'podman-version': facts.podmanVersion,
        'machine-provider': facts.machineProvider,
    };
    return Object.fromEntries(Object.entries(outputs).filter((entry) => entry[1] !== undefined && entry[1] !== ''));
}

;// CONCATENATED MODULE: ./src/cli/commands/up.ts
// `setup-podman-k3d up`: the same pipeline as the action, on this machine.




const UP_FLAGS = { 'dry-run': true, json: true, quiet: true, verbose: true };
async function upCommand(args) {
    const dryRun = args.flags['dry-run'] !== undefined;
    const json = args.flags.json !== undefined;
    const session = openSession({
        settings: args.settings,
        dryRun,
        quiet: json || args.flags.quiet !== undefined,
        verbose: args.flags.verbose !== undefined,
    });
    const { context, reporter } = session;
    try {
        const result = await runUp(context, { onStepEnd: (record) => reporter.stepEnd(record) });
        const facts = context.facts;
        // A service that an earlier `up` started is still ours to stop when this run found it serving.
        const previous = await readLocalState(session.stateDir);
        const servicePid = facts.servicePid ?? (previous?.socketPath === facts.socketPath ? previous?.servicePid : undefined);
        if (!dryRun) {
            await writeLocalState(session.stateDir, {
                os: context.platform.os,
                machineName: session.config.machineName,
                servicePid,
                socketPath: facts.socketPath,
                dockerHost: facts.dockerHost,
                dockerSock: facts.dockerSock,
                updatedAt: new Date().toISOString(),
            });
        }
        if (json) {
            const report = { ok: true, unchanged: result.unchanged, outputs: result.outputs, servicePid, steps: result.records };
            process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
            return 0;
        }
        if (dryRun)
            return 0;
        if (result.unchanged)
            reporter.info('Nothing to do: everything was already set up.');
        process.stderr.write(`\nDOCKER_HOST is ${facts.dockerHost}. In your shell:\n  eval "$(setup-podman-k3d env)"\n`);
        for (const [name, value] of Object.entries(session.environment.exported)) {
            process.stderr.write(`  # or: export ${name}=${formatArgvForShell([value])}\n`);
        }
        return 0;
    }
    finally {
        session.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/help.ts
// Help text, generated from the same input table as action.yml so the two cannot drift.

const EXIT_CODES = `Exit codes:
  0  success
  1  setup failed (the message says which step and why)
  2  invalid command line or input value; nothing was changed`;
function mainHelp() {
    return `Usage: setup-podman-k3d <command> [flags]

Sets up the Docker CLI talking to Podman through DOCKER_HOST, the same way the GitHub Action does.

Commands:
  up      install what is missing, start Podman, export DOCKER_HOST (see: up --help)
  down    stop the Podman machine (macOS) or the API service that up started (Linux)
  env     print the export lines for your shell: eval "$(setup-podman-k3d env)"
  help    show this text

Run 'setup-podman-k3d <command> --help' for a command's flags.

${EXIT_CODES}
`;
}
function upHelp() {
    const settings = INPUTS.map((input) => {
        const flag = input.boolean ? `--${input.name}[=true|false]` : `--${input.name} VALUE`;
        const fallback = input.default === '' ? '' : ` (default: ${input.default})`;
        return `  ${flag}\n      ${input.description}${fallback}`;
    }).join('\n');
    return `Usage: setup-podman-k3d up [flags]

Settings (the action's inputs; boolean ones also take --no-NAME):
${settings}

Flags:
  --dry-run   print the commands that would change something, and run only those that read state
  --json      print the result (outputs, steps, durations) as JSON on stdout
  --quiet     print only warnings and errors
  --verbose   also print every command as it runs

Environment:
  SETUP_PODMAN_K3D_STATE_DIR        where state, logs and installed tools go
                                    (default: ~/Library/Caches/setup-podman-k3d on macOS, ~/.cache/setup-podman-k3d elsewhere)
  SETUP_PODMAN_K3D_DOWNLOAD_MIRROR  base URL that replaces every download host (mirrors, tests)

${EXIT_CODES}
`;
}
function envHelp() {
    return `Usage: setup-podman-k3d env [--shell bash|zsh|fish] [--machine-name NAME]

Prints the lines that export DOCKER_HOST and DOCKER_SOCK for the running Podman, for example:
  eval "$(setup-podman-k3d env)"

  --shell          shell syntax of the lines (default: from $SHELL, else bash)
  --machine-name   Podman machine to read the socket from (macOS; default: podman-machine-default)

${EXIT_CODES}
`;
}
function downHelp() {
    return `Usage: setup-podman-k3d down [--machine-name NAME]

Stops the Podman machine (macOS), or the podman system service that 'up' started (Linux).
Running it again is harmless.

${EXIT_CODES}
`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The local runner's command dispatch.






const COMMANDS = {
    up: { flags: UP_FLAGS, help: upHelp, run: upCommand },
    down: { flags: DOWN_FLAGS, help: downHelp, run: downCommand },
    env: { flags: ENV_FLAGS, help: envHelp, run: envCommand },
};
async function cli(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
        process.stdout.write(mainHelp());
        return name === undefined ? 2 : 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        process.stderr.write(`error: unknown command '${name}'.\n\n${mainHelp()}`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(command.help());
        return 0;
    }
    try {
        const args = parseArgs(rest, command.flags);
        return await command.run(args);
    }
    catch (error) {
        process.stderr.write(`error: ${describeError(error)}\n`);
        return error instanceof InputError || error instanceof InputErrors ? 2 : 1;
    }
}


/***/ }),

/***/ 546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(803);
// Entry point of dist/cli: the `setup-podman-k3d` command.

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .x)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
