// The baseline-report override: a report JSON on disk instead of the registry. No docker needed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadBaseline } from '../../src/baseline/index.js';
import { makeReport } from './make-report.js';

describe('loadBaseline from a baseline-report file', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mlg-baseline-file-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  // An unreachable cache-ref proves the file wins without asking the registry.
  const options = { cacheRef: '127.0.0.1:5999/never/asked', branch: 'main', key: 'Dockerfile' };

  test('overrides the registry', async () => {
    const path = join(dir, 'report.json');
    await writeFile(path, JSON.stringify(makeReport({ size: 77, sha: 'b'.repeat(40) })));
    const loaded = await loadBaseline({ ...options, baselineReportPath: path });
    assert.equal(loaded.reason, undefined);
    assert.equal(loaded.report?.image?.size, 77);
    assert.deepEqual(loaded.ref, { source: 'file', ref: path, commit: 'b'.repeat(40), branch: 'main' });
  });

  test('a missing file means no baseline yet', async () => {
    const loaded = await loadBaseline({ ...options, baselineReportPath: join(dir, 'absent.json') });
    assert.deepEqual([loaded.report, loaded.ref], [null, null]);
    assert.match(loaded.reason ?? '', /^no baseline yet for main: baseline-report .*absent\.json does not exist$/);
  });

  test('garbage is refused with a reason', async () => {
    const path = join(dir, 'garbage.json');
    await writeFile(path, '<html>502 Bad Gateway</html>');
    const loaded = await loadBaseline({ ...options, baselineReportPath: path });
    assert.equal(loaded.report, null);
    assert.match(loaded.reason ?? '', /garbage\.json was not used: not valid JSON/);
  });

  test('a file over the size cap is refused before it is read or parsed, and the comparison skipped', async () => {
    const path = join(dir, 'huge.json');
    // Sparse: 64 MB on paper, nothing on disk; a reader without a cap would allocate it all.
    await writeFile(path, '');
    await truncate(path, 64 * 1024 * 1024);
    const loaded = await loadBaseline({ ...options, baselineReportPath: path });
    assert.deepEqual([loaded.report, loaded.ref], [null, null]);
    assert.match(loaded.reason ?? '', /huge\.json was not used: .*67108864 bytes, more than the 16777216 read/);
  });

  test('a FIFO is refused without waiting for a writer', async () => {
    const path = join(dir, 'fifo.json');
    execFileSync('mkfifo', [path]);
    const loaded = await loadBaseline({ ...options, baselineReportPath: path });
    assert.match(loaded.reason ?? '', /fifo\.json was not used: .*not a regular file \(a FIFO\)/);
  });

  test('wrong types and impossible sizes skip the comparison with a reason', async () => {
    const path = join(dir, 'wrong.json');
    const report = makeReport({ size: 77 });
    await writeFile(path, JSON.stringify({ ...report, image: { ...report.image, size: 1e308 } }));
    const loaded = await loadBaseline({ ...options, baselineReportPath: path });
    assert.equal(loaded.report, null);
    assert.match(loaded.reason ?? '', /wrong\.json was not used: field image\.size has the wrong type/);
  });

  test('an older report is upgraded', async () => {
    const path = join(dir, 'older.json');
    await writeFile(path, JSON.stringify({ schemaVersion: 1, image: { status: 'ok', size: 5, compressedSize: 2 } }));
    const loaded = await loadBaseline({ ...options, baselineReportPath: path });
    assert.equal(loaded.report?.image?.size, 5);
    assert.deepEqual(loaded.report?.image?.layers, []);
    assert.deepEqual(loaded.report?.findings, []);
  });

  test('no cache-ref and no file: says why', async () => {
    const loaded = await loadBaseline({ cacheRef: null, branch: 'main', key: 'Dockerfile' });
    assert.match(loaded.reason ?? '', /^no baseline yet for main: no cache-ref set/);
  });
});
