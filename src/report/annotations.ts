// Which findings become GitHub annotations, and their words. GitHub shows at most 10 error and
// 10 warning annotations per step (and 10 notices), so the most important go first and the rest
// are counted. An annotation is plain text: the finding's title is its title, detail and fix
// its message, with our code spans' backticks dropped and the quotes as written. Nothing is cut.
import { fillQuotes } from './finding-text.js';
import type { Finding, Severity } from './types.js';

export const ANNOTATION_LIMIT_PER_LEVEL = 10;

export interface AnnotationPlan {
  shown: Finding[];
  /** Findings left out per severity because of GitHub's limit. */
  hidden: Record<Severity, number>;
}

export function planAnnotations(findings: readonly Finding[], limit = ANNOTATION_LIMIT_PER_LEVEL): AnnotationPlan {
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const shown: Finding[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const ofLevel = findings.filter((f) => f.severity === severity && !f.suppressed);
    shown.push(...ofLevel.slice(0, limit));
    hidden[severity] = Math.max(0, ofLevel.length - limit);
  }
  return { shown, hidden };
}

export function hiddenSummary(hidden: Record<Severity, number>): string | null {
  const parts = (Object.entries(hidden) as [Severity, number][])
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} more ${severity}${n === 1 ? '' : 's'}`);
  return parts.length > 0 ? `GitHub shows 10 annotations per level: ${parts.join(', ')} are in the job summary and report.json.` : null;
}

/** Our markdown as plain text: code-span backticks dropped, then the quotes put in as written. */
function plain(text: string, quotes: readonly string[]): string {
  return fillQuotes(text.replace(/`+/g, ''), quotes, (quote) => quote);
}

/** Title, detail and fix as plain text (detail and fix empty where the finding has none). */
export function plainFields(finding: Finding): { title: string; detail: string; fix: string } {
  return {
    title: plain(finding.title, finding.quotes),
    detail: plain(finding.detail, finding.quotes),
    fix: plain(finding.fix, finding.quotes),
  };
}

/** The annotation of a finding: `MLG007: <title>` over `<detail> <fix>`. */
export function annotationOf(finding: Finding): { title: string; message: string } {
  const { title, detail, fix } = plainFields(finding);
  return { title: `${finding.rule}: ${title}`, message: [detail, fix].filter((part) => part !== '').join(' ') || title };
}
