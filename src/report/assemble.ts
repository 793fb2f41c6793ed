// The one place a report is put together: the stages return their sections, findings and notes,
// and these functions compose them into the Report, then evaluate the gates and redact secrets.
// Pure; nothing here mutates a report another function holds.
import type { Config } from '../config/types.js';
import type { RunContext } from '../github/context.js';
import { sortFindings } from '../lint/engine.js';
import { VERSION } from '../version.js';
import { emptySections } from './defaults.js';
import { evaluate } from './evaluate.js';
import { redactReport } from './redact.js';
import { SCHEMA_VERSION, type BuildSection, type Finding, type ImageSection, type Report, type ScanSection } from './types.js';

/** Prefix of the report note that says the Dockerfile could not be read or parsed. */
export const LINT_FAILED = 'Lint failed: ';

/** What the stages produced: every field a stage that did not run leaves at its default. */
export interface StageResults {
  findings: Finding[];
  notes: string[];
  /** Why linting could not run: unreadable file, not a Dockerfile, unknown target. */
  lintError?: string | null;
  buildContext?: Report['buildContext'];
  build?: BuildSection | null;
  image?: ImageSection | null;
  scan?: ScanSection | null;
}

/** A report from the stage results, before any comparison or gate. */
export function assembleReport(config: Config, run: RunContext, results: StageResults): Report {
  const findings = sortFindings(results.findings);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'ml-image-guard', version: VERSION },
    createdAt: new Date().toISOString(),
    key: config.comment.key,
    dockerfile: config.dockerfile,
    context: config.context,
    target: config.target,
    git: { repository: run.repository, sha: run.sha, ref: run.ref, branch: run.branch, pr: run.pr },
    ...emptySections(),
    findings,
    summary: summarize(findings),
    buildContext: results.buildContext ?? null,
    build: results.build ?? null,
    image: results.image ?? null,
    scan: results.scan ?? null,
    notes: [...(results.lintError ? [`${LINT_FAILED}${results.lintError}`] : []), ...results.notes],
  };
}

/** Gates, then redaction: the report every rendering and the baseline see. */
export function finishReport(report: Report, config: Pick<Config, 'budgets' | 'failOn'>, secrets: readonly string[]): Report {
  const { budgets, passed } = evaluate(report, config.budgets, config.failOn);
  const lintFailed = report.notes.some((note) => note.startsWith(LINT_FAILED));
  // A build that failed or a Dockerfile that could not be read is never a pass, whatever the budgets say.
  const finished = { ...report, budgets, passed: passed && !lintFailed && report.build?.status !== 'failed' };
  return redactReport(finished, secrets);
}

export function summarize(findings: readonly Finding[]): Report['summary'] {
  const active = findings.filter((f) => !f.suppressed);
  return {
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warning').length,
    infos: active.filter((f) => f.severity === 'info').length,
    suppressed: findings.length - active.length,
  };
}
