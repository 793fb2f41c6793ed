// The sections every report starts with before any stage has run: a new report is built from
// them, and an older report that lacks a field is read with them filled in.
import type { Report } from './types.js';

export function emptySections(): Pick<
  Report,
  'findings' | 'summary' | 'build' | 'image' | 'scan' | 'budgets' | 'baseline' | 'comparison' | 'passed' | 'notes'
> {
  return {
    findings: [],
    summary: { errors: 0, warnings: 0, infos: 0, suppressed: 0 },
    build: null,
    image: null,
    scan: null,
    budgets: [],
    baseline: null,
    comparison: null,
    passed: true,
    notes: [],
  };
}
