// What every rule (Dockerfile rules in src/lint/rules, image rules in src/image/rules)
// exports as `meta`: the stable id, kebab-case name, default severity and docs link.
import type { Severity } from '../report/types.js';

export interface RuleMeta {
  id: string; // MLG001; stable, never renumbered
  name: string; // cuda-devel-final; usable wherever an id is
  severity: Severity; // default, a config file may change it
  description: string; // one line
  docs: string; // URL of docs/rules/<id>.md
  kind: 'dockerfile' | 'image';
}

/** A finding as a rule reports it; the engine adds rule, name, file, severity and suppression. */
export interface RuleFinding {
  message: string;
  line: number; // 1-based, 0 for "the whole file / context"
  endLine?: number;
  severity?: Severity; // only when a rule reports at a different level than its default
  bytes?: number;
}

export const DOCS_BASE = 'https://github.com/ml-image-guard/ml-image-guard/blob/main/docs/rules';
export const docsUrl = (id: string) => `${DOCS_BASE}/${id}.md`;
