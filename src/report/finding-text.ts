// A finding's text fields with their quotes in place. Our words are markdown; the `{n}` slots
// hold repository text, which each rendering puts in as it must (escaped code in markdown,
// as written in plain text). Pure.
import type { Finding } from './types.js';

const SLOT = /\{(\d+)\}/g;

/** Replaces every `{n}` with render(quotes[n]); a slot without a quote stays as written. */
export function fillQuotes(text: string, quotes: readonly string[], render: (quote: string) => string): string {
  return text.replace(SLOT, (slot, index: string) => {
    const quote = quotes[Number(index)];
    return quote === undefined ? slot : render(quote);
  });
}

/** Title, detail and fix as one line of plain text, the quotes as written: the finding's `message`. */
export function plainMessage(finding: Pick<Finding, 'title' | 'detail' | 'fix' | 'quotes'>): string {
  const plain = (text: string) => fillQuotes(text, finding.quotes, (quote) => quote);
  const title = plain(finding.title);
  const rest = [plain(finding.detail), plain(finding.fix)].filter((part) => part !== '').join(' ');
  if (rest === '') return title;
  return `${title}${/[.:!?]$/.test(title) ? '' : ':'} ${rest}`;
}

/**
 * A finding from a rule not yet converted to fields: its title is the rule's description and its
 * whole old message is quote {0}, mixing our words and repository text.
 */
export function isLegacyFinding(finding: Pick<Finding, 'detail' | 'fix' | 'quotes'>): boolean {
  return finding.detail === '{0}' && finding.fix === '' && finding.quotes.length === 1;
}

/**
 * What makes two findings the same finding across runs: rule, file, line and title (quotes in
 * place). The title, not the message: a detail that says how many bytes changes when the image
 * grows, the finding does not. `withLine: false` matches one whose instruction moved.
 */
export function findingKey(finding: Pick<Finding, 'rule' | 'file' | 'line' | 'title' | 'quotes'>, withLine = true): string {
  const title = fillQuotes(finding.title, finding.quotes, (quote) => quote);
  return [finding.rule, finding.file, withLine ? String(finding.line) : '', title].join('\u0000');
}
