import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../../src/report/evaluate.js';
import type { BudgetCheck, BudgetResult, Report } from '../../src/report/types.js';
import type { BudgetConfig, FailOn } from '../../src/config/types.js';
import { budgetConfig, comparison, counts, finding, GB, makeReport, MB, scan } from './report-fixture.js';

function check(name: BudgetCheck, report: Report, budgets: Partial<BudgetConfig> = {}, failOn: FailOn = 'error'): BudgetResult {
  const result = evaluate(report, budgetConfig(budgets), failOn).budgets.find((entry) => entry.check === name);
  assert.ok(result, `no ${name} result`);
  return result;
}

test('every check is reported once, in a stable order', () => {
  const { budgets, passed } = evaluate(makeReport(), budgetConfig(), 'error');
  assert.deepEqual(
    budgets.map((entry) => entry.check),
    ['size', 'build-time', 'size-regression', 'time-regression', 'vulnerabilities', 'findings'],
  );
  assert.equal(passed, true);
});

test('size: within budget passes, says which metric, carries baseline and delta', () => {
  const result = check('size', makeReport());
  assert.equal(result.status, 'pass');
  assert.equal(result.actual, 2.61 * GB);
  assert.equal(result.limit, 3 * GB);
  assert.equal(result.baseline, 2.5 * GB);
  assert.ok(Math.abs((result.delta ?? 0) - 0.11 * GB) < 1);
  assert.equal(result.unit, 'bytes');
  assert.equal(result.gating, true);
  assert.match(result.reason ?? '', /uncompressed size .* within the 3 GB budget/);
});

test('size: over budget fails and the step fails', () => {
  const report = makeReport({ image: { ...makeReport().image!, size: 3.4 * GB } });
  const evaluation = evaluate(report, budgetConfig(), 'error');
  const result = evaluation.budgets[0];
  assert.equal(result.status, 'fail');
  assert.match(result.reason ?? '', /exceeds the 3 GB budget by 400 MB/);
  assert.equal(evaluation.passed, false);
});

test('size: exactly at the budget passes', () => {
  const report = makeReport({ image: { ...makeReport().image!, size: 3 * GB } });
  assert.equal(check('size', report).status, 'pass');
});

test('size: the compressed metric checks the pushed size and says so', () => {
  const result = check('size', makeReport(), { sizeMetric: 'compressed', sizeBytes: 1 * GB });
  assert.equal(result.status, 'fail');
  assert.equal(result.actual, 1.1 * GB);
  assert.equal(result.baseline, 1.05 * GB);
  assert.match(result.reason ?? '', /compressed size \(pushed and pulled\)/);
});

test('size: fail-on-budget false turns a failure into a non-gating warning', () => {
  const report = makeReport({ image: { ...makeReport().image!, size: 3.4 * GB } });
  const evaluation = evaluate(report, budgetConfig({ failOnBudget: false }), 'error');
  const size = evaluation.budgets[0];
  assert.equal(size.status, 'warn');
  assert.equal(size.gating, false);
  assert.equal(evaluation.passed, true);
});

test('size: skipped with a reason when there is no image, no compressed size or no budget', () => {
  const noImage = check('size', makeReport({ image: null, build: { ...makeReport().build!, status: 'failed', reason: 'RUN exited 1' } }));
  assert.equal(noImage.status, 'skipped');
  assert.equal(noImage.gating, false);
  assert.match(noImage.reason ?? '', /no image to measure: RUN exited 1/);
  const noCompressed = check('size', makeReport({ image: { ...makeReport().image!, compressedSize: null } }), { sizeMetric: 'compressed' });
  assert.equal(noCompressed.status, 'skipped');
  assert.match(noCompressed.reason ?? '', /compressed size is unknown/);
  const noBudget = check('size', makeReport(), { sizeBytes: null });
  assert.equal(noBudget.status, 'skipped');
  assert.match(noBudget.reason ?? '', /no size budget/);
});

test('build-time: pass, fail, warn and skipped', () => {
  assert.equal(check('build-time', makeReport()).status, 'pass');
  const slow = makeReport({ build: { ...makeReport().build!, seconds: 420 } });
  const failed = check('build-time', slow);
  assert.equal(failed.status, 'fail');
  assert.equal(failed.limit, 300);
  assert.equal(failed.baseline, 180);
  assert.equal(failed.delta, 240);
  assert.match(failed.reason ?? '', /7m 00s, over the 5m 00s budget/);
  assert.equal(check('build-time', slow, { failOnBudget: false }).status, 'warn');
  const skippedBuild = check('build-time', makeReport({ build: null }));
  assert.equal(skippedBuild.status, 'skipped');
  assert.match(skippedBuild.reason ?? '', /not built/);
  const dockerMissing = makeReport({ build: { ...makeReport().build!, status: 'skipped', reason: 'docker is not installed' } });
  assert.match(check('build-time', dockerMissing).reason ?? '', /build skipped: docker is not installed/);
});

