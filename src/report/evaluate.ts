// Budgets and regressions → verdicts. Pure: the report and the parsed config in, verdicts out.
// Every verdict says why in `reason`, including why a check was skipped, because the PR comment
// shows these reasons as they are.
import type { BudgetConfig, FailOn, IncreaseLimit } from '../config/types.js';
import { formatBytes, formatDuration } from '../config/units.js';
import { SEVERITIES, VULN_SEVERITIES } from './types.js';
import type { BudgetCheck, BudgetResult, Report, Severity, Verdict, VulnSeverity } from './types.js';

export interface Evaluation {
  budgets: BudgetResult[];
  /** False when any check whose gate is on failed. */
  passed: boolean;
}

export function evaluate(report: Report, budgets: BudgetConfig, failOn: FailOn): Evaluation {
  const perImage = imageViews(report);
  const results = [
    ...perImage.map((view) => onPlatform(checkSize(view, budgets), view)),
    checkBuildTime(report, budgets),
    ...perImage.map((view) => onPlatform(checkSizeRegression(view, budgets), view)),
    checkTimeRegression(report, budgets),
    checkVulnerabilities(report, budgets),
    checkFindings(report, failOn),
  ];
  return { budgets: results, passed: !results.some((result) => result.status === 'fail' && result.gating) };
}

/**
 * The report as each size check sees it: as it is for one image, and for a multi-platform
 * build once per platform, with that platform's sizes and its baseline's.
 */
function imageViews(report: Report): Report[] {
  const platforms = report.platforms ?? [];
  if (platforms.length < 2) return [report];
  return platforms.map((image) => {
    const compared = report.comparison?.platforms?.find((p) => p.platform === image.platform);
    const none = { actual: null, baseline: null, delta: null };
    return {
      ...report,
      image,
      comparison: report.comparison && {
        ...report.comparison,
        size: compared?.size ?? none,
        compressedSize: compared?.compressedSize ?? none,
      },
      ...(report.comparison && (compared === undefined || (compared.size.baseline === null && compared.compressedSize.baseline === null))
        ? { baselineReason: `the base branch's report has no ${image.platform} image` }
        : {}),
    };
  });
}

function onPlatform(result: BudgetResult, view: Report): BudgetResult {
  return view.platforms && view.platforms.length > 1 && view.image?.platform ? { ...result, platform: view.image.platform } : result;
}

/** Which size a budget is checked against, in the words users see. */
export function sizeMetricLabel(metric: BudgetConfig['sizeMetric']): string {
  return metric === 'uncompressed' ? 'uncompressed size (as docker image ls shows it)' : 'compressed size (pushed and pulled)';
}

function skipped(check: BudgetCheck, unit: BudgetResult['unit'], reason: string, actual: number | null = null): BudgetResult {
  return { check, status: 'skipped', actual, limit: null, baseline: null, delta: null, unit, reason, gating: false };
}

/** Size and time budgets warn instead of failing when `fail-on-budget` is false. */
function overBudgetVerdict(over: boolean, failOnBudget: boolean): Verdict {
  if (!over) return 'pass';
  return failOnBudget ? 'fail' : 'warn';
}

function measuredSize(
  report: Report,
  metric: BudgetConfig['sizeMetric'],
): { value: number | null; baseline: number | null; missing: string } {
  const image = report.image;
  if (!image || image.status !== 'ok') {
    const why = image?.reason ?? report.build?.reason ?? 'the image was not built';
    return { value: null, baseline: null, missing: `no image to measure: ${why}` };
  }
  if (metric === 'uncompressed') {
    return { value: image.size, baseline: report.comparison?.size.baseline ?? null, missing: 'the image size could not be read' };
  }
  return {
    value: image.compressedSize,
    baseline: report.comparison?.compressedSize.baseline ?? null,
    missing: 'the compressed size is unknown (the image manifest could not be read)',
  };
}

