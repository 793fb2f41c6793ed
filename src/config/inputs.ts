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
  trivy: { default: 'true', kind: 'boolean' },
  'trivy-version': { default: DEFAULT_TRIVY_VERSION, kind: 'string' },
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

/** Splits a list input: newlines or commas (commas only where values cannot contain them). */
export function splitList(name: InputName, value: string | string[]): string[] {
  const items = Array.isArray(value) ? value : value.split(/\r?\n/);
  // build-args and secrets contain commas (id=x,src=y); the others are simple tokens.
  const commaSeparated = name === 'trivy-severity' || name === 'trivy-scanners' || name === 'tags';
  return items
    .flatMap((item) => (commaSeparated ? item.split(',') : [item]))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
