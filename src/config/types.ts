// Config: every input, CLI flag and config-file value, parsed and validated once.
// Units are explicit in the names: bytes and seconds, never "size" or "time" alone.
import type { Severity, VulnSeverity } from '../report/types.js';

export type FailOn = Severity | 'never';
export type RuleSetting = Severity | 'off';

/** A regression limit: relative (percent of the baseline) or absolute (bytes / seconds). */
export type IncreaseLimit = { kind: 'percent'; value: number } | { kind: 'absolute'; value: number } | null;

export interface BuildConfig {
  enabled: boolean;
  buildArgs: string[]; // KEY=value
  /** buildx --secret values (id=...,src=... / id=...,env=...), secret-files and secret-envs included. */
  secrets: string[];
  /** build-push-action's `secrets: KEY=value`: the value is the secret, written to a file for buildx. */
  secretValues: { id: string; value: string }[];
  tags: string[];
  /** os/arch[/variant] to build; empty: the builder's default platform. */
  platforms: string[];
  push: boolean;
  /** Load the result into the local image store (build-push-action's `load`). */
  load: boolean;
  builder: string | null;
  cacheRef: string | null; // registry reference; per-branch tags are derived from it
  cacheMode: 'max' | 'min';
  cacheFrom: string[]; // raw buildx values, used as given
  cacheTo: string[];
  noCache: boolean;
  analyzeLayers: 'auto' | 'true' | 'false';
  flags: BuildxFlags;
}

/** build-push-action's other inputs, each validated and passed to buildx as its own flag. */
export interface BuildxFlags {
  pull: boolean;
  labels: string[];
  annotations: string[];
  buildContexts: string[];
  network: string | null;
  allow: string[];
  ssh: string[];
  provenance: string | null;
  sbom: string | null;
  attests: string[];
  /** Raw --output values (type=...,dest=...): full control over what the build produces. */
  outputs: string[];
  shmSize: string | null;
  ulimits: string[];
  addHosts: string[];
  cgroupParent: string | null;
  call: string | null;
  noCacheFilters: string[];
}

/** The `image` input: an image another step built, measured instead of building one. */
export interface ExistingImage {
  /** Tag or digest reference, in the local store or a registry. */
  ref: string;
  /** build-push-action's `metadata` output (JSON), or the path of a buildx --metadata-file. */
  buildMetadata: string | null;
}

export interface ScanConfig {
  enabled: boolean;
  version: string; // exact release, or "system" for a trivy already on PATH
  sha256: string | null; // the release tarball's SHA-256 (lower-case hex) for a version we do not pin
  severities: VulnSeverity[]; // which severities the gate counts
  ignoreUnfixed: boolean;
  ignoreFile: string | null;
  reportPath: string | null; // an existing Trivy JSON report: no install, no run
  scanners: string[]; // vuln, secret
  timeoutSeconds: number;
  dbRepository: string | null;
  failOnScanError: boolean;
}

export interface BudgetConfig {
  sizeBytes: number | null;
  sizeMetric: 'uncompressed' | 'compressed';
  timeSeconds: number | null;
  maxSizeIncrease: IncreaseLimit;
  maxTimeIncrease: IncreaseLimit;
  failOnVulnerabilities: VulnSeverity | 'none';
  failOnBudget: boolean;
}

export interface CommentConfig {
  mode: 'auto' | 'always' | 'never';
  key: string;
  /** Size and build-time changes below these show as unchanged in the comment. */
  minimumChange: { bytes: number; seconds: number };
}

export interface Config {
  mode: 'check' | 'publish';
  workspace: string; // repository root; paths in the report are relative to it
  dockerfile: string; // relative to workspace
  context: string; // relative to workspace
  target: string | null;
  configFile: string | null;
  failOn: FailOn;
  rules: Record<string, RuleSetting>; // by id (MLG007), names already resolved to ids
  ignorePaths: string[]; // context paths the context checks leave out
  build: BuildConfig;
  /** Set when the `image` input names an image to measure: then nothing is built. */
  image: ExistingImage | null;
  scan: ScanConfig;
  budgets: BudgetConfig;
  baselineReport: string | null; // path to a report JSON that overrides the registry baseline
  comment: CommentConfig;
  outputDir: string; // report.json, comment.md, report.sarif go here
  sarifFile: string | null;
  /** mode: publish only: the PR to post a saved comment to. */
  publish: { prNumber: number | null; commentFile: string | null; reportFile: string | null };
}
