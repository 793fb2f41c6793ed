// The orchestration of DESIGN.md, nothing else: lint → build → measure → scan → baseline →
// evaluate. Each stage returns data; the report is assembled once from what they returned
// (src/report/assemble.ts). A stage that cannot run says why and the rest goes on.
// Publishing (files, outputs, comment) is the caller's.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config, ExistingImage } from './config/types.js';
import type { RunContext } from './github/context.js';
import type { Logger } from './log.js';
import type { BuildSection, Comparison, ImageSection, Report } from './report/types.js';
import type { LintResult } from './lint/engine.js';
import { assembleReport, finishReport, type StageResults } from './report/assemble.js';
import { dockerfileSecrets, redactText, secretsInReport, secretsInText, workflowSecrets } from './report/redact.js';
import { baseFacts } from './report/base-facts.js';
import { instructionView, lintStage, type LintOutcome } from './lint/index.js';
import { compare, loadBaseline, saveBaseline } from './baseline/index.js';
import { runBuild } from './build/runner.js';
import { buildSectionFromMetadata, readBuildMetadata } from './build/build-record.js';
import { measureImage } from './image/measure.js';
import { locateImage, pinnedReference, type ImageLocation, type ScanSubject } from './image/source.js';
import { baseImageOf, withInstructionText } from './image/dockerfile-facts.js';
import { runScan } from './scan/run.js';

/** `lint` stops after the Dockerfile checks (the CLI's lint command); `check` runs every stage. */
export type PipelineScope = 'lint' | 'check';

/** The whole check: lint, then build, measure, scan and compare, then the gates. */
export async function runPipeline(config: Config, run: RunContext, baseLog: Logger, scope: PipelineScope = 'check'): Promise<Report> {
  // Before anything runs: mask what the workflow passes (buildx echoes a bad --secret in its error,
  // BuildKit writes build-args into the image history) and the Dockerfile's secrets (the build log echoes ENV lines).
  const secrets = new Secrets(baseLog);
  secrets.add(workflowSecrets(config.build));
  const lint = lintStage(config);
  if (lint.text !== null) secrets.add(lint.result ? dockerfileSecrets(lint.result.model, lint.text) : secretsInText(lint.text));
  const log = redactingLogger(baseLog, secrets.values);

  const results = lintResults(lint);
  if (scope === 'check') Object.assign(results, await buildMeasureAndScan(config, run, lint, log));
  const report = assembleReport(config, run, results);
  const compared = scope === 'check' ? { ...report, ...(await compareWithBaseline(report, config, run, log)) } : report;
  // Image history, build output and quoted files may hold secrets of their own: masked before anything is published.
  secrets.add(secretsInReport(compared));
  const finished = finishReport(compared, config, secrets.values);
  const saveNote = scope === 'check' ? await saveBaselineOnDefaultBranch(finished, config, run, log) : null;
  return saveNote ? { ...finished, notes: [...finished.notes, redactText(saveNote, secrets.values)] } : finished;
}

/** The run's secret values, each registered with the log masker once, line by line (the runner masks lines). */
class Secrets {
  readonly values: string[] = [];
  constructor(private readonly log: Logger) {}

  add(values: readonly string[]): void {
    for (const value of values) {
      if (this.values.includes(value)) continue;
      this.values.push(value);
      this.log.mask(value);
      const lines = value.split(/\r?\n/).filter((line) => line.trim().length >= 4);
      if (lines.length > 1) lines.forEach((line) => this.log.mask(line));
    }
  }
}

function lintResults(lint: LintOutcome): StageResults {
  const context = lint.context;
  const largest = context ? [...context.files].sort((a, b) => b.size - a.size).slice(0, 5) : [];
  return {
    findings: lint.findings,
    notes: context ? [...context.refused] : [],
    lintError: lint.error,
    buildContext: context ? { bytes: context.totalBytes, files: context.files.length, largest } : null,
  };
}

