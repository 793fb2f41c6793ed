// The examples linted for real (engine, every rule, scanContext over the example folder):
// bad-inference shows the issues the README promises, the good ones stay clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintStage } from '../src/lint/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function lintExample(name: string) {
  const outcome = lintStage({
    workspace: ROOT,
    dockerfile: `examples/${name}/Dockerfile`,
    context: `examples/${name}`,
    target: null,
    rules: {},
    ignorePaths: [],
  });
  assert.equal(outcome.error, null, `examples/${name} lints without error`);
  return outcome.findings;
}

const describe = (findings: { rule: string; severity: string; line: number; message: string }[]) =>
  findings.map((f) => `${f.rule} ${f.severity} line ${f.line}: ${f.message}`).join('\n');

test('bad-inference: the issues it is there to show are all found', () => {
  const findings = lintExample('bad-inference').filter((f) => !f.suppressed);
  const rules = new Set(findings.map((f) => f.rule));
  for (const rule of ['MLG001', 'MLG003', 'MLG005', 'MLG006', 'MLG007', 'MLG008', 'MLG011']) {
    assert.ok(rules.has(rule), `${rule} is reported for examples/bad-inference; found:\n${describe(findings)}`);
  }
});

for (const name of ['good-inference', 'cpu-api']) {
  test(`${name}: no finding at warning or error`, () => {
    const serious = lintExample(name).filter((f) => !f.suppressed && (f.severity === 'warning' || f.severity === 'error'));
    assert.deepEqual(serious, [], `examples/${name}:\n${describe(serious)}`);
  });
}
