// The base branch's report: saved by runs on the default branch, loaded by pull requests.
// Never throws: a missing or unreadable baseline is a reason in the report, and the run goes
// on comparing with budgets only.
import type { BaselineRef, Report } from '../report/types.js';
import { readRegularFile } from '../util/confined-fs.js';
import { MAX_REPORT_BYTES, parseReport } from './report-schema.js';
import { pullReport, pushReport, type RegistryProblem } from './registry-store.js';
import { reportRef } from './tag.js';

export { compare } from './compare.js';
export { parseReport, upgradeReport } from './report-schema.js';
export { reportRef, reportTag } from './tag.js';

export interface LoadBaselineOptions {
  cacheRef: string | null;
  /** The branch whose report to load: the PR's base branch. */
  branch: string | null;
  /** Identifies the image in a matrix (Report.key). */
  key: string;
  /** A report JSON file that replaces the registry (e.g. a downloaded workflow artifact). */
  baselineReportPath?: string | null;
  builder?: string | null;
}

export interface LoadedBaseline {
  report: Report | null;
  ref: BaselineRef | null;
  reason?: string;
}

export interface SaveBaselineOptions {
  cacheRef: string | null;
  branch: string | null;
  key: string;
  report: Report;
  builder?: string | null;
}

export interface SavedBaseline {
  ok: boolean;
  ref: string;
  reason?: string;
}

export async function loadBaseline(options: LoadBaselineOptions): Promise<LoadedBaseline> {
  try {
    const { baselineReportPath, branch } = options;
    return baselineReportPath ? loadFromFile(baselineReportPath, branch) : await loadFromRegistry(options);
  } catch (e) {
    return notLoaded(`baseline could not be loaded: ${(e as Error).message}`);
  }
}

export async function saveBaseline(options: SaveBaselineOptions): Promise<SavedBaseline> {
  const { cacheRef, branch, key, report, builder } = options;
  const notSaved = (reason: string, ref = ''): SavedBaseline => ({ ok: false, ref, reason });
  if (!branch) return notSaved('no branch known: baseline not saved');
  if (!cacheRef) return notSaved('no cache-ref set: the baseline is stored beside the cache, so it was not saved');
  const ref = reportRef(cacheRef, branch, key);
  if (!ref) return notSaved(`cache-ref ${JSON.stringify(cacheRef)} is not a registry reference: baseline not saved`);
  try {
    const pushed = await pushReport({ ref, builder }, JSON.stringify(report, null, 2));
    if (pushed.ok) return { ok: true, ref };
    return notSaved(`baseline not saved to ${ref}: ${explain(pushed.problem, pushed.detail)}`, ref);
  } catch (e) {
    return notSaved(`baseline not saved to ${ref}: ${(e as Error).message}`, ref);
  }
}

function loadFromFile(path: string, branch: string | null): LoadedBaseline {
  let text: string;
  try {
    text = readRegularFile(path, MAX_REPORT_BYTES).toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      return notLoaded(`${noBaselineYet(branch)}: baseline-report ${path} does not exist`);
    }
    return notLoaded(`baseline-report ${path} was not used: ${(e as Error).message}`);
  }
  const { report, reason } = parseReport(text);
  if (!report) return notLoaded(`baseline-report ${path} was not used: ${reason}`);
  return { report, ref: { source: 'file', ref: path, commit: report.git.sha, branch: report.git.branch } };
}

async function loadFromRegistry({ cacheRef, branch, key, builder }: LoadBaselineOptions): Promise<LoadedBaseline> {
  if (!branch) return notLoaded('no base branch known: nothing to compare with');
  if (!cacheRef) {
    return notLoaded(`${noBaselineYet(branch)}: no cache-ref set (the baseline is stored beside the cache) and no baseline-report given`);
  }
  const ref = reportRef(cacheRef, branch, key);
  if (!ref) return notLoaded(`cache-ref ${JSON.stringify(cacheRef)} is not a registry reference: no baseline loaded`);

  const pulled = await pullReport({ ref, builder });
  if ('problem' in pulled) {
    if (pulled.problem === 'missing') return notLoaded(noBaselineYet(branch));
    return notLoaded(`baseline ${ref} could not be loaded: ${explain(pulled.problem, pulled.detail)}`);
  }
  const { report, reason } = parseReport(pulled.text);
  if (!report) return notLoaded(`baseline ${ref} was not used: ${reason}`);
  return { report, ref: { source: 'registry', ref, commit: report.git.sha, branch } };
}

function explain(problem: RegistryProblem, detail: string): string {
  switch (problem) {
    case 'unauthorized':
      return `not authorised by the registry (is docker logged in to it?): ${detail}`;
    case 'unreachable':
      return `registry unreachable: ${detail}`;
    case 'missing':
    case 'failed':
      return detail;
  }
}

function noBaselineYet(branch: string | null): string {
  return `no baseline yet for ${branch ?? 'the base branch'}`;
}

function notLoaded(reason: string): LoadedBaseline {
  return { report: null, ref: null, reason };
}
