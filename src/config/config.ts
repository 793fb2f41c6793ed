// Raw inputs (action inputs or CLI flags) + the config file → one validated Config.
// Precedence: a value given explicitly > the config file > the default. An action input
// equal to its default counts as not given, because the runner sets every input.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep, posix } from 'node:path';
import { INPUTS, splitList, type InputName, type RawInputs } from './inputs.js';
import { parseConfigFile, type FileConfig } from './file.js';
import { ConfigError, parseDuration, parseIncrease, parseSize } from './units.js';
import type { Config, FailOn, RuleSetting } from './types.js';
import { csvValue, readBuildxFlags, readExistingImage, readPlatforms, readSecrets } from './buildx-inputs.js';
import { VULN_SEVERITIES, type VulnSeverity } from '../report/types.js';

export const DEFAULT_CONFIG_FILE = '.ml-image-guard.yml';

export interface ConfigEnvironment {
  workspace: string; // GITHUB_WORKSPACE or cwd
  tempDir: string; // RUNNER_TEMP or os.tmpdir()
  /** Rule ids and names, to resolve names in the config file and validate ids. */
  ruleNames: ReadonlyMap<string, string>; // lower-case id or name → id
}

export async function buildConfig(raw: RawInputs, env: ConfigEnvironment): Promise<Config> {
  const configPath = text(raw, 'config');
  const file = await loadConfigFile(env.workspace, configPath);
  const get = (name: InputName): string | string[] => {
    const given = raw[name];
    const isDefault = given === undefined || given === INPUTS[name].default || (Array.isArray(given) && given.length === 0);
    if (!isDefault) return given;
    return file.inputs[name] ?? INPUTS[name].default;
  };
  const str = (name: InputName) => {
    const value = get(name);
    return (Array.isArray(value) ? value.join('\n') : value).trim();
  };
  const list = (name: InputName) => splitList(name, get(name));
  const bool = (name: InputName) => parseBoolean(name, str(name));
  const optional = (name: InputName) => str(name) || null;

  const buildx = { str, list, bool };
  // build-push-action calls the Dockerfile `file`.
  const dockerfile = str('file') || str('dockerfile');
  const dockerfileRel = toRelative(env.workspace, dockerfile);
  const context = toRelative(env.workspace, str('context'));
  const target = optional('target');

  const config: Config = {
    mode: oneOf('mode', str('mode'), ['check', 'publish'] as const),
    workspace: env.workspace,
    dockerfile: dockerfileRel,
    context,
    target,
    configFile: file === EMPTY_FILE ? null : configPath || DEFAULT_CONFIG_FILE,
    failOn: oneOf<FailOn>('fail-on', str('fail-on').toLowerCase(), ['error', 'warning', 'info', 'never']),
    rules: resolveRules(file.rules, env.ruleNames, configPath || DEFAULT_CONFIG_FILE),
    ignorePaths: file.ignorePaths,
    build: {
      enabled: bool('build'),
      buildArgs: list('build-args'),
      ...readSecrets(buildx),
      tags: list('tags'),
      platforms: readPlatforms(buildx),
      push: bool('push'),
      load: bool('load'),
      builder: optional('builder'),
      cacheRef: cacheRef(optional('cache-ref')),
      cacheMode: oneOf('cache-mode', str('cache-mode'), ['max', 'min'] as const),
      cacheFrom: list('cache-from'),
      cacheTo: list('cache-to'),
      noCache: bool('no-cache'),
      analyzeLayers: oneOf('analyze-layers', str('analyze-layers'), ['auto', 'true', 'false'] as const),
      flags: readBuildxFlags(buildx),
    },
    image: readExistingImage(buildx),
    scan: {
      enabled: bool('trivy'),
      version: str('trivy-version'),
      sha256: sha256(optional('trivy-sha256')),
      severities: list('trivy-severity').map((s) => vulnSeverity('trivy-severity', s)),
      ignoreUnfixed: bool('trivy-ignore-unfixed'),
      ignoreFile: optional('trivy-ignore-file'),
      reportPath: optional('trivy-report'),
      scanners: list('trivy-scanners').map((s) => oneOf('trivy-scanners', s, ['vuln', 'secret', 'misconfig', 'license'] as const)),
      timeoutSeconds: parseDuration('trivy-timeout', str('trivy-timeout')),
      dbRepository: optional('trivy-db-repository'),
      failOnScanError: bool('fail-on-scan-error'),
    },
    budgets: {
      sizeBytes: offOr(str('size-budget'), (v) => parseSize('size-budget', v)),
      sizeMetric: oneOf('size-metric', str('size-metric'), ['uncompressed', 'compressed'] as const),
      timeSeconds: offOr(str('time-budget'), (v) => parseDuration('time-budget', v)),
      maxSizeIncrease: parseIncrease('max-size-increase', str('max-size-increase'), 'size'),
      maxTimeIncrease: parseIncrease('max-time-increase', str('max-time-increase'), 'time'),
      failOnVulnerabilities: failOnVulnerabilities(str('fail-on-vulnerabilities')),
      failOnBudget: bool('fail-on-budget'),
    },
    baselineReport: optional('baseline-report'),
    comment: {
      mode: oneOf('comment', str('comment'), ['auto', 'always', 'never'] as const),
      key: str('comment-key') || defaultCommentKey(dockerfileRel, target),
      minimumChange: minimumChange(str('minimum-change-threshold')),
    },
    outputDir: str('output-dir') || join(env.tempDir, 'ml-image-guard', safeName(defaultCommentKey(dockerfileRel, target))),
    sarifFile: optional('sarif-file'),
    publish: {
      prNumber: prNumber(str('pr-number')),
      commentFile: optional('comment-file'),
      reportFile: optional('report-file'),
    },
  };
  if (config.scan.severities.length === 0) throw new ConfigError('trivy-severity: give at least one severity, e.g. CRITICAL,HIGH');
  return config;
}

