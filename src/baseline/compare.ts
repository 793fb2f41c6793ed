// How this run differs from the base branch's report. Pure: both reports in, a Comparison out.
import { findingKey } from '../report/finding-text.js';
import type { Comparison, Finding, ImageSection, LayerInfo, PlatformComparison, Report } from '../report/types.js';
import { packageChanges, packageRegressions } from './packages.js';

/** All base-image layers count as one row: a new base image is one cause, not dozens. */
export const BASE_IMAGE_ROW = '(base image layers)';

export function compare(current: Report, baseline: Report): Comparison {
  const [newFindings, fixedFindings] = findingsDiff(current.findings, baseline.findings);
  const [newVulnerabilities, fixedVulnerabilities] = vulnerabilityDiff(current, baseline);
  const packagesNow = walkedPackages(current);
  const packagesBefore = walkedPackages(baseline);
  const packages = packagesNow && packagesBefore ? packageChanges(packagesNow, packagesBefore) : undefined;
  return {
    size: delta(imageValue(current, 'size'), imageValue(baseline, 'size')),
    compressedSize: delta(imageValue(current, 'compressedSize'), imageValue(baseline, 'compressedSize')),
    buildSeconds: delta(buildSeconds(current), buildSeconds(baseline)),
    grownInstructions: grownInstructions(layersOf(current), layersOf(baseline)),
    newFindings,
    fixedFindings,
    newVulnerabilities,
    fixedVulnerabilities,
    ...(packages && packagesNow && packagesBefore
      ? { packages, regressions: packageRegressions(packages, packagesNow, packagesBefore) }
      : {}),
    ...(current.platforms ? { platforms: platformComparisons(current.platforms, baseline) } : {}),
  };
}

/** Each measured platform against the same platform of the baseline (none when the baseline lacks it). */
function platformComparisons(current: readonly ImageSection[], baseline: Report): PlatformComparison[] {
  const before = new Map((baseline.platforms ?? (baseline.image ? [baseline.image] : [])).map((image) => [image.platform, image]));
  return current
    .filter((image): image is ImageSection & { platform: string } => image.platform !== undefined)
    .map((image) => {
      const old = before.get(image.platform);
      const value = (section: ImageSection | undefined, field: 'size' | 'compressedSize') =>
        section?.status === 'ok' ? section[field] : null;
      return {
        platform: image.platform,
        size: delta(value(image, 'size'), value(old, 'size')),
        compressedSize: delta(value(image, 'compressedSize'), value(old, 'compressedSize')),
      };
    });
}

function delta(actual: number | null, baseline: number | null) {
  return { actual, baseline, delta: actual !== null && baseline !== null ? actual - baseline : null };
}

function imageValue(report: Report, field: 'size' | 'compressedSize'): number | null {
  return report.image?.status === 'ok' ? report.image[field] : null;
}

// A failed build's wall time says how long it took to fail, not how long the image takes.
function buildSeconds(report: Report): number | null {
  return report.build?.status === 'ok' ? report.build.seconds : null;
}

/** The package inventory, when the layer walk covered the whole image (a partial one would show packages as removed). */
function walkedPackages(report: Report) {
  const analysis = report.image?.status === 'ok' ? report.image.analysis : null;
  return analysis?.status === 'ok' ? analysis.packages : undefined;
}

function layersOf(report: Report): LayerInfo[] {
  return report.image?.status === 'ok' ? report.image.layers : [];
}

type Row = { line: number | null; createdBy: string; size: number; matchText: string };

/**
 * Instructions whose layers grew, largest growth first. A layer is matched to the base
 * branch's by its instruction text (lines shift when a PR adds lines above it), then, when
 * the text changed (a package added to a RUN), by the same line and instruction keyword.
 * Instructions with no counterpart are new: they grew from 0.
 */
