#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xw: () => (/* binding */ cli)
});

// UNUSED EXPORTS: EXIT_CANCELLED, EXIT_USAGE

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
    /** Returns the message followed by the hint, as printed to the user. */
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
/** A command line that cannot be understood: an unknown flag, a missing value, a stray argument. */
class UsageError extends SetupError {
    constructor(message, hint) {
        super(message, { hint });
        this.name = 'UsageError';
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
/** Returns the first line of `text`, for one-line summaries of multi-line errors. */
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
/** Formats a command line for display, quoting each argument only when it needs it. */
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
/** Returns the user-facing text of any thrown value. */
function describeError(error) {
    if (error instanceof SetupError)
        return error.describe();
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./src/cli/version.ts
// The package version, printed by --version; a test keeps it equal to package.json's.
const PACKAGE_VERSION = '0.1.0';

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
        description: 'Podman version to install on macOS, for example 5.8.5. Empty: keep any Podman on PATH that meets the minimum (5.6 on macOS, 4.0 on Linux), else install the pinned default. On Linux the distribution\'s Podman is used.',
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
        name: 'k3d-version',
        description: 'k3d version to install, for example 5.8.3. Empty: keep any k3d 5.6 or newer on PATH, else install the pinned default.',
        default: '',
    },
    {
        name: 'kubectl-version',
        description: 'kubectl version to install, for example 1.33.4. Empty: keep any kubectl 1.28 or newer on PATH, else install the pinned default.',
        default: '',
    },
    {
        name: 'k3s-image',
        description: 'Fully qualified k3s node image, for example docker.io/rancher/k3s:v1.31.5-k3s1.',
        default: 'docker.io/rancher/k3s:v1.31.5-k3s1',
    },
    {
        name: 'cluster-name',
        description: 'k3d cluster name: a lowercase RFC 1123 host name of at most 32 characters.',
        default: 'k3s-default',
    },
    {
        name: 'servers',
        description: 'Number of k3s server nodes.',
        default: '1',
    },
    {
        name: 'agents',
        description: 'Number of k3s agent nodes.',
        default: '0',
    },
    {
        name: 'api-port',
        description: 'Port on 127.0.0.1 for the Kubernetes API. Empty: a free port is chosen.',
        default: '',
    },
    {
        name: 'ports',
        description: 'Ports to publish, one a line, in k3d form [HOST:][HOSTPORT:]CONTAINERPORT[/PROTOCOL][@NODEFILTER], for example 8080:80@loadbalancer.',
        default: '',
        list: true,
    },
    {
        name: 'k3s-args',
        description: 'Arguments for k3s, one a line, in k3d form ARG@NODEFILTER, for example --disable=traefik@server:*.',
        default: '',
        list: true,
    },
    {
        name: 'k3d-args',
        description: 'Extra arguments for `k3d cluster create`, one argument a line, passed as they are.',
        default: '',
        list: true,
    },
    {
        name: 'k3d-config',
        description: 'Path of a k3d Simple config file (apiVersion k3d.io/v1alpha5) for `k3d cluster create --config`.',
        default: '',
    },
    {
        name: 'registry',
        description: 'Name of a local registry to create (on the podman network) and connect to the cluster; empty for none.',
        default: '',
    },
    {
        name: 'wait-timeout',
        description: 'Seconds to wait for the cluster: k3d\'s own --timeout, then nodes Ready and kube-system deployments available.',
        default: '300',
    },
    {
        name: 'export-kubeconfig',
        description: 'Export KUBECONFIG pointing at the cluster\'s kubeconfig file to later steps.',
        cliDescription: 'List KUBECONFIG among the export lines that up prints (env prints it whenever a cluster exists).',
        default: 'true',
        boolean: true,
    },
    {
        name: 'verify-docs',
        description: 'Markdown files, one a line, whose bash/sh/shell blocks and $-prefixed console lines run in order against the new setup once it is ready; a failing block fails the step.',
        default: '',
        list: true,
    },
    {
        name: 'cache',
        description: 'Cache release downloads, the Podman machine image and the node images between runs with actions/cache (restored in main, saved in post).',
        cliDescription: 'Keep release downloads, the Podman machine image and the node images in the user cache directory between runs, and use them.',
        default: 'true',
        boolean: true,
    },
    {
        name: 'cleanup',
        description: 'What the post step removes: auto (on self-hosted runners only, the cluster and machine this run created or started), always (the cluster, and stop the machine), or never.',
        cliDescription: 'Used only by the action\'s post step; on the command line, `down` removes the cluster and stops the machine.',
        default: 'auto',
    },
];
function findInput(name) {
    return INPUTS.find((spec) => spec.name === name);
}
const OUTPUTS = [
    { name: 'docker-host', description: 'The DOCKER_HOST value exported to later steps, for example unix:///run/podman/podman.sock.' },
    { name: 'podman-socket', description: 'Path of the Podman API socket on the runner.' },
    { name: 'podman-version', description: 'Version of the Podman CLI in use.' },
    { name: 'machine-provider', description: 'Podman machine provider (applehv, libkrun), or native on Linux where no VM runs.' },
    { name: 'kubeconfig', description: 'Path of the cluster\'s kubeconfig file (mode 0600).' },
    { name: 'cluster-name', description: 'Name of the k3d cluster.' },
    { name: 'api-server', description: 'URL of the Kubernetes API server, for example https://127.0.0.1:6550.' },
    { name: 'k3d-version', description: 'Version of k3d in use.' },
    { name: 'k3s-version', description: 'Kubernetes version of the cluster\'s nodes, for example v1.31.5+k3s1.' },
    { name: 'cache-hit', description: 'true when every cache entry (downloads, machine image, node images) was restored, else false.' },
    { name: 'diagnostics', description: 'Path of the diagnostics file written when setup failed, with secrets redacted, for upload as an artifact.' },
];

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
            if (takesNoValue)
                flags[name] = inline ?? true;
            else
                flags[name] = inline ?? valueAfter(argv, ++index, name);
            continue;
        }
        const spec = findInput(name) ?? (negated ? findInput(negated) : undefined);
        if (!spec)
            throw new UsageError(`Unknown flag --${name}.`, 'Run the command with --help to list its flags.');
        if (spec.name !== name) {
            // `--no-rootful`: only boolean settings have a negated form.
            if (!spec.boolean || inline !== undefined)
                throw new UsageError(`Unknown flag --${name}; to turn it off, write --${spec.name}=false.`);
            settings[spec.name] = 'false';
            continue;
        }
        if (inline !== undefined) {
            addSetting(settings, spec.list === true, name, inline);
        }
        else if (spec.boolean && (argv[index + 1] === undefined || argv[index + 1]?.startsWith('--'))) {
            settings[name] = 'true';
        }
        else {
            addSetting(settings, spec.list === true, name, valueAfter(argv, ++index, name));
        }
    }
    return { settings, flags, positionals };
}
/** Returns the value that follows a flag; a missing one, or another flag in its place, is a usage error. */
function valueAfter(argv, index, name) {
    const value = argv[index];
    if (value === undefined || value.startsWith('--')) {
        throw new UsageError(`Missing value for --${name}.`, `Write --${name} VALUE or --${name}=VALUE.`);
    }
    return value;
}
/** Adds a setting; a list setting given several times keeps every value, one a line, as the action input would. */
function addSetting(settings, isList, name, value) {
    const previous = settings[name];
    settings[name] = isList && previous !== undefined ? `${previous}\n${value}` : value;
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
/** k3d's cluster name rule (pkg/client/clusterName.go): an RFC 1123 host name of at most 32 characters. */
const CLUSTER_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const CLUSTER_NAME_MAX = 32;
/** A reference with a registry host and a tag or digest, as k3d pulls it without guessing. */
const QUALIFIED_IMAGE = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+|localhost)(:\d+)?\/[a-z0-9._\/-]+(:[\w][\w.-]{0,127}|@sha256:[a-f0-9]{64})$/;
/** k3d's --port form: [HOST:][HOSTPORT:]CONTAINERPORT[/PROTOCOL][@NODEFILTER]. */
const PORT_MAPPING = /^(?:(?:[0-9.]+|\[[0-9a-f:]+\]|localhost):)?(?:\d{1,5}(?:-\d{1,5})?:)?\d{1,5}(?:-\d{1,5})?(?:\/(?:tcp|udp|sctp))?(?:@[\w:*,;-]+)*$/;
/** k3d's --k3s-arg form: ARG@NODEFILTER, where ARG starts with a dash. */
const K3S_ARG = /^-{1,2}[^\s@][^@]*@[\w:*,;-]+$/;
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
        memoryMiB: reader.integer('memory', 1024, 1048576, 'a whole number of MiB from 1024, for example 8192 for 8 GiB'),
        diskSizeGiB: reader.integer('disk-size', 10, 4096, 'a whole number of GiB from 10 to 4096, for example 100'),
        rootful: reader.boolean('rootful'),
        machineProvider: reader.oneOf('machine-provider', MACHINE_PROVIDERS),
        machineStartTimeoutSeconds: reader.integer('machine-start-timeout', 30, 3600, 'a whole number of seconds from 30 to 3600'),
        stopOtherMachines: reader.boolean('stop-other-machines'),
        createCluster: reader.boolean('create-cluster'),
        k3dVersion: reader.optionalVersion('k3d-version'),
        kubectlVersion: reader.optionalVersion('kubectl-version'),
        k3sImage: reader.matching('k3s-image', QUALIFIED_IMAGE, 'a fully qualified image such as docker.io/rancher/k3s:v1.31.5-k3s1'),
        clusterName: reader.clusterName('cluster-name'),
        servers: reader.integer('servers', 1, 9, 'a whole number of servers from 1 to 9'),
        agents: reader.integer('agents', 0, 20, 'a whole number of agents from 0 to 20'),
        apiPort: reader.optionalInteger('api-port', 1024, 65535, 'a port number from 1024 to 65535, or empty for a free one'),
        ports: reader.list('ports', PORT_MAPPING, '[HOST:][HOSTPORT:]CONTAINERPORT[/PROTOCOL][@NODEFILTER] a line, for example 8080:80@loadbalancer'),
        k3sArgs: reader.list('k3s-args', K3S_ARG, 'ARG@NODEFILTER a line, for example --disable=traefik@server:*'),
        k3dArgs: reader.list('k3d-args', /^\S(.*\S)?$/, 'one argument a line, without leading or trailing spaces'),
        k3dConfig: reader.optionalPath('k3d-config'),
        registry: reader.optionalClusterName('registry'),
        waitTimeoutSeconds: reader.integer('wait-timeout', 30, 7200, 'a whole number of seconds from 30 to 7200'),
        exportKubeconfig: reader.boolean('export-kubeconfig'),
        verifyDocs: reader.list('verify-docs', /^[^\0]+$/, 'one file path a line'),
        cache: reader.boolean('cache'),
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
/** True when every port number in a k3d port mapping (the part before any @ filter) is 1 to 65535. */
function portsInRange(mapping) {
    // A host address (127.0.0.1, [::1]) has dots or colons inside brackets, so only ports stay.
    const ports = (mapping.split('@')[0] ?? '').replace(/^\[[^\]]*\]:/, '').split(/[:/-]/).filter((part) => /^\d+$/.test(part));
    return ports.every((port) => Number(port) >= 1 && Number(port) <= 65535);
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
    optionalInteger(name, min, max, accepted) {
        if (this.value(name) === '')
            return undefined;
        return this.integer(name, min, max, accepted);
    }
    matching(name, pattern, accepted) {
        const value = this.value(name);
        return pattern.test(value) ? value : this.reject(name, value, accepted, value);
    }
    /** Lines of a multi-line input; blank lines are dropped, every other line must match. */
    list(name, pattern, accepted) {
        const lines = this.value(name)
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== '');
        for (const line of lines) {
            if (!pattern.test(line))
                this.reject(name, line, accepted, undefined);
            else if (name === 'ports' && !portsInRange(line))
                this.reject(name, line, `ports from 1 to 65535: ${accepted}`, undefined);
        }
        return lines;
    }
    optionalPath(name) {
        const value = this.value(name);
        if (value === '')
            return undefined;
        if (/[\n\0]/.test(value))
            return this.reject(name, value, 'a file path on one line', undefined);
        return value;
    }
    clusterName(name) {
        const value = this.value(name);
        const accepted = `lowercase letters, digits and -, starting and ending with a letter or digit, at most ${CLUSTER_NAME_MAX} characters`;
        if (value.length > CLUSTER_NAME_MAX || !CLUSTER_NAME.test(value))
            return this.reject(name, value, accepted, value);
        return value;
    }
    optionalClusterName(name) {
        return this.value(name) === '' ? undefined : this.clusterName(name);
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
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
        cacheDir: directories.cacheDir,
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
 * Returns the user's cache directory for this tool: ~/Library/Caches on macOS, $XDG_CACHE_HOME or
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
/** Returns the inherited environment with the request's additions; `undefined` removes a variable. */
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
        return await Promise.race([step.run({ ...context, signal, runSignal: context.runSignal ?? context.signal }), aborted]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}
function pipeline_formatDuration(milliseconds) {
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

const REDRAW_INTERVAL_MS = 100;
class TerminalReporter {
    options;
    secrets = [];
    progress;
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
        if (this.options.quiet)
            return body();
        if (!this.options.interactive) {
            this.line(`${this.paint('1', '▸')} ${title}`);
            return body();
        }
        const timer = setInterval(() => this.drawProgress(), REDRAW_INTERVAL_MS);
        timer.unref();
        this.progress = { title, started: performance.now(), timer };
        this.drawProgress();
        try {
            return await body();
        }
        finally {
            clearInterval(timer);
            this.progress = undefined;
            this.options.write('\r\u001b[2K');
        }
    }
    stepEnd(record) {
        if (this.options.quiet && record.status !== 'failed')
            return;
        const mark = { changed: this.paint('32', '✓'), unchanged: this.paint('32', '✓'), skipped: '-', failed: this.paint('31', '✗') }[record.status];
        const duration = record.status === 'skipped' ? '' : ` (${pipeline_formatDuration(record.durationMs)})`;
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
        // A message during a step goes above the progress line, which is then drawn again below it.
        const clear = this.progress ? '\r\u001b[2K' : '';
        this.options.write(`${clear}${this.mask(text)}\n`);
        if (this.progress)
            this.drawProgress();
    }
    drawProgress() {
        if (!this.progress)
            return;
        const elapsed = pipeline_formatDuration(performance.now() - this.progress.started);
        this.options.write(`\r\u001b[2K${this.paint('1', '▸')} ${this.progress.title} ${this.paint('2', elapsed)}`);
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
        if (this.paths.includes(directory))
            return;
        this.paths.push(directory);
        if (!this.dryRun)
            process.env.PATH = `${directory}:${process.env.PATH ?? ''}`;
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/core/background.ts
// Work that a step starts and a later step waits for, so independent work overlaps: k3d and
// kubectl download while the machine starts, the machine image while Podman installs, node images
// load while the cluster is prepared.
/** Starts `work` under `name`; a later awaitBackground(name) gets its result or its error. */
function startBackground(context, name, work, abort) {
    const task = { work, abort, ended: false };
    // The error is kept for the awaiting step; this handler only stops Node from reporting it early.
    work.then(() => (task.ended = true), () => (task.ended = true));
    context.facts.background = { ...context.facts.background, [name]: task };
}
/** True while work started under `name` has not ended. */
function isRunning(context, name) {
    const task = context.facts.background?.[name];
    return task !== undefined && !task.ended;
}
/** Waits for the work started under `name`; resolves at once when none was started. */
async function awaitBackground(context, name) {
    await context.facts.background?.[name]?.work;
}
/**
 * Aborts the work that can be aborted, then waits for every task and ignores its result. A cache
 * restore cannot be aborted, so after a failure `maxWaitMs` bounds the wait: the error and the
 * action's state for its post step must not wait for a download that nothing needs any more.
 */
async function settleBackground(context, maxWaitMs = Number.POSITIVE_INFINITY) {
    const tasks = Object.values(context.facts.background ?? {});
    for (const task of tasks)
        task.abort?.();
    const settled = Promise.allSettled(tasks.map((task) => task.work));
    if (!Number.isFinite(maxWaitMs)) {
        await settled;
        return;
    }
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(resolve, maxWaitMs);
    });
    await Promise.race([settled, timeout]);
    clearTimeout(timer);
}

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
/** k3d 5.8.3 creates clusters with k3s v1.31.5-k3s1 by default; 5.6 is the oldest tested here. */
const K3D_DEFAULT_VERSION = '5.8.3';
const K3D_MIN_VERSION = '5.6.0';
const KUBECTL_DEFAULT_VERSION = '1.33.4';
const KUBECTL_MIN_VERSION = '1.28.0';
const RELEASE_URLS = {
    /** k3d publishes `checksums.txt` (sha256sum output for _dist/*) beside its binaries. */
    k3dRelease: (version) => `https://github.com/k3d-io/k3d/releases/download/v${version}`,
    /** Kubernetes publishes `<binary>.sha256`, holding only the digest, beside each binary. */
    kubectl: (version, os, arch) => `https://dl.k8s.io/release/v${version}/bin/${os}/${arch}/kubectl`,
    /** Podman publishes a `shasums` file beside each release's assets. */
    podmanRelease: (version) => `https://github.com/containers/podman/releases/download/v${version}`,
    /** Docker publishes no checksum file for its static client tarballs. */
    dockerStatic: (os, arch, version) => `https://download.docker.com/${os}/static/stable/${arch}/docker-${version}.tgz`,
};

;// CONCATENATED MODULE: ./src/core/cache.ts
// Caches of the slow downloads: release files, the Podman machine image, and the node images.
// The action restores them in main and saves them in post, after a successful main. The CLI keeps
// them in the user cache directory, where they stay between runs. A cache failure is a warning.








/** Bumped when the layout of a cache entry changes, so old entries are not restored. */
const CACHE_VERSION = 'v1';
const REGISTRY_IMAGE = 'docker.io/library/registry:2';
function cacheDirs(cacheDir) {
    return {
        downloads: (0,external_node_path_namespaceObject.join)(cacheDir, 'downloads'),
        machineImage: (0,external_node_path_namespaceObject.join)(cacheDir, 'machine-image'),
        nodeImages: (0,external_node_path_namespaceObject.join)(cacheDir, 'node-images'),
    };
}
/** Lists the images k3d runs for a cluster, as it pulls them: k3s, its proxy and tools, the registry. */
function nodeImages(context) {
    const k3d = (context.facts.versions?.k3d ?? context.config.k3dVersion ?? K3D_DEFAULT_VERSION).replace(/^v/, '');
    const images = [context.config.k3sImage, `ghcr.io/k3d-io/k3d-proxy:${k3d}`, `ghcr.io/k3d-io/k3d-tools:${k3d}`];
    if (context.config.registry)
        images.push(REGISTRY_IMAGE);
    return images;
}
function nodeImagesArchive(context) {
    return (0,external_node_path_namespaceObject.join)(cacheDirs(context.platform.cacheDir).nodeImages, 'images.tar');
}
/** Lists the entries this run uses, each keyed by what its content depends on. */
function cacheEntries(context) {
    const { config, platform } = context;
    const dirs = cacheDirs(platform.cacheDir);
    const prefix = `setup-podman-k3d-${CACHE_VERSION}`;
    const platformPart = `${platform.os}-${platform.arch}`;
    const downloadVersions = [
        config.podmanVersion ?? PODMAN_DEFAULT_VERSION,
        config.dockerVersion ?? DOCKER_DEFAULT_VERSION,
        config.k3dVersion ?? K3D_DEFAULT_VERSION,
        config.kubectlVersion ?? KUBECTL_DEFAULT_VERSION,
    ];
    const entries = [
        { id: 'downloads', key: `${prefix}-downloads-${platformPart}-${digest(downloadVersions)}`, paths: [dirs.downloads] },
    ];
    if (platform.os === 'darwin') {
        // The machine image follows Podman's major.minor (quay.io/podman/machine-os:5.8) and the provider.
        const podmanLine = (config.podmanVersion ?? PODMAN_DEFAULT_VERSION).split('.').slice(0, 2).join('.');
        entries.push({
            id: 'machine-image',
            key: `${prefix}-machine-image-${platformPart}-podman${podmanLine}-${config.machineProvider}`,
            paths: [dirs.machineImage],
        });
    }
    if (config.createCluster) {
        entries.push({ id: 'node-images', key: `${prefix}-node-images-${platformPart}-${digest(nodeImages(context))}`, paths: [dirs.nodeImages] });
    }
    return entries;
}
/**
 * Restores the entries. The install reads the release downloads, so that entry is restored before
 * this returns. Only later steps need the machine image and the node images. Those two restore in
 * the background while Podman installs, and awaitCacheRestore waits for one of them.
 * context.facts.cacheHits records each entry's result when its restore ends.
 */
async function restoreCaches(context) {
    const hits = {};
    context.facts.cacheHits = hits;
    const background = [];
    for (const entry of cacheEntries(context)) {
        hits[entry.id] = false;
        if (!context.cache)
            continue;
        const restore = restoreEntry(context, entry, hits);
        if (entry.id === 'downloads') {
            await restore;
        }
        else {
            startBackground(context, restoreTaskName(entry.id), restore);
            background.push(entry.id);
        }
    }
    return { background };
}
/** True while the entry's background restore runs. */
function isRestoring(context, id) {
    return isRunning(context, restoreTaskName(id));
}
/** Waits until the entry's background restore, if one was started, has ended. */
async function awaitCacheRestore(context, id) {
    await awaitBackground(context, restoreTaskName(id));
}
function restoreTaskName(id) {
    return `cache-restore-${id}`;
}
/** Restores one entry into `hits`; a failure is a warning, so this never rejects. */
async function restoreEntry(context, entry, hits) {
    try {
        hits[entry.id] = (await context.cache?.restore(entry.paths, entry.key)) !== undefined;
        context.reporter.info(`Cache ${entry.id}: ${hits[entry.id] ? 'restored' : 'not found'} (${entry.key})`);
    }
    catch (error) {
        context.reporter.warning(`Cache ${entry.id} could not be restored: ${describeError(error)}`);
    }
}
/**
 * Fills and saves the entries that were not restored: copies the machine image Podman downloaded
 * and exports the node images from the running machine first. Each failure becomes a warning.
 */
async function saveCaches(context, hits) {
    const saved = [];
    for (const entry of cacheEntries(context)) {
        if (hits[entry.id] || !context.cache)
            continue;
        try {
            let ready;
            if (entry.id === 'node-images')
                ready = await exportNodeImages(context);
            else if (entry.id === 'machine-image')
                ready = await keepMachineImage(context);
            else
                ready = await hasFiles(entry.paths[0]);
            if (!ready)
                continue;
            const outcome = await context.cache.save(entry.paths, entry.key);
            if (outcome === 'saved')
                saved.push(entry.id);
            else if (outcome === 'unavailable')
                context.reporter.info(`Cache ${entry.id} was not saved: no cache service is available.`);
            else
                context.reporter.info(`Cache ${entry.id} was not saved: the cache service did not take ${entry.key} (the reason is above).`);
        }
        catch (error) {
            context.reporter.warning(`Cache ${entry.id} was not saved: ${describeError(error)}`);
        }
    }
    return saved;
}
/** Exports the node images from Podman into the archive that a warm run loads. */
async function exportNodeImages(context) {
    const dockerHost = context.facts.dockerHost;
    if (!dockerHost)
        return false;
    const archive = nodeImagesArchive(context);
    await (0,promises_namespaceObject.mkdir)(cacheDirs(context.platform.cacheDir).nodeImages, { recursive: true });
    // Only images that are present can be saved; the registry image exists only with a registry.
    const present = [];
    for (const image of nodeImages(context)) {
        const inspect = await runUnchecked(context, { argv: ['docker', 'image', 'inspect', '--format', '{{.Id}}', image], timeoutMs: 30_000, env: { DOCKER_HOST: dockerHost }, readOnly: true });
        if (inspect.exitCode === 0)
            present.push(image);
    }
    if (present.length === 0)
        return false;
    const result = await runUnchecked(context, { argv: ['docker', 'save', '--output', archive, ...present], timeoutMs: 10 * 60_000, env: { DOCKER_HOST: dockerHost } });
    if (result.exitCode !== 0)
        throw new Error(`docker save exited ${result.exitCode}: ${result.stderr.trim()}`);
    return true;
}
/**
 * Copies the newest machine image from Podman's own cache
 * (~/.local/share/containers/podman/machine/<provider>/cache/*.raw.zst) into ours.
 */
async function keepMachineImage(context) {
    const target = cacheDirs(context.platform.cacheDir).machineImage;
    if (await cachedMachineImage(context))
        return true;
    const machineRoot = (0,external_node_path_namespaceObject.join)(context.platform.home || (0,external_node_os_namespaceObject.homedir)(), '.local', 'share', 'containers', 'podman', 'machine');
    const candidates = [];
    for (const provider of await (0,promises_namespaceObject.readdir)(machineRoot).catch(() => [])) {
        const cache = (0,external_node_path_namespaceObject.join)(machineRoot, provider, 'cache');
        for (const file of await (0,promises_namespaceObject.readdir)(cache).catch(() => [])) {
            if (!file.endsWith('.raw.zst'))
                continue;
            const info = await (0,promises_namespaceObject.stat)((0,external_node_path_namespaceObject.join)(cache, file));
            candidates.push({ path: (0,external_node_path_namespaceObject.join)(cache, file), modified: info.mtimeMs });
        }
    }
    const newest = candidates.sort((a, b) => b.modified - a.modified)[0];
    // NOTE: not every Podman release keeps the compressed image in its cache after `machine init`.
    // When it is gone, nothing is cached and the next run downloads the image again.
    if (!newest)
        return false;
    await (0,promises_namespaceObject.mkdir)(target, { recursive: true });
    await (0,promises_namespaceObject.copyFile)(newest.path, (0,external_node_path_namespaceObject.join)(target, 'machine-os.raw.zst'));
    return true;
}
/** Returns the cached machine image for `podman machine init --image`, when there is one. */
async function cachedMachineImage(context) {
    const file = (0,external_node_path_namespaceObject.join)(cacheDirs(context.platform.cacheDir).machineImage, 'machine-os.raw.zst');
    return (0,promises_namespaceObject.stat)(file).then((info) => (info.isFile() && info.size > 0 ? file : undefined), () => undefined);
}
/** True when `directory` has a file other than a hidden one, such as a download's `.partial` file. */
async function hasFiles(directory) {
    if (!directory)
        return false;
    return (await (0,promises_namespaceObject.readdir)(directory).catch(() => [])).some((name) => !name.startsWith('.'));
}
function digest(parts) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}

