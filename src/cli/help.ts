// Help text, generated from the same input table as action.yml so the two cannot drift.

import { INPUTS } from '../core/inputs.js';

export const EXIT_CODES = `Exit codes:
  0  success
  1  setup failed (the message says which step and why)
  2  invalid command line or input value; nothing was changed
  130  cancelled (Ctrl-C or SIGTERM); the commands it had started were stopped`;

export function mainHelp(): string {
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

export function upHelp(): string {
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

export function envHelp(): string {
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

export function downHelp(): string {
  return `Usage: setup-podman-k3d down [--remove-machine] [--cluster-name NAME] [--machine-name NAME]

Deletes the k3d cluster that 'up' created, then stops the Podman machine (macOS) or the podman
system service that 'up' started (Linux). Running it again is harmless.

  --remove-machine   also remove the Podman machine and its disk (macOS; podman machine rm --force)
  --cluster-name     the cluster to delete (default: the one 'up' created)
  --machine-name     the machine to stop (default: the one 'up' used)

${EXIT_CODES}
`;
}

export function statusHelp(): string {
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

export function verifyDocsHelp(): string {
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
