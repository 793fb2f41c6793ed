import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureReason } from '../../src/report/verdict.js';
import { makeReport } from './report-fixture.js';
import type { BudgetResult } from '../../src/report/types.js';

const budget = (check: BudgetResult['check'], status: BudgetResult['status'], gating = true, reason = `${check} reason`): BudgetResult => ({
  check,
  status,
  actual: 1,
  limit: 1,
  baseline: null,
  delta: null,
  unit: 'bytes',
  reason,
  gating,
});

test('a failing gate names the check and its reason; a non-gating failure does not fail the step', () => {
  const report = makeReport({ budgets: [budget('size', 'fail'), budget('vulnerabilities', 'fail', false)], passed: false });
  assert.equal(failureReason(report, false), 'ml-image-guard: size (size reason)');
  assert.equal(failureReason(makeReport({ budgets: [budget('size', 'warn', false)], passed: true }), false), null);
});

test('an unreadable Dockerfile or a failed build fails the step even with every gate passing', () => {
  assert.match(
    failureReason(makeReport({ budgets: [], notes: ['Lint failed: cannot read D'], passed: false }), false) ?? '',
    /Lint failed: cannot read D/,
  );
  const build = { ...makeReport().build!, status: 'failed' as const, reason: 'base image x cannot be pulled' };
  assert.equal(
    failureReason(makeReport({ budgets: [], build, passed: false }), false),
    'ml-image-guard: the build failed: base image x cannot be pulled',
  );
});

test('a failed scan fails the step only with fail-on-scan-error', () => {
  const scan = { ...makeReport().scan!, status: 'failed' as const, reason: 'checksum mismatch' };
  const report = makeReport({ budgets: [], scan, passed: true });
  assert.equal(failureReason(report, false), null);
  assert.match(failureReason(report, true) ?? '', /scan failed \(checksum mismatch\) and fail-on-scan-error is true/);
});
