// `npm run demo` against the real engine: the base branch, the regressing PR and its fix are built
// (small wheelhouses and weights, MLG_DEMO_PROFILE=small: the same code path as the full demo), and
// each step's report says what the README promises: a measured size, the comparison with the base
// branch, and the gate's verdict. The offline cache (.cache/offline) is shared with `npm run demo`,
// so a warm machine only pays for the builds, which hit the engine's cache.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerTestOptions } from '../helpers/docker.js';

const options = await dockerTestOptions();
const out = mkdtempSync(join(tmpdir(), 'mlg-demo-'));
const report = (step: string) => JSON.parse(readFileSync(join(out, step, 'report.json'), 'utf8'));
const budget = (step: string, check: string) => report(step).budgets.find((b: { check: string }) => b.check === check);

describe('npm run demo', options, () => {
  let stdout = '';
  before(() => {
    const run = spawnSync(process.execPath, ['scripts/demo.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, MLG_DEMO_PROFILE: 'small', MLG_DEMO_OUT: out },
      maxBuffer: 64 * 1024 * 1024,
    });
    stdout = run.stdout;
    // The progress lines, for the CI log: one per step, with its size, time and verdict.
    console.log(
      stdout
        .split('\n')
        .filter((line) => /^[✓✗] /.test(line))
        .join('\n'),
    );
    assert.equal(run.status, 0, `the demo exits 0:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  test('prints one line per step, both PR comments, and where the reports are', () => {
    for (const line of ['✓ base image', '✓ base branch main', '✓ PR #42', '✓ PR #42 after review'])
      assert.ok(stdout.includes(line), `progress line "${line}" in:\n${stdout.slice(0, 2000)}`);
    assert.match(stdout, /===== the PR comment after the pull request =====[\s\S]*### ❌/);
    assert.match(stdout, /===== the PR comment after the fix =====[\s\S]*### ✅/);
    assert.ok(stdout.includes(`Reports and comments: ${out}/`));
  });

  test('base branch: built, measured, passing, recorded as the baseline', () => {
    const base = report('base');
    assert.equal(base.build.status, 'ok', base.build.reason);
    assert.ok(base.image.size > 50_000_000, `a Python base + wheels measures more than 50 MB, got ${base.image.size}`);
    assert.equal(base.comparison, null, 'nothing to compare with on the base branch');
    assert.equal(base.passed, true, JSON.stringify(base.budgets));
  });

  test('the PR: compared with the base, baked weights and COPY-before-install found, the gate fails', () => {
    const pr = report('pr');
    const base = report('base');
    assert.equal(pr.build.status, 'ok', pr.build.reason);
    assert.equal(pr.comparison.size.baseline, base.image.size, 'the baseline is the base branch report');
    assert.ok(pr.comparison.size.delta > 60_000_000, `the 64 MiB weights file shows in the delta: ${pr.comparison.size.delta}`);
    const rules = new Set(pr.findings.map((f: { rule: string }) => f.rule));
    for (const rule of ['MLG003', 'MLG008']) assert.ok(rules.has(rule), `${rule} in ${[...rules].join(' ')}`);
    assert.equal(budget('pr', 'size-regression').status, 'fail');
    assert.equal(pr.passed, false);
  });

  test('the fix: compared with the base, dependency layer from the cache, the gate passes', () => {
    const fix = report('fix');
    assert.equal(fix.comparison.size.baseline, report('base').image.size);
    assert.ok(Math.abs(fix.comparison.size.delta) < 1_000_000, `the fix is the base's size: ${fix.comparison.size.delta}`);
    assert.ok(fix.build.cacheHits >= 2, `the venv and dependency steps come from the cache: ${fix.build.cacheHits}`);
    // The code copy misses on the first build of the fix; a rerun on the same engine hits it too.
    if (fix.build.firstMiss) assert.match(fix.build.firstMiss.name, /COPY .*app\//, 'the first miss is the code copy');
    assert.equal(budget('fix', 'size-regression').status, 'pass');
    assert.equal(fix.passed, true, JSON.stringify(fix.budgets));
  });
});
