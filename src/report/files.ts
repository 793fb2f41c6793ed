// The report's files: report.json (the contract), comment.md (what the PR gets), SARIF.
// One writer for the action and the CLI, so both leave the same artifacts behind.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Log } from 'sarif';
import type { Report } from './types.js';

export interface ReportFiles {
  reportPath: string;
  commentPath: string;
  sarifPath: string | null;
}

export function writeReportFiles(dir: string, report: Report, comment: string, sarif?: { path: string; log: Log }): ReportFiles {
  mkdirSync(dir, { recursive: true });
  const reportPath = join(dir, 'report.json');
  const commentPath = join(dir, 'comment.md');
  writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(commentPath, comment);
  if (sarif) {
    mkdirSync(dirname(sarif.path), { recursive: true });
    writeFileSync(sarif.path, JSON.stringify(sarif.log, null, 2) + '\n');
  }
  return { reportPath, commentPath, sarifPath: sarif?.path ?? null };
}
