// Decodes Trivy's JSON report (SchemaVersion 2) into the few fields we use. Pure.
// Trivy leaves missing values out (never null): no `Results` when nothing was found, no
// `Vulnerabilities` on a result without any, no `FixedVersion` when there is no fix.
// Secrets keep only where and what was found: the `Match` and `Code` lines, which hold
// the secret itself, are never copied out of the raw JSON.
import { VULN_SEVERITIES, type VulnSeverity } from '../report/types.js';

export interface TrivyVulnerability {
  id: string;
  pkg: string;
  installed?: string;
  /** As Trivy writes it; may list several versions ("6.0.3.1, 5.2.4.3"). */
  fixed?: string;
  severity: VulnSeverity;
  title?: string;
  pkgType?: string; // the result's Type: debian, python-pkg, gemspec, ...
  class?: 'os' | 'lang';
  diffId?: string;
}

export interface TrivySecret {
  target: string; // path of the file in the image
  ruleId: string;
  title?: string;
  severity?: string;
  startLine?: number;
  diffId?: string;
}

export interface ImageLayers {
  diffIds: string[];
  /** The image config's history, in order, including empty-layer entries. */
  history: { createdBy: string; emptyLayer: boolean }[];
}

export interface TrivyReport {
  version?: string;
  vulnerabilities: TrivyVulnerability[];
  secrets: TrivySecret[];
  layers?: ImageLayers;
}

export type Decoded = { ok: true; report: TrivyReport } | { ok: false; reason: string };

type Json = Record<string, unknown>;

export function decodeTrivyReport(text: string): Decoded {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `Trivy's output is not valid JSON: ${(error as Error).message}` };
  }
  if (!isObject(root)) return { ok: false, reason: "Trivy's output is not a JSON report object" };
  if (root.SchemaVersion !== 2) {
    return { ok: false, reason: `unsupported Trivy report SchemaVersion ${JSON.stringify(root.SchemaVersion)} (expected 2)` };
  }
  const results = root.Results ?? [];
  if (!Array.isArray(results)) return { ok: false, reason: 'Trivy report: Results is not an array' };

  const report: TrivyReport = { vulnerabilities: [], secrets: [] };
  const version = isObject(root.Trivy) ? str(root.Trivy.Version) : undefined;
  if (version) report.version = version;
  const layers = imageLayers(root.Metadata);
  if (layers) report.layers = layers;

  for (const [i, result] of results.entries()) {
    if (!isObject(result)) return { ok: false, reason: `Trivy report: Results[${i}] is not an object` };
    const vulnerabilities = result.Vulnerabilities ?? [];
    const secrets = result.Secrets ?? [];
    if (!Array.isArray(vulnerabilities) || !Array.isArray(secrets)) {
      return { ok: false, reason: `Trivy report: Results[${i}] has a Vulnerabilities or Secrets that is not an array` };
    }
    for (const [j, raw] of vulnerabilities.entries()) {
      const vulnerability = decodeVulnerability(raw, result);
      if (!vulnerability)
        return { ok: false, reason: `Trivy report: Results[${i}].Vulnerabilities[${j}] lacks VulnerabilityID or PkgName` };
      report.vulnerabilities.push(vulnerability);
    }
    for (const [j, raw] of secrets.entries()) {
      const secret = decodeSecret(raw, str(result.Target) ?? '');
      if (!secret) return { ok: false, reason: `Trivy report: Results[${i}].Secrets[${j}] lacks RuleID` };
      report.secrets.push(secret);
    }
  }
  return { ok: true, report };
}

function decodeVulnerability(raw: unknown, result: Json): TrivyVulnerability | null {
  if (!isObject(raw)) return null;
  const id = str(raw.VulnerabilityID);
  const pkg = str(raw.PkgName);
  if (!id || !pkg) return null;
  const vulnerability: TrivyVulnerability = { id, pkg, severity: severity(raw.Severity) };
  assign(vulnerability, 'installed', str(raw.InstalledVersion));
  assign(vulnerability, 'fixed', str(raw.FixedVersion));
  assign(vulnerability, 'title', str(raw.Title));
  assign(vulnerability, 'pkgType', str(result.Type));
  assign(vulnerability, 'class', packageClass(result.Class));
  assign(vulnerability, 'diffId', isObject(raw.Layer) ? str(raw.Layer.DiffID) : undefined);
  return vulnerability;
}

function decodeSecret(raw: unknown, target: string): TrivySecret | null {
  if (!isObject(raw)) return null;
  const ruleId = str(raw.RuleID);
  if (!ruleId) return null;
  const secret: TrivySecret = { target, ruleId };
  assign(secret, 'title', str(raw.Title));
  assign(secret, 'severity', str(raw.Severity));
  assign(secret, 'startLine', typeof raw.StartLine === 'number' ? raw.StartLine : undefined);
  assign(secret, 'diffId', isObject(raw.Layer) ? str(raw.Layer.DiffID) : undefined);
  return secret;
}

function imageLayers(metadata: unknown): ImageLayers | undefined {
  if (!isObject(metadata) || !Array.isArray(metadata.DiffIDs)) return undefined;
  const config = isObject(metadata.ImageConfig) ? metadata.ImageConfig : {};
  const history = Array.isArray(config.history) ? config.history : [];
  return {
    diffIds: metadata.DiffIDs.filter((d): d is string => typeof d === 'string'),
    history: history.filter(isObject).map((entry) => ({
      createdBy: str(entry.created_by) ?? '',
      emptyLayer: entry.empty_layer === true,
    })),
  };
}

function severity(value: unknown): VulnSeverity {
  return VULN_SEVERITIES.find((s) => s === value) ?? 'UNKNOWN';
}

function packageClass(value: unknown): 'os' | 'lang' | undefined {
  return value === 'os-pkgs' ? 'os' : value === 'lang-pkgs' ? 'lang' : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Sets the key only when there is a value: missing stays missing, never undefined or null. */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
