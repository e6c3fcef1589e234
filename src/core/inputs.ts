// The settings a user can give, by their action input names. CLI flags use the same names
// (`--machine-name NAME`), so one table serves action.yml, the CLI's help and the validation.

export interface InputSpec {
  name: string;
  description: string;
  /** Value used when the input is empty or absent, exactly as action.yml declares it. */
  default: string;
  /** Boolean inputs also take a bare CLI flag (`--rootful`) and a negated one (`--no-rootful`). */
  boolean?: boolean;
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
      'Podman version to install, for example 5.8.5. Empty: keep any Podman on PATH that meets the minimum (5.6 on macOS, 4.0 on Linux), else install the pinned default.',
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
    name: 'cleanup',
    description:
      'What the post step removes: auto (stop the machine on self-hosted runners only), always, or never.',
    default: 'auto',
  },
];

export type RawInputs = Readonly<Record<string, string | undefined>>;

export function findInput(name: string): InputSpec | undefined {
  return INPUTS.find((spec) => spec.name === name);
}