test('size-regression: percent limit passes and fails against the baseline', () => {
  const within = check('size-regression', makeReport());
  assert.equal(within.status, 'pass');
  assert.equal(within.limitLabel, '+10%');
  assert.equal(within.limit, 2.75 * GB);
  assert.match(within.reason ?? '', /grew by 110 MB \(\+4\.4%\) against the base \(2\.5 GB\); within the \+10% limit/);
  const grown = makeReport({
    image: { ...makeReport().image!, size: 2.9 * GB },
    comparison: comparison({ size: { actual: 2.9 * GB, baseline: 2.5 * GB, delta: 0.4 * GB } }),
  });
  const over = check('size-regression', grown);
  assert.equal(over.status, 'fail');
  assert.equal(over.delta, 0.4 * GB);
  assert.match(over.reason ?? '', /more than the \+10% limit/);
  assert.equal(check('size-regression', grown, { failOnBudget: false }).status, 'warn');
});

test('size-regression: absolute limit and shrinking images', () => {
  const result = check('size-regression', makeReport(), { maxSizeIncrease: { kind: 'absolute', value: 100 * MB } });
  assert.equal(result.status, 'fail');
  assert.equal(result.limitLabel, '+100 MB');
  const shrunk = makeReport({ image: { ...makeReport().image!, size: 2 * GB } });
  const pass = check('size-regression', shrunk);
  assert.equal(pass.status, 'pass');
  assert.match(pass.reason ?? '', /shrank by 500 MB \(-20%\)/);
});

test('size-regression: skipped when off or without a baseline, saying why', () => {
  const off = check('size-regression', makeReport(), { maxSizeIncrease: null });
  assert.equal(off.status, 'skipped');
  assert.equal(off.reason, 'max-size-increase is off');
  const noBaseline = check('size-regression', makeReport({ baseline: null, comparison: null, baselineReason: 'no baseline yet for main' }));
  assert.equal(noBaseline.status, 'skipped');
  assert.equal(noBaseline.reason, 'no baseline yet for main');
  assert.equal(noBaseline.actual, 2.61 * GB);
});

test('time-regression: off by default, then percent and absolute limits', () => {
  assert.equal(check('time-regression', makeReport()).reason, 'max-time-increase is off');
  assert.equal(check('time-regression', makeReport(), { maxTimeIncrease: { kind: 'percent', value: 20 } }).status, 'pass');
  const tight = check('time-regression', makeReport(), { maxTimeIncrease: { kind: 'absolute', value: 10 } });
  assert.equal(tight.status, 'fail');
  assert.equal(tight.limitLabel, '+10s');
  assert.equal(tight.limit, 190);
  assert.equal(tight.unit, 'seconds');
  const noBaseline = check('time-regression', makeReport({ comparison: null, baselineReason: 'no baseline yet for main' }), {
    maxTimeIncrease: { kind: 'percent', value: 20 },
  });
  assert.equal(noBaseline.status, 'skipped');
});

test('vulnerabilities: counts those at or above the gate', () => {
  assert.equal(check('vulnerabilities', makeReport()).status, 'pass');
  const critical = makeReport({ scan: scan({ counted: counts({ CRITICAL: 1, HIGH: 4 }) }) });
  const failed = check('vulnerabilities', critical);
  assert.equal(failed.status, 'fail');
  assert.equal(failed.actual, 1);
  assert.equal(failed.gating, true);
  assert.match(failed.reason ?? '', /1 CRITICAL at or above CRITICAL; 0 new/);
  const high = check('vulnerabilities', critical, { failOnVulnerabilities: 'HIGH' });
  assert.equal(high.actual, 5);
  assert.match(high.reason ?? '', /1 CRITICAL, 4 HIGH at or above HIGH/);
  const highOnly = makeReport({ scan: scan({ counted: counts({ HIGH: 2 }) }) });
  assert.equal(check('vulnerabilities', highOnly).status, 'pass');
});

test('vulnerabilities: fail-on-budget does not soften the vulnerability gate', () => {
  const critical = makeReport({ scan: scan({ counted: counts({ CRITICAL: 1 }) }) });
  const evaluation = evaluate(critical, budgetConfig({ failOnBudget: false }), 'error');
  assert.equal(evaluation.passed, false);
});