export function grownInstructions(current: LayerInfo[], baseline: LayerInfo[]): Comparison['grownInstructions'] {
  const currentRows = instructionRows(current);
  const unmatched = instructionRows(baseline);
  const take = (isMatch: (row: Row) => boolean): Row | undefined => {
    const index = unmatched.findIndex(isMatch);
    return index === -1 ? undefined : unmatched.splice(index, 1)[0];
  };
  const pairs = currentRows.map((row) => ({ row, before: take((b) => b.matchText === row.matchText) }));
  for (const pair of pairs) {
    if (pair.before || pair.row.line === null) continue;
    const keyword = instructionKeyword(pair.row.matchText);
    pair.before = take((b) => b.line === pair.row.line && instructionKeyword(b.matchText) === keyword);
  }
  return pairs
    .map(({ row, before }) => ({
      line: row.line,
      createdBy: row.createdBy,
      before: before?.size ?? 0,
      after: row.size,
      delta: row.size - (before?.size ?? 0),
    }))
    .filter((grown) => grown.delta > 0)
    .sort((a, b) => b.delta - a.delta || (a.line ?? 0) - (b.line ?? 0));
}

function instructionRows(layers: LayerInfo[]): Row[] {
  const baseSize = layers.filter((layer) => layer.fromBase).reduce((sum, layer) => sum + layer.size, 0);
  const rows: Row[] = layers
    .filter((layer) => !layer.fromBase)
    .map(({ line, createdBy, size }) => ({ line, createdBy, size, matchText: normalizeCreatedBy(createdBy) }));
  return layers.some((layer) => layer.fromBase)
    ? [{ line: null, createdBy: BASE_IMAGE_ROW, size: baseSize, matchText: BASE_IMAGE_ROW }, ...rows]
    : rows;
}

/**
 * The instruction as written, from an image history entry: BuildKit appends "# buildkit",
 * runs RUN through "/bin/sh -c" and prefixes "|N NAME=value ..." with the build args in scope,
 * whose values (versions, dates) would otherwise break the match on every bump.
 */
export function normalizeCreatedBy(createdBy: string): string {
  let text = createdBy.replace(/\s+#\s*buildkit\s*$/, '').trim();
  const args = /^RUN \|(\d+) /.exec(text);
  if (args) {
    const tokens = text.slice(args[0].length).split(/\s+/);
    text = `RUN ${tokens.slice(Number(args[1])).join(' ')}`;
  }
  return text
    .replace(/^RUN \/bin\/(?:ba)?sh -c /, 'RUN ')
    .replace(/\s+/g, ' ')
    .trim();
}

function instructionKeyword(text: string): string {
  return text.split(' ', 1)[0]?.toUpperCase() ?? '';
}

/**
 * Findings are matched by rule, file and title (quotes in place), counted as a multiset: first
 * at the same line, then, among those left, at any line, since a line moves whenever a PR edits
 * above it. Suppressed findings are left out on both sides: the comment lists what is reported.
 */
function findingsDiff(current: Finding[], baseline: Finding[]): [Finding[], Finding[]] {
  const reported = (findings: Finding[]) => findings.filter((finding) => !finding.suppressed);
  const [added, gone] = multisetDiff(reported(current), reported(baseline), (f) => findingKey(f));
  return multisetDiff(added, gone, (f) => findingKey(f, false));
}

/** Only comparable when both runs scanned: otherwise every vulnerability would look new or fixed. */
function vulnerabilityDiff(current: Report, baseline: Report): [string[], string[]] {
  const currentKeys = current.scan?.status === 'ok' ? current.scan.keys : undefined;
  const baselineKeys = baseline.scan?.status === 'ok' ? baseline.scan.keys : undefined;
  if (!currentKeys || !baselineKeys) return [[], []];
  const baselineSet = new Set(baselineKeys);
  const currentSet = new Set(currentKeys);
  return [[...currentSet].filter((key) => !baselineSet.has(key)).sort(), [...baselineSet].filter((key) => !currentSet.has(key)).sort()];
}

/** [in current but not baseline, in baseline but not current], duplicates counted. */
function multisetDiff<T>(current: T[], baseline: T[], keyOf: (item: T) => string): [T[], T[]] {
  return [subtract(current, baseline, keyOf), subtract(baseline, current, keyOf)];
}

/** The items left after each of `others` has cancelled one item with the same key. */
function subtract<T>(items: T[], others: T[], keyOf: (item: T) => string): T[] {
  const cancellable = new Map<string, number>();
  for (const other of others) cancellable.set(keyOf(other), (cancellable.get(keyOf(other)) ?? 0) + 1);
  return items.filter((item) => {
    const count = cancellable.get(keyOf(item)) ?? 0;
    cancellable.set(keyOf(item), count - 1);
    return count <= 0;
  });
}