;// CONCATENATED MODULE: ./src/cli/local-cache.ts
// The Cache port for the local runner: the cache directory stays on disk between runs, so a
// restore only reports whether the entry's files are there, and a save has nothing to upload.

const localCache = {
    async restore(paths, key) {
        for (const path of paths) {
            if (!(await hasFiles(path)))
                return undefined;
        }
        return key;
    },
    async save() {
        return 'saved';
    },
};

;// CONCATENATED MODULE: ./src/cli/session.ts
// The session every command opens: a context on this machine, a reporter, and cancellation on Ctrl-C.







let cancelled = false;
/** True once SIGINT or SIGTERM arrived; the command then exits with 130, as shells expect. */
function wasCancelled() {
    return cancelled;
}
function openSession(options) {
    const config = parseConfig(options.settings);
    const reporter = new TerminalReporter({
        quiet: options.quiet ?? false,
        verbose: options.verbose ?? false,
        color: useColor(process.stderr, process.env),
        interactive: Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb',
        write: (text) => process.stderr.write(text),
    });
    const processRunner = new ProcessRunner({ debug: (message) => reporter.debug(message) });
    const dryRunOutput = options.json ? process.stderr : process.stdout;
    const runner = options.dryRun ? new DryRunRunner(processRunner, (line) => dryRunOutput.write(`${line}\n`)) : processRunner;
    const stateDir = process.env.SETUP_PODMAN_K3D_STATE_DIR || userCacheDir();
    const environment = new ProcessEnvironment(options.dryRun ?? false);
    // Ctrl-C aborts the pipeline; the runner then stops every command it started.
    const controller = new AbortController();
    const onSignal = () => {
        cancelled = true;
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
        platform: processPlatform({ stateDir, toolDir: (0,external_node_path_namespaceObject.join)(stateDir, 'bin'), cacheDir: (0,external_node_path_namespaceObject.join)(stateDir, 'cache') }),
        cache: localCache,
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

;// CONCATENATED MODULE: ./src/tools/json.ts
// Narrowing helpers for JSON that tools print: each returns a typed value or names the missing field.
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
    info: () => [PODMAN, 'info'],
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
/** True when podman's stderr reports that the named machine does not exist. */
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

;// CONCATENATED MODULE: ./src/tools/k3d.ts
// k3d: argv builders, the environment it needs, and parsers for its JSON and log lines.

const K3D = 'k3d';
const k3dArgv = {
    version: () => [K3D, 'version', '-o', 'json'],
    clusterList: () => [K3D, 'cluster', 'list', '-o', 'json'],
    clusterCreate: (options) => {
        const argv = [K3D, 'cluster', 'create', options.name];
        // A config file's own settings win over flag defaults only when the flags are left out.
        if (options.configFile)
            argv.push('--config', options.configFile);
        argv.push('--image', options.image, '--servers', String(options.servers), '--agents', String(options.agents), '--api-port', options.apiHostPort, '--timeout', `${options.timeoutSeconds}s`, '--wait', '--kubeconfig-update-default=false', '--kubeconfig-switch-context=false');
        for (const port of options.ports)
            argv.push('--port', port);
        for (const k3sArg of options.k3sArgs)
            argv.push('--k3s-arg', k3sArg);
        if (options.registryUse)
            argv.push('--registry-use', options.registryUse);
        argv.push(...options.extraArgs);
        return argv;
    },
    clusterStart: (name, timeoutSeconds) => [K3D, 'cluster', 'start', name, '--wait', '--timeout', `${timeoutSeconds}s`],
    clusterStop: (name) => [K3D, 'cluster', 'stop', name],
    clusterDelete: (name) => [K3D, 'cluster', 'delete', name],
    kubeconfigGet: (name) => [K3D, 'kubeconfig', 'get', name],
    registryList: () => [K3D, 'registry', 'list', '-o', 'json'],
    /** `--default-network podman`: k3d's default `bridge` network does not exist on Podman. */
    registryCreate: (name, port) => [K3D, 'registry', 'create', name, '--default-network', 'podman', '--port', `127.0.0.1:${port}`],
    registryDelete: (name) => [K3D, 'registry', 'delete', `k3d-${name}`],
};
/**
 * Builds the environment of every k3d call: plain log lines, and DOCKER_SOCK, the socket path inside
 * the Podman host that k3d mounts into its tools container.
 */
function k3dEnv(dockerHost, dockerSock) {
    return { LOG_COLORS: 'false', DOCKER_HOST: dockerHost, DOCKER_SOCK: dockerSock };
}
/** Reads `k3d version -o json`: `{"k3d":"v5.8.3","k3s":"v1.31.5-k3s1"}`. */
function parseK3dVersion(stdout) {
    const data = asRecord(JSON.parse(stdout), 'k3d version');
    return { k3d: requireString(data.k3d, 'k3d'), k3s: optionalString(data.k3s) };
}
/** Reads the text form of `k3d version` (before 5.5 there is no JSON form). */
function parseK3dVersionText(stdout) {
    const k3d = /k3d version (\S+)/.exec(stdout)?.[1];
    if (!k3d)
        throw new Error(`Unexpected \`k3d version\` output: ${stdout.trim()}`);
    return { k3d, k3s: /k3s version (\S+)/.exec(stdout)?.[1] };
}
/** Reads `k3d cluster list -o json`: an array of clusters, `[]` when there is none. */
function parseClusterList(stdout) {
    const text = stdout.trim();
    if (text === '' || text === 'null')
        return [];
    const data = JSON.parse(text);
    if (!Array.isArray(data))
        throw new Error('`k3d cluster list -o json` did not print a JSON array');
    return data.map((item) => {
        const cluster = asRecord(item, 'cluster');
        const nodes = Array.isArray(cluster.nodes) ? cluster.nodes : [];
        return {
            name: requireString(cluster.name, 'name'),
            nodes: nodes.map((entry) => {
                const node = asRecord(entry, 'node');
                const state = optionalRecord(node.State);
                return {
                    name: requireString(node.name, 'node name'),
                    role: optionalString(node.role) ?? 'noRole',
                    running: state?.Running === true,
                    status: optionalString(state?.Status),
                };
            }),
            serversRunning: optionalNumber(cluster.serversRunning) ?? 0,
            serversCount: optionalNumber(cluster.serversCount) ?? 0,
            agentsRunning: optionalNumber(cluster.agentsRunning) ?? 0,
            agentsCount: optionalNumber(cluster.agentsCount) ?? 0,
        };
    });
}
/** True when every server and agent node of the cluster runs. */
function isClusterRunning(cluster) {
    return cluster.serversCount > 0 && cluster.serversRunning === cluster.serversCount && cluster.agentsRunning === cluster.agentsCount;
}
/** Reads `k3d registry list -o json`: the names of the registries (containers named k3d-NAME). */
function parseRegistryList(stdout) {
    const text = stdout.trim();
    if (text === '' || text === 'null')
        return [];
    const data = JSON.parse(text);
    if (!Array.isArray(data))
        return [];
    return data
        .map((item) => optionalString(optionalRecord(item)?.name))
        .filter((name) => name !== undefined);
}
/**
 * Reads one k3d log line in either of logrus's text layouts: `FATA[0032] message` (colours on)
 * or `time="..." level=fatal msg="message"` (LOG_COLORS=false, which is how this tool runs k3d).
 */
function parseK3dLogLine(line) {
    const short = /^(INFO|WARN|ERRO|FATA|DEBU|TRAC|PANI)\[\d+\]\s*(.*)$/.exec(line.trim());
    if (short)
        return { level: { INFO: 'info', WARN: 'warning', ERRO: 'error', FATA: 'fatal', DEBU: 'debug', TRAC: 'trace', PANI: 'panic' }[short[1]], message: short[2] ?? '' };
    const level = /(?:^|\s)level=(\w+)/.exec(line)?.[1];
    if (!level)
        return undefined;
    const quoted = /(?:^|\s)msg="((?:[^"\\]|\\.)*)"/.exec(line)?.[1];
    const bare = /(?:^|\s)msg=(\S+)/.exec(line)?.[1];
    const message = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
    return { level, message };
}
/**
 * Returns the message that gives the reason k3d failed: its fatal line (for example "Cluster creation FAILED,
 * all changes have been rolled back!"), else the last error line, else the last line.
 */
function k3dFailureLine(output) {
    const lines = output.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    const parsed = lines.map((line) => ({ line, log: parseK3dLogLine(line) }));
    const fatal = parsed.filter((entry) => entry.log?.level === 'fatal').at(-1);
    const error = parsed.filter((entry) => entry.log?.level === 'error').at(-1);
    const chosen = fatal ?? error;
    return chosen?.log ? chosen.log.message : lines.at(-1);
}
/** Returns the messages of k3d's error lines, which come before the fatal line and give its reason. */
function k3dErrorLines(output) {
    return output
        .split(/\r?\n/)
        .map((line) => parseK3dLogLine(line))
        .filter((log) => log?.level === 'error')
        .map((log) => log.message);
}

;// CONCATENATED MODULE: ./src/core/down.ts
// Tearing down what `up` set up: the action's post step and the CLI's `down` command.






/** Deletes the cluster and its registry. Deleting a missing cluster succeeds (k3d exits 0). */
async function deleteCluster(context, state) {
    const result = { actions: [], warnings: [] };
    if (!state.clusterName || !state.dockerHost || !state.dockerSock)
        return result;
    const env = k3dEnv(state.dockerHost, state.dockerSock);
    await runTeardownCommand(context, result, k3dArgv.clusterDelete(state.clusterName), `deleted cluster ${state.clusterName}`, env);
    if (state.registry) {
        await runTeardownCommand(context, result, k3dArgv.registryDelete(state.registry), `deleted registry ${state.registry}`, env);
    }
    return result;
}
/** Runs one teardown command; its failure becomes a warning so the rest of the teardown goes on. */
async function runTeardownCommand(context, result, argv, done, env = machineEnv(context.config)) {
    try {
        const run = await runUnchecked(context, { argv, timeoutMs: 180_000, env });
        if (run.exitCode === 0)
            result.actions.push(done);
        else
            result.warnings.push(`${formatArgv(argv)} exited ${run.exitCode}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
    }
    catch (error) {
        result.warnings.push(`${formatArgv(argv)} failed: ${describeError(error)}`);
    }
}
/**
 * Stops the machine (macOS) and, with `removeMachine`, removes it with its disk; on Linux stops
 * the API service `up` started. Failures become warnings in the result instead of exceptions.
 */
async function stopRuntime(context, state, options = {}) {
    const result = { actions: [], warnings: [] };
    if (state.os === 'darwin' && options.removeMachine) {
        await runTeardownCommand(context, result, podmanArgv.machineRemove(state.machineName), `removed machine ${state.machineName}`);
        return result;
    }
    if (state.os === 'darwin') {
        await runTeardownCommand(context, result, podmanArgv.machineStop(state.machineName), `stopped machine ${state.machineName}`);
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

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/tools/api-socket.ts
// The Docker-compatible API that Podman serves on a unix socket, reached without any CLI.

/**
 * Sends `GET /_ping` over the socket; Podman and Docker respond `OK` when the API is serving.
 * Podman also names itself in the `Server` header (`Libpod/5.8.5 (linux)`; Docker Engine sends
 * `Docker/28.5.2 (linux)`), which gives `podmanVersion`.
 */
function pingSocket(socketPath, timeoutMs) {
    return new Promise((resolve) => {
        const call = (0,external_node_http_namespaceObject.request)({ socketPath, path: '/_ping', method: 'GET', timeout: timeoutMs }, (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk) => (body += chunk));
            response.on('end', () => {
                if (response.statusCode !== 200 || body.trim() !== 'OK') {
                    resolve({ ok: false, reason: `HTTP ${response.statusCode}: ${body.trim().slice(0, 100)}` });
                    return;
                }
                const header = response.headers.server;
                const server = Array.isArray(header) ? header[0] : header;
                const podmanVersion = /^Libpod\/(\S+)/.exec(server ?? '')?.[1];
                resolve({ ok: true, server, podmanVersion });
            });
        });
        call.on('timeout', () => {
            call.destroy();
            resolve({ ok: false, reason: `no response within ${timeoutMs} ms` });
        });
        call.on('error', (error) => resolve({ ok: false, reason: error.code ?? error.message }));
        call.end();
    });
}
/**
 * Time between pings while waiting. A fresh `podman system service` can respond within a few hundred
 * ms, so a long interval would add idle time, and a ping of a missing socket fails at once.
 */
const WAIT_POLL_INTERVAL_MS = 50;
/** Pings until the API responds or `deadlineMs` passes; returns the last failure reason on timeout. */
async function waitForSocket(socketPath, deadlineMs, signal) {
    const end = Date.now() + deadlineMs;
    let last = { ok: false, reason: 'not tried' };
    while (Date.now() < end && !signal?.aborted) {
        last = await pingSocket(socketPath, Math.min(5000, Math.max(100, end - Date.now())));
        if (last.ok)
            return last;
        await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_INTERVAL_MS));
    }
    return last;
}

;// CONCATENATED MODULE: ./src/tools/docker.ts
// The Docker CLI: argv builders and the parser for `docker version` JSON.

const DOCKER = 'docker';
const dockerArgv = {
    clientVersion: () => [DOCKER, '--version'],
    version: () => [DOCKER, 'version', '--format', '{{json .}}'],
    /** A cheap read through the API: the server sends one container ID at most. */
    latestContainerId: () => [DOCKER, 'ps', '--quiet', '--latest'],
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
/** Returns the first line that starts with `{`, because the CLI may print warnings after the JSON. */
function firstJsonLine(stdout) {
    const line = stdout.split('\n').find((candidate) => candidate.trim().startsWith('{'));
    if (!line)
        throw new Error(`\`docker version\` printed no JSON: ${stdout.trim().slice(0, 200)}`);
    return line;
}

;// CONCATENATED MODULE: ./src/core/files.ts
// File writes that never leave a half-written file behind, and checks of what a path is.



/** Writes through a private temporary file and a rename, so a reader sees the old or the new file. */
async function writeFileAtomic(path, content, mode) {
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,promises_namespaceObject.writeFile)(temporary, content, { mode, flag: 'wx' });
        await (0,promises_namespaceObject.rename)(temporary, path);
    }
    finally {
        await (0,promises_namespaceObject.rm)(temporary, { force: true });
    }
}
/** True when `path` exists, whatever it is. */
async function exists(path) {
    return (0,promises_namespaceObject.stat)(path).then(() => true, () => false);
}
async function isFile(path) {
    return (0,promises_namespaceObject.stat)(path).then((info) => info.isFile(), () => false);
}
async function isDirectory(path) {
    return (0,promises_namespaceObject.stat)(path).then((info) => info.isDirectory(), () => false);
}

