// Every rule the tool knows, Dockerfile and image rules, for config validation and SARIF.
import { dockerfileRules } from './lint/rules/index.js';
import { imageRuleMetas } from './image/rules/index.js';
import type { RuleMeta } from './lint/rule-meta.js';
import { compareText } from './util/compare.js';

export function allRuleMetas(): RuleMeta[] {
  return [...dockerfileRules.map((r) => r.meta), ...imageRuleMetas].sort((a, b) => compareText(a.id, b.id));
}

/** Lower-case id or name → id, so configs and suppressions accept either. */
export function ruleNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of allRuleMetas()) {
    index.set(meta.id.toLowerCase(), meta.id);
    index.set(meta.name.toLowerCase(), meta.id);
  }
  return index;
}
