// The job's step summary: versions, socket and each step's result and duration.

import * as core from '@actions/core';

import { formatDuration, type StepRecord } from '../core/pipeline.js';

export async function writeSummary(records: StepRecord[], outputs: Record<string, string>, failure?: string): Promise<void> {
  const rows = records.map((record) => [record.title, record.status, formatDuration(record.durationMs), record.detail]);
  const summary = core.summary.addHeading(failure ? 'setup-podman-k3d failed' : 'setup-podman-k3d', 3);
  if (failure) summary.addCodeBlock(failure);
  summary.addTable([
    [
      { data: 'Step', header: true },
      { data: 'Result', header: true },
      { data: 'Duration', header: true },
      { data: 'Detail', header: true },
    ],
    ...rows,
  ]);
  const outputRows = Object.entries(outputs).map(([name, value]) => [name, value]);
  if (outputRows.length > 0) {
    summary.addTable([[{ data: 'Output', header: true }, { data: 'Value', header: true }], ...outputRows]);
  }
  await summary.write();
}
