// What fixing a finding would save, as a rendering states it: what this image's layer walk
// measured when there is one, else the range public reports give (a fallback, labelled so).
// A public figure is never promised where the walk looked and found nothing to save. Pure.
import { formatBytes } from '../config/units.js';
import type { Finding, Report } from './types.js';

export interface SavingView {
  /** Bytes to rank by: the measured bytes, or the low end of the public range. */
  bytes: number;
  basis: 'measured' | 'public-reports';
  /** `1.2 GB`, `2.5–9.1 GB`. */
  amount: string;
  sources: string[];
}

/**
 * The image rule that measures, in the built image, what a Dockerfile rule predicts: its finding
 * on the same instruction carries the bytes.
 */
export const MEASURED_BY: Readonly<Record<string, string>> = {
  MLG001: 'MLG104', // devel base: headers, static libraries, compilers
  MLG002: 'MLG104', // build tools in the final stage
  MLG003: 'MLG101', // weights copied in
  MLG004: 'MLG101', // weights downloaded at build
  MLG007: 'MLG102', // pip/uv/conda cache
  MLG011: 'MLG102', // apt lists
};

function walked(report: Report): boolean {
  return report.image?.status === 'ok' && report.image.analysis?.status === 'ok';
}

export function savingOf(finding: Finding, report: Report): SavingView | null {
  if (finding.saving?.basis === 'measured') return measured(finding.saving.bytes);
  if (finding.rule.startsWith('MLG1') && finding.bytes) return measured(finding.bytes);
  const counterpart = MEASURED_BY[finding.rule];
  if (counterpart && walked(report)) {
    const found = report.findings.filter((other) => other.rule === counterpart && other.line === finding.line && other.line > 0);
    const bytes = found.reduce((sum, other) => sum + (other.bytes ?? 0), 0);
    // The walk looked at this instruction's layer: its figure replaces any public one, and none means none.
    return bytes > 0 ? measured(bytes) : null;
  }
  if (finding.saving?.basis === 'public-reports') {
    const { bytes, maxBytes, sources = [] } = finding.saving;
    const amount = maxBytes && maxBytes > bytes ? `${formatBytes(bytes)}–${formatBytes(maxBytes)}` : formatBytes(bytes);
    return { bytes, basis: 'public-reports', amount, sources };
  }
  return null;
}

function measured(bytes: number): SavingView {
  return { bytes, basis: 'measured', amount: formatBytes(bytes), sources: [] };
}
