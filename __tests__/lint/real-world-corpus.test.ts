// The labelled real-world corpus (bench/real-world): its index and labels are whole and
// consistent, the files present are the bytes that were labelled, and the lint never crashes on
// one of them. The scores themselves are a benchmark (npm run score), not asserted here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseDockerfile } from '../../src/lint/dockerfile.js';
import { CORE_RULES, presentFiles, readIndex, readLabels, scoreCorpus } from '../../bench/real-world/corpus.js';

const index = readIndex();
const labels = readLabels();
const { files, skipped } = presentFiles(index);

test('every indexed file has exactly one label per core rule, and yes labels name their lines', () => {
  assert.ok(index.length >= 150, `at least 150 files, got ${index.length}`);
  assert.equal(new Set(index.map((e) => e.id)).size, index.length, 'ids are unique');
  const expected = index.flatMap((e) => CORE_RULES.map((rule) => `${e.id} ${rule}`)).sort();
  assert.deepEqual(labels.map((l) => `${l.id} ${l.rule}`).sort(), expected);
  for (const l of labels) {
    assert.ok(['yes', 'no', 'ambiguous'].includes(l.label), `${l.id} ${l.rule}: label ${l.label}`);
    if (l.label === 'yes') assert.ok(l.lines.length > 0 && l.note.length > 0, `${l.id} ${l.rule}: a yes names lines and says why`);
    if (l.label === 'no') assert.deepEqual(l.lines, [], `${l.id} ${l.rule}: a no names no lines`);
  }
  for (const e of index) assert.match(e.commit, /^[0-9a-f]{40}$/, `${e.id}: commit`);
});

test('the corpus files present are the bytes that were labelled (git blob id)', (t) => {
  t.diagnostic(`${files.length} present, ${skipped.length} skipped (absent; npm run corpus:fetch lays them down)`);
  for (const { entry, text } of files) {
    const bytes = Buffer.from(text, 'utf8');
    const blob = createHash('sha1')
      .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
      .digest('hex');
    assert.equal(blob, entry.blob, `${entry.id} differs from ${entry.repository}@${entry.commit}:${entry.path}`);
  }
});

test('every labelled line is the first line of an instruction', (t) => {
  t.diagnostic(`${files.length} present, ${skipped.length} skipped`);
  const byId = new Map(files.map((f) => [f.entry.id, f.text]));
  for (const [id, text] of byId) {
    const model = parseDockerfile(text);
    const starts = new Set([
      ...model.preludeArgs.map((a) => a.line),
      ...model.stages.map((s) => s.fromLine),
      ...model.instructions.map((i) => i.line),
    ]);
    for (const l of labels.filter((x) => x.id === id))
      for (const line of l.lines) assert.ok(starts.has(line), `${id} ${l.rule}: line ${line} does not start an instruction`);
  }
});

test('the lint does not crash on any corpus file', (t) => {
  const score = scoreCorpus();
  t.diagnostic(`${score.linted} linted, ${score.skipped.length} skipped, ${score.dockerfileErrors.length} DockerfileErrors`);
  assert.deepEqual(
    score.crashes.map((c) => `${c.id}: ${c.error.split('\n')[0]}`),
    [],
  );
});
