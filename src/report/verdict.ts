// Why the step fails, in one line, or null: failed gates first, then a Dockerfile that could not
// be read, a failed build, and a failed scan when the user asked for that to count.
import { LINT_FAILED } from './assemble.js';
import type { Report } from './types.js';

export function failureReason(report: Report, failOnScanError: boolean): string | null {
  const failed = report.budgets.filter((b) => b.status === 'fail' && b.gating);
  if (failed.length > 0) return `ml-image-guard: ${failed.map((b) => `${b.check} (${b.reason ?? 'failed'})`).join('; ')}`;
  const lintFailure = report.notes.find((n) => n.startsWith(LINT_FAILED));
  if (lintFailure) return `ml-image-guard: ${lintFailure}`;
  if (report.build?.status === 'failed') return `ml-image-guard: the build failed: ${report.build.reason ?? 'see the log'}`;
  if (failOnScanError && report.scan?.status === 'failed') {
    return `ml-image-guard: the vulnerability scan failed (${report.scan.reason}) and fail-on-scan-error is true`;
  }
  return report.passed ? null : 'ml-image-guard: a gate failed (see the job summary)';
}
