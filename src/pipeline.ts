// The orchestration of DESIGN.md, nothing else: lint → build → inspect → scan → baseline →
// evaluate, each stage data in, data out. A stage that cannot run says why in the report and
// the rest goes on. Publishing (comment, summary, outputs) is the caller's.
import type { Config } from './config/types.js';
import { SCHEMA_VERSION, type Finding, type Report } from './report/types.js';
import { lintStage, summarize, type LintOutcome } from './lint/index.js';
import { sortFindings } from './lint/engine.js';
import { evaluate } from './report/evaluate.js';
import { compare, loadBaseline, saveBaseline } from './baseline/index.js';
import { runScan } from './scan/run.js';
import { buildAndInspect } from './image/stage.js';
import { VERSION } from './version.js';
import { redactReport, redactText, secretValues } from './report/redact.js';

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

export interface PipelineOptions {
  /** Lint only, whatever config.build says (the CLI's `lint` command). */
  lintOnly?: boolean;
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
    findings: [],
    summary: { errors: 0, warnings: 0, infos: 0, suppressed: 0 },
    buildContext: null,
    build: null,
    image: null,
    scan: null,
    budgets: [],
    baseline: null,
    comparison: null,
    passed: true,
    notes: [],
  };
}

export async function runPipeline(config: Config, git: GitContext, baseLog: Logger, options: PipelineOptions = {}): Promise<Report> {
  const report = newReport(config, git);
  const lint = lintStage(config);
  // Before anything else is logged (the build log echoes ENV lines): mask the Dockerfile's secrets.
  const secrets = lint.result ? secretValues(lint.result.model) : [];
  secrets.forEach((value) => baseLog.mask(value));
  const log = redactingLogger(baseLog, secrets);
  applyLint(report, lint);

  if (!options.lintOnly) {
    if (!config.build.enabled) {
      report.notes.push('Build skipped: build is false (lint only), so size, build time, layers and vulnerabilities were not measured.');
    } else if (!lint.result) {
      report.notes.push('Build skipped: the Dockerfile could not be read or parsed (see the error above).');
    } else {
      const built = await buildAndInspect(config, git, lint.result, log);
      report.build = built.build;
      report.image = built.image;
      report.notes.push(...built.notes);
      addFindings(report, built.findings);

      const scanned = await log.group('Vulnerability scan', () =>
        runScan(
          config.scan,
          { dockerfile: config.dockerfile, imageRef: built.imageRef, archivePath: built.archivePath },
          built.lineOfHistory,
          { log: log.info },
        ),
      );
      report.scan = scanned.scan;
      addFindings(report, scanned.secretFindings);
    }
    await compareWithBaseline(report, config, git, log);
  }

  const { budgets, passed } = evaluate(report, config.budgets, config.failOn);
  report.budgets = budgets;
  // A build that failed or a Dockerfile that could not be read is never a pass, whatever the budgets say.
  report.passed = passed && lint.error === null && report.build?.status !== 'failed';
  const redacted = redactReport(report, secrets);
  if (!options.lintOnly) await saveBaselineOnDefaultBranch(redacted, config, git, log);
  return redacted;
}

function redactingLogger(log: Logger, secrets: string[]): Logger {
  if (secrets.length === 0) return log;
  return {
    ...log,
    info: (message) => log.info(redactText(message, secrets)),
    warning: (message) => log.warning(redactText(message, secrets)),
  };
}

function applyLint(report: Report, lint: LintOutcome) {
  if (lint.error) report.notes.push(`Lint failed: ${lint.error}`);
  if (lint.context) {
    const largest = [...lint.context.files].sort((a, b) => b.size - a.size).slice(0, 5);
    report.buildContext = { bytes: lint.context.totalBytes, files: lint.context.files.length, largest };
  }
  addFindings(report, lint.findings);
}

function addFindings(report: Report, findings: Finding[]) {
  report.findings = sortFindings([...report.findings, ...findings]);
  report.summary = summarize(report.findings);
}

async function compareWithBaseline(report: Report, config: Config, git: GitContext, log: Logger) {
  const branch = git.baseBranch ?? (git.pr === null ? null : git.defaultBranch);
  if (!config.baselineReport && (git.pr === null || !branch)) {
    report.baselineReason = 'not a pull request: compared with budgets only';
    return;
  }
  const loaded = await loadBaseline({
    cacheRef: config.build.cacheRef,
    branch,
    key: report.key,
    baselineReportPath: config.baselineReport,
    builder: config.build.builder,
  });
  if (!loaded.report) {
    report.baselineReason = loaded.reason ?? `no baseline yet for ${branch ?? 'the base branch'}`;
    log.info(`Baseline: ${report.baselineReason}`);
    return;
  }
  report.baseline = loaded.ref;
  report.comparison = compare(report, loaded.report);
}

async function saveBaselineOnDefaultBranch(report: Report, config: Config, git: GitContext, log: Logger) {
  const onDefaultBranch = git.event === 'push' && git.branch !== null && git.branch === git.defaultBranch;
  if (!onDefaultBranch || report.build?.status !== 'ok') return;
  const saved = await saveBaseline({ cacheRef: config.build.cacheRef, branch: git.branch, key: report.key, report, builder: config.build.builder });
  if (saved.ok) log.info(`Baseline saved for ${git.branch}: ${saved.ref}`);
  else {
    report.notes.push(`Baseline not saved: ${saved.reason}`);
    log.warning(`Baseline not saved: ${saved.reason}`);
  }
}
