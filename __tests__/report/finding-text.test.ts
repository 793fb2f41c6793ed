import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillQuotes, plainMessage } from '../../src/report/finding-text.js';
import { toFinding } from '../../src/lint/engine.js';
import { meta } from '../../src/lint/rules/MLG007.js';

test('quotes fill their slots through the rendering given; a slot without a quote stays', () => {
  const code = (q: string) => `<code>${q.replaceAll('<', '&lt;')}</code>`;
  assert.equal(
    fillQuotes('{0} before {1}, not {2}', ['COPY .', '<pip>'], code),
    '<code>COPY .</code> before <code>&lt;pip></code>, not {2}',
  );
  assert.equal(fillQuotes('no slots here', ['x'], code), 'no slots here');
});

test('the plain message joins title, detail and fix with the quotes as written', () => {
  const fields = {
    title: 'pip keeps its cache',
    detail: '{0} keeps ~/.cache/pip in the layer.',
    fix: 'Add `--no-cache-dir`.',
    quotes: ['pip install torch'],
  };
  assert.equal(plainMessage(fields), 'pip keeps its cache: pip install torch keeps ~/.cache/pip in the layer. Add `--no-cache-dir`.');
  assert.equal(plainMessage({ title: 'Only a title.', detail: '', fix: '', quotes: [] }), 'Only a title.');
});

test('the engine keeps the fields of a structured finding and derives its message', () => {
  const finding = toFinding(
    meta,
    { title: 'T', detail: 'D {0}.', fix: 'F.', quotes: ['q'], line: 3, endLine: 5, position: { line: 4, column: 7 } },
    'Dockerfile',
  );
  assert.deepEqual(
    {
      title: finding.title,
      quotes: finding.quotes,
      message: finding.message,
      line: finding.line,
      endLine: finding.endLine,
      position: finding.position,
    },
    { title: 'T', quotes: ['q'], message: 'T: D q. F.', line: 3, endLine: 5, position: { line: 4, column: 7 } },
  );
});