test('vulnerabilities: skipped when the gate is none or the scan did not run', () => {
  const none = check('vulnerabilities', makeReport({ scan: scan({ counted: counts({ CRITICAL: 2 }) }) }), {
    failOnVulnerabilities: 'none',
  });
  assert.equal(none.status, 'skipped');
  assert.equal(none.actual, 2);
  assert.equal(none.reason, 'fail-on-vulnerabilities is none');
  const failedScan = check('vulnerabilities', makeReport({ scan: scan({ status: 'failed', reason: 'trivy DB download timed out' }) }));
  assert.equal(failedScan.status, 'skipped');
  assert.equal(failedScan.reason, 'scan failed: trivy DB download timed out');
  assert.equal(check('vulnerabilities', makeReport({ scan: null })).reason, 'the image was not scanned');
});

test('findings: unsuppressed findings at or above fail-on fail the gate', () => {
  const report = makeReport({
    findings: [
      finding({ rule: 'MLG001', severity: 'error' }),
      finding({ rule: 'MLG003', severity: 'error', suppressed: true }),
      finding({ rule: 'MLG007', severity: 'warning' }),
      finding({ rule: 'MLG012', severity: 'info' }),
    ],
  });
  const errors = check('findings', report, {}, 'error');
  assert.equal(errors.status, 'fail');
  assert.equal(errors.actual, 1);
  assert.match(errors.reason ?? '', /1 unsuppressed finding at or above error \(MLG001\)/);
  assert.equal(check('findings', report, {}, 'warning').actual, 2);
  assert.equal(check('findings', report, {}, 'info').actual, 3);
  const never = check('findings', report, {}, 'never');
  assert.equal(never.status, 'skipped');
  assert.equal(never.gating, false);
  assert.equal(evaluate(report, budgetConfig(), 'never').passed, true);
  assert.equal(evaluate(report, budgetConfig(), 'error').passed, false);
});

test('findings: suppressed errors only → pass', () => {
  const report = makeReport({ findings: [finding({ severity: 'error', suppressed: true })] });
  assert.equal(check('findings', report).status, 'pass');
});

test('passed ignores skipped and non-gating checks', () => {
  const report = makeReport({ image: null, build: null, scan: null, baseline: null, comparison: null });
  const evaluation = evaluate(report, budgetConfig(), 'error');
  assert.deepEqual(
    evaluation.budgets.map((entry) => entry.status),
    ['skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'pass'],
  );
  assert.equal(evaluation.passed, true);
});

test('a multi-platform build: one size row and one size-regression row per platform, each against its own baseline', () => {
  const base = makeReport();
  const amd64 = { ...base.image!, platform: 'linux/amd64', size: 2.61 * GB };
  const arm64 = { ...base.image!, platform: 'linux/arm64', size: 3.2 * GB };
  const report = makeReport({
    image: amd64,
    platforms: [amd64, arm64],
    comparison: comparison({
      platforms: [
        {
          platform: 'linux/amd64',
          size: { actual: 2.61 * GB, baseline: 2.5 * GB, delta: 0.11 * GB },
          compressedSize: { actual: null, baseline: null, delta: null },
        },
        {
          platform: 'linux/arm64',
          size: { actual: 3.2 * GB, baseline: null, delta: null },
          compressedSize: { actual: null, baseline: null, delta: null },
        },
      ],
    }),
  });
  const { budgets, passed } = evaluate(report, budgetConfig(), 'error');
  const rows = budgets.filter((b) => b.check === 'size' || b.check === 'size-regression').map((b) => [b.check, b.platform, b.status]);
  assert.deepEqual(rows, [
    ['size', 'linux/amd64', 'pass'],
    ['size', 'linux/arm64', 'fail'],
    ['size-regression', 'linux/amd64', 'pass'],
    ['size-regression', 'linux/arm64', 'skipped'],
  ]);
  assert.match(
    budgets.find((b) => b.check === 'size-regression' && b.platform === 'linux/arm64')?.reason ?? '',
    /base branch's report has no linux\/arm64 image/,
  );
  assert.equal(budgets.filter((b) => b.check === 'build-time').length, 1, 'one build, one build-time row');
  assert.equal(passed, false, 'the arm64 image over budget fails the gate');
});

test('one platform: no platform field on the rows', () => {
  const report = makeReport({ platforms: [{ ...makeReport().image!, platform: 'linux/amd64' }] });
  assert.ok(evaluate(report, budgetConfig(), 'error').budgets.every((b) => b.platform === undefined));
});