function checkSize(report: Report, budgets: BudgetConfig): BudgetResult {
  const metric = sizeMetricLabel(budgets.sizeMetric);
  if (budgets.sizeBytes === null) return skipped('size', 'bytes', 'no size budget is set');
  const { value, baseline, missing } = measuredSize(report, budgets.sizeMetric);
  if (value === null) return skipped('size', 'bytes', missing);
  const limit = budgets.sizeBytes;
  const over = value > limit;
  const relation = over
    ? `exceeds the ${formatBytes(limit)} budget by ${formatBytes(value - limit)}`
    : `is within the ${formatBytes(limit)} budget`;
  return {
    check: 'size',
    status: overBudgetVerdict(over, budgets.failOnBudget),
    actual: value,
    limit,
    baseline,
    delta: baseline === null ? null : value - baseline,
    unit: 'bytes',
    reason: `${metric} ${formatBytes(value)} ${relation}`,
    metric: budgets.sizeMetric,
    limitLabel: formatBytes(limit),
    gating: budgets.failOnBudget,
  };
}

function buildSeconds(report: Report): { value: number | null; missing: string } {
  const build = report.build;
  if (!build) return { value: null, missing: 'the image was not built' };
  if (build.status !== 'ok') return { value: null, missing: `build ${build.status}${build.reason ? `: ${build.reason}` : ''}` };
  return { value: build.seconds, missing: 'the build time was not measured' };
}

function checkBuildTime(report: Report, budgets: BudgetConfig): BudgetResult {
  if (budgets.timeSeconds === null) return skipped('build-time', 'seconds', 'no build-time budget is set');
  const { value, missing } = buildSeconds(report);
  if (value === null) return skipped('build-time', 'seconds', missing);
  const limit = budgets.timeSeconds;
  const over = value > limit;
  const baseline = report.comparison?.buildSeconds.baseline ?? null;
  return {
    check: 'build-time',
    status: overBudgetVerdict(over, budgets.failOnBudget),
    actual: value,
    limit,
    baseline,
    delta: baseline === null ? null : value - baseline,
    unit: 'seconds',
    reason: `build took ${formatDuration(value)}, ${over ? 'over' : 'within'} the ${formatDuration(limit)} budget`,
    limitLabel: formatDuration(limit),
    gating: budgets.failOnBudget,
  };
}

interface RegressionInput {
  check: BudgetCheck;
  inputName: string;
  what: string;
  limit: IncreaseLimit;
  actual: number | null;
  missing: string;
  baseline: number | null;
  unit: 'bytes' | 'seconds';
  failOnBudget: boolean;
  noBaseline: string;
  metric?: BudgetConfig['sizeMetric'];
}

function checkRegression(input: RegressionInput): BudgetResult {
  const { check, limit, actual, baseline, unit } = input;
  if (limit === null) return skipped(check, unit, `${input.inputName} is off`);
  if (actual === null) return skipped(check, unit, input.missing);
  if (baseline === null) return skipped(check, unit, input.noBaseline, actual);
  const format = unit === 'bytes' ? formatBytes : formatDuration;
  const allowed = limit.kind === 'percent' ? (baseline * limit.value) / 100 : limit.value;
  const delta = actual - baseline;
  const over = delta > allowed;
  const limitLabel = limit.kind === 'percent' ? `+${limit.value}%` : `+${format(limit.value)}`;
  const percent = baseline > 0 ? ` (${signed(Math.round((delta / baseline) * 1000) / 10)}%)` : '';
  const change = delta >= 0 ? `grew by ${format(delta)}${percent}` : `shrank by ${format(-delta)}${percent}`;
  return {
    check,
    status: overBudgetVerdict(over, input.failOnBudget),
    actual,
    limit: baseline + allowed,
    baseline,
    delta,
    unit,
    reason: `${input.what} ${change} against the base (${format(baseline)}); ${over ? 'more than' : 'within'} the ${limitLabel} limit`,
    limitLabel,
    ...(input.metric ? { metric: input.metric } : {}),
    gating: input.failOnBudget,
  };
}

function noBaselineReason(report: Report): string {
  return report.baselineReason ?? 'no baseline report to compare with';
}

