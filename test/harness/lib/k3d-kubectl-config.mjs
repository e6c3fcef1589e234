// `kubectl config current-context` and `kubectl config view` of kubectl v1.33
// (staging/src/k8s.io/kubectl/pkg/cmd/config in kubernetes/kubernetes). Neither contacts a cluster.
// current-context reads the config as PathOptions.GetStartingConfig does, so a missing --kubeconfig
// file counts as an empty config. view with --kubeconfig reads only that file, and fails when it is
// missing. view prints YAML (keys sorted), JSON or a JSONPath template. Certificate and key data
// print as DATA+OMITTED unless --raw is given.

import { stringify as stringifyYaml } from 'yaml';

import { KubectlFailure } from './k3d-kubectl-connect.mjs';
import { JsonPathError, executeTemplate, parseTemplate } from './k3d-kubectl-jsonpath.mjs';
import {
  KubeconfigError,
  emptyKubeconfig,
  externalKubeconfig,
  loadKubeconfig,
  minifyKubeconfig,
  readKubeconfigFile,
  shortenKubeconfig,
} from './k3d-kubectl-kubeconfig.mjs';

/** Loads the config as `config current-context` reads it, where a missing --kubeconfig file gives an empty config. */
function startingConfig(options) {
  try {
    return loadKubeconfig(options.kubeconfig);
  } catch (error) {
    if (!(error instanceof KubeconfigError)) throw error;
    if (error.notFound) return emptyKubeconfig();
    throw new KubectlFailure(`error: ${error.message}\n`);
  }
}

function currentContext(options) {
  const config = startingConfig(options);
  if (!config.currentContext) throw new KubectlFailure('error: current-context is not set\n');
  process.stdout.write(`${config.currentContext}\n`);
}

/** Returns the function that prints the v1 Config for `-o OUTPUT`, or throws kubectl's error for a bad format or template. */
function viewPrinter(output) {
  const format = output ?? 'yaml';
  if (format === 'yaml') {
    return (config) => process.stdout.write(stringifyYaml(config, { sortMapEntries: true, indentSeq: false, lineWidth: 0 }));
  }
  if (format === 'json') return (config) => process.stdout.write(`${JSON.stringify(config, null, 4)}\n`);
  if (format === 'jsonpath') throw new KubectlFailure('error: template format specified but no template given\n');
  if (format.startsWith('jsonpath=')) {
    const template = format.slice('jsonpath='.length);
    let parts;
    try {
      parts = parseTemplate(template);
    } catch (error) {
      if (error instanceof JsonPathError) throw new KubectlFailure(`error: error parsing jsonpath ${template}, ${error.message}\n`);
      throw error;
    }
    return (config) => {
      let text;
      try {
        text = executeTemplate(parts, config);
      } catch (error) {
        if (!(error instanceof JsonPathError)) throw error;
        // NOTE: kubectl also prints the object given to the engine (Go's %#v); the stand-in does not.
        throw new KubectlFailure(
          `error: error executing jsonpath ${JSON.stringify(template)}: Error executing template: ${error.message}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${template}\n\n`,
        );
      }
      process.stdout.write(text);
    };
  }
  throw new KubectlFailure(`error: unable to match a printer suitable for the output format "${format}", allowed formats are: json,jsonpath,yaml\n`);
}

function view(options, extraArgs) {
  if (extraArgs.length > 0) {
    throw new KubectlFailure(`error: unexpected arguments: [${extraArgs.join(' ')}]\nSee 'kubectl config view -h' for help and examples\n`);
  }
  const print = viewPrinter(options.output);

  let config;
  if (options.kubeconfig) {
    try {
      config = readKubeconfigFile(options.kubeconfig);
    } catch (error) {
      if (error instanceof KubeconfigError) throw new KubectlFailure(`error: ${error.message}\n`);
      throw error;
    }
  } else {
    config = startingConfig(options);
  }

  if (options.minify) {
    // The global --context flag picks the context that --minify keeps.
    if (options.context) config = { ...config, currentContext: options.context };
    try {
      config = minifyKubeconfig(config);
    } catch (error) {
      throw new KubectlFailure(`error: ${error.message}\n`);
    }
  }
  if (!options.raw) config = shortenKubeconfig(config);
  print(externalKubeconfig(config));
}

/** Runs `kubectl config SUBCOMMAND`, where `args` are the positional arguments after `config`. */
export function configCommand(options, args) {
  const [subcommand, ...rest] = args;
  if (subcommand === 'current-context') currentContext(options);
  else if (subcommand === 'view') view(options, rest);
  else throw new KubectlFailure(`error: the kubectl stand-in supports only "config current-context" and "config view", not "config ${subcommand ?? ''}"\n`);
}
