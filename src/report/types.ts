// The Report is the contract between stages: every output (comment, summary, SARIF, outputs,
// baseline) is a rendering of it. Field names here are public: users' tooling reads them.
// Add fields freely; never rename or remove one without bumping SCHEMA_VERSION and keeping
// the old version readable in src/baseline/report-schema.ts.
//
// Version 2: findings carry title, detail, fix and quotes as separate fields (message stays as
// their plain-text join); image analysis has a package inventory; several platforms can be measured.

export const SCHEMA_VERSION = 2;

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What fixing a finding saves: measured in this image or context, or a range from public reports (a fallback). */
export interface Saving {
  basis: 'measured' | 'public-reports';
  /** Measured bytes, or the low end of the public range. */
  bytes: number;
  /** The high end of the public range. */
  maxBytes?: number;
  /** Where the public figures come from (URLs). */
  sources?: string[];
}

/**
 * A finding, in fields a renderer can lay out and shorten without cutting words: our own words
 * are markdown (code spans render); repository text is only ever in `quotes`, which renderers
 * escape. `{0}`, `{1}` … in title, detail and fix stand for quotes[0], quotes[1] ….
 */
export interface Finding {
  rule: string; // MLG001
  name: string; // cuda-devel-final
  severity: Severity;
  /** What is wrong, in at most 80 characters. */
  title: string;
  /** One sentence: why it matters here. */
  detail: string;
  /** What to do. */
  fix: string;
  /** Repository text quoted by title, detail and fix. Never contains a secret value. */
  quotes: string[];
  saving?: Saving;
  /** Title, detail and fix as one plain text with the quotes in place (logs, and readers of version 1). */
  message: string;
  file: string; // repository-relative path of the Dockerfile (or requirements file)
  /** First line of the instruction the finding is about (1-based); 0 when it is about the file or context as a whole. */
  line: number;
  /** Last line of that instruction. */
  endLine: number;
  /** A finer position inside the instruction (the package inside a long RUN), when known. */
  position?: { line: number; column?: number };
  /** Image findings: whether the bytes came from this Dockerfile's lines or from the base image. */
  origin?: 'dockerfile' | 'base-image';
  suppressed: boolean;
  /** Bytes this finding costs, when known (image rules, context size). */
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

/** Build time outside the Dockerfile's steps: sending the context, reading the cache, exporting, pushing. */
export interface BuildPhase {
  phase: 'context-upload' | 'cache-import' | 'export-image' | 'export-cache' | 'push';
  /** Wall time of the phase (overlapping intervals counted once). */
  seconds: number;
  /** Bytes moved, when BuildKit says (the context upload). */
  bytes?: number;
}

export interface BuildSection {
  status: StageStatus;
  reason?: string;
  seconds: number | null; // wall time of the whole build
  steps: BuildStep[];
  cacheHits: number;
  totalSteps: number;
  firstMiss: { name: string; line: number | null } | null;
  /** Where the rest of the wall time went; a cached step's own time is 0, the pulling of its layers is cache-import. */
  phases?: BuildPhase[];
  /** Last lines of the builder's error output when the build failed. */
  errorTail?: string[];
  warnings: string[]; // e.g. "cache registry unreachable: ..." (build went on)
  platform?: string;
  builder?: string;
  cache?: { from: string[]; to: string[] };
  /** What buildx wrote to --iidfile (build-push-action's `imageid` output). */
  imageId?: string;
  /** containerimage.digest (build-push-action's `digest` output). */
  digest?: string;
  /** The --metadata-file object (build-push-action's `metadata` output). */
  metadata?: Record<string, unknown>;
}

export interface LayerInfo {
  digest?: string; // compressed blob digest
  diffId?: string; // uncompressed digest
  size: number; // uncompressed bytes
  compressedSize?: number;
  createdBy: string;
  line: number | null; // Dockerfile line; null for base-image layers
  /** The Dockerfile instruction as written (flags kept, continuations joined), when the layer was matched to one. */
  instruction?: string;
  fromBase: boolean;
}

export interface ImageFile {
  path: string;
  size: number;
  layer: number; // index into image.layers
  line: number | null;
}

export type PackageEcosystem = 'python' | 'conda' | 'deb' | 'apk' | 'rpm';

/** The groups ML engineers think in. */
export type PackageGroup = 'cuda' | 'torch' | 'python-interpreter' | 'python' | 'system' | 'other';

/** An installed package as the layer walk found it, with the bytes its files take in the final filesystem. */
export interface ImagePackage {
  ecosystem: PackageEcosystem;
  /** Normalized (PEP 503 for Python). */
  name: string;
  /** As recorded, local label included (2.5.1+cpu, 2.5.1+cu124). */
  version: string;
  bytes: number;
  files: number;
  /** pip, uv, conda, dpkg, … when recorded. */
  installer?: string;
  /** Where it is installed: the site-packages folder, the conda env. */
  location?: string;
  /** conda's build string (`py3.11_cuda12.1_cudnn8.9.2_0`) and channel. */
  build?: string;
  channel?: string;
  /** The database lists no files for it: bytes are its declared installed size (dpkg's Installed-Size). */
  estimated?: boolean;
  group: PackageGroup;
  /** The layer (index into image.layers) that installed it, and its Dockerfile line (null from the base image). */
  layer: number | null;
  line: number | null;
  fromBase: boolean;
}

export interface PackageInventory {
  /** Largest first; at most a few thousand (see omitted). */
  packages: ImagePackage[];
  /** Per group, bytes in the final filesystem; python-interpreter includes an interpreter no package owns (built from source). */
  groups: { group: PackageGroup; bytes: number; packages: number }[];
  /** Bytes of visible files that no package owns: your code, weights, caches. */
  unownedBytes: number;
  /** Where those bytes are, by top folders (`/opt/models`, `/root/.cache`), largest first. */
  unownedFolders?: { path: string; bytes: number }[];
  /** Packages left out of `packages` to keep the report small. */
  omitted?: { packages: number; bytes: number };
  /** Why the inventory may be short (metadata over the walk's read limits, layers not walked). */
  notes?: string[];
}

export interface ImageAnalysis {
  status: StageStatus | 'partial';
  reason?: string;
  /** Per image rule (MLG101..MLG105): bytes found. */
  bytesByRule: Record<string, number>;
  largestFiles: ImageFile[];
  /** Per Dockerfile line: bytes added and bytes later removed/overwritten. */
  byInstruction: { line: number | null; createdBy: string; added: number; wasted: number }[];
  packages?: PackageInventory;
  seconds?: number;
}

export interface ImageSection {
  status: StageStatus;
  reason?: string;
  /** os/arch[/variant] this section measured. */
  platform?: string;
  /** Where it was read: the local image store, a registry (manifest and blobs) or an OCI layout the build wrote. */
  source?: 'local-store' | 'registry' | 'oci-layout';
  ref: string | null;
  digest: string | null;
  id: string | null;
  size: number | null; // uncompressed bytes (what `docker image ls` means by size)
  compressedSize: number | null; // sum of the manifest's layer blobs (what is pushed/pulled)
  layers: LayerInfo[];
  analysis: ImageAnalysis | null;
  /** The image the final stage is built on (null digest when the engine does not know it). */
  base?: { ref: string; digest: string | null };
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
  /** Per-platform checks of a multi-platform build. */
  platform?: string;
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
  /** Packages added, removed, changed in version or size, sorted by |delta|. */
  packages?: PackageChange[];
  /** Common ML regressions recognised in the package changes, in words. */
  regressions?: PackageRegression[];
  /** A multi-platform build: each platform's sizes against the same platform of the baseline. */
  platforms?: PlatformComparison[];
  /** What the base branch's report measured, so rows compare like with like. */
  base?: BaseFacts;
}

export interface PlatformComparison {
  platform: string;
  size: { actual: number | null; baseline: number | null; delta: number | null };
  compressedSize: { actual: number | null; baseline: number | null; delta: number | null };
}

export interface BaseFacts {
  /** Unsuppressed findings per severity. */
  findings: Record<Severity, number>;
  /** Vulnerabilities the base's gate counted per severity; null when the base was not scanned. */
  vulnerabilities: SeverityCounts | null;
  cache: { hits: number; steps: number } | null;
}

export interface PackageChange {
  ecosystem: PackageEcosystem;
  name: string;
  change: 'added' | 'removed' | 'version' | 'size';
  before: { version: string; bytes: number } | null;
  after: { version: string; bytes: number } | null;
  /** Bytes after minus bytes before. */
  delta: number;
}

export interface PackageRegression {
  kind: 'torch-cpu-to-cuda' | 'duplicate-cuda' | 'dev-tree' | 'other';
  /** Our words, markdown, at most 80 characters. */
  title: string;
  detail: string;
  bytes: number;
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
  /** Every measured platform when a build produced several (image is the first of them). */
  platforms?: ImageSection[];
  scan: ScanSection | null;
  budgets: BudgetResult[];
  baseline: BaselineRef | null;
  baselineReason?: string;
  comparison: Comparison | null;
  passed: boolean;
  /** Stages that could not run, in plain words, for every rendering to show. */
  notes: string[];
}
