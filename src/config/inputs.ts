// Every input, its default and its kind, in one table. action.yml states the same defaults
// (a test keeps them equal); the CLI takes the same names as flags (--cache-ref ...).
import { DEFAULT_TRIVY_VERSION } from '../scan/release.js';

export type InputKind = 'string' | 'boolean' | 'list';

export interface InputSpec {
  default: string;
  kind: InputKind;
}

export const INPUTS = {
  mode: { default: 'check', kind: 'string' },
  dockerfile: { default: 'Dockerfile', kind: 'string' },
  context: { default: '.', kind: 'string' },
  target: { default: '', kind: 'string' },
  config: { default: '', kind: 'string' },
  'fail-on': { default: 'error', kind: 'string' },
  build: { default: 'true', kind: 'boolean' },
  'build-args': { default: '', kind: 'list' },
  secrets: { default: '', kind: 'list' },
  tags: { default: '', kind: 'list' },
  platform: { default: '', kind: 'string' },
  push: { default: 'false', kind: 'boolean' },
  builder: { default: '', kind: 'string' },
  'cache-ref': { default: '', kind: 'string' },
  'cache-mode': { default: 'max', kind: 'string' },
  'cache-from': { default: '', kind: 'list' },
  'cache-to': { default: '', kind: 'list' },
  'no-cache': { default: 'false', kind: 'boolean' },
  'analyze-layers': { default: 'auto', kind: 'string' },
  // An image another step built, measured instead of building (build-push-action's outputs).
  image: { default: '', kind: 'string' },
  'build-metadata': { default: '', kind: 'string' },
  // docker/build-push-action's inputs, same names and formats.
  file: { default: '', kind: 'string' },
  platforms: { default: '', kind: 'list' },
  load: { default: 'false', kind: 'boolean' },
  pull: { default: 'false', kind: 'boolean' },
  labels: { default: '', kind: 'list' },
  annotations: { default: '', kind: 'list' },
  'build-contexts': { default: '', kind: 'list' },
  network: { default: '', kind: 'string' },
  allow: { default: '', kind: 'list' },
  ssh: { default: '', kind: 'list' },
  'secret-files': { default: '', kind: 'list' },
  'secret-envs': { default: '', kind: 'list' },
  provenance: { default: '', kind: 'string' },
  sbom: { default: '', kind: 'string' },
  attests: { default: '', kind: 'list' },
  outputs: { default: '', kind: 'list' },
  'shm-size': { default: '', kind: 'string' },
  ulimit: { default: '', kind: 'list' },
  'add-hosts': { default: '', kind: 'list' },
  'cgroup-parent': { default: '', kind: 'string' },
  call: { default: '', kind: 'string' },
  'no-cache-filters': { default: '', kind: 'list' },
  trivy: { default: 'true', kind: 'boolean' },
  'trivy-version': { default: DEFAULT_TRIVY_VERSION, kind: 'string' },
  'trivy-sha256': { default: '', kind: 'string' },
  'trivy-severity': { default: 'CRITICAL,HIGH', kind: 'list' },
  'trivy-ignore-unfixed': { default: 'true', kind: 'boolean' },
  'trivy-ignore-file': { default: '', kind: 'string' },
  'trivy-report': { default: '', kind: 'string' },
  'trivy-scanners': { default: 'vuln', kind: 'list' },
  'trivy-timeout': { default: '10m', kind: 'string' },
  'trivy-db-repository': { default: '', kind: 'string' },
  'fail-on-scan-error': { default: 'false', kind: 'boolean' },
  'size-budget': { default: '3GB', kind: 'string' },
  'size-metric': { default: 'uncompressed', kind: 'string' },
  'time-budget': { default: '5m', kind: 'string' },
  'max-size-increase': { default: '10%', kind: 'string' },
  'max-time-increase': { default: 'off', kind: 'string' },
  'fail-on-vulnerabilities': { default: 'critical', kind: 'string' },
  'fail-on-budget': { default: 'true', kind: 'boolean' },
  'baseline-report': { default: '', kind: 'string' },
  comment: { default: 'auto', kind: 'string' },
  'comment-key': { default: '', kind: 'string' },
  'minimum-change-threshold': { default: '1MB, 10s', kind: 'string' },
  'github-token': { default: '${{ github.token }}', kind: 'string' },
  'sarif-file': { default: '', kind: 'string' },
  'output-dir': { default: '', kind: 'string' },
  'pr-number': { default: '', kind: 'string' },
  'report-file': { default: '', kind: 'string' },
  'comment-file': { default: '', kind: 'string' },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

/** Raw values as given: action inputs or CLI flags. Absent = not given. */
export type RawInputs = Partial<Record<InputName, string | string[]>>;

// Lists whose values cannot contain a comma, so a comma separates them too (as build-push-action
// splits them); build-args, secrets, labels, outputs … hold commas and split on newlines only.
const COMMA_LISTS: ReadonlySet<InputName> = new Set<InputName>([
  'trivy-severity',
  'trivy-scanners',
  'tags',
  'platforms',
  'allow',
  'ssh',
  'secret-envs',
  'add-hosts',
  'no-cache-filters',
]);

/** Splits a list input: newlines or commas (commas only where values cannot contain them). */
export function splitList(name: InputName, value: string | string[]): string[] {
  const items = Array.isArray(value) ? value : value.split(/\r?\n/);
  const commaSeparated = COMMA_LISTS.has(name);
  return items
    .flatMap((item) => (commaSeparated ? item.split(',') : [item]))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