function checkSizeRegression(report: Report, budgets: BudgetConfig): BudgetResult {
  const { value, baseline, missing } = measuredSize(report, budgets.sizeMetric);
  return checkRegression({
    check: 'size-regression',
    inputName: 'max-size-increase',
    what: budgets.sizeMetric === 'uncompressed' ? 'uncompressed size' : 'compressed size',
    limit: budgets.maxSizeIncrease,
    actual: value,
    missing,
    baseline,
    unit: 'bytes',
    failOnBudget: budgets.failOnBudget,
    noBaseline: noBaselineReason(report),
    metric: budgets.sizeMetric,
  });
}

function checkTimeRegression(report: Report, budgets: BudgetConfig): BudgetResult {
  const { value, missing } = buildSeconds(report);
  return checkRegression({
    check: 'time-regression',
    inputName: 'max-time-increase',
    what: 'build time',
    limit: budgets.maxTimeIncrease,
    actual: value,
    missing,
    baseline: report.comparison?.buildSeconds.baseline ?? null,
    unit: 'seconds',
    failOnBudget: budgets.failOnBudget,
    noBaseline: noBaselineReason(report),
  });
}

/** Severities at or above `threshold`, most severe first. */
export function vulnSeveritiesAtOrAbove(threshold: VulnSeverity): VulnSeverity[] {
  return VULN_SEVERITIES.slice(0, VULN_SEVERITIES.indexOf(threshold) + 1);
}

function checkVulnerabilities(report: Report, budgets: BudgetConfig): BudgetResult {
  const scan = report.scan;
  if (!scan) return skipped('vulnerabilities', 'count', 'the image was not scanned');
  if (scan.status !== 'ok') {
    return skipped('vulnerabilities', 'count', `scan ${scan.status}${scan.reason ? `: ${scan.reason}` : ''}`);
  }
  const threshold = budgets.failOnVulnerabilities;
  if (threshold === 'none') {
    const total = VULN_SEVERITIES.reduce((sum, severity) => sum + scan.counted[severity], 0);
    return skipped('vulnerabilities', 'count', 'fail-on-vulnerabilities is none', total);
  }
  const counted = vulnSeveritiesAtOrAbove(threshold)
    .filter((severity) => scan.counted[severity] > 0)
    .map((severity) => ({ severity, count: scan.counted[severity] }));
  const actual = counted.reduce((sum, entry) => sum + entry.count, 0);
  const fresh = report.comparison ? `; ${report.comparison.newVulnerabilities.length} new in this change` : '';
  return {
    check: 'vulnerabilities',
    status: actual > 0 ? 'fail' : 'pass',
    actual,
    limit: 0,
    baseline: null,
    delta: null,
    unit: 'count',
    reason:
      actual > 0
        ? `${counted.map((entry) => `${entry.count} ${entry.severity}`).join(', ')} at or above ${threshold}${fresh}`
        : `no counted vulnerability at or above ${threshold}${fresh}`,
    limitLabel: `none at ${threshold} or above`,
    gating: true,
  };
}

/** Finding severities at or above `threshold`, most severe first. */
export function severitiesAtOrAbove(threshold: Severity): Severity[] {
  return SEVERITIES.slice(0, SEVERITIES.indexOf(threshold) + 1);
}

function checkFindings(report: Report, failOn: FailOn): BudgetResult {
  const active = report.findings.filter((finding) => !finding.suppressed);
  if (failOn === 'never') return skipped('findings', 'count', 'fail-on is never', active.length);
  const gated = new Set(severitiesAtOrAbove(failOn));
  const failing = active.filter((finding) => gated.has(finding.severity));
  const rules = [...new Set(failing.map((finding) => finding.rule))];
  const fresh = report.comparison
    ? `; ${report.comparison.newFindings.filter((finding) => !finding.suppressed && gated.has(finding.severity)).length} new in this change`
    : '';
  return {
    check: 'findings',
    status: failing.length > 0 ? 'fail' : 'pass',
    actual: failing.length,
    limit: 0,
    baseline: null,
    delta: null,
    unit: 'count',
    reason:
      failing.length > 0
        ? `${failing.length} unsuppressed finding${failing.length === 1 ? '' : 's'} at or above ${failOn} (${rules.join(', ')})${fresh}`
        : `no unsuppressed finding at or above ${failOn}${fresh}`,
    limitLabel: `none at ${failOn} or above`,
    gating: true,
  };
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
