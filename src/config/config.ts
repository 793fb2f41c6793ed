// Raw inputs (action inputs or CLI flags) + the config file → one validated Config.
// Precedence: a value the workflow gives > the config file > the default, and the config file
// may only tighten a gate the workflow set (gates.ts). A blank input is not given: it means the
// default. Gate inputs have no action.yml default, so the runner leaves them blank unless set.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, posix } from 'node:path';
import { INPUTS, splitList, type InputName, type RawInputs } from './inputs.js';
import { parseConfigFile, type FileConfig } from './file.js';
import { ConfigError, oneOf, parseBoolean, parseDuration, parseSize } from './units.js';
import type { Config, RuleSetting } from './types.js';
import { cacheSpec, imageReference, readBuildxFlags, readExistingImage, readPlatforms, readSecrets } from './buildx-inputs.js';
import { resolveGates } from './gates.js';
import { readFileInside } from '../util/confined-fs.js';

export const DEFAULT_CONFIG_FILE = '.ml-image-guard.yml';

export interface ConfigEnvironment {
  workspace: string; // GITHUB_WORKSPACE or cwd
  tempDir: string; // RUNNER_TEMP or os.tmpdir()
  /** Rule ids and names, to resolve names in the config file and validate ids. */
  ruleNames: ReadonlyMap<string, string>; // lower-case id or name → id
}

export interface BuildOptions {
  /** false: leave the config file unread (the fallback config an input error is reported with). */
  readConfigFile?: boolean;
}

export async function buildConfig(raw: RawInputs, env: ConfigEnvironment, options: BuildOptions = {}): Promise<Config> {
  const configPath = text(raw, 'config');
  const file = options.readConfigFile === false ? EMPTY_FILE : await loadConfigFile(env.workspace, configPath);
  const get = (name: InputName): string | string[] => {
    const given = raw[name];
    const blank = given === undefined || (Array.isArray(given) ? given.every((v) => v.trim() === '') : given.trim() === '');
    return blank ? INPUTS[name].default : given;
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
  const { gates, notes } = resolveGates(raw, file.inputs, configPath || DEFAULT_CONFIG_FILE);

  const config: Config = {
    mode: oneOf('mode', str('mode'), ['check', 'publish'] as const),
    workspace: env.workspace,
    dockerfile: dockerfileRel,
    context,
    target,
    configFile: file === EMPTY_FILE ? null : configPath || DEFAULT_CONFIG_FILE,
    failOn: gates['fail-on'],
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
      // It goes into `--cache-to type=registry,ref=…`: an image reference, so no comma can add options.
      cacheRef: imageReference('cache-ref', optional('cache-ref')),
      cacheMode: oneOf('cache-mode', str('cache-mode'), ['max', 'min'] as const),
      cacheFrom: list('cache-from').map((spec) => cacheSpec('cache-from', spec)),
      cacheTo: list('cache-to').map((spec) => cacheSpec('cache-to', spec)),
      noCache: bool('no-cache'),
      analyzeLayers: oneOf('analyze-layers', str('analyze-layers'), ['auto', 'true', 'false'] as const),
      flags: readBuildxFlags(buildx),
    },
    image: readExistingImage(buildx),
    scan: {
      enabled: bool('trivy'),
      version: str('trivy-version'),
      sha256: sha256(optional('trivy-sha256')),
      severities: gates['trivy-severity'],
      ignoreUnfixed: gates['trivy-ignore-unfixed'],
      ignoreFile: optional('trivy-ignore-file'),
      reportPath: optional('trivy-report'),
      scanners: list('trivy-scanners').map((s) => oneOf('trivy-scanners', s, ['vuln', 'secret', 'misconfig', 'license'] as const)),
      timeoutSeconds: parseDuration('trivy-timeout', str('trivy-timeout')),
      dbRepository: optional('trivy-db-repository'),
      failOnScanError: bool('fail-on-scan-error'),
    },
    budgets: {
      sizeBytes: gates['size-budget'],
      sizeMetric: gates['size-metric'],
      timeSeconds: gates['time-budget'],
      maxSizeIncrease: gates['max-size-increase'],
      maxTimeIncrease: gates['max-time-increase'],
      failOnVulnerabilities: gates['fail-on-vulnerabilities'],
      failOnBudget: gates['fail-on-budget'],
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
    notes,
  };
  return config;
}

/**
 * The config an input error is reported with: the inputs without the config file, else only the
 * inputs that say where the report goes (when those are fine), else the defaults alone.
 */
export async function fallbackConfig(raw: RawInputs, env: ConfigEnvironment): Promise<Config> {
  const whereTo: InputName[] = ['output-dir', 'sarif-file', 'file', 'dockerfile', 'context', 'comment-key'];
  for (const inputs of [raw, Object.fromEntries(whereTo.map((name) => [name, raw[name]])) as RawInputs]) {
    try {
      return await buildConfig(inputs, env, { readConfigFile: false });
    } catch {
      // the next, smaller set of inputs
    }
  }
  return buildConfig({}, env, { readConfigFile: false });
}

const EMPTY_FILE: FileConfig = { rules: {}, ignorePaths: [], inputs: {} };
const MAX_CONFIG_FILE_BYTES = 1024 * 1024;

async function loadConfigFile(workspace: string, given: string): Promise<FileConfig> {
  const name = given || DEFAULT_CONFIG_FILE;
  const path = resolve(workspace, name);
  if (!existsSync(path)) {
    if (given) throw new ConfigError(`config: ${given} does not exist; remove the input or create the file (see README, "Config file")`);
    return EMPTY_FILE;
  }
  let text: string;
  try {
    // Repository content: a regular file inside the workspace, bounded in bytes.
    text = readFileInside(path, given ? [workspace, dirname(path)] : [workspace], MAX_CONFIG_FILE_BYTES).toString('utf8');
  } catch (error) {
    throw new ConfigError(`${name}: cannot be read (${(error as Error).message.split('\n')[0]}); make it a YAML file in the repository`);
  }
  return parseConfigFile(text, name);
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
  const number = /^[1-9]\d*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number))
    throw new ConfigError(`pr-number: ${JSON.stringify(value.slice(0, 40))} is not a pull request number, e.g. 42`);
  return number;
}
