// The labelled real-world corpus (README.md beside this file): its index and labels, the files
// present on this machine, and the scoring of the lint against the labels. Scoring is pure; only
// the loaders touch the disk.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDockerfile } from '../../src/lint/engine.js';
import { memoryContext } from '../../src/lint/context.js';
import { DockerfileError } from '../../src/lint/dockerfile.js';
import { dockerfileRules } from '../../src/lint/rules/index.js';
import type { Finding } from '../../src/report/types.js';

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
/** Committed files first (none today, see README), then the ones fetch.ts lays down. */
const FILE_DIRS = [join(CORPUS_DIR, 'files'), join(CORPUS_DIR, 'fetched')];

/** The rules the corpus is labelled for (issue 14), in report order. */
export const CORE_RULES = [
  'MLG001',
  'MLG002',
  'MLG003',
  'MLG004',
  'MLG005',
  'MLG006',
  'MLG007',
  'MLG008',
  'MLG011',
  'MLG013',
  'MLG014',
  'MLG015',
] as const;
/** Labelled ambiguous everywhere: an empty build context cannot say anything about it (README). */
export const UNSCORED_RULES: ReadonlySet<string> = new Set(['MLG006']);

export interface IndexEntry {
  id: string;
  repository: string;
  path: string;
  commit: string;
  licence: string;
  category: string;
  accelerator: string;
  blob: string;
  committed: string;
}

export type LabelValue = 'yes' | 'no' | 'ambiguous';

export interface Label {
  id: string;
  rule: string;
  label: LabelValue;
  lines: number[];
  note: string;
}

function readTsv(name: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(join(CORPUS_DIR, name), 'utf8').trimEnd().split('\n');
  const columns = header.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, i) => [columns[i], value])));
}

export function readIndex(): IndexEntry[] {
  return readTsv('index.tsv') as unknown as IndexEntry[];
}

export function readLabels(): Label[] {
  return readTsv('labels.tsv').map((row) => ({
    id: row.id,
    rule: row.rule,
    label: row.label as LabelValue,
    lines: row.lines ? row.lines.split(',').map(Number) : [],
    note: row.note ?? '',
  }));
}

export interface CorpusFile {
  entry: IndexEntry;
  text: string;
}

/** The index's files that are on this machine, and the ids of those that are not. */
export function presentFiles(index: readonly IndexEntry[] = readIndex()): { files: CorpusFile[]; skipped: string[] } {
  const files: CorpusFile[] = [];
  const skipped: string[] = [];
  for (const entry of index) {
    const path = FILE_DIRS.map((dir) => join(dir, `${entry.id}.Dockerfile`)).find((p) => existsSync(p));
    if (path) files.push({ entry, text: readFileSync(path, 'utf8') });
    else skipped.push(entry.id);
  }
  return { files, skipped };
}

export type LintOutcome =
  { kind: 'linted'; findings: Finding[] } | { kind: 'dockerfile-error'; message: string } | { kind: 'crash'; error: string };

