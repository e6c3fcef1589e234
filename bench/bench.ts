// The speed benchmark (`npm run bench`): the simulated macOS runner cold, warm and against a
// hand-written baseline under the latency model of bench/latency.json, the tool overhead, and real
// Podman on Linux against the bare commands. Prints progress on stderr and a Markdown report on
// stdout. bench/README.md explains what is modelled and what is measured.

import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, release, tmpdir } from 'node:os';
import { join } from 'node:path';

import { BUSYBOX_IMAGE, importBusyboxImage, integrationSkipReason, writeContainersConf } from '../test/support/podman.js';
import { compareWithBareCommands } from './linux.js';
import { loadModel } from './model.js';
import { CLI_BUNDLE, MAIN_BUNDLE, POST_BUNDLE, measureBundleStartup, measureNoopUp } from './overhead.js';
import { markdownReport, median, type Results } from './report.js';
import { SimulatedRunner, type SimResult, type Variant } from './simulated.js';

const PARTS = ['sim', 'overhead', 'linux'] as const;
type Part = (typeof PARTS)[number];

const USAGE = `Usage: npm run bench -- [--scale FACTOR] [--runs N] [--parts sim,overhead,linux]

  --scale FACTOR   multiplies every modelled sleep; 0 < FACTOR <= 1 (default 0.05)
  --runs N         runs per figure, reported as the median (default 3)
  --parts LIST     which parts to run, comma-separated (default sim,overhead,linux)
`;

interface Options {
  scale: number;
  runs: number;
  parts: Set<Part>;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { scale: 0.05, runs: 3, parts: new Set(PARTS) };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = (argv[index] ?? '').split(/=(.*)/s, 2);
    const value = () => inline ?? argv[(index += 1)] ?? '';
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (flag === '--scale') {
      const text = value();
      options.scale = Number(text);
      if (!(options.scale > 0 && options.scale <= 1)) fail(`--scale must be a number above 0 and at most 1, not "${text}"`);
    } else if (flag === '--runs') {
      const text = value();
      options.runs = Number(text);
      if (!Number.isInteger(options.runs) || options.runs < 1) fail(`--runs must be a whole number of at least 1, not "${text}"`);
    } else if (flag === '--parts') {
      const text = value();
      const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
      const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
      if (parts.length === 0 || unknown.length > 0) fail(`--parts takes ${PARTS.join(', ')}, not "${text}"`);
      options.parts = new Set(parts as Part[]);
    } else {
      fail(`unknown argument "${argv[index]}"`);
    }
  }
  return options;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function osName(): string {
  const pretty = existsSync('/etc/os-release') ? /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  return `${pretty ?? process.platform}, kernel ${release()}`;
}

const emptyRuns = (): Record<Variant, SimResult[]> => ({ cold: [], warm: [], baseline: [] });

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const model = await loadModel();
  const results: Results = {
    environment: {
      cpu: cpus()[0]?.model ?? 'unknown CPU',
      cores: cpus().length,
      os: osName(),
      node: process.version,
      runs: options.runs,
      scale: options.scale,
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      command: `npm run bench -- --scale ${options.scale} --runs ${options.runs} --parts ${[...options.parts].join(',')}`,
    },
    model,
    scaled: emptyRuns(),
    unscaled: emptyRuns(),
  };
  progress(`${results.environment.cpu}, ${results.environment.cores} cores, ${results.environment.os}, Node ${process.version}`);

  const missingBundle = [CLI_BUNDLE, MAIN_BUNDLE, POST_BUNDLE].find((bundle) => !existsSync(bundle));
  if (missingBundle) fail(`${missingBundle} is missing: run npm run build first`);

  if (options.parts.has('sim') || options.parts.has('overhead')) {
    const skip = integrationSkipReason();
    if (skip) {
      results.simulationSkipped = skip;
      progress(`simulated runner skipped: ${skip}`);
    } else {
      await runSimulated(options, results);
    }
  }
  if (options.parts.has('overhead')) {
    progress('bundle start-up');
    results.startup = await measureBundleStartup(options.runs);
  }
  if (options.parts.has('linux')) {
    progress('real Podman on Linux: product against bare commands');
    results.linux = await compareWithBareCommands(options.runs);
  }

  process.stdout.write(`${markdownReport(results)}\n`);
}

/** Runs cold, warm and baseline at the chosen scale and at scale 0, `runs` times each, and measures the no-op up once. */
async function runSimulated(options: Options, results: Results): Promise<void> {
  const confDir = await mkdtemp(join(tmpdir(), 'bench-conf-'));
  const conf = await writeContainersConf(confDir);
  await importBusyboxImage(conf.env);
  progress(`node containers run ${BUSYBOX_IMAGE}`);

  const runner = await SimulatedRunner.start(results.model);
  try {
    for (let iteration = 1; iteration <= options.runs; iteration += 1) {
      for (const scale of [options.scale, 0]) {
        const bucket = scale === 0 ? results.unscaled : results.scaled;
        const label = `${iteration}-${scale === 0 ? 'overhead' : 'scaled'}`;
        const measureNoop = options.parts.has('overhead') && iteration === 1 && scale === 0;
        const simulate = options.parts.has('sim') || measureNoop;
        if (!simulate) continue;

        // Each cold run starts with an empty cache service, and its warm run restores from it.
        const cache = await runner.startCacheService();
        try {
          const cold = await runner.cold(scale, `cold-${label}`, cache, measureNoop
            ? async (job, scenario) => {
                progress('no-op up on the ready simulated Mac');
                results.noopUp = await measureNoopUp(job, scenario, 'bench-cold', options.runs);
              }
            : undefined);
          bucket.cold.push(cold);
          progress(`cold ${label}: main ${(cold.wallMs / 1000).toFixed(1)} s, post ${((cold.postMs ?? 0) / 1000).toFixed(1)} s`);
          if (!options.parts.has('sim')) continue;

          const warm = await runner.warm(scale, `warm-${label}`, cache);
          bucket.warm.push(warm);
          progress(`warm ${label}: main ${(warm.wallMs / 1000).toFixed(1)} s, binary downloads ${warm.binaryDownloads.length}`);
        } finally {
          await cache.close();
        }

        const baseline = await runner.baseline(scale, `baseline-${label}`);
        bucket.baseline.push(baseline);
        progress(`baseline ${label}: ${(baseline.wallMs / 1000).toFixed(1)} s`);
      }
    }
  } finally {
    await runner.close();
    await rm(confDir, { recursive: true, force: true });
  }
  if (results.scaled.cold.length > 0) progress(`median cold main at scale ${options.scale}: ${(median(results.scaled.cold.map((run) => run.wallMs)) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
