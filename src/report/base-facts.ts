// The few figures of the base branch's report that the comparison rows need beside the deltas
// (src/baseline/compare.ts): findings per severity, what its scan counted, its cache use. Pure.
import type { BaseFacts, Report, Severity } from './types.js';

export function baseFacts(baseline: Report): BaseFacts {
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of baseline.findings) if (!finding.suppressed) findings[finding.severity] += 1;
  const build = baseline.build;
  return {
    findings,
    vulnerabilities: baseline.scan?.status === 'ok' ? { ...baseline.scan.counted } : null,
    cache: build?.status === 'ok' && build.totalSteps > 0 ? { hits: build.cacheHits, steps: build.totalSteps } : null,
  };
}
