// The orchestration of DESIGN.md, nothing else: lint → build → inspect → scan → baseline →
// evaluate, each stage data in, data out. A stage that cannot run says why in the report and
// the rest goes on. Publishing (comment, summary, outputs) is the caller's.
import type { Config } from './config/types.js';
import type { Report } from './report/types.js';
import { addFindings, finishReport, lintReport, type GitContext, type Logger } from './lint-report.js';
import { compare, loadBaseline, saveBaseline } from './baseline/index.js';
import { runScan } from './scan/run.js';
import { buildAndInspect, type BuiltImage } from './image/stage.js';

export type { GitContext, Logger } from './lint-report.js';

/** The whole check: lint, then build, measure, scan and compare, then the gates. */
export async function runPipeline(config: Config, git: GitContext, baseLog: Logger): Promise<Report> {
  const linted = lintReport(config, git, baseLog);
  const { report, lint, log } = linted;

  let built: BuiltImage | null = null;
  if (!config.build.enabled) {
    report.notes.push('Build skipped: build is false (lint only), so size, build time and layers were not measured.');
  } else if (!lint.result) {
    report.notes.push('Build skipped: the Dockerfile could not be read or parsed (see the error above).');
  } else {
    built = await buildAndInspect(config, git, lint.result, log);
    report.build = built.build;
    report.image = built.image;
    report.notes.push(...built.notes);
    addFindings(report, built.findings);
  }

  // A Trivy report from another step needs no image of ours.
  if (built || config.scan.reportPath) {
    const scanned = await log.group('Vulnerability scan', () =>
      runScan(
        config.scan,
        { dockerfile: config.dockerfile, imageRef: built?.imageRef ?? null, archivePath: built?.archivePath ?? null },
        built?.lineOfHistory ?? (() => null),
        { log: (message) => log.info(message) },
      ),
    );
    report.scan = scanned.scan;
    addFindings(report, scanned.secretFindings);
  }
  await compareWithBaseline(report, config, git, log);

  const finished = finishReport(linted, config);
  await saveBaselineOnDefaultBranch(finished, config, git, log);
  return finished;
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
  if (!config.build.cacheRef) {
    // Not an error: without a registry there is nowhere to keep it, and baseline-report can stand in.
    log.info('Baseline not saved: no cache-ref is set (the baseline is stored beside the build cache).');
    return;
  }
  const saved = await saveBaseline({
    cacheRef: config.build.cacheRef,
    branch: git.branch,
    key: report.key,
    report,
    builder: config.build.builder,
  });
  if (saved.ok) log.info(`Baseline saved for ${git.branch}: ${saved.ref}`);
  else {
    report.notes.push(`Baseline not saved: ${saved.reason}`);
    log.warning(`Baseline not saved: ${saved.reason}`);
  }
}
