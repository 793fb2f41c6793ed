// Shell parsing details the rules rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseShell } from '../../src/lint/shell.js';

test('export X=1 is an assignment, not lost as a declaration clause', () => {
  const parsed = parseShell('export PIP_NO_CACHE_DIR=1 UV_NO_CACHE=$X KEEP && pip install torch', 3);
  assert.deepEqual(parsed.assignments, [
    { name: 'PIP_NO_CACHE_DIR', value: '1', line: 3 },
    { name: 'UV_NO_CACHE', value: '$X', line: 3 },
  ]);
  assert.deepEqual(
    parsed.commands.map((c) => c.program),
    ['pip'],
  );
});

test('substitutions nested 2000 deep are a syntax error read by the fallback, not a stack overflow', () => {
  for (const [open, close] of [
    ['$(', ')'],
    ['<(', ')'],
  ]) {
    const parsed = parseShell(`${open.repeat(2000)}pip install torch${close.repeat(2000)}`, 1);
    assert.match(parsed.error ?? '', /nested deeper than 200/);
  }
  assert.equal(parseShell(`${'$('.repeat(150)}pip install torch${')'.repeat(150)}`, 1).error, null);
});
