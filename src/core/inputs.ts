// The settings a user can give, by their action input names. CLI flags use the same names
// (`--machine-name NAME`), so one table serves action.yml, the CLI's help and the validation.

export interface InputSpec {
  name: string;
  description: string;
  /** Value used when the input is empty or absent, exactly as action.yml declares it. */
  default: string;
  /** Boolean inputs also take a bare CLI flag (`--rootful`) and a negated one (`--no-rootful`). */
  boolean?: boolean;
  /** One value a line in the action; a repeatable flag in the CLI. */
  list?: boolean;
  /** The CLI's `up --help` text, where the input means something else without a workflow around it. */
  cliDescription?: string;
}

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'install-method',
    description:
      'How to install missing tools: auto, release (pinned, checksummed downloads), brew, or skip (use what is on PATH).',
    default: 'auto',
  },
  {
    name: 'podman-version',
    description:
      'Podman version to install on macOS, for example 5.8.5. Empty: keep any Podman on PATH that meets the minimum (5.6 on macOS, 4.0 on Linux), else install the pinned default. On Linux the distribution\'s Podman is used.',
    default: '',
  },
  {
    name: 'docker-version',
    description:
      'Docker CLI version to install, for example 28.5.2. Empty: keep any Docker CLI on PATH, else install the pinned default.',
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
    description:
      'Podman machine provider (macOS): auto (Podman\'s default), applehv or libkrun. libkrun needs Apple silicon.',
    default: 'auto',
  },
  {
    name: 'machine-start-timeout',
    description:
      'Seconds one `podman machine start` attempt may take before it is stopped and retried (3 attempts).',
    default: '300',
  },
  {
    name: 'stop-other-machines',
    description:
      'Stop another running Podman machine instead of failing; Podman runs one machine at a time on macOS.',
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
    description:
      'Ports to publish, one a line, in k3d form [HOST:][HOSTPORT:]CONTAINERPORT[/PROTOCOL][@NODEFILTER], for example 8080:80@loadbalancer.',
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
    description:
      'Name of a local registry to create (on the podman network) and connect to the cluster; empty for none.',
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
    description:
      'Markdown files, one a line, whose bash/sh/shell blocks and $-prefixed console lines run in order against the new setup once it is ready; a failing block fails the step.',
    default: '',
    list: true,
  },
  {
    name: 'cache',
    description:
      'Cache release downloads, the Podman machine image and the node images between runs with actions/cache (restored in main, saved in post).',
    cliDescription:
      'Keep release downloads, the Podman machine image and the node images in the user cache directory between runs, and use them.',
    default: 'true',
    boolean: true,
  },
  {
    name: 'cleanup',
    description:
      'What the post step removes: auto (on self-hosted runners only, the cluster and machine this run created or started), always (the cluster, and stop the machine), or never.',
    cliDescription: 'Used only by the action\'s post step; on the command line, `down` removes the cluster and stops the machine.',
    default: 'auto',
  },
];

export type RawInputs = Readonly<Record<string, string | undefined>>;

export function findInput(name: string): InputSpec | undefined {
  return INPUTS.find((spec) => spec.name === name);
}

export interface OutputSpec {
  name: string;
  description: string;
}

export const OUTPUTS: readonly OutputSpec[] = [
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
