// The scan stage: install (or find) Trivy, run it on the built image, summarize. Never
// throws: whatever goes wrong becomes a `failed` scan with the reason, and a failed scan
// carries no vulnerability keys, so it can never read as "0 vulnerabilities" or as
// "every vulnerability fixed" next to the baseline.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanConfig } from '../config/types.js';
import type { Finding, ScanSection } from '../report/types.js';
import { exec } from '../util/exec.js';
import { trivyEnv, trivyImageArgs } from './argv.js';
import { restoreDbCache, saveDbCache, trivyCacheDir } from './db-cache.js';
import { trivyFailureReason } from './failure.js';
import { InstallError, findSystemTrivy, installTrivy, type InstallOptions, type TrivyBinary } from './install.js';
import { checkTrivyVersion } from './release.js';
import { secretFindings, summarizeVulnerabilities, zeroCounts, type LineMapper } from './summarize.js';
import { decodeTrivyReport } from './trivy-report.js';

export interface ScanTarget {
  /** Repository-relative Dockerfile path: where secret findings are reported. */
  dockerfile: string;
  /** The built image in the local engine or a registry; null when no image was built. */
  imageRef: string | null;
  /** An OCI layout the build wrote, scanned with --input instead of imageRef. */
  layoutDir?: string;
  /** The platform to scan in a multi-platform image. */
  platform?: string;
}

export interface ScanOutcome {
  scan: ScanSection;
  /** MLG105 findings for secrets Trivy found (the secret scanner or a given report). */
  secretFindings: Finding[];
}

export interface ScanOptions {
  log?: (message: string) => void;
  /** A tool cache that changed since it was verified (the pipeline's logger: an annotation in Actions). */
  warn?: (message: string) => void;
  /** Replaces the shipped checksum table, the retry wait … (tests). */
  install?: Omit<InstallOptions, 'log'>;
  now?: () => Date;
}

export async function runScan(
  config: ScanConfig,
  target: ScanTarget,
  mapLine: LineMapper,
  options: ScanOptions = {},
): Promise<ScanOutcome> {
  try {
    return await scan(config, target, mapLine, options);
  } catch (error) {
    const reason = error instanceof InstallError ? error.message : `unexpected error: ${(error as Error).message}`;
    return failed(reason, requestedVersion(config));
  }
}

async function scan(config: ScanConfig, target: ScanTarget, mapLine: LineMapper, options: ScanOptions): Promise<ScanOutcome> {
  const log = options.log ?? ((message: string) => core.info(message));
  if (!config.enabled) return skipped('Trivy is turned off (trivy: false)');
  if (config.reportPath) return fromReportFile(config, target, mapLine);

  const imageRef = target.imageRef ?? target.layoutDir;
  if (!imageRef) return skipped('no image was built, so there is nothing to scan');
  if (config.ignoreFile && !existsSync(config.ignoreFile)) {
    return failed(`trivy-ignore-file ${config.ignoreFile} does not exist`, requestedVersion(config));
  }

  const workDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'mlg-trivy-'));
  try {
    // Extracted for this run only, from a tarball checked just now: nothing runs that was not verified.
    const binary = await trivyBinary(config, workDir, options, log);
    const cacheDir = trivyCacheDir(process.env);
    const dbCache = await restoreDbCache(cacheDir, (options.now ?? (() => new Date()))(), log);
    const outputPath = join(workDir, 'trivy.json');
    const args = trivyImageArgs({
      imageRef,
      ...(target.layoutDir ? { layoutDir: target.layoutDir } : {}),
      ...(target.platform ? { platform: target.platform } : {}),
      scanners: config.scanners,
      timeoutSeconds: config.timeoutSeconds,
      ignoreFile: config.ignoreFile,
      dbRepository: config.dbRepository,
      cacheDir,
      outputPath,
    });
    log(`Scanning ${imageRef} with Trivy ${binary.version ?? '(system)'}`);
    // Our own deadline is a backstop for a Trivy that ignores its --timeout.
    const result = await exec(binary.path, args, { env: trivyEnv(process.env), timeoutSeconds: config.timeoutSeconds + 60 });
    if (result.exitCode !== 0 || result.timedOut || result.spawnError) {
      return failed(trivyFailureReason(result, config.timeoutSeconds), binary.version);
    }
    const text = await readFile(outputPath, 'utf8').catch(() => null);
    if (text === null) return failed('Trivy exited successfully but wrote no report', binary.version);
    const outcome = summarize(text, config, target, mapLine, binary.version);
    if (outcome.scan.status === 'ok') await saveDbCache(dbCache, log);
    return outcome;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The exact version asked for, for the report; null for "system" or an unusable value. */
function requestedVersion(config: ScanConfig): string | null {
  const check = checkTrivyVersion(config.version);
  return check.ok ? check.version : null;
}

async function trivyBinary(
  config: ScanConfig,
  workDir: string,
  options: ScanOptions,
  log: (message: string) => void,
): Promise<TrivyBinary> {
  if (config.version === 'system') return findSystemTrivy();
  const check = checkTrivyVersion(config.version);
  if (!check.ok) throw new InstallError(check.reason);
  return installTrivy(check.version, config.sha256, workDir, { ...options.install, log, ...(options.warn ? { warn: options.warn } : {}) });
}

/** `trivy-report`: a report another step produced; nothing is installed or run. */
async function fromReportFile(config: ScanConfig, target: ScanTarget, mapLine: LineMapper): Promise<ScanOutcome> {
  const path = config.reportPath as string;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return failed(`cannot read trivy-report ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, null);
  }
  return summarize(text, config, target, mapLine, null);
}

function summarize(text: string, config: ScanConfig, target: ScanTarget, mapLine: LineMapper, version: string | null): ScanOutcome {
  const decoded = decodeTrivyReport(text);
  if (!decoded.ok) return failed(decoded.reason, version);
  const report = decoded.report;
  const summary = summarizeVulnerabilities(report, { severities: config.severities, ignoreUnfixed: config.ignoreUnfixed }, mapLine);
  return {
    scan: { status: 'ok', scanner: { name: 'trivy', version: report.version ?? version }, ...summary },
    secretFindings: secretFindings(report, target.dockerfile, mapLine),
  };
}

function skipped(reason: string): ScanOutcome {
  return { scan: { status: 'skipped', reason, scanner: null, ...emptyCounts() }, secretFindings: [] };
}

function failed(reason: string, version: string | null): ScanOutcome {
  return { scan: { status: 'failed', reason, scanner: { name: 'trivy', version }, ...emptyCounts() }, secretFindings: [] };
}

function emptyCounts() {
  return { counts: zeroCounts(), fixable: zeroCounts(), counted: zeroCounts(), top: [] };
}