const EMPTY_FILE: FileConfig = { rules: {}, ignorePaths: [], inputs: {} };

async function loadConfigFile(workspace: string, given: string): Promise<FileConfig> {
  const path = resolve(workspace, given || DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (given) throw new ConfigError(`config: ${given} does not exist; remove the input or create the file (see README, "Config file")`);
    return EMPTY_FILE;
  }
  return parseConfigFile(readFileSync(path, 'utf8'), given || DEFAULT_CONFIG_FILE);
}

function resolveRules(rules: Record<string, RuleSetting>, names: ReadonlyMap<string, string>, where: string) {
  const resolved: Record<string, RuleSetting> = {};
  for (const [key, setting] of Object.entries(rules)) {
    const id = names.get(key.toLowerCase());
    if (!id) throw new ConfigError(`${where}: rules.${key} is not a rule id or name (e.g. MLG007 or pip-cache)`);
    resolved[id] = setting;
  }
  return resolved;
}

/** `1MB, 10s`: a size and/or a duration, in either order; what is left out keeps its default. */
function minimumChange(text: string): Config['comment']['minimumChange'] {
  const [bytesDefault, secondsDefault] = INPUTS['minimum-change-threshold'].default.split(/[\s,]+/);
  const result = {
    bytes: parseSize('minimum-change-threshold', bytesDefault),
    seconds: parseDuration('minimum-change-threshold', secondsDefault),
  };
  for (const part of text.split(/\s*,\s*/).filter(Boolean)) {
    if (/b$/i.test(part)) result.bytes = parseSize('minimum-change-threshold', part);
    else result.seconds = parseDuration('minimum-change-threshold', part);
  }
  return result;
}

/** The key that keeps one sticky comment per image in a matrix: dockerfile + target. */
export function defaultCommentKey(dockerfile: string, target: string | null): string {
  return target ? `${dockerfile}#${target}` : dockerfile;
}

function safeName(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]+/g, '_');
}

function text(raw: RawInputs, name: InputName): string {
  const value = raw[name];
  return (Array.isArray(value) ? value.join('\n') : (value ?? '')).trim();
}

function toRelative(workspace: string, path: string): string {
  const rel = relative(workspace, resolve(workspace, path)).split(sep).join(posix.sep);
  return rel === '' ? '.' : rel;
}

export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off', ''].includes(v)) return false;
  throw new ConfigError(`${name}: "${value}" is not a boolean; use true or false`);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`${name}: "${value}" is not one of ${allowed.join(', ')}`);
}

function vulnSeverity(name: string, value: string): VulnSeverity {
  return oneOf(name, value.toUpperCase(), VULN_SEVERITIES);
}

function failOnVulnerabilities(value: string): VulnSeverity | 'none' {
  if (value.toLowerCase() === 'none' || value.toLowerCase() === 'off') return 'none';
  return vulnSeverity('fail-on-vulnerabilities', value);
}

function offOr<T>(value: string, parse: (v: string) => T): T | null {
  return value.toLowerCase() === 'off' || value === '' ? null : parse(value);
}

/** The cache ref goes into `--cache-to type=registry,ref=…`: a comma must not add options. */
function cacheRef(value: string | null): string | null {
  return value === null ? null : csvValue('cache-ref', value);
}

/** trivy-sha256: the tarball's hash as `sha256sum` prints it, with or without a `sha256:` prefix. */
function sha256(value: string | null): string | null {
  if (value === null) return null;
  const hex = value.replace(/^sha256:/i, '');
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new ConfigError(`trivy-sha256: "${value}" is not a SHA-256 (64 hex digits, as sha256sum prints it)`);
  return hex.toLowerCase();
}

function prNumber(value: string): number | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value)) throw new ConfigError(`pr-number: "${value}" is not a pull request number, e.g. 42`);
  return Number(value);
}
