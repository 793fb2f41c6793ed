// Plain-text rendering for the terminal: findings like a compiler (file:line severity id),
// then build, image, scan and budget sections when the report has them. Colour only on a TTY.
import { formatBytes, formatDuration } from '../config/units.js';
import { plainFields } from './annotations.js';
import { isLegacyFinding } from './finding-text.js';
import { shorten } from './escape.js';
import type { Finding, Report, Severity } from './types.js';

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<Severity | 'dim' | 'bold' | 'pass' | 'fail', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  pass: '\x1b[32m',
  fail: '\x1b[31m',
};

export function renderText(report: Report, { color }: TextOptions): string {
  const paint = (style: keyof typeof COLORS, text: string) => (color ? `${COLORS[style]}${text}\x1b[0m` : text);
  const clean = (text: string) => stripControl(text);
  const lines: string[] = [];

  for (const finding of report.findings.filter((f) => !f.suppressed)) lines.push(findingLine(finding, paint, clean));
  const { errors, warnings, infos, suppressed } = report.summary;
  lines.push(
    `${report.dockerfile}: ${paint('error', `${errors} error${errors === 1 ? '' : 's'}`)}, ` +
      `${paint('warning', `${warnings} warning${warnings === 1 ? '' : 's'}`)}, ${infos} info` +
      (suppressed ? paint('dim', `, ${suppressed} suppressed`) : ''),
  );

  const build = report.build;
  if (build) {
    lines.push('', paint('bold', 'Build'));
    if (build.status !== 'ok') lines.push(`  ${build.status}: ${clean(build.reason ?? '')}`);
    if (build.seconds !== null)
      lines.push(`  wall time ${formatDuration(build.seconds)}, cache hits ${build.cacheHits}/${build.totalSteps}`);
    if (build.firstMiss)
      lines.push(`  first cache miss: ${clean(build.firstMiss.name)}${build.firstMiss.line ? ` (line ${build.firstMiss.line})` : ''}`);
    for (const warning of build.warnings) lines.push(paint('warning', `  warning: ${clean(warning)}`));
    for (const line of build.errorTail ?? []) lines.push(paint('dim', `  | ${clean(line)}`));
  }

  const image = report.image;
  if (image) {
    lines.push('', paint('bold', 'Image'));
    if (image.status !== 'ok') lines.push(`  ${image.status}: ${clean(image.reason ?? '')}`);
    if (image.size !== null) lines.push(`  size ${formatBytes(image.size, { both: true })} unpacked (the sum of its layers)`);
    if (image.compressedSize !== null) lines.push(`  size ${formatBytes(image.compressedSize, { both: true })} compressed (pushed/pulled)`);
    const layers = [...image.layers].sort((a, b) => b.size - a.size).slice(0, 10);
    if (layers.length > 0) {
      lines.push(`  largest layers (${image.layers.length} in all):`);
      for (const layer of layers) {
        const where = layer.line ? `line ${layer.line}` : 'base image';
        lines.push(
          `    ${formatBytes(layer.size).padStart(10)}  ${where.padEnd(10)}  ${clean(shorten(layer.instruction ?? layer.createdBy, 90))}`,
        );
      }
    }
    if (image.analysis && image.analysis.status !== 'ok')
      lines.push(`  layer analysis ${image.analysis.status}: ${clean(image.analysis.reason ?? '')}`);
  }

  const scan = report.scan;
  if (scan) {
    lines.push('', paint('bold', 'Vulnerabilities'));
    if (scan.status !== 'ok') lines.push(`  ${scan.status}: ${clean(scan.reason ?? '')}`);
    else {
      const counts = Object.entries(scan.counts)
        .map(([severity, n]) => `${severity} ${n}`)
        .join(', ');
      lines.push(`  ${scan.scanner?.name ?? 'trivy'} ${scan.scanner?.version ?? ''}: ${counts}`);
      lines.push(`  counted by the gate: ${Object.values(scan.counted).reduce((a, b) => a + b, 0)}`);
      for (const v of scan.top.slice(0, 10)) {
        lines.push(
          `    ${v.severity.padEnd(8)} ${clean(v.id)} ${clean(v.pkg)} ${clean(v.installed)} → ${clean(v.fixed ?? 'no fix')}${v.line ? ` (line ${v.line})` : ''}`,
        );
      }
    }
  }

  if (report.budgets.length > 0) {
    lines.push('', paint('bold', 'Budgets'));
    for (const budget of report.budgets) {
      const status = budget.status === 'pass' ? paint('pass', 'pass') : budget.status === 'fail' ? paint('fail', 'FAIL') : budget.status;
      lines.push(`  ${budget.check.padEnd(16)} ${status}${budget.reason ? `  ${clean(budget.reason)}` : ''}`);
    }
    if (report.baselineReason) lines.push(paint('dim', `  ${clean(report.baselineReason)}`));
    lines.push(report.passed ? paint('pass', 'passed') : paint('fail', 'failed'));
  }
  for (const note of report.notes) lines.push(paint('dim', `note: ${clean(note)}`));
  return lines.join('\n') + '\n';
}

/** `file:line severity RULE name: title`, then the detail and the fix indented below, in full (a legacy finding: its message). */
function findingLine(finding: Finding, paint: (s: keyof typeof COLORS, t: string) => string, clean: (t: string) => string): string {
  const where = finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
  const { title, detail, fix } = plainFields(finding);
  const origin = finding.origin === 'base-image' ? paint('dim', ' (from the base image)') : '';
  const head = `${where} ${paint(finding.severity, finding.severity)} ${finding.rule} ${finding.name}: `;
  if (isLegacyFinding(finding)) return `${head}${clean(finding.quotes[0])}${origin}`;
  const body = [detail, fix].filter((part) => part !== '').map((part) => paint('dim', `    ${clean(part)}`));
  return [`${head}${clean(title)}${origin}`, ...body].join('\n');
}

/** Terminal escapes from repository text must not reach the terminal. */
function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, '');
}