/** Lints one file as the corpus is scored: alone, empty context, no .dockerignore, no target, all rules. */
export function lintAlone(text: string): LintOutcome {
  try {
    const { findings } = lintDockerfile({
      text,
      dockerfile: 'Dockerfile',
      target: null,
      context: memoryContext({}),
      rules: dockerfileRules,
      settings: {},
    });
    // A suppressed finding is not shown to the reader as a warning.
    return { kind: 'linted', findings: findings.filter((f) => !f.suppressed) };
  } catch (error) {
    if (error instanceof DockerfileError) return { kind: 'dockerfile-error', message: error.message };
    return { kind: 'crash', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  ambiguous: number;
  /** Findings (distinct lines) in true-positive pairs, and those on a labelled line. */
  tpFindings: number;
  tpFindingsOnLabelledLine: number;
  /** Findings of the rule in all files, whatever the label (for unscored rules). */
  findings: number;
}

export interface Disagreement {
  id: string;
  rule: string;
  flag: 'FP' | 'FN' | 'LINE';
  label: LabelValue;
  labelledLines: number[];
  findingLines: number[];
  message: string;
  note: string;
}

export interface CorpusScore {
  rules: RuleScore[];
  overall: RuleScore;
  linted: number;
  skipped: string[];
  dockerfileErrors: { id: string; message: string }[];
  crashes: { id: string; error: string }[];
  disagreements: Disagreement[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
export const precision = (s: RuleScore) => ratio(s.tp, s.tp + s.fp);
export const recall = (s: RuleScore) => ratio(s.tp, s.tp + s.fn);
export const lineAccuracy = (s: RuleScore) => ratio(s.tpFindingsOnLabelledLine, s.tpFindings);

function emptyScore(rule: string): RuleScore {
  return { rule, tp: 0, fp: 0, fn: 0, tn: 0, ambiguous: 0, tpFindings: 0, tpFindingsOnLabelledLine: 0, findings: 0 };
}

/** Scores lint outcomes (by file id) against the labels; a pair is positive when the rule has a finding. */
export function scoreOutcomes(labels: readonly Label[], outcomes: ReadonlyMap<string, LintOutcome>, skipped: string[]): CorpusScore {
  const byRule = new Map<string, RuleScore>(CORE_RULES.map((rule) => [rule, emptyScore(rule)]));
  const disagreements: Disagreement[] = [];
  for (const label of labels) {
    const outcome = outcomes.get(label.id);
    const score = byRule.get(label.rule);
    if (!outcome || outcome.kind === 'crash' || !score) continue;
    const found = outcome.kind === 'linted' ? outcome.findings.filter((f) => f.rule === label.rule) : [];
    const lines = [...new Set(found.map((f) => f.line))].sort((a, b) => a - b);
    score.findings += found.length;
    if (UNSCORED_RULES.has(label.rule) || label.label === 'ambiguous') {
      score.ambiguous++;
      continue;
    }
    const disagreement = (flag: Disagreement['flag']): Disagreement => ({
      id: label.id,
      rule: label.rule,
      flag,
      label: label.label,
      labelledLines: label.lines,
      findingLines: lines,
      message: found[0]?.message ?? '',
      note: label.note,
    });
    if (label.label === 'yes' && lines.length > 0) {
      score.tp++;
      const onLabel = lines.filter((line) => label.lines.includes(line)).length;
      score.tpFindings += lines.length;
      score.tpFindingsOnLabelledLine += onLabel;
      if (onLabel < lines.length) disagreements.push(disagreement('LINE'));
    } else if (label.label === 'yes') {
      score.fn++;
      disagreements.push(disagreement('FN'));
    } else if (lines.length > 0) {
      score.fp++;
      disagreements.push(disagreement('FP'));
    } else score.tn++;
  }
  const rules = [...byRule.values()];
  const overall = emptyScore('overall');
  for (const s of rules.filter((r) => !UNSCORED_RULES.has(r.rule))) {
    for (const key of ['tp', 'fp', 'fn', 'tn', 'ambiguous', 'tpFindings', 'tpFindingsOnLabelledLine', 'findings'] as const)
      overall[key] += s[key];
  }
  const failures = [...outcomes].filter(([, o]) => o.kind !== 'linted');
  return {
    rules,
    overall,
    linted: outcomes.size,
    skipped,
    dockerfileErrors: failures.flatMap(([id, o]) => (o.kind === 'dockerfile-error' ? [{ id, message: o.message }] : [])),
    crashes: failures.flatMap(([id, o]) => (o.kind === 'crash' ? [{ id, error: o.error }] : [])),
    disagreements,
  };
}

/** Lints every present file alone and scores it against the labels. */
export function scoreCorpus(): CorpusScore {
  const { files, skipped } = presentFiles();
  const outcomes = new Map(files.map((file) => [file.entry.id, lintAlone(file.text)]));
  return scoreOutcomes(readLabels(), outcomes, skipped);
}