;// CONCATENATED MODULE: ./src/core/steps/linux-service.ts
// Linux: Podman runs on the host, so no VM is needed; make sure its API socket is serving.






const SERVICE_START_DEADLINE_MS = 30_000;
/** Paths where Podman looks for catatonit (containers.conf init_path) and where Debian installs it. */
const CATATONIT_PATHS = ['/usr/libexec/podman/catatonit', '/usr/bin/catatonit'];
/** Returns where Podman serves its API: the system socket for root, the user's runtime dir otherwise. */
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
        context.facts.containerInit = (await Promise.all(CATATONIT_PATHS.map(exists))).some(Boolean);
        const first = await pingSocket(socketPath, 3000);
        if (first.ok)
            return { changed: false, detail: `${socketPath} is serving` };
        if (context.runner.dryRun) {
            await context.runner.spawnDetached({ argv: podmanArgv.systemService(socketPath), logFile: serviceLog(context) });
            return { changed: true, detail: `would start podman system service on ${socketPath}` };
        }
        // A directory at the socket path is what a container's bind mount of a missing socket leaves.
        if (await isDirectory(socketPath)) {
            throw new SetupError(`${socketPath} is a directory, so no API socket can be created there.`, {
                hint: `Remove it (rmdir ${socketPath}) and run again; a container that bind-mounted the socket while no service ran leaves such a directory.`,
            });
        }
        // A socket file that no process serves is left from a stopped service, and podman cannot bind over it.
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
            throw new SetupError(`podman system service did not respond on ${socketPath} within ${SERVICE_START_DEADLINE_MS / 1000} s (${ready.reason}).` +
                (log.trim() ? `\n${tail(log, 10)}` : ''), { hint: `Read ${logFile}; run \`podman system service --time=0 unix://${socketPath}\` by hand to see the error.` });
        }
        return { changed: true, detail: `started podman system service (pid ${pid}) on ${socketPath}` };
    },
};
function serviceLog(context) {
    return (0,external_node_path_namespaceObject.join)(context.platform.stateDir, 'podman-service.log');
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
        const engine = await proveDockerReachesPodman(context, socketPath, dockerHost);
        return {
            changed: false,
            detail: `DOCKER_HOST=${dockerHost}; docker ${engine.client} reaches Podman ${engine.podman}`,
        };
    },
};
/** Resolves the socket of the running setup without changing anything: for `env`, `down` and others. */
function currentSocket(context) {
    if (context.platform.os === 'linux')
        context.facts.socketPath = linuxSocketPath(context);
    return resolveSocket(context);
}
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
    const machine = context.facts.machine?.name === name ? context.facts.machine : await inspectMachine(context, name);
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
/**
 * Proves the path in two requests: a ping of the socket must come from Podman (its `Server`
 * header), and `docker ps` through DOCKER_HOST must succeed. `docker version` would prove both at
 * once, but Podman 4.3.1 takes about 0.3 s to respond to `GET /version`, against 30 ms for both of these.
 */
async function proveDockerReachesPodman(context, socketPath, dockerHost) {
    const ping = await pingSocket(socketPath, 10_000);
    if (!ping.ok) {
        throw new SetupError(`The Podman API at ${socketPath} does not respond (${ping.reason}).`, {
            hint: 'Check that the socket exists and that this user may open it.',
        });
    }
    if (!ping.podmanVersion) {
        throw new SetupError(`DOCKER_HOST=${dockerHost} reaches a server that is not Podman (Server: ${ping.server ?? 'no header'}).`, { hint: 'Another engine serves this socket; stop it or choose another machine.' });
    }
    const argv = dockerArgv.latestContainerId();
    const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env: { DOCKER_HOST: dockerHost, DOCKER_CONTEXT: undefined }, readOnly: true });
    if (result.exitCode !== 0) {
        const reason = result.stderr.trim().split('\n').at(-1) || `exit code ${result.exitCode}`;
        throw new SetupError(`The Docker CLI cannot reach Podman through DOCKER_HOST=${dockerHost}: ${reason}`, {
            hint: 'Check that `docker` on PATH is the Docker CLI and that no DOCKER_CONFIG or context overrides the host.',
        });
    }
    return { client: context.facts.versions?.docker ?? 'CLI', podman: ping.podmanVersion };
}

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

;// CONCATENATED MODULE: ./src/cli/commands/down.ts
// `setup-podman-k3d down`: delete the cluster, then stop what `up` started on this machine.





const DOWN_FLAGS = { quiet: true, verbose: true, 'remove-machine': true };
async function downCommand(args) {
    const session = openSession({ settings: args.settings, quiet: args.flags.quiet !== undefined, verbose: args.flags.verbose !== undefined });
    try {
        const { reporter } = session;
        const saved = await readLocalState(session.stateDir);
        const target = await teardownTarget(session, args, saved);
        const removed = await deleteCluster(session.context, target);
        const stopped = await stopRuntime(session.context, target, { removeMachine: args.flags['remove-machine'] !== undefined });
        const actions = [...removed.actions, ...stopped.actions];
        const warnings = [...removed.warnings, ...stopped.warnings];
        if (saved) {
            const rest = { ...saved, servicePid: undefined, clusterName: undefined, registry: undefined, kubeconfig: undefined };
            await writeLocalState(session.stateDir, { ...rest, updatedAt: new Date().toISOString() });
        }
        for (const action of actions)
            reporter.info(action);
        for (const warning of warnings)
            reporter.warning(warning);
        if (actions.length === 0 && warnings.length === 0)
            reporter.info('Nothing to stop.');
        return warnings.length === 0 ? 0 : 1;
    }
    finally {
        session.close();
    }
}
/** Builds the teardown target from the saved state of `up`; flags given here take precedence. */
async function teardownTarget(session, args, saved) {
    const { context, config } = session;
    const target = saved ? { ...saved } : { os: context.platform.os, machineName: config.machineName };
    if (args.settings['machine-name'])
        target.machineName = config.machineName;
    if (args.settings['cluster-name'] || !saved)
        target.clusterName = config.clusterName;
    if (!target.dockerHost) {
        // Without a saved state, find the socket the same way `env` does, to reach k3d's containers.
        try {
            const { socketPath, dockerSock } = await currentSocket(context);
            target.dockerHost = `unix://${socketPath}`;
            target.dockerSock = dockerSock;
        }
        catch (error) {
            session.reporter.debug(`No Podman socket found, so no cluster to delete: ${describeError(error)}`);
        }
    }
    return target;
}

;// CONCATENATED MODULE: ./src/cli/rc-file.ts
// A marked block of export lines in a shell's rc file: replaced in place when present, appended
// when not, and the file left untouched when the block already has the same lines.




const BLOCK_START = '# >>> setup-podman-k3d >>>';
const BLOCK_END = '# <<< setup-podman-k3d <<<';
const BLOCK_NOTE = '# Written by `setup-podman-k3d env --persist`; run it again to update this block.';
/** Returns the rc file each shell reads for interactive sessions. */
function defaultRcFile(shell, env, home = (0,external_node_os_namespaceObject.homedir)()) {
    if (shell === 'zsh')
        return (0,external_node_path_namespaceObject.join)(env.ZDOTDIR || home, '.zshrc');
    if (shell === 'fish')
        return (0,external_node_path_namespaceObject.join)(env.XDG_CONFIG_HOME || (0,external_node_path_namespaceObject.join)(home, '.config'), 'fish', 'config.fish');
    return (0,external_node_path_namespaceObject.join)(home, '.bashrc');
}
/** Returns `content` with the block set to `lines`, replacing an existing block. */
function withBlock(content, lines) {
    const block = [BLOCK_START, BLOCK_NOTE, ...lines, BLOCK_END].join('\n');
    const start = content.indexOf(BLOCK_START);
    const end = content.indexOf(BLOCK_END, start);
    if (start !== -1 && end !== -1) {
        return content.slice(0, start) + block + content.slice(end + BLOCK_END.length);
    }
    const separator = content === '' || content.endsWith('\n\n') ? '' : content.endsWith('\n') ? '\n' : '\n\n';
    return `${content}${separator}${block}\n`;
}
/**
 * Writes the block into `path` atomically, keeping the file's mode. The previous content goes to
 * `PATH.setup-podman-k3d.bak` first, so the user can restore it.
 */
