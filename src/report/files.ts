// The report's files: report.json (the contract), comment.md (what the PR gets), SARIF.
// One writer for the action and the CLI, so both leave the same artifacts behind. Each file goes
// only inside the workspace or the temp folder, never through a symlink (src/util/confined-fs.ts):
// a refused path is a one-line error naming its input, and the other files are still written.
import { join, resolve } from 'node:path';
import type { Log } from 'sarif';
import type { Config } from '../config/types.js';
import type { Report } from './types.js';
import { ConfinementError, writeFileInside } from '../util/confined-fs.js';

export interface ReportFiles {
  /** Null when the file could not be written (see errors). */
  reportPath: string | null;
  commentPath: string | null;
  sarifPath: string | null;
  /** One line per refused path, naming the input. */
  errors: string[];
}

export interface ReportFileTargets extends Pick<Config, 'workspace' | 'outputDir' | 'sarifFile'> {
  /** Where files may be written: the workspace and RUNNER_TEMP (the CLI: cwd and the temp folder). */
  roots: string[];
  /** Where report.json and comment.md go when output-dir is refused, so the report is never lost. */
  fallbackDir?: string;
}

export function writeReportFiles(targets: ReportFileTargets, report: Report, comment: string, sarif?: Log): ReportFiles {
  const errors: string[] = [];
  const write = (input: string, path: string, content: string): string | null => {
    try {
      writeFileInside(path, content, targets.roots);
      return path;
    } catch (error) {
      if (!(error instanceof ConfinementError)) throw error;
      errors.push(`${input}: ${error.message}; set ${input} to a path in the workspace or RUNNER_TEMP`);
      return null;
    }
  };
  const json = JSON.stringify(report, null, 2) + '\n';
  const dir = resolve(targets.workspace, targets.outputDir);
  let reportPath = write('output-dir', join(dir, 'report.json'), json);
  // The same folder: after one refusal the second says nothing new.
  let commentPath = reportPath ? write('output-dir', join(dir, 'comment.md'), comment) : null;
  if (!reportPath && targets.fallbackDir) {
    const fallback = targets.fallbackDir;
    const written = (path: string, content: string) => {
      try {
        writeFileInside(path, content, targets.roots);
        return path;
      } catch {
        return null;
      }
    };
    reportPath = written(join(fallback, 'report.json'), json);
    commentPath = reportPath ? written(join(fallback, 'comment.md'), comment) : null;
    if (reportPath) errors[errors.length - 1] += `; report.json was written to ${fallback} instead`;
  }
  const sarifPath =
    sarif && targets.sarifFile
      ? write('sarif-file', resolve(targets.workspace, targets.sarifFile), JSON.stringify(sarif, null, 2) + '\n')
      : null;
  return { reportPath, commentPath, sarifPath, errors };
}
