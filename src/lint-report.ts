// The first stage of every run, shared by the CLI's `lint` (which stops here) and the full
// pipeline: a new report with the lint findings, and the closing step that evaluates the gates
// and redacts secrets. Kept apart so `lint` never loads the build, scan or baseline code.
import type { Config } from './config/types.js';
import { SCHEMA_VERSION, type Finding, type Report } from './report/types.js';
import { lintStage, summarize, type LintOutcome } from './lint/index.js';
import { sortFindings } from './lint/engine.js';
import { evaluate } from './report/evaluate.js';
import { redactReport, redactText, secretValues } from './report/redact.js';
import { VERSION } from './version.js';
import { emptySections } from './report/defaults.js';

/** Prefix of the report note that says the Dockerfile could not be read or parsed. */
export const LINT_FAILED = 'Lint failed: ';

export interface GitContext {
  repository: string | null; // owner/name
  sha: string | null;
  ref: string | null;
  branch: string | null; // the branch this run builds
  pr: number | null;
  baseBranch: string | null; // the PR's base branch
  defaultBranch: string | null;
  event: string | null; // push, pull_request, ...
}

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
  /** Registers a secret value so the log masks it (core.setSecret in the action). */
  mask(value: string): void;
}

export function newReport(config: Config, git: GitContext): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'ml-image-guard', version: VERSION },
    createdAt: new Date().toISOString(),
    key: config.comment.key,
    dockerfile: config.dockerfile,
    context: config.context,
    target: config.target,
    git: { repository: git.repository, sha: git.sha, ref: git.ref, branch: git.branch, pr: git.pr },
    ...emptySections(),
    buildContext: null,
  };
}

export interface LintedReport {
  report: Report;
  lint: LintOutcome;
  /** Secret values the Dockerfile sets: masked in the log, redacted from the report. */
  secrets: string[];
  log: Logger;
}

export function lintReport(config: Config, git: GitContext, baseLog: Logger): LintedReport {
  const report = newReport(config, git);
  const lint = lintStage(config);
  // Before anything else is logged (the build log echoes ENV lines): mask the Dockerfile's secrets.
  const secrets = lint.result ? secretValues(lint.result.model) : [];
  secrets.forEach((value) => baseLog.mask(value));
  applyLint(report, lint);
  return { report, lint, secrets, log: redactingLogger(baseLog, secrets) };
}

/** Gates, then redaction: the report every rendering and the baseline see. */
export function finishReport({ report, lint, secrets }: LintedReport, config: Config): Report {
  const { budgets, passed } = evaluate(report, config.budgets, config.failOn);
  report.budgets = budgets;
  // A build that failed or a Dockerfile that could not be read is never a pass, whatever the budgets say.
  report.passed = passed && lint.error === null && report.build?.status !== 'failed';
  return redactReport(report, secrets);
}

function applyLint(report: Report, lint: LintOutcome) {
  if (lint.error) report.notes.push(`${LINT_FAILED}${lint.error}`);
  if (lint.context) {
    const largest = [...lint.context.files].sort((a, b) => b.size - a.size).slice(0, 5);
    report.buildContext = { bytes: lint.context.totalBytes, files: lint.context.files.length, largest };
  }
  addFindings(report, lint.findings);
}

export function addFindings(report: Report, findings: Finding[]) {
  report.findings = sortFindings([...report.findings, ...findings]);
  report.summary = summarize(report.findings);
}

function redactingLogger(log: Logger, secrets: string[]): Logger {
  if (secrets.length === 0) return log;
  return {
    ...log,
    info: (message) => log.info(redactText(message, secrets)),
    warning: (message) => log.warning(redactText(message, secrets)),
  };
}