async function persistBlock(path, lines) {
    const existing = await (0,promises_namespaceObject.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    const updated = withBlock(existing ?? '', lines);
    if (updated === existing)
        return { changed: false };
    let backup;
    let mode = 0o644;
    if (existing !== undefined) {
        backup = `${path}.setup-podman-k3d.bak`;
        await (0,promises_namespaceObject.copyFile)(path, backup);
        mode = (await (0,promises_namespaceObject.stat)(path)).mode & 0o777;
    }
    await writeFileAtomic(path, updated, mode);
    return { changed: true, backup };
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
/** Returns one line that sets and exports a variable in the given shell. */
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
// `setup-podman-k3d env`: the export lines that point a shell at this machine's Podman socket,
// printed, or with --persist written into the shell's rc file.







const ENV_FLAGS = { shell: false, persist: true, 'rc-file': false };
async function envCommand(args) {
    const shell = (args.flags.shell === undefined ? detectShell(process.env.SHELL) : String(args.flags.shell));
    if (!SHELLS.includes(shell))
        throw new InputError('--shell', shell, `one of ${SHELLS.join(', ')}`);
    const session = openSession({ settings: args.settings, quiet: true });
    try {
        const { context } = session;
        const { socketPath, dockerSock } = await currentSocket(context);
        if (!socketPath)
            throw new SetupError('No Podman API socket found.', { hint: 'Run `setup-podman-k3d up` first.' });
        // The values are resolved here and written as literals, so a new shell needs no variable of ours.
        const lines = [exportLine(shell, 'DOCKER_HOST', `unix://${socketPath}`), exportLine(shell, 'DOCKER_SOCK', dockerSock)];
        const saved = await readLocalState(session.stateDir);
        if (saved?.kubeconfig)
            lines.push(exportLine(shell, 'KUBECONFIG', saved.kubeconfig));
        const ping = await pingSocket(socketPath, 3000);
        if (!ping.ok)
            process.stderr.write(`warning: nothing responds on ${socketPath} (${ping.reason}); run \`setup-podman-k3d up\`.\n`);
        if (args.flags['rc-file'] !== undefined && args.flags.persist === undefined) {
            throw new UsageError('--rc-file needs --persist.');
        }
        if (args.flags.persist === undefined) {
            process.stdout.write(`${lines.join('\n')}\n`);
            return 0;
        }
        const rcFile = typeof args.flags['rc-file'] === 'string' ? args.flags['rc-file'] : defaultRcFile(shell, process.env);
        const result = await persistBlock(rcFile, lines);
        if (!result.changed) {
            process.stderr.write(`${rcFile} already has these lines; nothing changed.\n`);
        }
        else {
            const backup = result.backup ? ` (previous version saved as ${result.backup})` : '';
            process.stderr.write(`Wrote the setup-podman-k3d block to ${rcFile}${backup}. New shells get:\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
        }
        return 0;
    }
    finally {
        session.close();
    }
}
/** Picks the shell named by $SHELL, or bash. */
function detectShell(shellPath) {
    const name = shellPath?.split('/').pop();
    return SHELLS.find((shell) => shell === name) ?? 'bash';
}

;// CONCATENATED MODULE: ./src/tools/kubectl.ts
// kubectl: argv builders and parsers for `get -o json`, from which readiness is decided.

const KUBECTL = 'kubectl';
const kubectlArgv = {
    clientVersion: () => [KUBECTL, 'version', '--client', '-o', 'json'],
    getNodes: (kubeconfig) => [KUBECTL, '--kubeconfig', kubeconfig, 'get', 'nodes', '-o', 'json'],
    getKubeSystemDeployments: (kubeconfig) => [
        KUBECTL,
        '--kubeconfig',
        kubeconfig,
        'get',
        'deployments',
        '--namespace',
        'kube-system',
        '-o',
        'json',
    ],
};
/** Reads `kubectl version --client -o json`: clientVersion.gitVersion, for example v1.33.4. */
function parseKubectlClientVersion(stdout) {
    const data = asRecord(JSON.parse(stdout), 'kubectl version');
    const version = optionalString(optionalRecord(data.clientVersion)?.gitVersion);
    if (!version)
        throw new Error('`kubectl version --client -o json` printed no clientVersion.gitVersion');
    return version;
}
/** Reads `kubectl get nodes -o json` (a v1 List of Node). */
function parseNodes(stdout) {
    return listItems(stdout).map((item) => {
        const metadata = optionalRecord(item.metadata);
        const status = optionalRecord(item.status);
        const conditions = Array.isArray(status?.conditions) ? status.conditions : [];
        const ready = conditions.map((condition) => optionalRecord(condition)).find((condition) => condition?.type === 'Ready');
        const reason = [optionalString(ready?.reason), optionalString(ready?.message)].filter(Boolean).join(': ');
        return {
            name: optionalString(metadata?.name) ?? 'unnamed node',
            ready: ready?.status === 'True',
            reason: reason || (ready ? undefined : 'no Ready condition yet'),
            kubeletVersion: optionalString(optionalRecord(status?.nodeInfo)?.kubeletVersion),
        };
    });
}
/** Reads `kubectl get deployments -o json` (a v1 List of Deployment). */
function parseDeployments(stdout) {
    return listItems(stdout).map((item) => {
        const spec = optionalRecord(item.spec);
        const status = optionalRecord(item.status);
        return {
            name: optionalString(optionalRecord(item.metadata)?.name) ?? 'unnamed deployment',
            desired: optionalNumber(spec?.replicas) ?? 1,
            available: optionalNumber(status?.availableReplicas) ?? 0,
        };
    });
}
function listItems(stdout) {
    const data = asRecord(JSON.parse(stdout), 'kubectl list');
    const items = Array.isArray(data.items) ? data.items : [];
    return items.map((item) => asRecord(item, 'list item'));
}

;// CONCATENATED MODULE: ./src/core/status.ts
// The state of each link from the Docker CLI to the cluster, read without changing anything.










/** Checks every link in order; a link whose prerequisite is broken is reported as broken too. */
async function collectStatus(context, target) {
    const links = [];
    const quick = { timeoutMs: 15_000, readOnly: true };
    const run = (argv, env) => runUnchecked(context, { argv, env, ...quick }).catch(() => undefined);
    const docker = await run(dockerArgv.clientVersion());
    links.push(docker?.exitCode === 0
        ? { link: 'Docker CLI', state: 'ok', detail: `version ${parseDockerClientVersion(docker.stdout)}` }
        : { link: 'Docker CLI', state: 'broken', detail: 'not found on PATH', fix: 'setup-podman-k3d up' });
    const podman = await run(podmanArgv.version());
    links.push(podman?.exitCode === 0
        ? { link: 'Podman', state: 'ok', detail: `version ${parsePodmanVersion(podman.stdout)}` }
        : { link: 'Podman', state: 'broken', detail: 'not found on PATH', fix: 'setup-podman-k3d up' });
    const socketPath = await machineLink(context, links);
    await socketLinks(context, links, socketPath);
    if (target.clusterName)
        await clusterLinks(context, links, target, run);
    return links;
}
/** Adds the machine link (macOS) and returns the API socket path the setup should use. */
async function machineLink(context, links) {
    if (context.platform.os !== 'darwin') {
        links.push({ link: 'Podman machine', state: 'not applicable', detail: 'Podman runs natively on Linux' });
        return linuxSocketPath(context);
    }
    const name = context.config.machineName;
    let machine;
    try {
        machine = await inspectMachine(context, name);
    }
    catch (error) {
        links.push({ link: 'Podman machine', state: 'broken', detail: firstLine(describeError(error)), fix: 'setup-podman-k3d up' });
        return undefined;
    }
    const resources = `${machine.cpus ?? '?'} CPUs, ${machine.memoryMiB ?? '?'} MiB, ${machine.diskSizeGiB ?? '?'} GiB`;
    const detail = `${name}: ${machine.state}, ${machine.provider ?? 'provider unknown'}, ${machine.rootful ? 'rootful' : 'rootless'}, ${resources}`;
    links.push(machine.state === 'running'
        ? { link: 'Podman machine', state: 'ok', detail }
        : { link: 'Podman machine', state: 'broken', detail, fix: `podman machine start ${name}` });
    return machine.socketPath;
}
async function socketLinks(context, links, socketPath) {
    const fix = 'setup-podman-k3d up';
    if (!socketPath) {
        links.push({ link: 'API socket', state: 'broken', detail: 'unknown: the machine reports no socket', fix });
    }
    else {
        const isSocket = await (0,promises_namespaceObject.stat)(socketPath).then((stats) => stats.isSocket(), () => false);
        const ping = isSocket ? await pingSocket(socketPath, 5000) : { ok: false, reason: 'missing' };
        links.push(ping.ok
            ? { link: 'API socket', state: 'ok', detail: `${socketPath} answers` }
            : { link: 'API socket', state: 'broken', detail: `${socketPath}: ${isSocket ? `does not answer (${ping.reason})` : 'does not exist'}`, fix });
    }
    const expected = socketPath ? `unix://${socketPath}` : undefined;
    const dockerHost = context.platform.env.DOCKER_HOST;
    if (!dockerHost) {
        links.push({ link: 'DOCKER_HOST', state: 'broken', detail: 'not set in this shell', fix: 'eval "$(setup-podman-k3d env)"' });
    }
    else if (expected && dockerHost !== expected) {
        links.push({ link: 'DOCKER_HOST', state: 'broken', detail: `${dockerHost}, but the Podman socket is ${expected}`, fix: 'eval "$(setup-podman-k3d env)"' });
    }
    else {
        const reachable = dockerHost.startsWith('unix://') ? await pingSocket(dockerHost.slice('unix://'.length), 5000) : { ok: true };
        links.push(reachable.ok
            ? { link: 'DOCKER_HOST', state: 'ok', detail: dockerHost }
            : { link: 'DOCKER_HOST', state: 'broken', detail: `${dockerHost} does not answer (${reachable.reason})`, fix });
    }
    if (!expected) {
        links.push({ link: 'Docker CLI → Podman', state: 'broken', detail: 'no socket to reach', fix });
        return;
    }
    const version = await runUnchecked(context, { argv: dockerArgv.version(), env: { DOCKER_HOST: expected, DOCKER_CONTEXT: undefined }, timeoutMs: 15_000, readOnly: true }).catch(() => undefined);
    const parsed = version?.stdout ? safe(() => parseDockerVersion(version.stdout)) : undefined;
    links.push(version?.exitCode === 0 && parsed?.podmanVersion
        ? { link: 'Docker CLI → Podman', state: 'ok', detail: `reaches Podman Engine ${parsed.podmanVersion} through ${expected}` }
        : { link: 'Docker CLI → Podman', state: 'broken', detail: firstLine(version?.stderr.trim() || 'no Podman Engine responded'), fix });
}
async function clusterLinks(context, links, target, run) {
    const name = target.clusterName ?? '';
    const socket = links.find((link) => link.link === 'API socket');
    const socketPath = socket?.state === 'ok' ? socket.detail.replace(/ answers$/, '') : undefined;
    if (!socketPath) {
        links.push({ link: 'k3d cluster', state: 'broken', detail: `${name}: cannot check without a Podman socket`, fix: 'setup-podman-k3d up' });
        return;
    }
    const dockerSock = context.platform.os === 'darwin' ? '/run/podman/podman.sock' : socketPath;
    const list = await run(k3dArgv.clusterList(), k3dEnv(`unix://${socketPath}`, dockerSock));
    const cluster = list?.exitCode === 0 ? safe(() => parseClusterList(list.stdout))?.find((entry) => entry.name === name) : undefined;
    if (!list || list.exitCode !== 0) {
        links.push({ link: 'k3d cluster', state: 'broken', detail: 'k3d is missing or cannot list clusters', fix: 'setup-podman-k3d up' });
    }
    else if (!cluster) {
        links.push({ link: 'k3d cluster', state: 'broken', detail: `${name} does not exist`, fix: 'setup-podman-k3d up' });
    }
    else if (!isClusterRunning(cluster)) {
        links.push({ link: 'k3d cluster', state: 'broken', detail: `${name} is stopped (${cluster.serversRunning}/${cluster.serversCount} servers running)`, fix: `k3d cluster start ${name}` });
    }
    else {
        links.push({ link: 'k3d cluster', state: 'ok', detail: `${name}: ${cluster.serversCount} servers, ${cluster.agentsCount} agents running` });
    }
    if (!target.kubeconfig) {
        links.push({ link: 'kube context', state: 'broken', detail: 'no kubeconfig recorded', fix: 'setup-podman-k3d up' });
        return;
    }
    const nodes = await run(kubectlArgv.getNodes(target.kubeconfig));
    const parsed = nodes?.exitCode === 0 ? safe(() => parseNodes(nodes.stdout)) : undefined;
    links.push(parsed
        ? { link: 'kube context', state: 'ok', detail: `k3d-${name} answers: ${parsed.filter((node) => node.ready).length}/${parsed.length} nodes Ready` }
        : { link: 'kube context', state: 'broken', detail: lastLine(nodes?.stderr.trim() || `kubectl cannot reach the API with ${target.kubeconfig}`), fix: `setup-podman-k3d up` });
}
function safe(parse) {
    try {
        return parse();
    }
    catch {
        return undefined;
    }
}
/** kubectl logs its retries (klog lines) first and prints the reason last. */
function lastLine(text) {
    return text.split('\n').at(-1) ?? text;
}

;// CONCATENATED MODULE: ./src/cli/commands/status.ts
// `setup-podman-k3d status`: one line per link with its state and, for a broken link, the fix.
// It changes nothing; its exit code is 0 only when every link holds.



const STATUS_FLAGS = { json: true };
async function statusCommand(args) {
    const session = openSession({ settings: args.settings, quiet: true });
    try {
        const saved = await readLocalState(session.stateDir);
        const clusterName = args.settings['cluster-name'] ? session.config.clusterName : saved?.clusterName;
        const links = await collectStatus(session.context, { clusterName, kubeconfig: saved?.kubeconfig });
        const healthy = links.every((link) => link.state !== 'broken');
        if (args.flags.json !== undefined) {
            process.stdout.write(`${JSON.stringify({ healthy, links }, null, 2)}\n`);
        }
        else {
            process.stdout.write(formatTable(links));
        }
        return healthy ? 0 : 1;
    }
    finally {
        session.close();
    }
}
function formatTable(links) {
    const width = Math.max(...links.map((link) => link.link.length));
    const mark = { ok: '✓', broken: '✗', 'not applicable': '-' };
    const lines = links.map((link) => {
        const fix = link.state === 'broken' && link.fix ? `\n  ${' '.repeat(width)}   fix: ${link.fix}` : '';
        return `${mark[link.state]} ${link.link.padEnd(width)}  ${link.detail}${fix}`;
    });
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/core/redact.ts
// Removing secrets from text that leaves the process (logs, diagnostics files, error messages).
/** Lines of PEM key blocks and kubeconfig credential fields, whatever registered secrets miss. */
const CREDENTIAL_FIELD = /^(\s*(?:client-key-data|client-certificate-data|token|password):\s*)\S.*$/gm;
const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;
const REDACTED = '***';
/** Replaces every registered secret, credential field and private key block in `text`. */
function redact(text, secrets) {
    let result = text;
    // Longer secrets first, so a secret that contains a shorter one is replaced whole.
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret.length >= 4)
            result = result.split(secret).join(REDACTED);
    }
    return result.replace(CREDENTIAL_FIELD, `$1${REDACTED}`).replace(PRIVATE_KEY_BLOCK, REDACTED);
}

;// CONCATENATED MODULE: ./src/core/steps/diagnostics.ts
// Diagnostics after a failure: one log group with what a user needs to see why, and the same
// text in a file for upload. Every section is best-effort: a failing command is shown as such and
// the next one runs. Secrets are replaced before the text reaches the log or the file.









const LOG_TAIL_LINES = 40;
/** Collects the sections, prints them in a "Diagnostics" group and returns the file's path. */
async function collectDiagnostics(context) {
    const sections = [];
    const add = (title, body) => sections.push(`## ${title}\n${body}`);
    const run = async (title, argv, env = {}, lines = LOG_TAIL_LINES) => {
        try {
            const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env, readOnly: true });
            add(title, `$ ${formatArgv(argv)} (exit ${result.exitCode})\n${tail(`${result.stdout}\n${result.stderr}`, lines) || '(no output)'}`);
        }
        catch (error) {
            add(title, `$ ${formatArgv(argv)}\n${describeError(error)}`);
        }
    };
    const name = context.config.machineName;
    if (context.platform.os === 'darwin') {
        await run('podman machine inspect', podmanArgv.machineInspect(name), machineEnv(context.config), 80);
        for (const log of await machineLogs(context))
            add(`machine log ${log.file}`, log.text);
    }
    await run('podman info', [...podmanArgv.info()], {}, 80);
    const { dockerHost, dockerSock } = context.facts;
    if (context.config.createCluster && dockerHost && dockerSock) {
        const env = k3dEnv(dockerHost, dockerSock);
        await run('k3d cluster list', ['k3d', 'cluster', 'list'], env);
        for (const container of await clusterContainers(context, env)) {
            await run(`logs of ${container}`, ['docker', 'logs', '--tail', String(LOG_TAIL_LINES), container], env);
        }
    }
    const kubeconfig = context.facts.cluster?.kubeconfigPath;
    if (kubeconfig) {
        const kubectl = ['kubectl', '--kubeconfig', kubeconfig];
        await run('nodes and pods', [...kubectl, 'get', 'nodes,pods', '--all-namespaces', '-o', 'wide']);
        await run('node descriptions', [...kubectl, 'describe', 'nodes'], {}, 80);
        await run('recent events', [...kubectl, 'get', 'events', '--all-namespaces', '--sort-by=.lastTimestamp'], {}, 30);
    }
    const text = redact(sections.join('\n\n'), context.facts.secrets ?? []);
    await context.reporter.group('Diagnostics', async () => {
        for (const line of text.split('\n'))
            context.reporter.info(line);
    });
    const file = (0,external_node_path_namespaceObject.join)(context.platform.stateDir, `diagnostics-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
    try {
        await writeFileAtomic(file, `${text}\n`, 0o600);
        context.facts.diagnosticsFile = file;
        return file;
    }
    catch (error) {
        context.reporter.warning(`Could not write the diagnostics file ${file}: ${describeError(error)}`);
        return undefined;
    }
}
async function clusterContainers(context, env) {
    const argv = ['docker', 'ps', '--all', '--filter', `label=k3d.cluster=${context.config.clusterName}`, '--format', '{{.Names}}'];
    const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env, readOnly: true }).catch(() => undefined);
    return (result?.stdout ?? '').split('\n').filter(Boolean);
}
/** Reads the tails of the machine's logs under $TMPDIR/podman/ (gvproxy, vfkit or krunkit, the VM console). */
async function machineLogs(context) {
    const directory = (0,external_node_path_namespaceObject.join)(context.platform.tmpDir, 'podman');
    const names = await (0,promises_namespaceObject.readdir)(directory).catch(() => []);
    const logs = [];
    for (const file of names.filter((entry) => entry.endsWith('.log')).sort()) {
        const text = await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(directory, file), 'utf8').catch(() => '');
        if (text.trim())
            logs.push({ file: (0,external_node_path_namespaceObject.join)(directory, file), text: tail(text, LOG_TAIL_LINES) });
    }
    return logs;
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
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

;// CONCATENATED MODULE: ./src/core/tool-versions.ts
// Versions of the tools on PATH, remembered between runs by the binary's real path, size and
// modification time. A run that finds everything in place then starts no tool only to ask for its
// version. An upgraded or replaced binary has another path, size or time, so it is asked again.
// Scripts are always asked: a version manager's shim (asdf, mise) or a wrapper such as
// podman-docker's `docker` stays the same file while the program it runs changes.




const FILE_NAME = 'tool-versions.json';
/** The versions file of each context, read once; several tools update it at the same time. */
const loaded = new WeakMap();
/** The last write of each context's file, so writes happen one after another and the last has every entry. */
const writes = new WeakMap();
/**
 * Returns the version of `tool` on PATH: the remembered one when the binary is unchanged, else
 * what `query` reports, which is then remembered. Undefined when the tool is not on PATH.
 */
async function toolVersion(context, tool, query) {
    const path = await context.runner.which(tool);
    if (!path)
        return undefined;
    const identity = await binaryIdentity(tool, path);
    if (!identity)
        return query();
    const versions = await versionsOf(context);
    const remembered = versions[identity];
    if (remembered)
        return remembered;
    const version = await query();
    if (version && !context.runner.dryRun) {
        versions[identity] = version;
        // Losing the file only costs the next run one version query, so a failed write is ignored.
        const file = (0,external_node_path_namespaceObject.join)(context.platform.stateDir, FILE_NAME);
        const write = (writes.get(context) ?? Promise.resolve()).then(() => writeFileAtomic(file, `${JSON.stringify(versions, null, 2)}\n`, 0o600).catch(() => undefined));
        writes.set(context, write);
        await write;
    }
    return version;
}
/**
 * Names a binary by its resolved path, size and modification time. Undefined for a script (it
 * starts with `#!`) and for a file that cannot be read.
 */
async function binaryIdentity(tool, path) {
    try {
        const target = await (0,promises_namespaceObject.realpath)(path);
        const info = await (0,promises_namespaceObject.stat)(target);
        if (await isScript(target))
            return undefined;
        return `${tool} ${target} ${info.size} ${Math.round(info.mtimeMs)}`;
    }
    catch {
        return undefined;
    }
}
async function isScript(path) {
    const file = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const { buffer, bytesRead } = await file.read(Buffer.alloc(2), 0, 2, 0);
        return bytesRead === 2 && buffer.toString('latin1') === '#!';
    }
    finally {
        await file.close();
    }
}
function versionsOf(context) {
    let versions = loaded.get(context);
    if (!versions) {
        versions = (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(context.platform.stateDir, FILE_NAME), 'utf8').then((text) => parseVersions(text), () => ({}));
        loaded.set(context, versions);
    }
    return versions;
}
/** Reads the versions file; a damaged file counts as empty, so each tool is asked again. */
function parseVersions(text) {
    let parsed;
    try {
        parsed = optionalRecord(JSON.parse(text));
    }
    catch {
        return {};
    }
    return Object.fromEntries(Object.entries(parsed ?? {}).filter((entry) => typeof entry[1] === 'string'));
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
    return `${mirror.replace(/\/+$/, '')}/${parsed.host}${parsed.pathname}${parsed.search}`;
}
/** Downloads, verifies and atomically places a file. Returns its SHA-256. */
async function download(request, reporter) {
    const fileName = request.name ?? (0,external_node_path_namespaceObject.basename)(new URL(request.url).pathname);
    const expected = request.sha256 ?? (await expectedDigest(request, fileName, reporter));
    // A file from an earlier run (a restored cache) is used only when it still has the right digest.
    const existing = await sha256OfFile(request.destination);
    if (existing !== undefined && (expected === undefined || existing === expected)) {
        reporter.info(`Using the cached ${fileName} (SHA-256 ${existing}).`);
        return existing;
    }
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
async function sha256OfFile(path) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    try {
        for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(path))
            hash.update(chunk);
    }
    catch {
        return undefined;
    }
    return hash.digest('hex');
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
            const response = await fetch(url, { headers: request.headers, signal: AbortSignal.any(signals), redirect: 'follow' });
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

;// CONCATENATED MODULE: ./src/core/steps/install-docker.ts
// The Docker CLI: keep the one on PATH, else install Docker's static client tarball or the formula.










function installedDockerVersion(context) {
    return toolVersion(context, 'docker', async () => {
        const result = await runUnchecked(context, { argv: dockerArgv.clientVersion(), timeoutMs: 30_000, readOnly: true });
        return result.exitCode === 0 ? parseDockerClientVersion(result.stdout) : undefined;
    });
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
    const archive = (0,external_node_path_namespaceObject.join)(cacheDirs(platform.cacheDir).downloads, `docker-${version}-${platform.os}-${platform.arch}.tgz`);
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

;// CONCATENATED MODULE: ./src/core/steps/install-binaries.ts
// k3d and kubectl: single release binaries, verified against their publishers' checksum files.











const K3D_SPEC = {
    tool: 'k3d',
    minimum: K3D_MIN_VERSION,
    pinned: K3D_DEFAULT_VERSION,
    requested: (context) => context.config.k3dVersion,
    installedVersion: async (context) => {
        const result = await runUnchecked(context, { argv: k3dArgv.version(), timeoutMs: 30_000, readOnly: true });
        return result.exitCode === 0 ? parseK3dVersion(result.stdout).k3d.replace(/^v/, '') : undefined;
    },
};
const KUBECTL_SPEC = {
    tool: 'kubectl',
    minimum: KUBECTL_MIN_VERSION,
    pinned: KUBECTL_DEFAULT_VERSION,
    requested: (context) => context.config.kubectlVersion,
    installedVersion: async (context) => {
        const result = await runUnchecked(context, { argv: kubectlArgv.clientVersion(), timeoutMs: 30_000, readOnly: true });
        return result.exitCode === 0 ? parseKubectlClientVersion(result.stdout).replace(/^v/, '') : undefined;
    },
};
const k3dPlan = (context) => binaryPlan(context, K3D_SPEC);
const kubectlPlan = (context) => binaryPlan(context, KUBECTL_SPEC);
async function binaryPlan(context, spec) {
    const found = await toolVersion(context, spec.tool, () => spec.installedVersion(context));
    const requested = spec.requested(context);
    const satisfied = found !== undefined && (requested ? sameVersion(found, requested) : isAtLeast(found, spec.minimum));
    if (satisfied)
        return { tool: spec.tool, action: 'keep', version: found };
    if (context.config.installMethod === 'skip') {
        const problem = found === undefined ? `${spec.tool} is not installed` : `${spec.tool} ${found} does not satisfy ${requested ?? `>= ${spec.minimum}`}`;
        throw new SetupError(`${problem}, and install-method is skip.`, {
            hint: `Install ${spec.tool} ${requested ?? spec.pinned}, or set install-method to auto.`,
        });
    }
    // Release binaries are the same on every machine, so brew and auto both use them.
    return { tool: spec.tool, action: 'release', version: requested ?? spec.pinned };
}
function sameVersion(found, requested) {
    return parseVersion(found)?.join('.') === parseVersion(requested)?.join('.');
}
/** Downloads the binary and its checksum file, and installs the binary into the tool directory. */
async function installBinary(context, tool, version) {
    const { platform, reporter } = context;
    const os = platform.os === 'darwin' ? 'darwin' : 'linux';
    const arch = platform.arch === 'x64' ? 'amd64' : 'arm64';
    const source = tool === 'k3d'
        ? { url: `${RELEASE_URLS.k3dRelease(version)}/k3d-${os}-${arch}`, checksumUrl: `${RELEASE_URLS.k3dRelease(version)}/checksums.txt` }
        : { url: RELEASE_URLS.kubectl(version, os, arch), checksumUrl: `${RELEASE_URLS.kubectl(version, os, arch)}.sha256` };
    if (context.runner.dryRun) {
        reporter.info(`[dry run] would download ${source.url}, verify it against ${source.checksumUrl} and install it into ${platform.toolDir}`);
        return;
    }
    reporter.info(`Downloading ${tool} ${version}`);
    const staged = (0,external_node_path_namespaceObject.join)(cacheDirs(platform.cacheDir).downloads, `${tool}-${version}-${os}-${arch}`);
    await download({ ...source, destination: staged, mirror: platform.env[DOWNLOAD_MIRROR_VARIABLE], timeoutMs: 10 * 60_000, signal: context.signal }, reporter);
    // A copy, so the verified download stays in the cache for the next run.
    await (0,promises_namespaceObject.mkdir)(platform.toolDir, { recursive: true });
    const installing = (0,external_node_path_namespaceObject.join)(platform.toolDir, `.${tool}.installing`);
    await (0,promises_namespaceObject.copyFile)(staged, installing);
    await (0,promises_namespaceObject.chmod)(installing, 0o755);
    await (0,promises_namespaceObject.rename)(installing, (0,external_node_path_namespaceObject.join)(platform.toolDir, tool));
    context.environment.addPath(platform.toolDir);
}

;// CONCATENATED MODULE: ./src/tools/macos-installer.ts
// The macOS package installer, used for Podman's official .pkg.
/** The directory where the official Podman .pkg installs its binaries (podman, vfkit, gvproxy, krunkit). */
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
function installedPodmanVersion(context) {
    return toolVersion(context, 'podman', async () => {
        const result = await runUnchecked(context, { argv: podmanArgv.version(), timeoutMs: 30_000, readOnly: true });
        return result.exitCode === 0 ? parsePodmanVersion(result.stdout) : undefined;
    });
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
    const destination = (0,external_node_path_namespaceObject.join)(cacheDirs(platform.cacheDir).downloads, `podman-${version}-${fileName}`);
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

;// CONCATENATED MODULE: ./src/tools/registry.ts
// Reads from an OCI distribution registry (the /v2/ HTTP API): manifests by tag or digest, with
// the anonymous Bearer token flow that quay.io and Docker Hub use for public repositories.




const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** A session with one repository; it keeps the token of the first 401 challenge. */
class RegistryClient {
    repository;
    token;
    constructor(repository) {
        this.repository = repository;
    }
    /** Returns the URL of a blob, for a download that sends authorizationHeaders(). */
    blobUrl(digest) {
        return this.url(`blobs/${digest}`);
    }
    authorizationHeaders() {
        return this.token ? { Authorization: `Bearer ${this.token}` } : {};
    }
    /** Fetches an index (manifest list) by tag or digest. */
    async index(reference) {
        const body = await this.manifestBody(reference, [OCI_INDEX, DOCKER_MANIFEST_LIST].join(', '));
        const parsed = parseJson(body, this.describe(reference));
        if (!Array.isArray(parsed.manifests)) {
            throw new SetupError(`${this.describe(reference)} is not an image index: it has no "manifests" list.`);
        }
        return { manifests: parsed.manifests };
    }
    /** Fetches an image manifest by digest and checks that its content has that digest. */
    async manifest(digest) {
        const body = await this.manifestBody(digest, OCI_MANIFEST);
        const actual = `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(body).digest('hex')}`;
        if (actual !== digest) {
            throw new SetupError(`The manifest ${this.describe(digest)} has the digest ${actual}, not ${digest}.`, {
                hint: 'Retry the job; if it fails again, the registry or its mirror serves other content than it names.',
            });
        }
        const parsed = parseJson(body, this.describe(digest));
        if (!Array.isArray(parsed.layers)) {
            throw new SetupError(`${this.describe(digest)} is not an image manifest: it has no "layers" list.`);
        }
        return { layers: parsed.layers };
    }
    async manifestBody(reference, accept) {
        const response = await this.get(this.url(`manifests/${reference}`), accept);
        return Buffer.from(await response.arrayBuffer());
    }
    /** GETs a registry URL; on a 401 with a Bearer challenge it fetches an anonymous token once and retries. */
    async get(url, accept) {
        let response = await this.fetch(url, { Accept: accept, ...this.authorizationHeaders() });
        if (response.status === 401 && this.token === undefined) {
            const challenge = parseBearerChallenge(response.headers.get('www-authenticate'));
            await response.body?.cancel();
            if (!challenge) {
                throw new SetupError(`${url} requires authentication with a scheme other than Bearer.`, {
                    hint: 'Only public images that allow anonymous pulls are supported here.',
                });
            }
            this.token = await this.fetchToken(challenge);
            response = await this.fetch(url, { Accept: accept, ...this.authorizationHeaders() });
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new SetupError(`GET ${url} failed: HTTP ${response.status} ${response.statusText}.`, {
                hint: `Check that ${this.repository.host}/${this.repository.name} exists and can be pulled anonymously.`,
            });
        }
        return response;
    }
    async fetchToken(challenge) {
        const realm = new URL(challenge.realm);
        if (challenge.service)
            realm.searchParams.set('service', challenge.service);
        realm.searchParams.set('scope', challenge.scope ?? `repository:${this.repository.name}:pull`);
        const response = await this.fetch(realm.toString(), { Accept: 'application/json' });
        if (!response.ok) {
            await response.body?.cancel();
            throw new SetupError(`The token request to ${challenge.realm} failed: HTTP ${response.status} ${response.statusText}.`);
        }
        const parsed = parseJson(Buffer.from(await response.arrayBuffer()), `the token from ${challenge.realm}`);
        const token = typeof parsed.token === 'string' ? parsed.token : parsed.access_token;
        if (typeof token !== 'string' || token === '') {
            throw new SetupError(`The token response of ${challenge.realm} contains no token.`);
        }
        return token;
    }
    fetch(url, headers) {
        const signals = [AbortSignal.timeout(this.repository.timeoutMs)];
        if (this.repository.signal)
            signals.push(this.repository.signal);
        return fetch(mirrored(url, this.repository.mirror), { headers, signal: AbortSignal.any(signals), redirect: 'follow' });
    }
    url(path) {
        return `https://${this.repository.host}/v2/${this.repository.name}/${path}`;
    }
    describe(reference) {
        const separator = reference.startsWith('sha256:') ? '@' : ':';
        return `${this.repository.host}/${this.repository.name}${separator}${reference}`;
    }
}
/**
 * Parses `Bearer realm="…",service="…",scope="…"` from a WWW-Authenticate header. Only the Bearer
 * challenge's own parameters count, when the header lists other challenges too.
 */
function parseBearerChallenge(header) {
    const start = /(?:^|,)\s*Bearer\s+/i.exec(header ?? '');
    if (!start || header === null)
        return undefined;
    const parameters = {};
    const pair = /\s*([a-zA-Z_]+)="([^"]*)"\s*(?:,|$)/y;
    pair.lastIndex = start.index + start[0].length;
    for (let match = pair.exec(header); match; match = pair.exec(header)) {
        if (match[1] && match[2] !== undefined)
            parameters[match[1].toLowerCase()] = match[2];
    }
    if (!parameters.realm)
        return undefined;
    return { realm: parameters.realm, service: parameters.service, scope: parameters.scope };
}
function parseJson(body, subject) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        // Invalid JSON gets the same message as a JSON value that is not an object.
    }
    const record = optionalRecord(parsed);
    if (!record)
        throw new SetupError(`${subject} is not a JSON object.`);
    return record;
}

;// CONCATENATED MODULE: ./src/tools/machine-image.ts
// The Podman machine image, fetched from its registry the way `podman machine init` finds it, so
// that a later `podman machine init --image FILE` needs no download. Podman 5 publishes it as an
// OCI artifact: the index quay.io/podman/machine-os:<major.minor> lists one manifest per platform
// with a `disktype` annotation (applehv, qemu, hyperv, wsl), and each manifest has one layer, the
// compressed disk, named by its `org.opencontainers.image.title` annotation.




const MACHINE_IMAGE_HOST = 'quay.io';
const MACHINE_IMAGE_REPOSITORY = 'podman/machine-os';
/** The file name our cache and `podman machine init --image` use for the compressed disk. */
const MACHINE_IMAGE_FILE = 'machine-os.raw.zst';
const TITLE_ANNOTATION = 'org.opencontainers.image.title';
/** Maps Node's `process.arch` to the architecture names of the machine-os index. */
function machineImageArch(arch) {
    return arch === 'arm64' ? 'aarch64' : 'x86_64';
}
/** Resolves the disk for this platform in the index, downloads it and verifies its digest. */
async function fetchMachineImage(request, reporter) {
    const client = new RegistryClient({
        host: MACHINE_IMAGE_HOST,
        name: MACHINE_IMAGE_REPOSITORY,
        mirror: request.mirror,
        timeoutMs: 60_000,
        signal: request.signal,
    });
    const reference = `${MACHINE_IMAGE_HOST}/${MACHINE_IMAGE_REPOSITORY}:${request.tag}`;
    const index = await client.index(request.tag);
    const entry = findDisk(index.manifests, request);
    if (!entry) {
        const offered = index.manifests.map(describeEntry).join(', ') || 'nothing';
        throw new SetupError(`${reference} has no ${request.diskType} disk for linux/${request.arch}; it offers ${offered}.`);
    }
    const manifest = await client.manifest(entry.digest);
    const layer = manifest.layers[0];
    if (manifest.layers.length !== 1 || !layer) {
        throw new SetupError(`The ${request.diskType} disk manifest of ${reference} has ${manifest.layers.length} layers; a machine image has one.`);
    }
    const title = layer.annotations?.[TITLE_ANNOTATION] ?? '';
    if (!title.endsWith('.raw.zst')) {
        throw new SetupError(`The ${request.diskType} disk of ${reference} is "${title || 'untitled'}", not a zstd-compressed raw disk (.raw.zst).`);
    }
    const digest = /^sha256:([a-f0-9]{64})$/.exec(layer.digest);
    if (!digest?.[1]) {
        throw new SetupError(`The ${request.diskType} disk of ${reference} has the digest "${layer.digest}", not a sha256 digest.`);
    }
    const path = (0,external_node_path_namespaceObject.join)(request.directory, MACHINE_IMAGE_FILE);
    reporter.info(`Downloading the machine image ${title} from ${reference} (${formatSize(layer.size)})`);
    await download({
        url: client.blobUrl(layer.digest),
        name: title,
        destination: path,
        sha256: digest[1],
        mirror: request.mirror,
        headers: client.authorizationHeaders(),
        timeoutMs: request.timeoutMs,
        signal: request.signal,
    }, reporter);
    return { path, digest: layer.digest, title };
}
function findDisk(manifests, request) {
    return manifests.find((entry) => entry.annotations?.disktype === request.diskType &&
        entry.platform?.architecture === request.arch &&
        entry.platform?.os === 'linux');
}
function describeEntry(entry) {
    return `${entry.annotations?.disktype ?? 'no disktype'} for ${entry.platform?.os ?? '?'}/${entry.platform?.architecture ?? '?'}`;
}
function formatSize(bytes) {
    return bytes === undefined ? 'size unknown' : `${Math.round(bytes / 1024 / 1024)} MiB`;
}

;// CONCATENATED MODULE: ./src/core/steps/machine-image.ts
// The machine image, fetched while Podman installs. `podman machine init` would download the same
// image (about 1 GB) only after the install; fetched ahead, init gets it with --image.
// A failed fetch costs nothing but the time: init then downloads the image itself.








const FETCH = 'machine-image';
/** How long init waits for the image fetched ahead before it downloads the image itself. */
const MACHINE_IMAGE_WAIT_MS = 15 * 60_000;
/**
 * Starts the fetch for the Podman release about to be installed, unless a cached image is there or
 * the machine exists already (an upgrade keeps its machine). Only a pinned release is known in
 * advance: Homebrew installs whatever version its bottle has.
 */
async function startMachineImageFetch(context, podmanVersion) {
    const { config, platform } = context;
    if (platform.os !== 'darwin')
        return;
    if (await machineConfigExists(context))
        return;
    const tag = podmanVersion.split('.').slice(0, 2).join('.');
    const reference = `${MACHINE_IMAGE_HOST}/${MACHINE_IMAGE_REPOSITORY}:${tag}`;
    if (context.runner.dryRun) {
        context.reporter.info(`[dry run] would download the machine image ${reference} while Podman installs`);
        return;
    }
    // With the cache on, the image lands where the post step saves it from; without, in the state directory.
    const directory = config.cache ? cacheDirs(platform.cacheDir).machineImage : (0,external_node_path_namespaceObject.join)(platform.stateDir, 'machine-image');
    const request = {
        tag,
        arch: machineImageArch(platform.arch),
        diskType: 'applehv',
        directory,
        mirror: platform.env[DOWNLOAD_MIRROR_VARIABLE],
        timeoutMs: MACHINE_IMAGE_WAIT_MS,
    };
    const controller = new AbortController();
    const fetchUnlessCached = async () => {
        // The cache entry may still be restoring; a restored image makes the download unnecessary.
        await awaitCacheRestore(context, 'machine-image');
        if (config.cache && (await cachedMachineImage(context)))
            return;
        // The fetch outlives this step, so only a cancelled run, the wait limit or the end of the run stops it.
        const signal = AbortSignal.any([context.runSignal ?? context.signal, controller.signal, AbortSignal.timeout(MACHINE_IMAGE_WAIT_MS)]);
        const image = await fetchMachineImage({ ...request, signal }, context.reporter);
        context.facts.machineImageFile = image.path;
    };
    startBackground(context, FETCH, fetchUnlessCached(), () => controller.abort());
}
/**
 * Returns the image file for `podman machine init --image`: the cached one, or the one fetched
 * ahead. Undefined lets init download the image itself.
 */
async function machineImageForInit(context) {
    await awaitCacheRestore(context, 'machine-image');
    const cached = context.config.cache ? await cachedMachineImage(context) : undefined;
    if (cached)
        return cached;
    try {
        await awaitBackground(context, FETCH);
    }
    catch (error) {
        context.reporter.warning(`The machine image could not be downloaded ahead, so podman machine init downloads it: ${describeError(error)}`);
        return undefined;
    }
    return context.facts.machineImageFile;
}
/** Removes an image fetched ahead that no cache keeps; after init the machine has its own copy. */
async function removeUncachedMachineImage(context) {
    const file = context.facts.machineImageFile;
    if (!file || context.config.cache)
        return;
    await (0,promises_namespaceObject.rm)(file, { force: true });
}
/**
 * Returns true when Podman 5 has a configuration for the machine, in
 * $XDG_CONFIG_HOME/containers/podman/machine/<provider>/<name>.json (~/.config by default).
 */
async function machineConfigExists(context) {
    const { platform, config } = context;
    const configHome = platform.env.XDG_CONFIG_HOME || (0,external_node_path_namespaceObject.join)(platform.home, '.config');
    const machineRoot = (0,external_node_path_namespaceObject.join)(configHome, 'containers', 'podman', 'machine');
    const providers = await (0,promises_namespaceObject.readdir)(machineRoot).catch(() => []);
    for (const provider of providers) {
        if (await isFile((0,external_node_path_namespaceObject.join)(machineRoot, provider, `${config.machineName}.json`)))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/steps/install.ts
// Install: the Docker CLI, Podman, k3d and kubectl, each skipped when a satisfying version is on
// PATH (k3d and kubectl only when a cluster is requested). Downloads
// and package installs run in parallel; Homebrew formulae go in one `brew install`, because two
// Homebrew processes at once fail on its lock.







const installStep = {
    id: 'install',
    title: 'Install tools',
    deadlineMs: () => 15 * 60_000,
    async run(context) {
        // k3d and kubectl are needed only by the cluster step: they install while the machine starts.
        // It runs past this step, so only a cancelled run stops it, not this step's deadline.
        const background = { ...context, signal: context.runSignal ?? context.signal };
        if (context.config.createCluster)
            startBackground(context, CLUSTER_TOOLS, installClusterTools(background));
        const plans = await planRuntime(context);
        // A new machine needs the image of the Podman about to be installed, so it downloads meanwhile.
        const podmanRelease = plans.find((plan) => plan.tool === 'podman' && plan.action === 'release');
        if (podmanRelease?.action === 'release')
            await startMachineImageFetch(context, podmanRelease.version);
        const alreadyInstalled = plans.filter((plan) => plan.action === 'keep');
        const brewPlans = plans.filter((plan) => plan.action === 'brew');
        const releasePlans = plans.filter((plan) => plan.action === 'release');
        const work = [];
        if (brewPlans.length > 0) {
            work.push(brewInstall(context, brewPlans.map((plan) => plan.formula)));
        }
        for (const plan of releasePlans) {
            if (plan.tool === 'podman')
                work.push(installPodmanPackage(context, plan.version));
            else if (plan.tool === 'docker')
                work.push(installDockerRelease(context, plan.version));
            else
                work.push(installBinary(context, plan.tool, plan.version));
        }
        await settleAll(work);
        // Only an install changes what is on PATH, so the tools are checked again only after one.
        const verified = context.runner.dryRun || work.length === 0 ? plans : await planRuntime(context);
        for (const plan of verified) {
            if (plan.action !== 'keep') {
                throw new SetupError(`${plan.tool} is still missing or too old after installing it.`, {
                    hint: `Check that the installed ${plan.tool} comes first on PATH (\`which ${plan.tool}\`).`,
                });
            }
            context.facts.versions = { ...context.facts.versions, [plan.tool]: plan.version };
        }
        const detail = plans
            .map((plan) => (plan.action === 'keep' ? `${plan.tool} ${plan.version} already installed` : `${plan.tool} installed (${plan.action})`))
            .join('; ');
        return { changed: alreadyInstalled.length < plans.length, detail };
    },
};
/** The background task that installs k3d and kubectl; the cluster step waits for it. */
const CLUSTER_TOOLS = 'cluster-tools';
function planRuntime(context) {
    return Promise.all([dockerPlan(context), podmanPlan(context)]);
}
async function installClusterTools(context) {
    const plans = await Promise.all([k3dPlan(context), kubectlPlan(context)]);
    const downloaded = new Set(plans.filter((plan) => plan.action === 'release').map((plan) => plan.tool));
    await settleAll(plans.filter((plan) => plan.action === 'release').map((plan) => installBinary(context, plan.tool, plan.version)));
    const verified = context.runner.dryRun || downloaded.size === 0 ? plans : await Promise.all([k3dPlan(context), kubectlPlan(context)]);
    for (const plan of verified) {
        if (plan.action !== 'keep' && !context.runner.dryRun) {
            throw new SetupError(`${plan.tool} is still missing or too old after installing it.`);
        }
        if (plan.action === 'brew')
            continue;
        context.facts.versions = { ...context.facts.versions, [plan.tool]: plan.version };
        let outcome = `${plan.version} already installed`;
        if (plan.action !== 'keep')
            outcome = `${plan.version} would be installed`;
        else if (downloaded.has(plan.tool))
            outcome = `${plan.version} installed (release, SHA-256 verified)`;
        context.reporter.info(`${plan.tool}: ${outcome}`);
    }
}
/** Waits for every install, then throws the first failure, so no install is left running. */
async function settleAll(work) {
    const results = await Promise.allSettled(work);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure)
        throw failure.reason;
}

;// CONCATENATED MODULE: ./src/core/steps/node-images.ts
// Node images from the cache: loaded into Podman in the background while the cluster step
// prepares, so k3d finds them present and pulls nothing.





const LOAD = 'node-images';
const nodeImagesStep = {
    id: 'node-images',
    title: 'Preload node images',
    deadlineMs: () => 30_000,
    skipReason: (context) => (context.config.createCluster && context.config.cache ? undefined : 'no cluster or cache is false'),
    async run(context) {
        // A machine that ran a cluster before already has the images, so a load would only cost time.
        if (await imagesPresent(context))
            return { changed: false, detail: 'node images already present' };
        // The archive may still be restoring from the cache. The restore can outlast this step's
        // deadline, so the load waits for it in the background.
        if (isRestoring(context, 'node-images')) {
            const background = { ...context, signal: context.runSignal ?? context.signal };
            startBackground(context, LOAD, restoreThenLoad(background));
            return { changed: true, detail: 'cached images load in the background once their cache restore ends' };
        }
        const archive = nodeImagesArchive(context);
        const size = await archiveSize(archive);
        if (size === 0)
            return { changed: false, detail: 'no cached node images; k3d pulls them' };
        startBackground(context, LOAD, loadImages(context, archive));
        return { changed: true, detail: `loading ${(size / 1024 ** 2).toFixed(0)} MiB of cached images in the background` };
    },
};
async function restoreThenLoad(context) {
    await awaitCacheRestore(context, 'node-images');
    const archive = nodeImagesArchive(context);
    if ((await archiveSize(archive)) === 0) {
        context.reporter.info('No cached node images were restored; k3d pulls them.');
        return;
    }
    await loadImages(context, archive);
}
function archiveSize(archive) {
    return (0,promises_namespaceObject.stat)(archive).then((info) => info.size, () => 0);
}
/** Returns true when Podman has every node image. `docker image inspect` of several names fails when one is missing. */
async function imagesPresent(context) {
    const dockerHost = context.facts.dockerHost;
    if (!dockerHost)
        return false;
    const argv = ['docker', 'image', 'inspect', '--format', '{{.Id}}', ...nodeImages(context)];
    const result = await runUnchecked(context, { argv, timeoutMs: 30_000, env: { DOCKER_HOST: dockerHost }, readOnly: true });
    return result.exitCode === 0;
}
async function loadImages(context, archive) {
    const dockerHost = context.facts.dockerHost;
    if (!dockerHost)
        return;
    const argv = ['docker', 'load', '--input', archive];
    const result = await runUnchecked(context, { argv, timeoutMs: 10 * 60_000, env: { DOCKER_HOST: dockerHost } });
    if (result.exitCode !== 0)
        throw new SetupError(`docker load of the cached node images failed: ${result.stderr.trim()}`);
}
/** Waits for the image load; a failed load only costs the pulls k3d then does, so it is a warning. */
async function awaitNodeImages(context) {
    try {
        await awaitBackground(context, LOAD);
    }
    catch (error) {
        context.reporter.warning(`${error instanceof Error ? error.message : String(error)}; k3d pulls the images instead.`);
    }
}

;// CONCATENATED MODULE: ./src/core/steps/cluster.ts
// The k3d cluster: reuse a running one of that name, start a stopped one, or create it.







/** Time beyond k3d's own --timeout for it to roll back and exit before we stop it. */
const K3D_EXIT_MARGIN_MS = 90_000;
const clusterStep = {
    id: 'cluster',
    title: 'k3d cluster',
    deadlineMs: (context) => context.config.waitTimeoutSeconds * 1000 + 2 * K3D_EXIT_MARGIN_MS,
    skipReason: (context) => (context.config.createCluster ? undefined : 'create-cluster is false'),
    async run(context) {
        const name = context.config.clusterName;
        context.facts.cluster = { name };
        await awaitBackground(context, CLUSTER_TOOLS);
        const existing = (await listClusters(context)).find((cluster) => cluster.name === name);
        if (existing && isClusterRunning(existing)) {
            return { changed: false, detail: `${name} is already running (${describeNodes(existing)})` };
        }
        context.facts.cluster.createdByThisRun = true;
        if (existing) {
            await runK3d(context, k3dArgv.clusterStart(name, context.config.waitTimeoutSeconds), 'start');
            return { changed: true, detail: `${name} was stopped; started it` };
        }
        const registryUse = await ensureRegistry(context);
        const apiPort = context.config.apiPort ?? (await freeLocalPort());
        await awaitNodeImages(context);
        await runK3d(context, k3dArgv.clusterCreate({
            name,
            image: context.config.k3sImage,
            servers: context.config.servers,
            agents: context.config.agents,
            // 127.0.0.1 makes the kubeconfig read https://127.0.0.1:PORT; the 0.0.0.0 default is
            // unreachable through a unix:// DOCKER_HOST, and macOS 15 blocks the VM's own address.
            apiHostPort: `127.0.0.1:${apiPort}`,
            timeoutSeconds: context.config.waitTimeoutSeconds,
            ports: context.config.ports,
            k3sArgs: context.config.k3sArgs,
            configFile: context.config.k3dConfig,
            registryUse,
            extraArgs: context.config.k3dArgs,
        }), 'create');
        const verb = context.runner.dryRun ? 'would create' : 'created';
        return { changed: true, detail: `${verb} ${name} with API on 127.0.0.1:${apiPort}` };
    },
};
function k3dEnvFor(context) {
    const { dockerHost, dockerSock, containerInit } = context.facts;
    if (!dockerHost || !dockerSock)
        throw new SetupError('DOCKER_HOST must be set up before k3d runs.');
    const env = k3dEnv(dockerHost, dockerSock);
    if (containerInit === false)
        env.K3D_DEBUG_DISABLE_DOCKER_INIT = 'true';
    return env;
}
async function listClusters(context) {
    if (await k3dMissingInDryRun(context))
        return [];
    const result = await runChecked(context, {
        argv: k3dArgv.clusterList(),
        timeoutMs: 60_000,
        env: k3dEnvFor(context),
        readOnly: true,
        hint: 'k3d cannot list clusters through DOCKER_HOST; check that `docker ps` works with the same DOCKER_HOST.',
    });
    return parseClusterList(result.stdout);
}
/**
 * Runs a k3d command that changes the cluster. On failure it shows the diagnostics group, then
 * raises an error quoting k3d's FATA line.
 */
async function runK3d(context, argv, action) {
    const timeoutMs = context.config.waitTimeoutSeconds * 1000 + K3D_EXIT_MARGIN_MS;
    let output = '';
    let failure;
    try {
        const result = await runUnchecked(context, { argv, timeoutMs, env: k3dEnvFor(context) });
        if (result.exitCode === 0)
            return;
        output = `${result.stdout}\n${result.stderr}`;
    }
    catch (error) {
        failure = error;
    }
    if (failure)
        throw failure;
    const reasons = k3dErrorLines(output).slice(-3);
    const fatal = k3dFailureLine(output) ?? 'no output';
    throw new SetupError(`k3d cluster ${action} ${context.config.clusterName} failed: ${fatal}` + (reasons.length ? `\n${reasons.join('\n')}` : ''), {
        hint: 'Read the Diagnostics group. Common causes on Podman: the machine is rootless (set rootful: true), ' +
            `too little memory (raise memory), or image pulls slower than wait-timeout (${context.config.waitTimeoutSeconds} s).`,
    });
}
/** Creates the registry once and returns the --registry-use value, k3d-NAME:PORT. */
async function ensureRegistry(context) {
    const name = context.config.registry;
    if (!name)
        return undefined;
    if (await k3dMissingInDryRun(context))
        return `k3d-${name}`;
    const list = await runChecked(context, { argv: k3dArgv.registryList(), timeoutMs: 60_000, env: k3dEnvFor(context), readOnly: true });
    const containerName = `k3d-${name}`;
    if (parseRegistryList(list.stdout).includes(containerName)) {
        // NOTE: a registry that an earlier run created keeps its port; k3d resolves NAME alone.
        return containerName;
    }
    const port = await freeLocalPort();
    await runChecked(context, {
        argv: k3dArgv.registryCreate(name, port),
        timeoutMs: context.config.waitTimeoutSeconds * 1000,
        env: k3dEnvFor(context),
        hint: 'The registry image (docker.io/library/registry:2) must be pullable from the Podman machine.',
    });
    if (context.facts.cluster)
        context.facts.cluster.registry = name;
    return `${containerName}:${port}`;
}
/** In a dry run k3d may not be installed yet; its reads then stand for an empty machine. */
async function k3dMissingInDryRun(context) {
    return context.runner.dryRun && (await context.runner.which('k3d')) === undefined;
}
/** Asks the kernel for a free TCP port on 127.0.0.1. */
function freeLocalPort() {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_namespaceObject.createServer)();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}
function describeNodes(cluster) {
    return `${cluster.serversRunning}/${cluster.serversCount} servers, ${cluster.agentsRunning}/${cluster.agentsCount} agents`;
}

;// CONCATENATED MODULE: ./src/core/steps/cache-restore.ts
// Restores the caches before anything is downloaded: the release downloads at once, the machine
// image and the node images in the background (see restoreCaches).

const cacheRestoreStep = {
    id: 'cache',
    title: 'Restore caches',
    deadlineMs: () => 10 * 60_000,
    skipReason: (context) => (context.config.cache ? undefined : 'cache is false'),
    async run(context) {
        const { background } = await restoreCaches(context);
        const hits = context.facts.cacheHits ?? {};
        const parts = Object.keys(hits)
            .filter((id) => !background.includes(id))
            .map((id) => `${id} ${hits[id] ? 'restored' : 'missed'}`);
        if (background.length > 0)
            parts.push(`${background.join(' and ')} restoring in the background`);
        return { changed: false, detail: parts.join('; ') || 'nothing to restore' };
    },
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/tools/kubeconfig.ts
// The kubeconfig k3d prints: parsed with the yaml package, checked, and its secrets listed.


const SECRET_FIELDS = ['client-key-data', 'client-certificate-data', 'token', 'password'];
/** Reads a kubeconfig (k3d prints it after a `---` line) and lists what must never be printed. */
function parseKubeconfig(text) {
    const document = (0,dist/* parseDocument */.Tp)(text.replace(/^---\s*\n/, ''));
    if (document.errors.length > 0)
        throw new Error(`The kubeconfig is not valid YAML: ${document.errors[0]?.message ?? ''}`);
    const config = asRecord(document.toJS(), 'kubeconfig');
    const clusters = arrayOf(config.clusters);
    const server = optionalString(optionalRecord(clusters[0]?.cluster)?.server);
    if (!server)
        throw new Error('The kubeconfig names no cluster server');
    const secrets = [];
    for (const user of arrayOf(config.users)) {
        const fields = optionalRecord(user.user) ?? {};
        for (const field of SECRET_FIELDS) {
            const value = optionalString(fields[field]);
            if (value)
                secrets.push(...secretForms(value, field.endsWith('-data')));
        }
    }
    return {
        server,
        contexts: arrayOf(config.contexts).map((context) => optionalString(context.name) ?? ''),
        currentContext: optionalString(config['current-context']),
        secrets,
    };
}
/** Replaces every cluster's server URL, for example 0.0.0.0 with 127.0.0.1. */
function replaceServer(text, server) {
    const document = (0,dist/* parseDocument */.Tp)(text.replace(/^---\s*\n/, ''));
    const clusters = document.get('clusters');
    if (clusters && typeof clusters === 'object' && 'items' in clusters) {
        const items = clusters.items;
        items.forEach((_item, index) => document.setIn(['clusters', index, 'cluster', 'server'], server));
    }
    return document.toString();
}
/** Returns the value itself and, for base64 data, each line of the decoded text that is long enough to mask. */
function secretForms(value, isBase64) {
    const forms = [value];
    if (!isBase64)
        return forms;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    for (const line of decoded.split(/\r?\n/)) {
        if (line.length >= 16 && !/^-----(BEGIN|END) /.test(line))
            forms.push(line);
    }
    return forms;
}
function arrayOf(value) {
    return Array.isArray(value) ? value.map((item) => asRecord(item, 'kubeconfig entry')) : [];
}

;// CONCATENATED MODULE: ./src/core/steps/kubeconfig.ts
// The cluster's kubeconfig: fetched from k3d, written to a private file of ours, its secrets
// registered for masking, and exported as KUBECONFIG when asked.







function kubeconfigPath(context) {
    return (0,external_node_path_namespaceObject.join)(context.platform.stateDir, `kubeconfig-${context.config.clusterName}.yaml`);
}
const kubeconfigStep = {
    id: 'kubeconfig',
    title: 'Kubeconfig',
    deadlineMs: () => 60_000,
    skipReason: (context) => (context.config.createCluster ? undefined : 'create-cluster is false'),
    async run(context) {
        const name = context.config.clusterName;
        const path = kubeconfigPath(context);
        if (context.runner.dryRun)
            return { changed: false, detail: `would write ${path}` };
        const result = await runChecked(context, {
            argv: k3dArgv.kubeconfigGet(name),
            timeoutMs: 60_000,
            env: k3dEnvFor(context),
            readOnly: true,
            hint: `Check that \`k3d cluster list\` shows ${name}.`,
        });
        // Secrets are registered before anything derived from the text can reach a log line.
        const parsed = parseKubeconfig(result.stdout);
        for (const secret of parsed.secrets)
            context.reporter.secret(secret);
        context.facts.secrets = [...(context.facts.secrets ?? []), ...parsed.secrets];
        let text = result.stdout.replace(/^---\s*\n/, '');
        let server = parsed.server;
        const url = new URL(server);
        if (url.hostname === '0.0.0.0') {
            // k3d leaves 0.0.0.0 when DOCKER_HOST is unix://; the port is published on the loopback.
            url.hostname = '127.0.0.1';
            server = url.origin;
            text = replaceServer(text, server);
        }
        const context_ = `k3d-${name}`;
        if (!parsed.contexts.includes(context_)) {
            throw new SetupError(`The kubeconfig from k3d has no context ${context_} (it has: ${parsed.contexts.join(', ') || 'none'}).`, {
                hint: `Run \`k3d kubeconfig get ${name}\` and check its output.`,
            });
        }
        await writeFileAtomic(path, text, 0o600);
        context.facts.cluster = { ...context.facts.cluster, name, kubeconfigPath: path, apiServer: server };
        if (context.config.exportKubeconfig) {
            const previous = context.platform.env.KUBECONFIG;
            if (previous && previous !== path)
                context.reporter.warning(`KUBECONFIG was ${previous}; it is now ${path}.`);
            context.environment.exportVariable('KUBECONFIG', path);
        }
        return { changed: false, detail: `${path} (context ${context_}, server ${server})` };
    },
};

;// CONCATENATED MODULE: ./src/core/steps/readiness.ts
// Readiness: wait until every node is Ready and every kube-system deployment is available,
// decided from `kubectl get -o json`, saying what is still not ready while it waits.



const POLL_INTERVAL_MS = 2000;
/** How often the list of what is not ready is repeated when it has not changed. */
const REPEAT_INTERVAL_MS = 15_000;
const readinessStep = {
    id: 'readiness',
    title: 'Cluster readiness',
    deadlineMs: (context) => context.config.waitTimeoutSeconds * 1000 + 30_000,
    skipReason: (context) => (context.config.createCluster ? undefined : 'create-cluster is false'),
    async run(context) {
        if (context.runner.dryRun)
            return { changed: false, detail: 'would wait for nodes and kube-system deployments' };
        const kubeconfig = context.facts.cluster?.kubeconfigPath;
        if (!kubeconfig)
            throw new SetupError('No kubeconfig was written before the readiness check.');
        const deadline = Date.now() + context.config.waitTimeoutSeconds * 1000;
        let lastReport = '';
        let lastReportAt = 0;
        for (;;) {
            const pending = await notReady(context, kubeconfig);
            if (pending.items.length === 0) {
                if (context.facts.cluster)
                    context.facts.cluster.k3sVersion = pending.k3sVersion;
                const nodes = pending.nodeCount === 1 ? '1 node' : `${pending.nodeCount} nodes`;
                return { changed: false, detail: `${nodes} Ready, kube-system deployments available` };
            }
            const report = pending.items.join('; ');
            if (report !== lastReport || Date.now() - lastReportAt > REPEAT_INTERVAL_MS) {
                context.reporter.info(`Waiting for: ${report}`);
                lastReport = report;
                lastReportAt = Date.now();
            }
            if (Date.now() + POLL_INTERVAL_MS > deadline || context.signal.aborted) {
                throw new SetupError(`The cluster was not ready within wait-timeout (${context.config.waitTimeoutSeconds} s). Not ready: ${report}.`, { hint: 'Raise wait-timeout, or read the diagnostics: pods that cannot pull their images stay unavailable.' });
            }
            await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
        }
    },
};
/** Lists what is not ready yet, one entry per node or deployment, with the reason when known. */
async function notReady(context, kubeconfig) {
    const expectedNodes = context.config.servers + context.config.agents;
    // The two queries are independent, so they run at once: a check of a ready cluster takes one round trip.
    const [nodesResult, deploymentsResult] = await Promise.all([
        runUnchecked(context, { argv: kubectlArgv.getNodes(kubeconfig), timeoutMs: 30_000, readOnly: true }),
        runUnchecked(context, { argv: kubectlArgv.getKubeSystemDeployments(kubeconfig), timeoutMs: 30_000, readOnly: true }),
    ]);
    if (nodesResult.exitCode !== 0) {
        const reason = nodesResult.stderr.trim().split('\n').at(-1) ?? `exit code ${nodesResult.exitCode}`;
        return { items: [`Kubernetes API (${reason})`], nodeCount: 0, k3sVersion: undefined };
    }
    const nodes = parseNodes(nodesResult.stdout);
    const items = nodes.filter((node) => !node.ready).map((node) => `node ${node.name} (${node.reason ?? 'not Ready'})`);
    if (nodes.length < expectedNodes)
        items.push(`${expectedNodes - nodes.length} of ${expectedNodes} nodes not registered yet`);
    if (deploymentsResult.exitCode !== 0) {
        items.push('kube-system deployments (kubectl could not list them)');
    }
    else {
        const deployments = parseDeployments(deploymentsResult.stdout);
        if (deployments.length === 0)
            items.push('kube-system deployments (none created yet)');
        for (const deployment of deployments) {
            if (deployment.available < deployment.desired) {
                items.push(`deployment kube-system/${deployment.name} (${deployment.available}/${deployment.desired} available)`);
            }
        }
    }
    return { items, nodeCount: nodes.length, k3sVersion: nodes[0]?.kubeletVersion };
}

;// CONCATENATED MODULE: ./src/core/steps/machine-start.ts
// Starting the machine under our own timeout, because `podman machine start` has none and is
// known to hang; between attempts, the machine's leftover helper processes are stopped.






/** The processes Podman runs for a macOS machine: the hypervisor and the network proxy. */
const HELPER_NAMES = new Set(['vfkit', 'krunkit', 'gvproxy', 'qemu-system-x86_64', 'qemu-system-aarch64']);
const HELPER_STOP_GRACE_MS = 3000;
/** Time for finding and stopping the helpers of a cancelled start, whose own signal has already fired. */
const CANCELLED_CLEANUP_MS = 10_000;
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
            if (context.signal.aborted) {
                // Podman leaves the hypervisor it launched running when its start is interrupted.
                await stopLeftoverHelpers({ ...context, signal: AbortSignal.timeout(CANCELLED_CLEANUP_MS) });
                throw error;
            }
            lastError = error;
            context.reporter.warning(`Attempt ${attempt} to start ${name} failed: ${firstLine(describeError(error))}`);
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
    await stopLeftoverHelpers(context);
}
/** Stops the hypervisor and proxy processes of the machine: SIGTERM, then SIGKILL after a grace period. */
async function stopLeftoverHelpers(context) {
    const name = context.config.machineName;
    const helpers = await findHelperProcesses(context, name).catch((error) => {
        context.reporter.debug(`Finding leftover helpers of ${name} failed: ${describeError(error)}`);
        return [];
    });
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
 * Finds hypervisor and proxy processes whose arguments name a file of this machine, so helpers
 * of other machines are left alone.
 */
async function findHelperProcesses(context, machineName) {
    const result = await runUnchecked(context, { argv: ['ps', '-axo', 'pid=,args='], timeoutMs: 10_000, readOnly: true });
    if (result.exitCode !== 0)
        return [];
    return parseHelperProcesses(result.stdout, machineName);
}
function parseHelperProcesses(psOutput, machineName) {
    const helpers = [];
    for (const line of psOutput.split('\n')) {
        const match = /^\s*(\d+)\s+(\S+)(.*)$/.exec(line);
        if (!match?.[1] || !match[2])
            continue;
        const program = (0,external_node_path_namespaceObject.basename)(match[2]);
        if (!HELPER_NAMES.has(program))
            continue;
        // Whole file names are compared, because a name like `dev` is a prefix of another machine's
        // `dev-2-api.sock`, and every helper's paths contain the directories `podman` and `machine`.
        const ownFiles = machineFileNames(program, machineName);
        const argumentFiles = (match[3] ?? '').split(/[\s,=]+/).map((part) => part.slice(part.lastIndexOf('/') + 1));
        if (argumentFiles.some((file) => ownFiles.has(file))) {
            helpers.push({ pid: Number(match[1]), program });
        }
    }
    return helpers;
}
/**
 * Returns the file names that podman derives from the machine name and passes to the helper.
 * gvproxy gets the API and network sockets (5.x) or its pid file (4.x). vfkit and krunkit get the
 * disk image `<name>-<arch>.raw` and the EFI variable store `efi-bl-<name>`, and the 4.x QEMU gets
 * its monitor socket and pid file.
 */
function machineFileNames(program, machineName) {
    if (program === 'gvproxy') {
        return new Set([`${machineName}-api.sock`, `${machineName}-gvproxy.sock`, `${machineName}_proxy.pid`]);
    }
    return new Set([
        `efi-bl-${machineName}`,
        ...['amd64', 'arm64', 'x86_64', 'aarch64'].map((arch) => `${machineName}-${arch}.raw`),
        `qmp_${machineName}.sock`,
        `${machineName}_vm.pid`,
    ]);
}
/** Reads the newest log under $TMPDIR/podman/ that belongs to the machine, for the final error. */
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

;// CONCATENATED MODULE: ./src/core/steps/machine.ts
// macOS: the Podman machine. Init it when missing, start it when stopped, then wait for its API.







/** Init downloads the machine image (about 1 GB) unless a cached one is passed with --image. */
const INIT_TIMEOUT_MS = 20 * 60_000;
const API_DEADLINE_MS = 90_000;
const machineStep = {
    id: 'machine',
    title: 'Podman machine',
    deadlineMs: (context) => MACHINE_IMAGE_WAIT_MS + INIT_TIMEOUT_MS + START_ATTEMPTS * (context.config.machineStartTimeoutSeconds * 1000 + 90_000) + API_DEADLINE_MS,
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
        if (before && before.rootful !== config.rootful) {
            // Changing it needs a stopped machine and a restart; a running machine is left as it is.
            context.reporter.warning(`Machine ${name} is ${before.rootful ? 'rootful' : 'rootless'}, but rootful is ${config.rootful}. ` +
                `To change it: podman machine stop ${name} && podman machine set --rootful=${config.rootful} ${name}`);
        }
        if (before?.state !== 'running') {
            await startMachineWithRetries(context);
            context.facts.machineStarted = true;
            actions.push('started');
        }
        if (context.runner.dryRun) {
            return { changed: actions.length > 0, detail: actions.length ? `would be ${actions.join(', ')}` : 'already running' };
        }
        // A machine that was running already needs no second inspect; a started one does.
        const machine = before?.state === 'running' ? before : await inspectMachine(context, name);
        context.facts.machine = machine;
        context.facts.machineProvider = machine.provider ?? (config.machineProvider === 'auto' ? undefined : config.machineProvider);
        if (!machine.socketPath) {
            throw new SetupError(`podman machine inspect ${name} reports no API socket path.`, {
                hint: `Run \`podman machine inspect ${name}\` and check ConnectionInfo.PodmanSocket.`,
            });
        }
        const ready = await waitForSocket(machine.socketPath, API_DEADLINE_MS, context.signal);
        if (!ready.ok) {
            throw new SetupError(`The machine ${name} is ${machine.state}, but its API socket ${machine.socketPath} did not respond within ${API_DEADLINE_MS / 1000} s (${ready.reason}).`, { hint: `Run \`podman machine stop ${name}\` and \`podman machine start ${name}\`, then read $TMPDIR/podman/*.log.` });
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
    const image = await machineImageForInit(context);
    const source = image ? `, image ${image}` : '';
    context.reporter.info(`Creating machine ${config.machineName} (${config.cpus} CPUs, ${config.memoryMiB} MiB, ${config.diskSizeGiB} GiB disk${source})`);
    const argv = podmanArgv.machineInit({
        name: config.machineName,
        cpus: config.cpus,
        memoryMiB: config.memoryMiB,
        diskSizeGiB: config.diskSizeGiB,
        rootful: config.rootful,
        image,
    });
    try {
        await runChecked(context, {
            argv,
            timeoutMs: INIT_TIMEOUT_MS,
            env: machineEnv(config),
            hint: 'Lower memory or cpus if they exceed the host; a download error means quay.io could not be reached.',
        });
    }
    finally {
        await removeUncachedMachineImage(context);
    }
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
 * Free space below which setup would fail part-way. On macOS the machine image takes about 800 MB
 * compressed and a few GB extracted, plus the node images. On Linux only the node images count.
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
        if (config.createCluster && config.k3dConfig && !(await isFile(config.k3dConfig))) {
            throw new SetupError(`Input k3d-config: ${config.k3dConfig} is not a readable file.`, {
                hint: 'Give the path of a k3d Simple config file, relative to the working directory.',
            });
        }
        for (const doc of config.verifyDocs) {
            if (!(await isFile(doc))) {
                throw new SetupError(`Input verify-docs: ${doc} is not a readable file.`, {
                    hint: 'List markdown files relative to the working directory, one a line.',
                });
            }
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
    const output = (result.stderr.trim() || result.stdout.trim() || `exit code ${result.exitCode}`).split('\n')[0];
    throw new SetupError(`This Mac cannot run a Podman machine: it has no hypervisor support (sysctl kern.hv_support: ${output}). ` +
        "GitHub's arm64 macOS runners (macos-latest, macos-15, macos-26) have no nested virtualization.", { hint: `Run this job on ${WORKING_RUNNERS}.` });
}
function gib(bytes) {
    return (bytes / 1024 ** 3).toFixed(1);
}

;// CONCATENATED MODULE: ./src/core/up.ts
// The `up` pipeline, shared by the action's main step and the CLI's `up` command.













const UP_STEPS = [
    preflightStep,
    cacheRestoreStep,
    installStep,
    machineStep,
    linuxServiceStep,
    dockerHostStep,
    nodeImagesStep,
    clusterStep,
    kubeconfigStep,
    readinessStep,
];
/** How long a failed run waits for background work, such as a cache restore, before reporting. */
const FAILURE_SETTLE_MS = 10_000;
/** Steps after which a failure is worth a diagnostics dump: a machine or a cluster exists to inspect. */
const DIAGNOSED_STEPS = new Set(['machine', 'podman-service', 'docker-host', 'cluster', 'kubeconfig', 'readiness']);
/** Runs the pipeline; on a failure past the installs it shows the Diagnostics group, then rethrows. */
async function runUp(context, hooks = {}) {
    let records;
    try {
        records = await runPipeline(UP_STEPS, context, hooks);
    }
    catch (error) {
        await settleBackground(context, context.signal.aborted ? 0 : FAILURE_SETTLE_MS);
        if (error instanceof PipelineError && DIAGNOSED_STEPS.has(error.step.id) && !context.signal.aborted && !context.runner.dryRun) {
            await collectDiagnostics(context);
        }
        throw error;
    }
    // A machine image fetched ahead for a machine that turned out to exist is not needed any more.
    await settleBackground(context);
    return {
        records,
        outputs: outputsFrom(context.facts),
        unchanged: records.every((record) => record.status !== 'changed'),
    };
}
/** Maps the facts to the action's outputs by output name, leaving out empty values. */
function outputsFrom(facts) {
    const outputs = {
        'docker-host': facts.dockerHost,
        'podman-socket': facts.socketPath,
        'podman-version': facts.versions?.podman,
        'machine-provider': facts.machineProvider,
        kubeconfig: facts.cluster?.kubeconfigPath,
        'cluster-name': facts.cluster?.kubeconfigPath ? facts.cluster.name : undefined,
        'api-server': facts.cluster?.apiServer,
        'k3d-version': facts.cluster ? facts.versions?.k3d : undefined,
        'k3s-version': facts.cluster?.k3sVersion,
        diagnostics: facts.diagnosticsFile,
        'cache-hit': facts.cacheHits ? String(Object.values(facts.cacheHits).every(Boolean)) : undefined,
    };
    return Object.fromEntries(Object.entries(outputs).filter((entry) => entry[1] !== undefined && entry[1] !== ''));
}

;// CONCATENATED MODULE: ./src/cli/workflow.ts
// `up --from-workflow FILE`: the `with:` settings of the workflow step that uses this action, so
// a laptop runs with exactly the settings CI uses.



/** True for `uses:` values that name this action: the local `./` checkout or a published ref. */
function usesThisAction(uses) {
    return uses === './' || uses === '.' || /(^|\/)setup-podman-k3d(@|$|\/)/.test(uses);
}
async function readWorkflowSettings(file, job) {
    const text = await (0,promises_namespaceObject.readFile)(file, 'utf8').catch((error) => {
        let reason = error.message;
        if (error.code === 'ENOENT')
            reason = 'file not found';
        if (error.code === 'EACCES')
            reason = 'permission denied';
        throw new UsageError(`Cannot read the workflow file ${file}: ${reason}.`);
    });
    return findActionStep(text, file, job);
}
/** Finds the one step that uses this action, in `job` when given, and returns its settings. */
function findActionStep(text, file, job) {
    const document = (0,dist/* parseDocument */.Tp)(text);
    if (document.errors.length > 0) {
        throw new UsageError(`${file} is not valid YAML: ${document.errors[0]?.message ?? ''}`);
    }
    const workflow = document.toJS();
    const jobs = workflow?.jobs ?? {};
    if (job !== undefined && !(job in jobs)) {
        throw new UsageError(`${file} has no job '${job}'. Its jobs: ${Object.keys(jobs).join(', ') || 'none'}.`);
    }
    const candidates = [];
    for (const [jobId, definition] of Object.entries(jobs)) {
        if (job !== undefined && jobId !== job)
            continue;
        (definition?.steps ?? []).forEach((entry, position) => {
            const step = entry;
            if (typeof step.uses !== 'string' || !usesThisAction(step.uses))
                return;
            candidates.push({
                job: jobId,
                index: position + 1,
                name: typeof step.name === 'string' ? step.name : undefined,
                uses: step.uses,
                ...toSettings(step.with, `${file}: job ${jobId}, step ${position + 1}`),
            });
        });
    }
    if (candidates.length === 0) {
        const scope = job === undefined ? '' : ` in job '${job}'`;
        throw new UsageError(`${file} has no step${scope} that uses setup-podman-k3d.`, 'Point --from-workflow at the workflow that runs this action, or pass the settings as flags.');
    }
    if (candidates.length > 1) {
        const listed = candidates.map((step) => `job ${step.job}, step ${step.index}${step.name ? ` (${step.name})` : ''}`).join('; ');
        throw new UsageError(`${file} has ${candidates.length} steps that use setup-podman-k3d: ${listed}.`, 'Choose one with --job ID.');
    }
    return candidates[0];
}
/**
 * Turns a `with:` mapping into settings; YAML numbers and booleans become the strings the runner
 * passes. Values with a GitHub expression are set apart, for flags to replace.
 */
function toSettings(withBlock, where) {
    if (withBlock === undefined || withBlock === null)
        return { settings: {}, expressions: {} };
    if (typeof withBlock !== 'object' || Array.isArray(withBlock))
        throw new UsageError(`${where}: 'with' is not a mapping.`);
    const settings = {};
    const expressions = {};
    for (const [name, value] of Object.entries(withBlock)) {
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
            throw new UsageError(`${where}: input '${name}' is not a string, number or boolean.`);
        }
        const text = String(value);
        if (text.includes('${{'))
            expressions[name] = text.trim();
        else
            settings[name] = text;
    }
    return { settings, expressions };
}
/** Raises a usage error for each expression input that no flag replaces. */
function requireExpressionsReplaced(step, file, flags) {
    const open = Object.entries(step.expressions).filter(([name]) => flags[name] === undefined);
    if (open.length === 0)
        return;
    const [name, text] = open[0];
    throw new UsageError(`${file}: job ${step.job}, step ${step.index}: input '${name}' uses a GitHub expression (${text}), which only the runner can evaluate.`, `Pass --${name} VALUE on the command line; flags override the workflow's settings.`);
}

;// CONCATENATED MODULE: ./src/cli/commands/up.ts
// `setup-podman-k3d up`: the same pipeline as the action, on this machine.







const UP_FLAGS = { 'dry-run': true, json: true, quiet: true, verbose: true, 'from-workflow': false, job: false };
async function upCommand(args) {
    const dryRun = args.flags['dry-run'] !== undefined;
    const json = args.flags.json !== undefined;
    const settings = await settingsWithWorkflow(args);
    const session = openSession({
        settings,
        dryRun,
        json,
        quiet: json || args.flags.quiet !== undefined,
        verbose: args.flags.verbose !== undefined,
    });
    const { context, reporter } = session;
    try {
        let result;
        try {
            result = await runUp(context, { onStepEnd: (record) => reporter.stepEnd(record) });
        }
        catch (error) {
            // A run that got as far as the API socket may have started a service or created a cluster,
            // so it records them for `down`. A run that failed earlier leaves the state file as it was.
            if (!dryRun && context.facts.socketPath)
                await recordLocalState(session, { failed: true });
            throw error;
        }
        const facts = context.facts;
        if (result.unchanged && !dryRun && !json)
            reporter.info('Nothing to do: everything was already set up.');
        // The local cache directory persists by itself, so only its missing parts are filled, now
        // while the machine still runs. The action does this in its post step.
        if (session.config.cache && facts.cacheHits && !dryRun) {
            const hits = facts.cacheHits;
            const saved = await reporter.group('Fill the local cache', () => saveCaches(context, hits));
            reporter.info(saved.length > 0 ? `Cached for the next run: ${saved.join(', ')}` : 'Nothing new to cache.');
        }
        const servicePid = dryRun ? await ourServicePid(session) : await recordLocalState(session, { failed: false });
        if (json) {
            const report = { ok: true, unchanged: result.unchanged, outputs: result.outputs, servicePid, steps: result.records };
            process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
            return 0;
        }
        if (dryRun)
            return 0;
        const kubeconfig = facts.cluster?.kubeconfigPath ? `, KUBECONFIG is ${facts.cluster.kubeconfigPath}` : '';
        process.stderr.write(`\nDOCKER_HOST is ${facts.dockerHost}${kubeconfig}. In your shell:\n  eval "$(setup-podman-k3d env)"\n`);
        for (const [name, value] of Object.entries(session.environment.exported)) {
            process.stderr.write(`  # or set it by hand: export ${name}=${formatArgvForShell([value])}\n`);
        }
        return 0;
    }
    finally {
        session.close();
    }
}
/** Returns the pid of the service this run started, or of one an earlier `up` started on the same socket. */
async function ourServicePid(session) {
    const facts = session.context.facts;
    const previous = await readLocalState(session.stateDir);
    return facts.servicePid ?? (previous?.socketPath === facts.socketPath ? previous?.servicePid : undefined);
}
/**
 * Writes what this run set up to the state file, for `down`, `env` and `status`, and returns the
 * service pid. A failed run that stopped before the cluster step keeps the cluster recorded before.
 */
async function recordLocalState(session, run) {
    const { context, config, stateDir } = session;
    const facts = context.facts;
    const previous = await readLocalState(stateDir);
    const servicePid = await ourServicePid(session);
    const keepCluster = run.failed && facts.cluster === undefined;
    await writeLocalState(stateDir, {
        os: context.platform.os,
        machineName: config.machineName,
        servicePid,
        socketPath: facts.socketPath,
        dockerHost: facts.dockerHost,
        dockerSock: facts.dockerSock,
        clusterName: keepCluster ? previous?.clusterName : facts.cluster?.name,
        registry: facts.cluster?.registry ?? previous?.registry,
        kubeconfig: keepCluster ? previous?.kubeconfig : facts.cluster?.kubeconfigPath,
        updatedAt: new Date().toISOString(),
    });
    return servicePid;
}
/** Returns the workflow step's `with:` settings when --from-workflow is given, overridden by flags. */
async function settingsWithWorkflow(args) {
    const file = args.flags['from-workflow'];
    if (typeof file !== 'string') {
        if (args.flags.job !== undefined)
            throw new UsageError('--job needs --from-workflow FILE.');
        return args.settings;
    }
    const job = typeof args.flags.job === 'string' ? args.flags.job : undefined;
    const step = await readWorkflowSettings(file, job);
    requireExpressionsReplaced(step, file, args.settings);
    process.stderr.write(`Using the settings of ${file}, job ${step.job}, step ${step.index} (${step.uses}).\n`);
    return { ...step.settings, ...args.settings };
}

;// CONCATENATED MODULE: ./src/docs/extract.ts
// Finds the runnable shell blocks of a markdown document. Pure: text in, blocks out.
/** Info-string languages whose blocks run as bash scripts. */
const SCRIPT_LANGUAGES = new Set(['bash', 'sh', 'shell']);
/** Transcript blocks: only `$ ` lines are commands; the other lines are expected output. */
const TRANSCRIPT_LANGUAGE = 'console';
const SKIP_MARKER = /^<!--\s*verify-docs:\s*skip\s*-->$/;
const OPENING_FENCE = /^( *)(`{3,}|~{3,})(.*)$/;
/**
 * Returns the shell blocks of `markdown` in document order: fenced blocks (``` or ~~~, three or more)
 * whose info string starts with bash, sh, shell or console. Other fenced blocks are passed over
 * whole, so a fence shown inside a longer fence is content, not a block. A fence without a closing
 * fence runs to the end of the document, as in CommonMark. A block with no commands is left out.
 *
 * NOTE: a fence may be indented by any number of spaces, so that blocks nested in list items are
 * found, which means an indented code block that shows a fence is read as a fence.
 */
function extractBlocks(file, markdown) {
    const lines = markdown.split(/\r?\n/);
    const blocks = [];
    let previousNonBlank = '';
    for (let index = 0; index < lines.length; index += 1) {
        const text = lines[index] ?? '';
        const fence = parseOpeningFence(text, index + 1);
        if (!fence) {
            if (text.trim() !== '')
                previousNonBlank = text.trim();
            continue;
        }
        const body = [];
        let closing = index + 1;
        while (closing < lines.length && !isClosingFence(lines[closing] ?? '', fence.marker)) {
            body.push(removeIndent(lines[closing] ?? '', fence.indent));
            closing += 1;
        }
        const block = toBlock(file, fence, body, SKIP_MARKER.test(previousNonBlank));
        if (block)
            blocks.push(block);
        index = closing;
        previousNonBlank = (lines[closing] ?? '').trim();
    }
    return blocks;
}
/** Returns the first non-blank line of a block's script, for listing what would run. */
function firstCommand(block) {
    return block.script.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}
/** Reads the commands of a `console` block: `$ ` lines, each with its `\` continuation lines. */
function transcriptCommands(body) {
    const commands = [];
    for (let index = 0; index < body.length; index += 1) {
        const text = body[index] ?? '';
        if (!text.startsWith('$ '))
            continue;
        commands.push(text.slice(2));
        // Bash joins a line that ends in a backslash with the next one, so the lines are kept as they are.
        let current = text;
        while (current.endsWith('\\') && index + 1 < body.length) {
            index += 1;
            current = body[index] ?? '';
            commands.push(current);
        }
    }
    return commands;
}
function toBlock(file, fence, body, skipped) {
    const language = fence.info.split(/\s+/)[0]?.toLowerCase() ?? '';
    let commands;
    if (SCRIPT_LANGUAGES.has(language))
        commands = body;
    else if (language === TRANSCRIPT_LANGUAGE)
        commands = transcriptCommands(body);
    else
        return undefined;
    const script = commands.join('\n');
    if (script.trim() === '')
        return undefined;
    return { file, line: fence.line, language, script: `${script}\n`, skipped };
}
function parseOpeningFence(text, line) {
    const match = OPENING_FENCE.exec(text);
    if (!match)
        return undefined;
    const [, indent = '', marker = '', rest = ''] = match;
    // CommonMark: the info string of a backtick fence cannot contain a backtick (that is inline code).
    if (marker.startsWith('`') && rest.includes('`'))
        return undefined;
    return { line, indent: indent.length, marker, info: rest.trim() };
}
/** Checks for a closing fence: the opening fence's character, at least as many times, and nothing else. */
function isClosingFence(text, openingMarker) {
    const trimmed = text.trim();
    const character = openingMarker[0] ?? '`';
    if (trimmed.length < openingMarker.length)
        return false;
    for (const char of trimmed)
        if (char !== character)
            return false;
    return true;
}
/** Removes up to `count` leading spaces, as CommonMark does for the content of an indented fence. */
function removeIndent(text, count) {
    let removed = 0;
    while (removed < count && text[removed] === ' ')
        removed += 1;
    return text.slice(removed);
}

;// CONCATENATED MODULE: ./src/docs/run.ts
// Runs the blocks of environment docs in order, through the Runner port, each under a timeout.




const DEFAULT_TIMEOUT_MS = 300_000;
const OUTPUT_TAIL_LINES = 20;
/** Variables the blocks see exactly as this process has them: the setup under test. */
const PASSED_VARIABLES = ['DOCKER_HOST', 'DOCKER_SOCK', 'KUBECONFIG'];
/**
 * A fixed bash program: it sends its own stderr to the log file named by $2 along with stdout, then
 * replaces itself with `bash -e -o pipefail -c SCRIPT`, where SCRIPT is $1. The script is an
 * argument, never part of this text. The log file keeps the combined output in the order it was
 * written, and it can still be read when the runner stops a block at its timeout.
 */
const LAUNCHER = 'exec bash -e -o pipefail -c "$1" "$0" >"$2" 2>&1';
/** Read at most this many bytes from the end of a block's log for its output tail. */
const TAIL_READ_BYTES = 64 * 1024;
/** `docs/x.md:12`: where a block starts. */
function run_blockLocation(block) {
    return `${block.file}:${block.line}`;
}
/**
 * Runs every block in order and returns one result per block. A failed or timed-out block does not
 * stop the run, because a later block may still show something about the setup. Raises only when
 * `deps.signal` is aborted. Blocks run in this process's working directory.
 */
async function runBlocks(blocks, deps, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const workDir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(deps.platform.tmpDir || (0,external_node_os_namespaceObject.tmpdir)(), 'verify-docs-'));
    const results = [];
    try {
        for (const [index, block] of blocks.entries()) {
            const result = block.skipped
                ? { block, status: 'skipped', exitCode: undefined, durationMs: 0, outputTail: [] }
                : await runBlock(block, deps, timeoutMs, (0,external_node_path_namespaceObject.join)(workDir, `block-${index + 1}.log`));
            results.push(result);
            options.onResult?.(result);
        }
    }
    finally {
        await (0,promises_namespaceObject.rm)(workDir, { recursive: true, force: true });
    }
    return results;
}
async function runBlock(block, deps, timeoutMs, logFile) {
    const env = {};
    for (const name of PASSED_VARIABLES)
        env[name] = deps.platform.env[name];
    const started = performance.now();
    let status;
    let exitCode;
    let error;
    try {
        const result = await deps.runner.run({
            argv: ['bash', '-c', LAUNCHER, `verify-docs ${run_blockLocation(block)}`, block.script, logFile],
            timeoutMs,
            env,
            signal: deps.signal,
        });
        exitCode = result.exitCode;
        status = result.exitCode === 0 ? 'passed' : 'failed';
        // The launcher sends everything to the log, so output here came from bash failing to start.
        error = `${result.stdout}${result.stderr}`.trim() || undefined;
    }
    catch (caught) {
        if (deps.signal?.aborted)
            throw caught;
        if (caught instanceof CommandError && caught.timedOut) {
            status = 'timed out';
        }
        else {
            status = 'failed';
            exitCode = caught instanceof CommandError ? caught.exitCode : undefined;
            error = describeError(caught);
        }
    }
    const durationMs = performance.now() - started;
    const output = await readTail(logFile);
    const lines = error === undefined ? output : [...output, ...error.split('\n')];
    return { block, status, exitCode, durationMs, outputTail: lastLines(lines, OUTPUT_TAIL_LINES) };
}
/** Reads the last lines of `file`. A missing file has no lines. */
async function readTail(file) {
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(file, 'r');
    }
    catch {
        return [];
    }
    try {
        const { size } = await handle.stat();
        const length = Math.min(size, TAIL_READ_BYTES);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        const lines = buffer.toString('utf8').split(/\r?\n/);
        // The first line is cut short when the read started inside it.
        if (length < size)
            lines.shift();
        return lines;
    }
    finally {
        await handle.close();
    }
}
function lastLines(lines, count) {
    let end = lines.length;
    while (end > 0 && (lines[end - 1] ?? '').trim() === '')
        end -= 1;
    return lines.slice(Math.max(0, end - count), end);
}

;// CONCATENATED MODULE: ./src/docs/summary.ts
// Rows of the step-summary table for verify-docs results. The shapes match @actions/core's
// SummaryTableRow, so the action passes them to core.summary.addTable unchanged.


/**
 * Returns a header row and one row per result: block (file:line), status, exit code, duration.
 * Cell text is HTML-escaped because addTable inserts it into the summary as HTML.
 */
function summaryRows(results) {
    const header = ['Block', 'Status', 'Exit code', 'Duration'].map((data) => ({ data, header: true }));
    const rows = results.map((result) => [
        escapeHtml(blockLocation(result.block)),
        result.status,
        result.exitCode === undefined ? '' : String(result.exitCode),
        result.status === 'skipped' ? '' : formatDuration(result.durationMs),
    ]);
    return [header, ...rows];
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

;// CONCATENATED MODULE: ./src/docs/index.ts
// Environment-doc verification: the shell blocks of markdown files, run against the live setup.
// The CLI's `verify-docs` command and the action's `verify-docs` input both call verifyDocs.







/**
 * Reads every file and extracts its blocks before anything runs. Raises InputErrors naming each
 * file that cannot be read.
 */
async function loadDocs(files, inputName = 'FILE') {
    if (files.length === 0)
        throw new InputError(inputName, '', 'at least one markdown file');
    const errors = [];
    const blocks = [];
    const filesWithoutBlocks = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
        }
        catch (error) {
            errors.push(new InputError(inputName, file, `a readable markdown file (${readFailure(error)})`));
            continue;
        }
        const found = extractBlocks(file, text);
        if (found.length === 0)
            filesWithoutBlocks.push(file);
        blocks.push(...found);
    }
    if (errors.length > 0)
        throw new InputErrors(errors);
    return { blocks, filesWithoutBlocks };
}
/** Runs the blocks of `files`, in the order given, and reports each one's result. */
async function verifyDocs(deps, files, options = {}) {
    const loaded = await loadDocs(files, options.inputName);
    const results = await runBlocks(loaded.blocks, deps, options);
    const ok = results.every((result) => result.status === 'passed' || result.status === 'skipped');
    return { ...loaded, ok, results };
}
function readFailure(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'file not found';
    if (code === 'EACCES')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'it is a directory';
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/cli/commands/verify-docs.ts
// `setup-podman-k3d verify-docs FILE...`: runs the shell blocks of environment docs against the
// live setup and prints one line per block.




const VERIFY_DOCS_FLAGS = { yes: true, timeout: false, json: true };
/** One day, well inside the range of a Node.js timer. */
const MAX_TIMEOUT_SECONDS = 86_400;
async function verifyDocsCommand(args) {
    const settingNames = Object.keys(args.settings);
    if (settingNames.length > 0) {
        throw new InputError(`--${settingNames[0]}`, args.settings[settingNames[0] ?? ''] ?? '', 'only --yes, --timeout and --json with verify-docs');
    }
    const timeoutMs = parseTimeout(args.flags.timeout);
    const json = args.flags.json !== undefined;
    const files = args.positionals;
    const session = openSession({ settings: {}, quiet: true });
    try {
        const { context } = session;
        const loaded = await loadDocs(files);
        for (const file of loaded.filesWithoutBlocks)
            process.stderr.write(`warning: ${file} has no bash, sh, shell or console block.\n`);
        const toRun = loaded.blocks.filter((block) => !block.skipped);
        if (toRun.length > 0 && !context.platform.isCi && args.flags.yes === undefined) {
            printPlan(loaded.blocks, json);
            process.stderr.write(`error: verify-docs would run ${toRun.length} shell block(s) on this machine; pass --yes to run them. ` +
                'In CI (CI=true or GITHUB_ACTIONS=true) they run without --yes.\n');
            return 2;
        }
        const report = await verifyDocs(context, files, {
            timeoutMs,
            onResult: json ? undefined : (result) => process.stdout.write(formatResult(result, timeoutMs)),
        });
        if (json) {
            const blocks = report.results.map((result) => ({
                file: result.block.file,
                line: result.block.line,
                language: result.block.language,
                status: result.status,
                exitCode: result.exitCode ?? null,
                durationMs: Math.round(result.durationMs),
                output: result.outputTail,
            }));
            process.stdout.write(`${JSON.stringify({ ok: report.ok, blocks }, null, 2)}\n`);
        }
        else {
            process.stdout.write(`${countLine(report.results)}\n`);
        }
        return report.ok ? 0 : 1;
    }
    finally {
        session.close();
    }
}
/** Formats one result: a mark, file:line, the outcome, and the output tail of a failed block. */
function formatResult(result, timeoutMs) {
    const location = run_blockLocation(result.block);
    switch (result.status) {
        case 'passed':
            return `✓ ${location} (${pipeline_formatDuration(result.durationMs)})\n`;
        case 'skipped':
            return `- ${location} skipped\n`;
        case 'timed out':
            return `✗ ${location} timed out after ${timeoutMs / 1000} s\n${indent(result.outputTail)}`;
        case 'failed':
            return `✗ ${location} exit ${result.exitCode ?? 'unknown'}\n${indent(result.outputTail)}`;
    }
}
function indent(lines) {
    return lines.map((line) => `    ${line}\n`).join('');
}
function countLine(results) {
    const counts = new Map();
    for (const result of results)
        counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
    const parts = ['passed', 'failed', 'timed out', 'skipped'].filter((status) => counts.has(status)).map((status) => `${counts.get(status)} ${status}`);
    return parts.length === 0 ? 'No blocks to run.' : parts.join(', ');
}
/** Lists what would run: file:line and the first line of each block, and the skipped blocks. */
function printPlan(blocks, json) {
    if (json) {
        const plan = blocks.map((block) => ({ file: block.file, line: block.line, language: block.language, skipped: block.skipped, firstLine: firstCommand(block) }));
        process.stdout.write(`${JSON.stringify({ ok: false, refused: true, blocks: plan }, null, 2)}\n`);
        return;
    }
    process.stdout.write('Would run:\n');
    for (const block of blocks) {
        const location = run_blockLocation(block);
        process.stdout.write(block.skipped ? `- ${location} skipped\n` : `  ${location}  ${firstCommand(block)}\n`);
    }
}
function parseTimeout(value) {
    if (value === undefined)
        return DEFAULT_TIMEOUT_MS;
    const text = String(value);
    const seconds = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS)) {
        throw new InputError('--timeout', text, `a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
    }
    return seconds * 1000;
}

;// CONCATENATED MODULE: ./src/cli/help.ts
// Help text, generated from the same input table as action.yml so the two cannot drift.

const EXIT_CODES = `Exit codes:
  0  success
  1  setup failed (the message says which step and why)
  2  invalid command line or input value; nothing was changed
  130  cancelled (Ctrl-C or SIGTERM); the commands it had started were stopped`;
function mainHelp() {
    return `Usage: setup-podman-k3d <command> [flags]

Sets up the Docker CLI talking to Podman through DOCKER_HOST and a k3d cluster on top, the same
way the GitHub Action does.

Commands:
  up      install what is missing, start Podman, create the k3d cluster (see: up --help)
  down    delete the cluster, stop the Podman machine (macOS) or the API service up started (Linux)
  status  check each link from the Docker CLI to the cluster; changes nothing
  env     print the export lines for your shell: eval "$(setup-podman-k3d env)"
  verify-docs  run the shell blocks of markdown environment docs against this setup
  help    show this text

Run 'setup-podman-k3d <command> --help' for a command's flags, and
'setup-podman-k3d --version' for the version.

${EXIT_CODES}
`;
}
function upHelp() {
    const settings = INPUTS.map((input) => {
        const flag = input.boolean ? `--${input.name}[=true|false]` : `--${input.name} VALUE`;
        const fallback = input.default === '' ? '' : ` (default: ${input.default})`;
        const repeat = input.list ? ' Repeat the flag for several values.' : '';
        return `  ${flag}\n      ${input.cliDescription ?? input.description}${repeat}${fallback}`;
    }).join('\n');
    return `Usage: setup-podman-k3d up [flags]

Settings (the action's inputs; boolean ones also take --no-NAME):
${settings}

Flags:
  --from-workflow FILE   take the settings from the \`with:\` block of the step in FILE that uses this
                         action; flags given here override them
  --job ID               the job to read when FILE has several steps that use this action
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
    return `Usage: setup-podman-k3d env [--shell bash|zsh|fish] [--persist [--rc-file FILE]] [--machine-name NAME]

Prints the lines that export DOCKER_HOST and DOCKER_SOCK for the running Podman, and KUBECONFIG
for the cluster that 'up' created, for example:
  eval "$(setup-podman-k3d env)"

  --shell          shell syntax of the lines (default: from $SHELL, else bash)
  --persist        write the lines into the shell's rc file as one marked block instead of
                   printing them: ~/.bashrc, \${ZDOTDIR:-~}/.zshrc or ~/.config/fish/config.fish.
                   Running it again replaces the block; the previous file is kept as FILE.setup-podman-k3d.bak
  --rc-file FILE   the file --persist writes (default: the shell's rc file above)
  --machine-name   Podman machine to read the socket from (macOS; default: podman-machine-default)

${EXIT_CODES}
`;
}
function downHelp() {
    return `Usage: setup-podman-k3d down [--remove-machine] [--cluster-name NAME] [--machine-name NAME]

Deletes the k3d cluster that 'up' created, then stops the Podman machine (macOS) or the podman
system service that 'up' started (Linux). Running it again is harmless.

  --remove-machine   also remove the Podman machine and its disk (macOS; podman machine rm --force)
  --cluster-name     the cluster to delete (default: the one 'up' created)
  --machine-name     the machine to stop (default: the one 'up' used)

${EXIT_CODES}
`;
}
function statusHelp() {
    return `Usage: setup-podman-k3d status [--json] [--machine-name NAME] [--cluster-name NAME]

Checks, without changing anything, each link: Docker CLI, Podman, the machine (macOS), the API
socket, DOCKER_HOST in this shell, Docker CLI to Podman, the k3d cluster and its kube context.
A broken link is shown with the command that fixes it.

  --json   print {"healthy": BOOL, "links": [...]} on stdout

Exit codes:
  0  every link holds
  1  at least one link is broken
  2  invalid command line
`;
}
function verifyDocsHelp() {
    return `Usage: setup-podman-k3d verify-docs FILE... [--yes] [--timeout SECONDS] [--json]

Runs the shell blocks of each markdown FILE in order against the live setup, with DOCKER_HOST,
DOCKER_SOCK and KUBECONFIG as this shell has them, and prints one line per block with its file
and line. Blocks are fenced code blocks marked bash, sh or shell, and the \`$ \` lines of
console blocks. Each block runs as \`bash -e -o pipefail -c SCRIPT\`; a failed block does not
stop the blocks after it. Blocks run in the current directory. A block preceded by
<!-- verify-docs: skip --> is not run.

  --yes               run the blocks; without it, outside CI (CI=true or GITHUB_ACTIONS=true),
                      only list what would run and exit 2
  --timeout SECONDS   time one block may take before it is stopped (default: 300)
  --json              print {"ok": BOOL, "blocks": [...]} on stdout instead of one line per block

Exit codes:
  0  every block passed or was skipped
  1  at least one block failed or timed out
  2  invalid command line, an unreadable FILE, or blocks to run without --yes outside CI
`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The local runner's command dispatch.










const COMMANDS = {
    up: { flags: UP_FLAGS, help: upHelp, run: upCommand },
    down: { flags: DOWN_FLAGS, help: downHelp, run: downCommand },
    env: { flags: ENV_FLAGS, help: envHelp, run: envCommand },
    status: { flags: STATUS_FLAGS, help: statusHelp, run: statusCommand },
    'verify-docs': { flags: VERIFY_DOCS_FLAGS, help: verifyDocsHelp, run: verifyDocsCommand, positionals: true },
};
const EXIT_CANCELLED = 130;
const EXIT_USAGE = 2;
async function cli(argv) {
    const [name, ...rest] = argv;
    if (name === '--version' || name === 'version') {
        process.stdout.write(`setup-podman-k3d ${PACKAGE_VERSION}\n`);
        return 0;
    }
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
        if (!command.positionals && args.positionals.length > 0) {
            throw new UsageError(`Unexpected argument '${args.positionals[0]}' for ${name}.`, `Settings are flags, for example --cluster-name ${args.positionals[0]}; see ${name} --help.`);
        }
        return await command.run(args);
    }
    catch (error) {
        if (wasCancelled()) {
            process.stderr.write('Cancelled: every command this run started was stopped.\n');
            return EXIT_CANCELLED;
        }
        process.stderr.write(`error: ${describeError(error)}\n`);
        return error instanceof InputError || error instanceof InputErrors || error instanceof UsageError ? EXIT_USAGE : 1;
    }
}


/***/ }),

/***/ 3546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(776);
// Entry point of dist/cli: the `setup-podman-k3d` command.

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .xw)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ var __webpack_exports__ = __nccwpck_require__(3546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
