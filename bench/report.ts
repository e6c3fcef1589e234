// The benchmark's report: medians, the full-scale projection, the targets, and Markdown tables.

import type { LatencyModel } from './model.js';
import type { LinuxResult } from './linux.js';
import type { NoopUpResult, StartupResult } from './overhead.js';
import { coveredMs, type SimResult, type Variant } from './simulated.js';

export const TARGETS = { warmOverCold: 0.35, coldOverBaseline: 0.6, noopUpMs: 1000 };

export interface Environment {
  cpu: string;
  cores: number;
  os: string;
  node: string;
  runs: number;
  scale: number;
  date: string;
  command: string;
}

export interface Results {
  environment: Environment;
  model: LatencyModel;
  /** Simulated runs at the chosen scale and at scale 0, by variant. */
  scaled: Record<Variant, SimResult[]>;
  unscaled: Record<Variant, SimResult[]>;
  simulationSkipped?: string;
  noopUp?: NoopUpResult;
  startup?: StartupResult[];
  linux?: LinuxResult;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Projects a run to full scale: the time during which at least one modelled sleep ran is divided
 * by the scale, and the rest of the wall time, the tool overhead, counts as measured. Overhead that
 * ran in parallel with a sleep stays hidden, as it would at full scale.
 */
export function projectRun(run: SimResult, scale: number): number {
  return run.wallMs - run.modelledMs + run.modelledMs / scale;
}

function projectPost(run: SimResult, scale: number): number {
  const modelled = run.postModelledMs ?? 0;
  return (run.postMs ?? 0) - modelled + modelled / scale;
}

/** Projects one step the same way, with the sleeps that ran within the step's time window. */
function projectStep(run: SimResult, title: string, scale: number): number {
  return run.steps
    .filter((step) => step.title === title)
    .reduce((sum, step) => {
      const modelled = coveredMs(run.sleeps, step.startMs, step.startMs + step.ms);
      return sum + step.ms - modelled + modelled / scale;
    }, 0);
}

export interface Projection {
  variant: Variant;
  scaledMs: number;
  modelledMs: number;
  projectedMs: number;
  /** Median wall time of the same run at scale 0, where no sleep lasts. */
  unscaledMs: number;
}

export function projections(results: Results): Projection[] {
  const variants: Variant[] = ['cold', 'warm', 'baseline'];
  const scale = results.environment.scale;
  return variants
    .filter((variant) => results.scaled[variant].length > 0)
    .map((variant) => {
      const runs = results.scaled[variant];
      return {
        variant,
        scaledMs: median(runs.map((run) => run.wallMs)),
        modelledMs: median(runs.map((run) => run.modelledMs)),
        projectedMs: median(runs.map((run) => projectRun(run, scale))),
        unscaledMs: median(results.unscaled[variant].map((run) => run.wallMs)),
      };
    });
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Returns the whole report as Markdown. */
export function markdownReport(results: Results): string {
  const { environment: env } = results;
  const lines: string[] = [];
  lines.push(`Machine: ${env.cpu}, ${env.cores} cores, ${env.os}; Node ${env.node}; ${env.runs} ${env.runs === 1 ? 'run' : 'runs'} per figure (median); scale ${env.scale}.`);
  lines.push(`Command: \`${env.command}\`, ${env.date}.`, '');

  if (results.simulationSkipped) lines.push(`Simulated runner: skipped, ${results.simulationSkipped}.`, '');
  else if (results.scaled.cold.length > 0) lines.push(...simulatedSection(results), ...modelTable(results.model));
  if (results.noopUp || results.startup) lines.push(...overheadSection(results));
  if (results.linux) lines.push(...linuxSection(results.linux));
  return lines.join('\n');
}

function simulatedSection(results: Results): string[] {
  const { environment: env } = results;
  const rows = projections(results);
  const byVariant = Object.fromEntries(rows.map((row) => [row.variant, row])) as Partial<Record<Variant, Projection>>;
  const lines = [
    '#### Simulated macos-15-intel runner, cluster on',
    '',
    `| run | wall at scale ${env.scale} (s) | of which modelled sleeps ran (s) | projected full scale (s) | wall at scale 0 (s) |`,
    '|---|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const name = { cold: 'cold: action main, empty cache', warm: 'warm: action main, restoring the cold run\'s cache', baseline: 'baseline: hand-written script' }[row.variant];
    lines.push(`| ${name} | ${seconds(row.scaledMs)} | ${seconds(row.modelledMs)} | ${seconds(row.projectedMs)} | ${seconds(row.unscaledMs)} |`);
  }
  const coldRuns = results.scaled.cold;
  if (coldRuns.length > 0) {
    const post = median(coldRuns.map((run) => run.postMs ?? 0));
    const postModelled = median(coldRuns.map((run) => run.postModelledMs ?? 0));
    const projected = median(coldRuns.map((run) => projectPost(run, env.scale)));
    const unscaled = median(results.unscaled.cold.map((run) => run.postMs ?? 0));
    lines.push(`| cold: action post (docker save, cache upload, cleanup) | ${seconds(post)} | ${seconds(postModelled)} | ${seconds(projected)} | ${seconds(unscaled)} |`);
  }
  lines.push('');

  const cold = byVariant.cold;
  const warm = byVariant.warm;
  const baseline = byVariant.baseline;
  lines.push('| target | value | result |', '|---|---:|---|');
  if (cold && warm) {
    const ratio = warm.projectedMs / cold.projectedMs;
    lines.push(
      `| warm / cold <= ${TARGETS.warmOverCold} (the warm run includes its cache restores) | ${seconds(warm.projectedMs)} / ${seconds(cold.projectedMs)} = ${ratio.toFixed(2)} | ${ratio <= TARGETS.warmOverCold ? 'met' : 'missed'} |`,
    );
  }
  if (cold && baseline) {
    const ratio = cold.projectedMs / baseline.projectedMs;
    lines.push(`| cold / baseline <= ${TARGETS.coldOverBaseline} | ${seconds(cold.projectedMs)} / ${seconds(baseline.projectedMs)} = ${ratio.toFixed(2)} | ${ratio <= TARGETS.coldOverBaseline ? 'met' : 'missed'} |`);
  }
  lines.push('', 'The cold run\'s post step uploads the cache entries; it runs after the job\'s own steps, not on the setup path.', '');

  lines.push(...operationTable(results), '');
  lines.push(...stepTable(results), '');
  lines.push(...cacheEffects(results), '');
  return lines;
}

/** The latency model as it was used, from bench/latency.json. */
function modelTable(model: LatencyModel): string[] {
  const lines = ['Latency model used (bench/latency.json):', '', '| operation | full-scale s | estimate | what |', '|---|---:|---|---|'];
  for (const [name, operation] of Object.entries(model.operations)) {
    lines.push(`| ${name} | ${operation.seconds} | ${operation.estimate ? 'yes' : 'no'} | ${operation.what} |`);
  }
  lines.push('');
  return lines;
}

/** Full-scale modelled seconds per operation and variant (sums of sleeps; parallel sleeps overlap). */
function operationTable(results: Results): string[] {
  const variants: Variant[] = ['cold', 'warm', 'baseline'];
  const scale = results.environment.scale;
  const totals = variants.map((variant) => {
    const perRun = results.scaled[variant].map((run) => {
      const sums = new Map<string, number>();
      for (const sleep of run.sleeps) sums.set(sleep.operation, (sums.get(sleep.operation) ?? 0) + sleep.ms);
      return sums;
    });
    const names = new Set(perRun.flatMap((sums) => [...sums.keys()]));
    return new Map([...names].map((name) => [name, median(perRun.map((sums) => sums.get(name) ?? 0)) / scale]));
  });
  const operations = Object.keys(results.model.operations).filter((name) => totals.some((map) => map.has(name)));
  const lines = ['Modelled work by operation, full scale (s; median of the sums per run):', '', '| operation | cold | warm | baseline |', '|---|---:|---:|---:|'];
  for (const name of operations) {
    lines.push(`| ${name} | ${totals.map((map) => (map.has(name) ? seconds(map.get(name) ?? 0) : '-')).join(' | ')} |`);
  }
  return lines;
}

/** Per-step times of the action's main and of the baseline script, projected like the totals. */
function stepTable(results: Results): string[] {
  const scale = results.environment.scale;
  const lines: string[] = [];
  for (const variant of ['cold', 'warm', 'baseline'] as const) {
    const runs = results.scaled[variant];
    if (runs.length === 0) continue;
    const titles = [...new Set(runs.flatMap((run) => run.steps.map((step) => step.title)))];
    lines.push(`Steps of the ${variant} run (projected full-scale seconds):`, '', '| step | s |', '|---|---:|');
    for (const title of titles) lines.push(`| ${title} | ${seconds(median(runs.map((run) => projectStep(run, title, scale))))} |`);
    lines.push('');
  }
  return lines;
}

function cacheEffects(results: Results): string[] {
  const warm = results.scaled.warm;
  if (warm.length === 0) return [];
  const downloads = warm.map((run) => run.binaryDownloads.length);
  const pulls = warm.map((run) => run.sleeps.filter((sleep) => sleep.operation.startsWith('pull.')).length);
  const imageDownloads = warm.map((run) => run.sleeps.filter((sleep) => sleep.operation === 'machine.imageDownload').length);
  return [
    `Warm runs: release binaries downloaded ${downloads.join(', ')}; node image pulls ${pulls.join(', ')}; machine image downloads ${imageDownloads.join(', ')} (one number per run).`,
  ];
}

function overheadSection(results: Results): string[] {
  const lines = ['#### Tool overhead (no latency model)', '', '| measurement | median (ms) | runs (ms) |', '|---|---:|---|'];
  if (results.noopUp) {
    const { timesMs, toolCalls, fakeToolMs, fakeToolStartMs } = results.noopUp;
    const verdict = median(timesMs) < TARGETS.noopUpMs ? 'target < 1 s met' : 'target < 1 s missed';
    const ownMs = timesMs.map((ms, index) => ms - (fakeToolMs[index] ?? 0));
    lines.push(`| no-op \`up\` on the ready simulated Mac (${toolCalls} fake tool calls; ${verdict}) | ${median(timesMs).toFixed(0)} | ${timesMs.map((ms) => ms.toFixed(0)).join(', ')} |`);
    lines.push(`| of which at least one fake tool process ran | ${median(fakeToolMs).toFixed(0)} | ${fakeToolMs.map((ms) => ms.toFixed(0)).join(', ')} |`);
    lines.push(`| the rest: setup-podman-k3d's own time (Node start, bundle, steps, state files) | ${median(ownMs).toFixed(0)} | ${ownMs.map((ms) => ms.toFixed(0)).join(', ')} |`);
    lines.push(`| one fake tool start (\`sysctl -n kern.hv_support\`, a Node script) | ${median(fakeToolStartMs).toFixed(0)} | ${fakeToolStartMs.map((ms) => ms.toFixed(0)).join(', ')} |`);
    const steps = results.noopUp.steps.map((step) => `${step.title} ${step.durationMs.toFixed(0)}`).join(', ');
    lines.push(`| steps of the last no-op \`up\` (ms): ${steps} | | |`);
  }
  for (const entry of results.startup ?? []) {
    lines.push(`| \`${entry.command}\` | ${median(entry.timesMs).toFixed(0)} | ${entry.timesMs.map((ms) => ms.toFixed(0)).join(', ')} |`);
  }
  lines.push('');
  if (results.noopUp) {
    lines.push('Fake tool calls of the last no-op `up`, in order:', '', ...results.noopUp.calls.map((call) => `- \`${call}\``), '');
  }
  return lines;
}

function linuxSection(linux: LinuxResult): string[] {
  const lines = ['#### Real Podman on Linux, as root', ''];
  if ('skipped' in linux) return [...lines, `Skipped: ${linux.skipped}.`, ''];
  const product = median(linux.productMs);
  const bare = median(linux.bareMs);
  lines.push(
    '| command | median (ms) | runs (ms) |',
    '|---|---:|---|',
    `| \`node dist/cli/index.js up --create-cluster=false\` | ${product.toFixed(0)} | ${linux.productMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
    `| bare: \`podman system service --time=0 unix://...\` in the background, wait for the socket, \`docker ps --quiet --latest\` | ${bare.toFixed(0)} | ${linux.bareMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
    `| ratio product / bare | ${(product / bare).toFixed(2)} | |`,
    `| no-op \`up --create-cluster=false\` with the service already serving (real podman and docker) | ${median(linux.noopUpMs).toFixed(0)} | ${linux.noopUpMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
    '',
  );
  return lines;
}
