// From a decoded Trivy report to the report's scan numbers and MLG105 findings. Pure.
import { VULN_SEVERITIES, type Finding, type SeverityCounts, type VulnSeverity, type Vulnerability } from '../report/types.js';
import { plainMessage } from '../report/finding-text.js';
import type { ImageLayers, TrivyReport, TrivySecret, TrivyVulnerability } from './trivy-report.js';
import { compareText } from '../util/compare.js';

/**
 * Maps an image history entry to its Dockerfile line. `historyIndex` indexes the image
 * config's full `history` array (empty-layer entries included); null for base-image entries.
 */
export type LineMapper = (historyIndex: number, createdBy: string) => number | null;

export interface Gate {
  severities: readonly VulnSeverity[];
  ignoreUnfixed: boolean;
}

export interface VulnerabilitySummary {
  counts: SeverityCounts;
  fixable: SeverityCounts;
  counted: SeverityCounts;
  byClass: { os: number; lang: number };
  top: Vulnerability[];
  keys: string[];
}

export const TOP_LIMIT = 20;

export function summarizeVulnerabilities(report: TrivyReport, gate: Gate, mapLine: LineMapper, topLimit = TOP_LIMIT): VulnerabilitySummary {
  const counts = zeroCounts();
  const fixable = zeroCounts();
  const counted = zeroCounts();
  const byClass = { os: 0, lang: 0 };
  for (const v of report.vulnerabilities) {
    counts[v.severity]++;
    if (v.fixed) fixable[v.severity]++;
    if (gate.severities.includes(v.severity) && (v.fixed || !gate.ignoreUnfixed)) counted[v.severity]++;
    if (v.class) byClass[v.class]++;
  }
  const lines = layerLines(report.layers, mapLine);
  const top = [...report.vulnerabilities]
    .sort(byImportance)
    .slice(0, topLimit)
    .map((v) => toVulnerability(v, lines));
  const keys = [...new Set(report.vulnerabilities.map((v) => `${v.id} ${v.pkg}`))].sort();
  return { counts, fixable, counted, byClass, top, keys };
}

export function zeroCounts(): SeverityCounts {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}

/** Most severe first; within a severity, the ones with a fix first (they are actionable); then stable by id and package. */
function byImportance(a: TrivyVulnerability, b: TrivyVulnerability): number {
  return (
    VULN_SEVERITIES.indexOf(a.severity) - VULN_SEVERITIES.indexOf(b.severity) ||
    Number(!a.fixed) - Number(!b.fixed) ||
    compareText(a.id, b.id) ||
    compareText(a.pkg, b.pkg)
  );
}

function toVulnerability(v: TrivyVulnerability, lines: Map<string, number | null>): Vulnerability {
  const result: Vulnerability = {
    id: v.id,
    severity: v.severity,
    pkg: v.pkg,
    installed: v.installed ?? '',
    fixed: v.fixed ?? null,
    line: lineOf(lines, v.diffId),
  };
  if (v.pkgType) result.pkgType = v.pkgType;
  if (v.class) result.class = v.class;
  if (v.title) result.title = v.title;
  return result;
}

/**
 * Layer DiffID → Dockerfile line. The i-th DiffID was added by the i-th history entry that
 * is not `empty_layer`; when those counts differ the image's history cannot be trusted to
 * say which instruction added a layer, so no layer gets a line.
 */
export function layerLines(layers: ImageLayers | undefined, mapLine: LineMapper): Map<string, number | null> {
  const lines = new Map<string, number | null>();
  if (!layers) return lines;
  const layerEntries = layers.history.flatMap((entry, index) => (entry.emptyLayer ? [] : [{ index, createdBy: entry.createdBy }]));
  if (layerEntries.length !== layers.diffIds.length) return lines;
  layers.diffIds.forEach((diffId, i) => lines.set(diffId, mapLine(layerEntries[i].index, layerEntries[i].createdBy)));
  return lines;
}

function lineOf(lines: Map<string, number | null>, diffId: string | undefined): number | null {
  return diffId === undefined ? null : (lines.get(diffId) ?? null);
}

export const SECRET_RULE = { id: 'MLG105', name: 'secret-file-in-image', severity: 'error' } as const;

/** Secrets Trivy found in the image, as MLG105 findings on the Dockerfile: where and which rule, never the value. */
export function secretFindings(report: TrivyReport, dockerfile: string, mapLine: LineMapper): Finding[] {
  const lines = layerLines(report.layers, mapLine);
  return report.secrets.map((secret) => {
    const line = lineOf(lines, secret.diffId) ?? 0; // 0: about the Dockerfile as a whole
    const text = secretText(secret);
    return {
      rule: SECRET_RULE.id,
      name: SECRET_RULE.name,
      severity: SECRET_RULE.severity,
      ...text,
      message: plainMessage(text),
      file: dockerfile,
      line,
      endLine: line,
      suppressed: false,
    };
  });
}

/** Where Trivy saw the secret and what kind it is: the file and Trivy's rule come from the image, so they are quotes. */
function secretText(secret: TrivySecret): Pick<Finding, 'title' | 'detail' | 'fix' | 'quotes'> {
  const where = secret.startLine ? `${secret.target}:${secret.startLine}` : secret.target;
  const what = secret.title ? `${secret.title} (${secret.ruleId})` : secret.ruleId;
  const severity = secret.severity ? ` [${secret.severity}]` : '';
  return {
    title: 'Secret in an image file',
    detail: 'Trivy found {1} in {0}: anyone who can pull the image can read it.',
    fix: 'Remove it from the image and rotate it; pass secrets to the build with `RUN --mount=type=secret`.',
    quotes: [where, `${what}${severity}`],
  };
}
