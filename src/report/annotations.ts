// Which findings become GitHub annotations. GitHub shows at most 10 error and 10 warning
// annotations per step (and 10 notices), so the most important go first and the rest are counted.
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
