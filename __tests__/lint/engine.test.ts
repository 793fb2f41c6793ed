import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDockerfile } from '../../src/lint/engine.js';
import { memoryContext } from '../../src/lint/context.js';
import { DockerfileError } from '../../src/lint/dockerfile.js';
import * as MLG013 from '../../src/lint/rules/MLG013.js';

const lint = (text: string, settings = {}) =>
  lintDockerfile({ text, dockerfile: 'Dockerfile', target: null, context: memoryContext({}), rules: [MLG013], settings }).findings;

test('an ignore comment directly above an instruction suppresses it, by id or name, and keeps it in the report', () => {
  const findings = lint(
    '# ml-image-guard ignore=MLG013\nFROM ubuntu\n# ml-image-guard ignore=unpinned-base\n# another comment\nFROM debian\nFROM alpine\n',
  );
  assert.deepEqual(
    findings.map((f) => [f.line, f.suppressed]),
    [
      [2, true],
      [5, true],
      [6, false],
    ],
  );
});

test('ignore-file suppresses the rule everywhere; a blank line breaks the link to an instruction', () => {
  assert.ok(lint('FROM ubuntu\n# ml-image-guard ignore-file=MLG013\nFROM debian\n').every((f) => f.suppressed));
  assert.deepEqual(
    lint('# ml-image-guard ignore=MLG013\n\nFROM ubuntu\n').map((f) => f.suppressed),
    [false],
  );
});

test('config severity overrides the rule default; off drops the rule', () => {
  assert.equal(lint('FROM ubuntu\n', { MLG013: 'error' })[0].severity, 'error');
  assert.deepEqual(lint('FROM ubuntu\n', { MLG013: 'off' }), []);
});

test('text without FROM is a clear DockerfileError, an unknown --target too', () => {
  assert.throws(() => lint('hello world\n'), DockerfileError);
  assert.throws(
    () =>
      lintDockerfile({ text: 'FROM a:1\n', dockerfile: 'D', target: 'nope', context: memoryContext({}), rules: [MLG013], settings: {} }),
    /target stage "nope" not found/,
  );
});

test('a long ignore comment is read in linear time (no regex backtracking on hostile input)', () => {
  const started = performance.now();
  const findings = lint(
    `# ml-image-guard ignore=${' '.repeat(100_000)}!\nFROM ubuntu\n# ml-image-guard ignore=${' '.repeat(100_000)}MLG013\nFROM debian\n`,
  );
  assert.deepEqual(
    findings.map((f) => f.suppressed),
    [false, true],
  );
  assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms`);
});
