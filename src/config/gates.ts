// The gates a workflow and the repository's config file can both set, and which of two values is
// the stricter one, in one place. A pull request can edit .ml-image-guard.yml, so the file may
// tighten a gate the workflow set but never loosen it; what the workflow left blank, the file sets
// (it beats the defaults). A file value that would loosen a held gate is not applied, with a note.
import { INPUTS, splitList, type InputName, type RawInputs } from './inputs.js';
import { ConfigError, oneOf, parseBoolean, parseDuration, parseIncrease, parseSize } from './units.js';
import type { FailOn, IncreaseLimit } from './types.js';
import { VULN_SEVERITIES, type VulnSeverity } from '../report/types.js';

export interface Gates {
  'fail-on': FailOn;
  'size-budget': number | null;
  'size-metric': 'uncompressed' | 'compressed';
  'time-budget': number | null;
  'max-size-increase': IncreaseLimit;
  'max-time-increase': IncreaseLimit;
  'fail-on-vulnerabilities': VulnSeverity | 'none';
  'fail-on-budget': boolean;
  'trivy-severity': VulnSeverity[];
  'trivy-ignore-unfixed': boolean;
}
export type GateName = keyof Gates;

interface GateSpec<T> {
  parse(name: string, text: string): T;
  /** The stricter of two values; null when they cannot be compared (10% against +200MB): the workflow's holds. */
  tighter(a: T, b: T): T | null;
  /** The workflow holds this gate when it sets any of these: a file value that changes it must not loosen them. */
  heldBy: InputName[];
}

const FAIL_ON: readonly FailOn[] = ['never', 'error', 'warning', 'info']; // loosest first
const VULN_THRESHOLDS: readonly (VulnSeverity | 'none')[] = ['none', ...VULN_SEVERITIES]; // loosest first
const BUDGET_GATES: InputName[] = ['size-budget', 'time-budget', 'max-size-increase', 'max-time-increase'];

const later =
  <T>(order: readonly T[]) =>
  (a: T, b: T) =>
    order.indexOf(a) >= order.indexOf(b) ? a : b;
const smallerBudget = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

function smallerIncrease(a: IncreaseLimit, b: IncreaseLimit): IncreaseLimit | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a.kind !== b.kind) return null;
  return a.value <= b.value ? a : b;
}

const offOr =
  <T>(parse: (name: string, text: string) => T) =>
  (name: string, text: string): T | null =>
    text.toLowerCase() === 'off' ? null : parse(name, text);

function vulnSeverity(name: string, text: string): VulnSeverity {
  return oneOf(name, text.toUpperCase(), VULN_SEVERITIES);
}

const GATES: { [K in GateName]: GateSpec<Gates[K]> } = {
  'fail-on': {
    parse: (name, text) => oneOf(name, text.toLowerCase(), ['error', 'warning', 'info', 'never'] as const),
    tighter: later(FAIL_ON),
    heldBy: ['fail-on'],
  },
  'size-budget': { parse: offOr(parseSize), tighter: smallerBudget, heldBy: ['size-budget'] },
  // The uncompressed size is never below the compressed one: the same number is a tighter budget on it.
  'size-metric': {
    parse: (name, text) => oneOf(name, text, ['uncompressed', 'compressed'] as const),
    tighter: (a, b) => (a === 'uncompressed' || b === 'uncompressed' ? 'uncompressed' : 'compressed'),
    heldBy: ['size-metric', 'size-budget', 'max-size-increase'],
  },
  'time-budget': { parse: offOr(parseDuration), tighter: smallerBudget, heldBy: ['time-budget'] },
  'max-size-increase': {
    parse: (name, text) => parseIncrease(name, text, 'size'),
    tighter: smallerIncrease,
    heldBy: ['max-size-increase'],
  },
  'max-time-increase': {
    parse: (name, text) => parseIncrease(name, text, 'time'),
    tighter: smallerIncrease,
    heldBy: ['max-time-increase'],
  },
  'fail-on-vulnerabilities': {
    parse: (name, text) => (/^(none|off)$/i.test(text) ? 'none' : vulnSeverity(name, text)),
    tighter: later(VULN_THRESHOLDS),
    heldBy: ['fail-on-vulnerabilities'],
  },
  // false turns every budget the workflow set into a warning.
  'fail-on-budget': { parse: parseBoolean, tighter: (a, b) => a || b, heldBy: ['fail-on-budget', ...BUDGET_GATES] },
  // Counting more severities is stricter: the union counts what either counts.
  'trivy-severity': {
    parse: (name, text) => {
      const severities = splitList('trivy-severity', text).map((s) => vulnSeverity(name, s));
      if (severities.length === 0) throw new ConfigError(`${name}: give at least one severity, e.g. CRITICAL,HIGH`);
      return severities;
    },
    tighter: (a, b) => VULN_SEVERITIES.filter((s) => a.includes(s) || b.includes(s)),
    heldBy: ['trivy-severity', 'fail-on-vulnerabilities'],
  },
  'trivy-ignore-unfixed': { parse: parseBoolean, tighter: (a, b) => a && b, heldBy: ['trivy-ignore-unfixed', 'fail-on-vulnerabilities'] },
};

export const GATE_NAMES = Object.keys(GATES) as GateName[];

/** Blank (a `${{ vars.X }}` that is not set) is not given. */
function given(raw: RawInputs, name: InputName): string | null {
  const value = raw[name];
  const text = (Array.isArray(value) ? value.join('\n') : (value ?? '')).trim();
  return text === '' ? null : text;
}

/**
 * The effective gates: the workflow's value, tightened by the config file's; or the file's where
 * the workflow left the gate blank; or the default. Every value is parsed, so a typo in either
 * place is an error that names where it is.
 */
export function resolveGates(workflow: RawInputs, file: RawInputs, fileName: string): { gates: Gates; notes: string[] } {
  const gates = {} as Record<GateName, unknown>;
  const notes: string[] = [];
  for (const name of GATE_NAMES) {
    const spec = GATES[name] as GateSpec<unknown>;
    const workflowText = given(workflow, name);
    const fileText = given(file, name);
    const fromWorkflow = workflowText === null ? null : spec.parse(name, workflowText);
    const fromFile = fileText === null ? null : spec.parse(`${fileName}: budgets.${name}`, fileText);
    const base = workflowText === null ? spec.parse(name, INPUTS[name].default) : fromWorkflow;
    const holders = spec.heldBy.filter((input) => given(workflow, input) !== null);
    if (fileText === null) gates[name] = base;
    else if (holders.length === 0) gates[name] = fromFile;
    else {
      const effective = spec.tighter(base, fromFile) ?? base;
      gates[name] = effective;
      if (JSON.stringify(effective) !== JSON.stringify(fromFile)) {
        const sets = holders.map((input) => `${input}: ${given(workflow, input)}`).join(', ');
        notes.push(
          `${fileName}: budgets.${name}: ${fileText} not applied: the workflow sets ${sets}, ` +
            'and the config file can only tighten a gate the workflow sets',
        );
      }
    }
  }
  return { gates: gates as unknown as Gates, notes };
}
