// Tests read a rule's finding as one line of text, whether the rule reports it structured
// (title, detail, fix, quotes) or, until every rule is structured, as one message.
import type { RuleFinding } from '../../src/lint/rule-meta.js';
import { plainMessage } from '../../src/report/finding-text.js';

export const messageOf = (finding: RuleFinding): string =>
  'message' in finding ? finding.message : plainMessage({ quotes: [], ...finding });
