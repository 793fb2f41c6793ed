// The Report is the contract between stages: every output (comment, summary, SARIF, outputs,
// baseline) is a rendering of it. Field names here are public: users' tooling reads them.
// Add fields freely; never rename or remove one without bumping SCHEMA_VERSION and keeping
// the old version readable in src/baseline/.

export const SCHEMA_VERSION = 1;

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  rule: string; // MLG001
  name: string; // cuda-devel-final
  severity: Severity;
  message: string; // never contains a secret value
  file: string; // repository-relative path of the Dockerfile (or requirements file)
  line: number; // 1-based; 0 when the finding is about the file or context as a whole
  endLine: number;
  suppressed: boolean;
  /** Bytes this finding costs or could save, when known (image rules, context size). */
  bytes?: number;
}

/** Status of a stage that may not run: why it was skipped or failed is always said. */
export type StageStatus = 'ok' | 'skipped' | 'failed';

export interface BuildStep {
  name: string; // "[builder 3/5] RUN pip install ..."
  line: number | null; // Dockerfile line of the step, null for internal steps
  seconds: number;
  cached: boolean;
}

export interface BuildSection {
  status: StageStatus;
  reason?: string;
  seconds: number | null; // wall time of the whole build
  steps: BuildStep[];
  cacheHits: number;
  totalSteps: number;
  firstMiss: { name: string; line: number | null } | null;
  /** Last lines of the builder's error output when the build failed. */
  errorTail?: string[];
  warnings: string[]; // e.g. "cache registry unreachable: ..." (build went on)
  platform?: string;
  builder?: string;
  cache?: { from: string[]; to: string[] };
}

export interface LayerInfo {
  digest?: string; // compressed blob digest
  diffId?: string; // uncompressed digest
  size: number; // uncompressed bytes
  compressedSize?: number;
  createdBy: string;
  line: number | null; // Dockerfile line; null for base-image layers
  fromBase: boolean;
}

export interface ImageFile {
  path: string;
  size: number;
  layer: number; // index into image.layers
  line: number | null;
}

export interface ImageAnalysis {
  status: StageStatus | 'partial';
  reason?: string;
  /** Per image rule (MLG101..MLG105): bytes found. */
  bytesByRule: Record<string, number>;
  largestFiles: ImageFile[];
  /** Per Dockerfile line: bytes added and bytes later removed/overwritten. */
  byInstruction: { line: number | null; createdBy: string; added: number; wasted: number }[];
  seconds?: number;
}

export interface ImageSection {
  status: StageStatus;
  reason?: string;
  ref: string | null;
  digest: string | null;
  id: string | null;
  size: number | null; // uncompressed bytes (what `docker image ls` means by size)
  compressedSize: number | null; // sum of the manifest's layer blobs (what is pushed/pulled)
  layers: LayerInfo[];
  analysis: ImageAnalysis | null;
}

export type VulnSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'UNKNOWN';
export const VULN_SEVERITIES: readonly VulnSeverity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
export type SeverityCounts = Record<VulnSeverity, number>;

export interface Vulnerability {
  id: string;
  severity: VulnSeverity;
  pkg: string;
  installed: string;
  fixed: string | null;
  line: number | null;
  pkgType?: string; // debian, python-pkg, gemspec, ...
  class?: 'os' | 'lang';
  title?: string;
}

export interface ScanSection {
  status: StageStatus;
  reason?: string;
  scanner: { name: 'trivy'; version: string | null } | null;
  counts: SeverityCounts; // all found, before our filtering
  fixable: SeverityCounts;
  counted: SeverityCounts; // what the gate counts after severity/unfixed filtering
  byClass?: { os: number; lang: number };
  top: Vulnerability[];
  /** All vulnerability keys "ID pkg" found, for the baseline's new/fixed comparison. */
  keys?: string[];
}

export type BudgetCheck = 'size' | 'build-time' | 'size-regression' | 'time-regression' | 'vulnerabilities' | 'findings';
export type Verdict = 'pass' | 'fail' | 'warn' | 'skipped';

export interface BudgetResult {
  check: BudgetCheck;
  status: Verdict;
  actual: number | null;
  limit: number | null;
  baseline: number | null;
  delta: number | null;
  unit: 'bytes' | 'seconds' | 'count' | 'percent';
  reason?: string;
  /** Size checks only: which size was checked. */
  metric?: 'uncompressed' | 'compressed';
  /** The limit as the user wrote it, for display: `3 GB`, `+10%`, `5m 00s`, `CRITICAL`. */
  limitLabel?: string;
  /** Whether a failure of this check fails the step (the gate is on). */
  gating: boolean;
}

export interface BaselineRef {
  source: 'registry' | 'file';
  ref: string;
  commit: string | null;
  branch?: string | null;
}

export interface Comparison {
  size: { actual: number | null; baseline: number | null; delta: number | null };
  compressedSize: { actual: number | null; baseline: number | null; delta: number | null };
  buildSeconds: { actual: number | null; baseline: number | null; delta: number | null };
  grownInstructions: { line: number | null; createdBy: string; before: number; after: number; delta: number }[];
  newFindings: Finding[];
  fixedFindings: Finding[];
  newVulnerabilities: string[];
  fixedVulnerabilities: string[];
}

export interface Report {
  schemaVersion: number;
  tool: { name: 'ml-image-guard'; version: string };
  createdAt: string; // ISO-8601
  /** Identifies the image in a matrix: derived from dockerfile + target unless set. */
  key: string;
  dockerfile: string; // repository-relative
  context: string;
  target: string | null;
  git: { repository: string | null; sha: string | null; ref: string | null; branch: string | null; pr: number | null };
  findings: Finding[];
  summary: { errors: number; warnings: number; infos: number; suppressed: number };
  buildContext?: { bytes: number; files: number; largest: { path: string; size: number }[] } | null;
  build: BuildSection | null;
  image: ImageSection | null;
  scan: ScanSection | null;
  budgets: BudgetResult[];
  baseline: BaselineRef | null;
  baselineReason?: string;
  comparison: Comparison | null;
  passed: boolean;
  /** Stages that could not run, in plain words, for every rendering to show. */
  notes: string[];
}
