// `kubectl wait --for=condition=NAME[=VALUE]` of kubectl v1.33 (staging/src/k8s.io/kubectl/pkg/
// cmd/wait in kubernetes/kubernetes), on the nodes and kube-system deployments of a stand-in
// cluster. Resources are given as `TYPE --all`, `TYPE NAME...` or `TYPE/NAME...`. Each object is
// checked in turn until its condition holds. --timeout (a Go duration, 30s by default) runs from
// the start for all objects, so once it has passed every object left times out. 0 checks each
// object once, and a negative timeout waits a week.
// Output: `node/NAME condition met` on stdout per met object, then one error line per failed
// object on stderr, such as `error: timed out waiting for the condition on nodes/NAME`, and exit
// status 1 when any failed.
// Readiness faults: every check counts as one `get nodes` call of the cluster, so
// {"notReadyCalls": N} fails the first N checks and {"neverReady": true} all of them.

import { parseGoDuration } from './k3d-args.mjs';
import { RESOURCES, clusterReady, nodeAddresses } from './k3d-kubectl-cluster.mjs';
import { KubectlFailure, connect } from './k3d-kubectl-connect.mjs';
import { deploymentObjects, nodeNames, nodeObjects } from './k3d-kubectl-objects.mjs';

const DEFAULT_TIMEOUT_MS = 30_000;
/** What kubectl waits for when --timeout is negative: a week. */
const NEGATIVE_TIMEOUT_MS = 168 * 3_600_000;
/** Time between two checks of an object whose condition does not hold yet. */
const POLL_INTERVAL_MS = 500;

/** The resources the stand-in waits on: the prefix kubectl prints for an object, and how NotFound names the resource. */
const WAITABLE = {
  nodes: { printed: 'node', notFound: 'nodes' },
  deployments: { printed: 'deployment.apps', notFound: 'deployments.apps' },
};

const MISSING_RESOURCE = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
`;

/** Returns the --timeout in milliseconds, or throws pflag's error for a value that is no Go duration. */
function parseTimeout(value) {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  let milliseconds;
  try {
    milliseconds = parseGoDuration(value);
  } catch (error) {
    throw new KubectlFailure(`error: invalid argument "${value}" for "--timeout" flag: ${error.message}\nSee 'kubectl wait --help' for usage.\n`);
  }
  return milliseconds < 0 ? NEGATIVE_TIMEOUT_MS : milliseconds;
}

/** Returns { name, status } of `--for=condition=NAME[=STATUS]`, where the status defaults to true. */
function parseCondition(value) {
  const text = value ?? '';
  if (text.toLowerCase() === 'delete' || text === 'create' || text.startsWith('jsonpath=')) {
    throw new KubectlFailure(`error: the kubectl stand-in waits only for --for=condition=NAME[=VALUE], not --for=${text}\n`);
  }
  if (!text.startsWith('condition=')) throw new KubectlFailure(`error: unrecognized condition: ${JSON.stringify(text)}\n`);
  const spec = text.slice('condition='.length);
  const equals = spec.indexOf('=');
  return equals === -1 ? { name: spec, status: 'true' } : { name: spec.slice(0, equals), status: spec.slice(equals + 1) };
}

function resolveType(type) {
  const resource = RESOURCES[type];
  if (!resource) throw new KubectlFailure(`error: the server doesn't have a resource type "${type}"\n`);
  if (!WAITABLE[resource]) throw new KubectlFailure(`error: the kubectl stand-in waits only on nodes and deployments, not "${type}"\n`);
  return resource;
}

/** Splits the arguments into [{ type, names }], where `names` is undefined for `TYPE --all`. */
function parseTargets(args, all, resolve) {
  if (args.some((arg) => arg.includes('/'))) {
    if (!args.every((arg) => arg.includes('/'))) {
      throw new KubectlFailure(
        "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
      );
    }
    return args.map((arg) => {
      const slash = arg.indexOf('/');
      return { type: resolve(arg.slice(0, slash)), names: [arg.slice(slash + 1)] };
    });
  }
  const [typeList, ...names] = args;
  const types = typeList.split(',').map(resolve);
  if (names.length === 0 && !all) throw new KubectlFailure('error: resource(s) were provided, but no name was specified\n');
  return types.map((type) => ({ type, names: names.length > 0 ? names : undefined }));
}

/** Returns whether the object's status has the condition, as kubectl's ConditionalWaiter checks it. */
function conditionMet(object, condition) {
  for (const entry of object.status?.conditions ?? []) {
    if (typeof entry?.type !== 'string' || entry.type.toLowerCase() !== condition.name.toLowerCase()) continue;
    if (typeof entry.status !== 'string') continue;
    // A condition observed for an older generation does not count.
    const generation = object.metadata?.generation;
    const observed = entry.observedGeneration ?? object.status?.observedGeneration;
    if (generation !== undefined && observed !== undefined && observed < generation) return false;
    return entry.status.toLowerCase() === condition.status.toLowerCase();
  }
  return false;
}

function sleep(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Runs `kubectl wait`, where `args` are the positional arguments after `wait`. */
export async function waitCommand(dir, options, args) {
  const timeoutMs = parseTimeout(options.timeout);
  const condition = parseCondition(options.for);
  if (args.length === 0) throw new KubectlFailure(MISSING_RESOURCE);
  // Type names are checked after connecting, as kubectl needs the server's resource list for them.
  parseTargets(args, options.all === true, (type) => type);
  const { record, namespace } = connect(dir, options, true);
  const targets = parseTargets(args, options.all === true, resolveType);
  const deadline = Date.now() + timeoutMs;
  const ips = nodeAddresses(record);

  /** Returns the current object `name` of `type`, or undefined when the cluster has none. */
  const fetch = (type, name, ready) => {
    const objects = type === 'nodes' ? nodeObjects(record, ready, ips) : deploymentObjects(record, ready).filter((item) => item.metadata.namespace === namespace);
    return objects.find((item) => item.metadata.name === name);
  };
  const listNames = (type) => {
    if (type === 'nodes') return nodeNames(record).sort();
    return deploymentObjects(record, false).filter((item) => item.metadata.namespace === namespace).map((item) => item.metadata.name);
  };

  const errors = [];
  let visited = 0;
  for (const target of targets) {
    const { printed, notFound } = WAITABLE[target.type];
    for (const name of target.names ?? listNames(target.type)) {
      if (!fetch(target.type, name, false)) {
        errors.push(`Error from server (NotFound): ${notFound} "${name}" not found`);
        continue;
      }
      visited += 1;
      const objectName = `${target.type}/${name}`;
      if (timeoutMs > 0 && Date.now() >= deadline) {
        errors.push(`error: timed out waiting for the condition on ${objectName}`);
        continue;
      }
      for (;;) {
        // NOTE: with FAKE_LATENCY a check may sleep for modelled readiness time and so end past the deadline.
        if (conditionMet(fetch(target.type, name, clusterReady(dir, record, true)), condition)) {
          process.stdout.write(`${printed}/${name} condition met\n`);
          break;
        }
        if (timeoutMs === 0) {
          errors.push(`error: condition not met for ${objectName}`);
          break;
        }
        const left = deadline - Date.now();
        if (left <= 0) {
          errors.push(`error: timed out waiting for the condition on ${objectName}`);
          break;
        }
        await sleep(Math.min(POLL_INTERVAL_MS, left));
      }
    }
  }

  if (errors.length > 0) throw new KubectlFailure(`${errors.join('\n')}\n`);
  if (visited === 0) throw new KubectlFailure('error: no matching resources found\n');
}
