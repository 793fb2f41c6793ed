// What every rule (Dockerfile rules in src/lint/rules, image rules in src/image/rules)
// exports as `meta`: the stable id, kebab-case name, default severity and docs link.
import type { Finding, Severity } from '../report/types.js';

export interface RuleMeta {
  id: string; // MLG001; stable, never renumbered
  name: string; // cuda-devel-final; usable wherever an id is
  severity: Severity; // default, a config file may change it
  description: string; // one line
  docs: string; // URL of docs/rules/<id>.md
  kind: 'dockerfile' | 'image';
}

/** Where a rule's finding points and what it costs; the engine adds rule, name, file, severity and suppression. */
interface RuleFindingPlace {
  line: number; // first line of the instruction, 0 for "the whole file / context"
  endLine?: number; // last line of the instruction
  position?: Finding['position'];
  severity?: Severity; // only when a rule reports at a different level than its default
  bytes?: number;
  origin?: Finding['origin'];
  /** Which of the rule's checks fired, where another linter's rule matches only some (src/lint/interop.ts). */
  facet?: string;
}

/**
 * A finding as a rule reports it: our words in title (≤ 80 characters), detail and fix, with
 * repository text only in quotes (`{0}`, `{1}` … in the text).
 */
export interface StructuredRuleFinding extends RuleFindingPlace, Pick<Finding, 'title' | 'detail' | 'fix' | 'saving'> {
  quotes?: string[];
}

/** Being replaced by StructuredRuleFinding rule by rule: one message mixing our words and repository text. */
export interface LegacyRuleFinding extends RuleFindingPlace {
  message: string;
}

export type RuleFinding = StructuredRuleFinding | LegacyRuleFinding;

export const DOCS_BASE = 'https://github.com/ml-image-guard/ml-image-guard/blob/main/docs/rules';
export const docsUrl = (id: string) => `${DOCS_BASE}/${id}.md`;
