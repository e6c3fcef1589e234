// A scripted Runner and a recording Reporter for step tests: each command's result comes from
// the first script entry whose argv prefix matches, and every call is recorded.

import { parseConfig } from '../../../src/core/config.js';
import type { SetupContext, SetupFacts } from '../../../src/core/context.js';
import type { RawInputs } from '../../../src/core/inputs.js';
import type { CommandRequest, CommandResult, Environment, Platform, Reporter, Runner } from '../../../src/ports.js';

export interface ScriptEntry {
  argv: string[];
  result: Partial<CommandResult> | ((request: CommandRequest) => Partial<CommandResult>);
}

export class ScriptedRunner implements Runner {
  readonly dryRun = false;
  readonly calls: CommandRequest[] = [];

  constructor(private readonly script: ScriptEntry[]) {}

  async run(request: CommandRequest): Promise<CommandResult> {
    this.calls.push(request);
    const entry = this.script.find((candidate) => candidate.argv.every((part, index) => request.argv[index] === part));
    if (!entry) throw new Error(`Unscripted command: ${request.argv.join(' ')}`);
    const result = typeof entry.result === 'function' ? entry.result(request) : entry.result;
    return { exitCode: 0, stdout: '', stderr: '', durationMs: 1, ...result };
  }

  async spawnDetached(): Promise<number> {
    throw new Error('spawnDetached is not scripted');
  }

  /** Every tool is "on PATH" in a directory that does not exist, so no real binary is ever read. */
  async which(name: string): Promise<string | undefined> {
    return `/scripted-runner/bin/${name}`;
  }

  commands(): string[] {
    return this.calls.map((call) => call.argv.join(' '));
  }
}

export class RecordingReporter implements Reporter {
  readonly lines: string[] = [];
  readonly secrets: string[] = [];
  readonly groups: string[] = [];

  info(message: string): void {
    this.lines.push(message);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  debug(): void {}
  secret(value: string): void {
    this.secrets.push(value);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.groups.push(title);
    return body();
  }
}

export class RecordingEnvironment implements Environment {
  readonly variables: Record<string, string> = {};
  readonly paths: string[] = [];
  readonly outputs: Record<string, string> = {};
  exportVariable(name: string, value: string): void {
    this.variables[name] = value;
  }
  addPath(directory: string): void {
    this.paths.push(directory);
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
}

export function testPlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    os: 'linux',
    arch: 'x64',
    env: {},
    home: '/home/test',
    tmpDir: '/tmp',
    stateDir: '/tmp/state',
    toolDir: '/tmp/state/bin',
    cacheDir: '/tmp/state/cache',
    uid: 1000,
    isCi: false,
    freeBytes: async () => 100 * 1024 ** 3,
    kill: () => true,
    ...overrides,
  };
}

export function testContext(
  runner: Runner,
  inputs: RawInputs = {},
  options: { platform?: Partial<Platform>; facts?: SetupFacts } = {},
): SetupContext & { reporter: RecordingReporter; environment: RecordingEnvironment } {
  return {
    config: parseConfig(inputs),
    runner,
    reporter: new RecordingReporter(),
    environment: new RecordingEnvironment(),
    platform: testPlatform(options.platform),
    facts: options.facts ?? { dockerHost: 'unix:///run/podman/podman.sock', dockerSock: '/run/podman/podman.sock' },
    signal: new AbortController().signal,
  };
}