/** The stages after the lint, each given what the earlier ones returned. */
async function buildMeasureAndScan(
  config: Config,
  run: RunContext,
  lint: LintOutcome,
  log: Logger,
): Promise<Omit<StageResults, 'lintError' | 'buildContext'>> {
  const findings = [...lint.findings];
  const notes: string[] = [];
  const results: Omit<StageResults, 'lintError' | 'buildContext'> = { findings, notes };
  // An OCI layout the build writes lives here until the scan has read it.
  const workDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'mlg-image-'));
  try {
    const produced = config.image ? await existingImage(config, config.image, log) : await buildImage(config, run, lint, workDir, log);
    results.build = produced.build;
    notes.push(...produced.notes);
    let subject: ScanSubject = { imageRef: null };
    let lineOfHistory: (index: number, createdBy: string) => number | null = () => null;
    if (produced.location) {
      const measured = await measureImage(config, lint.result, produced.location, log);
      const sections = lint.result ? await withDockerfileFacts(measured.platforms, lint.result) : measured.platforms;
      results.image = sections[0];
      if (sections.length > 1) results.platforms = sections;
      notes.push(...measured.notes);
      findings.push(...measured.findings);
      lineOfHistory = measured.lineOfHistory;
      subject = measured.scan;
    }
    // A Trivy report from another step needs no image of ours.
    if (subject.imageRef || subject.layoutDir || config.scan.reportPath) {
      const scanned = await log.group('Vulnerability scan', () =>
        runScan(config.scan, { dockerfile: config.dockerfile, ...subject }, lineOfHistory, {
          log: (message) => log.info(message),
          warn: (message) => log.warning(message),
        }),
      );
      results.scan = scanned.scan;
      findings.push(...scanned.secretFindings);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return results;
}

/** Each measured section with what the Dockerfile says: its base image, each layer's instruction text. */
async function withDockerfileFacts(sections: readonly ImageSection[], lint: LintResult): Promise<ImageSection[]> {
  const base = await baseImageOf(lint);
  return sections.map((section) => ({ ...section, layers: withInstructionText(section.layers, lint), ...(base ? { base } : {}) }));
}

interface Produced {
  build: BuildSection | null;
  notes: string[];
  /** Where the image is to be measured; null when there is none. */
  location: ImageLocation | null;
}

async function buildImage(config: Config, run: RunContext, lint: LintOutcome, workDir: string, log: Logger): Promise<Produced> {
  if (!config.build.enabled) {
    return {
      build: null,
      location: null,
      notes: ['Build skipped: build is false (lint only), so size, build time and layers were not measured.'],
    };
  }
  if (!lint.result)
    return { build: null, location: null, notes: ['Build skipped: the Dockerfile could not be read or parsed (see the error above).'] };
  const lintResult = lint.result;
  const built = await log.group('Build', () =>
    runBuild({
      build: config.build,
      dockerfile: config.dockerfile,
      context: config.context,
      target: config.target,
      branch: run.branch,
      defaultBranch: run.defaultBranch,
      repository: run.repository,
      sha: run.sha,
      workDir,
      stages: instructionView(lintResult),
      cwd: config.workspace,
      log: (line) => log.info(line),
    }),
  );
  const notes = [...built.notes];
  if (built.section.status !== 'ok') notes.push(`Build ${built.section.status}: ${built.section.reason ?? 'see the build log'}`);
  else if (!built.image) notes.push(`Image not inspected: ${built.noImageReason ?? 'the build reported no image'}.`);
  return { build: built.section, notes, location: built.section.status === 'ok' ? built.image : null };
}

/** The `image` input: an image another step built, with its build record when build-metadata names one. */
async function existingImage(config: Config, image: ExistingImage, log: Logger): Promise<Produced> {
  const notes = [`Measured ${image.ref}, built by another step (the image input): nothing was built here.`];
  let build: BuildSection;
  let pinned = image.ref;
  if (!image.buildMetadata) {
    build = notBuiltHere('pass build-metadata: ${{ steps.<build>.outputs.metadata }} to read the build time of the step that built it');
  } else {
    try {
      const metadata = readBuildMetadata(image.buildMetadata, config.workspace);
      build = await buildSectionFromMetadata(metadata, config.workspace);
      pinned = pinnedReference(image.ref, metadata.digest, metadata.imageName);
    } catch (error) {
      build = notBuiltHere((error as Error).message);
    }
  }
  if (build.status !== 'ok') notes.push(`Build time not read: ${build.reason}`);
  const location = await locateImage([pinned, image.ref]);
  log.info(`Measuring ${location.ref ?? image.ref} from ${location.kind === 'local' ? 'the local image store' : 'its registry'}`);
  return { build, notes, location };
}

function notBuiltHere(reason: string): BuildSection {
  return { status: 'skipped', reason, seconds: null, steps: [], cacheHits: 0, totalSteps: 0, firstMiss: null, warnings: [] };
}

async function compareWithBaseline(
  report: Report,
  config: Config,
  run: RunContext,
  log: Logger,
): Promise<{ baseline: Report['baseline']; baselineReason?: string; comparison: Comparison | null }> {
  const branch = run.baseBranch ?? (run.pr === null ? null : run.defaultBranch);
  if (!config.baselineReport && (run.pr === null || !branch)) {
    return { baseline: null, baselineReason: 'not a pull request: compared with budgets only', comparison: null };
  }
  const loaded = await loadBaseline({
    cacheRef: config.build.cacheRef,
    branch,
    key: report.key,
    baselineReportPath: config.baselineReport,
    builder: config.build.builder,
  });
  if (!loaded.report) {
    const baselineReason = loaded.reason ?? `no baseline yet for ${branch ?? 'the base branch'}`;
    log.info(`Baseline: ${baselineReason}`);
    return { baseline: null, baselineReason, comparison: null };
  }
  return { baseline: loaded.ref, comparison: { ...compare(report, loaded.report), base: baseFacts(loaded.report) } };
}

/** Saves the report as the branch's baseline on a push to the default branch; returns a note when that failed. */
async function saveBaselineOnDefaultBranch(report: Report, config: Config, run: RunContext, log: Logger): Promise<string | null> {
  const onDefaultBranch = run.event === 'push' && run.branch !== null && run.branch === run.defaultBranch;
  // An image another step built is a baseline once measured, with or without its build record.
  const measured = report.build?.status === 'ok' || (config.image !== null && report.image?.status === 'ok');
  if (!onDefaultBranch || !measured) return null;
  if (!config.build.cacheRef) {
    // Not an error: without a registry there is nowhere to keep it, and baseline-report can stand in.
    log.info('Baseline not saved: no cache-ref is set (the baseline is stored beside the build cache).');
    return null;
  }
  const saved = await saveBaseline({
    cacheRef: config.build.cacheRef,
    branch: run.branch,
    key: report.key,
    report,
    builder: config.build.builder,
  });
  if (saved.ok) {
    log.info(`Baseline saved for ${run.branch}: ${saved.ref}`);
    return null;
  }
  log.warning(`Baseline not saved: ${saved.reason}`);
  return `Baseline not saved: ${saved.reason}`;
}

/** Every line we log goes through the one redaction, with the secrets known when it is written. */
function redactingLogger(log: Logger, secrets: readonly string[]): Logger {
  return {
    ...log,
    info: (message) => log.info(redactText(message, secrets)),
    warning: (message) => log.warning(redactText(message, secrets)),
    group: (name, body) => log.group(redactText(name, secrets), body),
  };
}
