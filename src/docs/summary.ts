// Rows of the step-summary table for verify-docs results. The shapes match @actions/core's
// SummaryTableRow, so the action passes them to core.summary.addTable unchanged.

import { formatDuration } from '../core/pipeline.js';
import { blockLocation, type BlockResult } from './run.js';

export interface SummaryCell {
  data: string;
  header?: boolean;
}

export type SummaryRow = Array<SummaryCell | string>;

/**
 * Returns a header row and one row per result: block (file:line), status, exit code, duration.
 * Cell text is HTML-escaped because addTable inserts it into the summary as HTML.
 */
export function summaryRows(results: readonly BlockResult[]): SummaryRow[] {
  const header: SummaryRow = ['Block', 'Status', 'Exit code', 'Duration'].map((data) => ({ data, header: true }));
  const rows = results.map((result): SummaryRow => [
    escapeHtml(blockLocation(result.block)),
    result.status,
    result.exitCode === undefined ? '' : String(result.exitCode),
    result.status === 'skipped' ? '' : formatDuration(result.durationMs),
  ]);
  return [header, ...rows];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
