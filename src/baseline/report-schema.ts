// Reading a stored report back. Baselines outlive the code that wrote them, so a report from
// an older ml-image-guard must still load: fields added within a version are left out by an
// older writer and filled in here, and version 1's findings (one message each) are read as
// version 2's fields. A report from a newer version, or anything that is not a report, is
// refused with a reason instead of being half-understood.
import { SCHEMA_VERSION, type Finding, type Report } from '../report/types.js';
import { emptySections } from '../report/defaults.js';

export type ParsedReport = { report: Report; reason?: undefined } | { report: null; reason: string };

type Json = Record<string, unknown>;

/**
 * The largest report we read back: a real one with a package inventory is a few MB. Anything
 * bigger is refused before it is parsed (a 123 MB file took 21 s and 950 MB of memory to parse).
 */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

export function parseReport(text: string): ParsedReport {
  // UTF-16 length ≤ bytes ≤ 3 × length: refuse clearly oversized text without counting its bytes.
  if (text.length > MAX_REPORT_BYTES || Buffer.byteLength(text) > MAX_REPORT_BYTES) {
    return refuse(`larger than the ${MAX_REPORT_BYTES} bytes a report may have`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { report: null, reason: `not valid JSON (${(e as Error).message})` };
  }
  return upgradeReport(json);
}

/** Checks the version and fills what older versions did not write with neutral defaults. */
export function upgradeReport(json: unknown): ParsedReport {
  if (!isObject(json)) return refuse('not a JSON object');
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('no valid schemaVersion: not an ml-image-guard report');
  }
  if (version > SCHEMA_VERSION) {
    return refuse(`schemaVersion ${version} is newer than this ml-image-guard reads (${SCHEMA_VERSION}); update the action`);
  }
  const wrongField = firstWrongField(json);
  if (wrongField) return refuse(`field ${wrongField} has the wrong type`);

  const git = isObject(json.git) ? json.git : {};
  const report = {
    tool: { name: 'ml-image-guard', version: 'unknown' },
    createdAt: '',
    key: '',
    dockerfile: 'Dockerfile',
    context: '.',
    target: null,
    ...emptySections(),
    ...json,
    git: { repository: null, sha: null, ref: null, branch: null, pr: null, ...git },
    schemaVersion: SCHEMA_VERSION,
  } as Report;
  if (version === 1) report.findings = report.findings.map(upgradeFinding);
  if (report.image) report.image = { ...report.image, layers: report.image.layers ?? [] };
  if (report.build) report.build = { ...report.build, steps: report.build.steps ?? [] };
  return { report };
}

/** A version 1 finding had only `message`, our words and repository text mixed: all of it is a quote now, so it renders escaped. */
function upgradeFinding(finding: Finding): Finding {
  const message = typeof finding.message === 'string' ? finding.message : '';
  return { ...finding, title: '{0}', detail: '', fix: '', quotes: [message], message };
}

/** The fields compare(), baseFacts() and the renderings rely on: present ones must have the right shape. */
const FIELD_SHAPES: [path: string, isValid: (value: unknown) => boolean][] = [
  ['key', isString],
  ['passed', isBoolean],
  ['findings', arrayOf(isFinding)],
  ['budgets', Array.isArray],
  ['notes', arrayOf(isString)],
  ['git', isObject],
  ['git.sha', isStringOrNull],
  ['git.branch', isStringOrNull],
  ['git.repository', isStringOrNull],
  ['summary', isObject],
  ['build', isObjectOrNull],
  ['build.seconds', orNull(isCount)],
  ['build.steps', Array.isArray],
  ['image', isObjectOrNull],
  ['image.size', orNull(isByteCount)],
  ['image.compressedSize', orNull(isByteCount)],
  ['image.layers', arrayOf(isLayer)],
  [
    'platforms',
    arrayOf(
      (image) =>
        isObject(image) &&
        orNull(isByteCount)(image.size ?? null) &&
        orNull(isByteCount)(image.compressedSize ?? null) &&
        (image.layers === undefined || arrayOf(isLayer)(image.layers)),
    ),
  ],
  [
    'image.analysis.packages.packages',
    arrayOf((pkg) => isObject(pkg) && isString(pkg.name) && isString(pkg.version) && isByteCount(pkg.bytes)),
  ],
  ['scan', isObjectOrNull],
  ['scan.keys', arrayOf(isString)],
];

const SEVERITIES = ['error', 'warning', 'info'];

/** A finding as version 2 writes it; version 1's have only a message, and are upgraded after this check. */
function isFinding(value: unknown): boolean {
  if (!isObject(value) || !isString(value.rule) || !SEVERITIES.includes(value.severity as string)) return false;
  const texts = ['name', 'title', 'detail', 'fix', 'message', 'file'].every((name) => value[name] === undefined || isString(value[name]));
  const lines = ['line', 'endLine'].every((name) => value[name] === undefined || isCount(value[name]));
  return texts && lines && (value.quotes === undefined || arrayOf(isString)(value.quotes));
}

function isLayer(value: unknown): boolean {
  return (
    isObject(value) &&
    isByteCount(value.size) &&
    (value.compressedSize === undefined || isByteCount(value.compressedSize)) &&
    isString(value.createdBy) &&
    (value.line === undefined || orNull(isCount)(value.line))
  );
}

/** Bytes: a whole number from 0 to 2^53 (a 1e308 or negative "size" is not one). */
function isByteCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Seconds, lines: finite and not negative. */
function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER;
}

function firstWrongField(json: Json): string | null {
  for (const [path, isValid] of FIELD_SHAPES) {
    const value = path.split('.').reduce<unknown>((at, name) => (isObject(at) ? at[name] : undefined), json);
    if (value !== undefined && !isValid(value)) return path;
  }
  return null;
}

function refuse(reason: string): ParsedReport {
  return { report: null, reason };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(isValidItem: (item: unknown) => boolean): (value: unknown) => boolean {
  return (value) => Array.isArray(value) && value.every(isValidItem);
}

function isObjectOrNull(value: unknown): boolean {
  return value === null || isObject(value);
}

function orNull(isValid: (value: unknown) => boolean): (value: unknown) => boolean {
  return (value) => value === null || isValid(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function isBoolean(value: unknown): boolean {
  return typeof value === 'boolean';
}
