// Annotations and SARIF take the finding's fields: the title as the annotation title, detail and
// fix as its message, plain text with the quotes as written and nothing cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationOf } from '../../src/report/annotations.js';
import { toSarif } from '../../src/report/sarif.js';
import { allRuleMetas } from '../../src/rule-catalog.js';
import { finding, makeReport } from './report-fixture.js';

const structured = finding({
  title: '{0} keeps the wheel cache in the layer',
  detail: 'pip keeps every wheel it downloads in `/root/.cache/pip`, a second copy of the largest files. '.repeat(5).trim(),
  fix: 'Add `--no-cache-dir`.',
  quotes: ['pip install `torch`'],
});

test('an annotation is the title over the detail and the fix, plain, in full', () => {
  const { title, message } = annotationOf(structured);
  assert.equal(title, 'MLG007: pip install `torch` keeps the wheel cache in the layer', 'quotes as written, backticks and all');
  assert.ok(
    message.startsWith('pip keeps every wheel it downloads in /root/.cache/pip, a second copy'),
    'our code spans lose their backticks',
  );
  assert.ok(message.endsWith('largest files. Add --no-cache-dir.'), 'nothing cut');
  const legacy = finding({
    title: 'pip/uv/conda installs that leave their package cache',
    detail: '{0}',
    fix: '',
    quotes: ['RUN pip install torch keeps `~/.cache/pip`'],
  });
  assert.deepEqual(annotationOf(legacy), {
    title: 'MLG007: pip/uv/conda installs that leave their package cache',
    message: 'RUN pip install torch keeps `~/.cache/pip`',
  });
});

test('SARIF carries the same words in full: title, then detail and fix', () => {
  const log = toSarif(makeReport({ findings: [structured] }), allRuleMetas());
  const text = log.runs[0].results?.[0].message.text ?? '';
  assert.ok(text.startsWith('pip install `torch` keeps the wheel cache in the layer. pip keeps every wheel'));
  assert.ok(text.endsWith('Add --no-cache-dir.'));
  assert.ok(text.length > 400, 'not shortened');
});
