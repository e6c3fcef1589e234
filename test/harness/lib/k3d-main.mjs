// Entry point of the k3d stand-in (test/harness/bin/k3d): records the call, then dispatches the
// subcommands that k3d v5.8.3 has and the product uses. Usage errors read like cobra's: an
// "Error: ..." line and a usage hint on stderr, then k3d's FATA line, exit 1.

import { UsageError, parseFlags } from './k3d-args.mjs';
import { CREATE_FLAGS, clusterCreate } from './k3d-create.mjs';
import {
  DELETE_FLAGS,
  KUBECONFIG_GET_FLAGS,
  KUBECONFIG_WRITE_FLAGS,
  LIST_FLAGS,
  START_FLAGS,
  STOP_FLAGS,
  clusterDelete,
  clusterList,
  clusterStart,
  clusterStop,
  kubeconfigGet,
  kubeconfigWrite,
} from './k3d-cluster.mjs';
import { Logger } from './k3d-log.mjs';
import { K3D_VERSION, K3S_VERSION } from './k3d-nodes.mjs';
import {
  REGISTRY_CREATE_FLAGS,
  REGISTRY_DELETE_FLAGS,
  REGISTRY_LIST_FLAGS,
  registryCreate,
  registryDelete,
  registryList,
} from './k3d-registry.mjs';
import { recordCall, stateDir } from './k3d-state.mjs';
import { exitQuietlyOnClosedStdout } from './k3d-util.mjs';

/** Flags of k3d's root command, accepted by every subcommand. */
const ROOT_FLAGS = {
  verbose: { type: 'bool', default: false },
  trace: { type: 'bool', default: false },
  timestamps: { type: 'bool', default: false },
};

const VERSION_FLAGS = { output: { type: 'string', short: 'o', default: '' } };

/** Subcommands by path: flags, the handler, and the usage line cobra prints. */
const COMMANDS = {
  'cluster create': { flags: CREATE_FLAGS, run: clusterCreate, use: 'k3d cluster create NAME [flags]' },
  'cluster list': { flags: LIST_FLAGS, run: clusterList, use: 'k3d cluster list [NAME [NAME...]] [flags]' },
  'cluster ls': { flags: LIST_FLAGS, run: clusterList, use: 'k3d cluster list [NAME [NAME...]] [flags]' },
  'cluster get': { flags: LIST_FLAGS, run: clusterList, use: 'k3d cluster list [NAME [NAME...]] [flags]' },
  'cluster start': { flags: START_FLAGS, run: clusterStart, use: 'k3d cluster start [NAME [NAME...] | --all] [flags]' },
  'cluster stop': { flags: STOP_FLAGS, run: clusterStop, use: 'k3d cluster stop [NAME [NAME...] | --all] [flags]' },
  'cluster delete': { flags: DELETE_FLAGS, run: clusterDelete, use: 'k3d cluster delete [NAME [NAME ...] | --all] [flags]' },
  'cluster del': { flags: DELETE_FLAGS, run: clusterDelete, use: 'k3d cluster delete [NAME [NAME ...] | --all] [flags]' },
  'cluster rm': { flags: DELETE_FLAGS, run: clusterDelete, use: 'k3d cluster delete [NAME [NAME ...] | --all] [flags]' },
  'kubeconfig get': { flags: KUBECONFIG_GET_FLAGS, run: kubeconfigGet, use: 'k3d kubeconfig get [CLUSTER [CLUSTER [...]] | --all] [flags]' },
  'kubeconfig print': { flags: KUBECONFIG_GET_FLAGS, run: kubeconfigGet, use: 'k3d kubeconfig get [CLUSTER [CLUSTER [...]] | --all] [flags]' },
  'kubeconfig show': { flags: KUBECONFIG_GET_FLAGS, run: kubeconfigGet, use: 'k3d kubeconfig get [CLUSTER [CLUSTER [...]] | --all] [flags]' },
  'kubeconfig write': { flags: KUBECONFIG_WRITE_FLAGS, run: kubeconfigWrite, use: 'k3d kubeconfig write [CLUSTER [CLUSTER [...]] | --all] [flags]' },
  'kubeconfig merge': { flags: KUBECONFIG_WRITE_FLAGS, run: kubeconfigWrite, use: 'k3d kubeconfig merge [CLUSTER [CLUSTER [...]] | --all] [flags]' },
  'registry create': { flags: REGISTRY_CREATE_FLAGS, run: registryCreate, use: 'k3d registry create NAME [flags]' },
  'registry list': { flags: REGISTRY_LIST_FLAGS, run: registryList, use: 'k3d registry list [NAME [NAME...]] [flags]' },
  'registry ls': { flags: REGISTRY_LIST_FLAGS, run: registryList, use: 'k3d registry list [NAME [NAME...]] [flags]' },
  'registry delete': { flags: REGISTRY_DELETE_FLAGS, run: registryDelete, use: 'k3d registry delete (NAME | --all) [flags]' },
  'registry rm': { flags: REGISTRY_DELETE_FLAGS, run: registryDelete, use: 'k3d registry delete (NAME | --all) [flags]' },
};

function printVersion(json) {
  if (json) process.stdout.write(`${JSON.stringify({ k3d: K3D_VERSION, k3s: K3S_VERSION })}\n`);
  else process.stdout.write(`k3d version ${K3D_VERSION}\nk3s version ${K3S_VERSION} (default)\n`);
}

/** Splits the subcommand path (the leading words before any flag) from the rest of argv. */
function commandPath(argv) {
  const words = [];
  let index = 0;
  while (index < argv.length && !argv[index].startsWith('-') && words.length < 2) {
    words.push(argv[index]);
    index += 1;
  }
  return { words, rest: argv.slice(index) };
}

function usageFailure(log, message, use) {
  process.stderr.write(`Error: ${message}\nUsage:\n  ${use}\n\n`);
  log.fatal(message);
}

export async function main(argv) {
  exitQuietlyOnClosedStdout();
  const dir = stateDir('k3d');
  recordCall(dir, 'k3d', argv);
  const rootLog = new Logger();

  if (argv[0] === '--version') {
    printVersion(false);
    return;
  }
  const { words, rest } = commandPath(argv);
  if (words[0] === 'version') {
    const parsed = parseOrFail(rootLog, rest, VERSION_FLAGS, 'k3d version [flags]');
    printVersion(parsed.flags.output === 'json');
    return;
  }

  const key = words.join(' ');
  const command = COMMANDS[key];
  if (!command) {
    const unknown = words[words.length - 1] ?? '';
    const parent = words.length > 1 ? `k3d ${words[0]}` : 'k3d';
    process.stderr.write(`Error: unknown command "${unknown}" for "${parent}"\nRun '${parent} --help' for usage.\n`);
    rootLog.fatal(`unknown command "${unknown}" for "${parent}"`);
  }
  const parsed = parseOrFail(rootLog, rest, command.flags, command.use);
  const log = new Logger({ verbose: parsed.flags.verbose, trace: parsed.flags.trace, timestamps: parsed.flags.timestamps });
  await command.run({ log, dir, argv0: process.argv[1] ?? 'k3d' }, parsed);
}

function parseOrFail(log, argv, flags, use) {
  try {
    return parseFlags(argv, { ...ROOT_FLAGS, ...flags });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    usageFailure(log, error.message, use);
  }
  return undefined;
}
