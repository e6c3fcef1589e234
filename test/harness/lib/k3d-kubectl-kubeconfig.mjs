// Kubeconfig loading of the kubectl stand-in, following client-go v0.33's clientcmd
// (loader.go, ClientConfigLoadingRules.Load): --kubeconfig names the only file. Otherwise every
// file listed in KUBECONFIG (duplicates dropped) is merged, or ~/.kube/config when KUBECONFIG is
// empty, and missing files are skipped. In a merge the first file that names a cluster, user or
// context wins, and so does the first file that sets current-context.
// Also the v1 Config object that `kubectl config view` prints: lists sorted by name, fields in the
// order and with the omissions of Go's encoding/json over client-go's clientcmd/api/v1 types.

import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Field names of v1 Cluster, AuthInfo and Context in Go struct order. Go's JSON always writes the `required` ones, as they lack omitempty. */
const CLUSTER_FIELDS = [
  ['server', 'required'],
  ['tls-server-name'],
  ['insecure-skip-tls-verify'],
  ['certificate-authority'],
  ['certificate-authority-data'],
  ['proxy-url'],
  ['disable-compression'],
  ['extensions'],
];
const USER_FIELDS = [
  ['client-certificate'],
  ['client-certificate-data'],
  ['client-key'],
  ['client-key-data'],
  ['token'],
  ['tokenFile'],
  ['as'],
  ['as-uid'],
  ['as-groups'],
  ['as-user-extra'],
  ['username'],
  ['password'],
  ['auth-provider'],
  ['exec'],
  ['extensions'],
];
const CONTEXT_FIELDS = [['cluster', 'required'], ['user', 'required'], ['namespace'], ['extensions']];

/** What ShortenConfig writes in place of certificate and key data, and of a token. */
const DATA_OMITTED = 'DATA+OMITTED';
const REDACTED = 'REDACTED';

/** An error of a kubeconfig file. `notFound` marks a file that does not exist. */
export class KubeconfigError extends Error {
  constructor(message, notFound = false) {
    super(message);
    this.notFound = notFound;
  }
}

/** Returns an empty config: no clusters, users or contexts, and no current context. */
export function emptyKubeconfig() {
  return { clusters: new Map(), users: new Map(), contexts: new Map(), currentContext: '', preferences: {} };
}

/** Adds the named entries of a kubeconfig list to `map`, keeping an entry already there. */
function addNamed(map, list, key) {
  for (const entry of Array.isArray(list) ? list : []) {
    if (!entry || typeof entry.name !== 'string' || map.has(entry.name)) continue;
    map.set(entry.name, entry[key] && typeof entry[key] === 'object' ? entry[key] : {});
  }
}

/**
 * Reads one kubeconfig file into maps by name. Throws KubeconfigError with Go's `open PATH: no
 * such file or directory` when it is missing, or with the YAML error when it cannot be parsed.
 */
export function readKubeconfigFile(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') throw new KubeconfigError(`open ${path}: no such file or directory`, true);
    throw error;
  }
  let document;
  try {
    document = parseYaml(text) ?? {};
  } catch (error) {
    throw new KubeconfigError(`error loading config file "${path}": ${error.message}`);
  }
  const config = emptyKubeconfig();
  addNamed(config.clusters, document.clusters, 'cluster');
  addNamed(config.users, document.users, 'user');
  addNamed(config.contexts, document.contexts, 'context');
  config.currentContext = typeof document['current-context'] === 'string' ? document['current-context'] : '';
  if (document.preferences && typeof document.preferences === 'object') config.preferences = document.preferences;
  return config;
}

/** Returns the files merged when no --kubeconfig is given: KUBECONFIG's list, else ~/.kube/config. */
function precedence() {
  const listed = (process.env.KUBECONFIG ?? '').split(delimiter).filter(Boolean);
  if (listed.length > 0) return [...new Set(listed)];
  return [join(homedir(), '.kube', 'config')];
}

