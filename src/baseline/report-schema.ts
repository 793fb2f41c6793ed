// Reading a stored report back. Baselines outlive the code that wrote them, so a report from
// an older ml-image-guard must still load: fields added within a version are left out by an
// older writer and filled in here, and version 1's findings (one message each) are read as
// version 2's fields. A report from a newer version, or anything that is not a report, is
// refused with a reason instead of being half-understood.
import { SCHEMA_VERSION, type Finding, type Report } from '../report/types.js';
import { emptySections } from '../report/defaults.js';

export type ParsedReport = { report: Report; reason?: undefined } | { report: null; reason: string };

type Json = Record<string, unknown>;

export function parseReport(text: string): ParsedReport {
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

/** The fields compare() and the renderings rely on: present ones must have the right shape. */
const FIELD_SHAPES: [path: string, isValid: (value: unknown) => boolean][] = [
  ['findings', arrayOf(isObject)],
  ['budgets', Array.isArray],
  ['notes', Array.isArray],
  ['git', isObject],
  ['build', isObjectOrNull],
  ['build.seconds', isNumberOrNull],
  ['image', isObjectOrNull],
  ['image.size', isNumberOrNull],
  ['image.compressedSize', isNumberOrNull],
  ['image.layers', arrayOf((layer) => isObject(layer) && typeof layer.size === 'number')],
  ['platforms', arrayOf((image) => isObject(image) && isNumberOrNull(image.size ?? null) && isNumberOrNull(image.compressedSize ?? null))],
  [
    'image.analysis.packages.packages',
    arrayOf((pkg) => isObject(pkg) && typeof pkg.name === 'string' && typeof pkg.version === 'string' && typeof pkg.bytes === 'number'),
  ],
  ['scan', isObjectOrNull],
  ['scan.keys', arrayOf((key) => typeof key === 'string')],
];

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

function isNumberOrNull(value: unknown): boolean {
  return value === null || typeof value === 'number';
}