/**
 * Loads the config kubectl would use. With `explicitPath` (the --kubeconfig value) only that file
 * is read, and a missing one throws KubeconfigError `stat PATH: no such file or directory` with
 * `notFound` set. Without it the files of KUBECONFIG or ~/.kube/config are merged.
 */
export function loadKubeconfig(explicitPath) {
  if (explicitPath) {
    if (!existsSync(explicitPath)) throw new KubeconfigError(`stat ${explicitPath}: no such file or directory`, true);
    return readKubeconfigFile(explicitPath);
  }
  const merged = emptyKubeconfig();
  for (const path of precedence()) {
    if (!existsSync(path)) continue;
    const config = readKubeconfigFile(path);
    for (const kind of ['clusters', 'users', 'contexts']) {
      for (const [name, value] of config[kind]) if (!merged[kind].has(name)) merged[kind].set(name, value);
    }
    if (!merged.currentContext) merged.currentContext = config.currentContext;
  }
  return merged;
}

/**
 * Keeps only the current context and its cluster and user, as client-go's MinifyConfig does.
 * Throws its errors as plain Error messages.
 */
export function minifyKubeconfig(config) {
  if (!config.currentContext) throw new Error('current-context must exist in order to minify');
  const context = config.contexts.get(config.currentContext);
  if (!context) throw new Error(`cannot locate context ${config.currentContext}`);
  const clusters = new Map();
  if (context.cluster) {
    if (!config.clusters.has(context.cluster)) throw new Error(`cannot locate cluster ${context.cluster}`);
    clusters.set(context.cluster, config.clusters.get(context.cluster));
  }
  const users = new Map();
  if (context.user) {
    if (!config.users.has(context.user)) throw new Error(`cannot locate user ${context.user}`);
    users.set(context.user, config.users.get(context.user));
  }
  return { ...config, clusters, users, contexts: new Map([[config.currentContext, context]]) };
}

/** Replaces certificate and key data with DATA+OMITTED and a token with REDACTED, as ShortenConfig does. */
export function shortenKubeconfig(config) {
  const clusters = new Map();
  for (const [name, cluster] of config.clusters) {
    clusters.set(name, cluster['certificate-authority-data'] ? { ...cluster, 'certificate-authority-data': DATA_OMITTED } : cluster);
  }
  const users = new Map();
  for (const [name, user] of config.users) {
    const shortened = { ...user };
    for (const key of ['client-certificate-data', 'client-key-data']) if (shortened[key]) shortened[key] = DATA_OMITTED;
    if (shortened.token) shortened.token = REDACTED;
    users.set(name, shortened);
  }
  return { ...config, clusters, users };
}

function isEmpty(value) {
  if (value === undefined || value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** Copies the known fields of `source` in Go struct order, dropping empty optional ones. */
function pickFields(source, fields) {
  const target = {};
  for (const [name, required] of fields) {
    const value = source?.[name];
    if (required) target[name] = value ?? '';
    else if (!isEmpty(value)) target[name] = value;
  }
  return target;
}

/** Returns the entries of `map` sorted by name as `{name, [key]: fields}`, or null when empty, as Go's conversion leaves a nil slice. */
function namedList(map, key, fields) {
  if (map.size === 0) return null;
  return [...map.keys()].sort().map((name) => ({ name, [key]: pickFields(map.get(name), fields) }));
}

/** Returns the v1 Config object that `kubectl config view` prints, keys in Go struct order. */
export function externalKubeconfig(config) {
  const preferences = {};
  if (config.preferences?.colors === true) preferences.colors = true;
  if (!isEmpty(config.preferences?.extensions)) preferences.extensions = config.preferences.extensions;
  return {
    kind: 'Config',
    apiVersion: 'v1',
    preferences,
    clusters: namedList(config.clusters, 'cluster', CLUSTER_FIELDS),
    users: namedList(config.users, 'user', USER_FIELDS),
    contexts: namedList(config.contexts, 'context', CONTEXT_FIELDS),
    'current-context': config.currentContext,
  };
}
