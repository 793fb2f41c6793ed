// The archive walk and the file index on synthetic `docker save` archives built in memory:
// gzip and plain layer blobs, whiteouts, opaque directories, a zstd blob, a stop mid-walk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { tarOf } from '../helpers/layer-tar.js';
import { indexImageArchive, ZSTD_READABLE } from '../../src/image/archive.js';
import { buildFileIndex, bytesByLayer, largestFiles, type IndexedLayer } from '../../src/image/filesystem.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// Real zstd where Node has it; elsewhere (Node 20) only the frame magic, which is all the walk reads there.
const zstdCompress = (zlib as { zstdCompressSync?: (data: Buffer) => Buffer }).zstdCompressSync;
const zstdOf = (data: Buffer) => (zstdCompress ? zstdCompress(data) : Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), data]));

/** An OCI-layout `docker save` archive with the given layer tars (gzip unless told). */
async function archiveOf(layers: { tar: Buffer; plain?: boolean; zstd?: boolean }[]): Promise<{ archive: Buffer; diffIds: string[] }> {
  const blobs = layers.map((l) => (l.zstd ? zstdOf(l.tar) : l.plain ? l.tar : gzipSync(l.tar)));
  const config = Buffer.from(
    JSON.stringify({
      rootfs: { diff_ids: layers.map((l) => `sha256:${sha(l.tar)}`) },
      history: layers.map(() => ({ created_by: 'RUN x' })),
    }),
  );
  const entries: { name: string; body: Buffer }[] = [
    ...blobs.map((b) => ({ name: `blobs/sha256/${sha(b)}`, body: b })),
    { name: `blobs/sha256/${sha(config)}`, body: config },
  ].sort((a, b) => a.name.localeCompare(b.name));
  const manifest = [{ Config: `blobs/sha256/${sha(config)}`, Layers: blobs.map((b) => `blobs/sha256/${sha(b)}`) }];
  entries.push({ name: 'manifest.json', body: Buffer.from(JSON.stringify(manifest)) });
  const pack = tar.pack();
  for (const e of entries) pack.entry({ name: e.name, size: e.body.length }, e.body);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return { archive: Buffer.concat(chunks), diffIds: layers.map((l) => `sha256:${sha(l.tar)}`) };
}

const layer = (
  position: number,
  line: number | null,
  files: IndexedLayer['entries'],
  whiteouts: IndexedLayer['whiteouts'] = [],
): IndexedLayer => ({
  position,
  line,
  createdBy: `step ${position}`,
  fromBase: line === null,
  entries: files,
  whiteouts,
});

test('walks gzip, plain and (on Node 22.15+) zstd layers, finds diff ids, whiteouts and the config; zstd is reported unsupported on Node 20', async () => {
  const l0 = await tarOf([
    { name: 'app/', type: 'directory' },
    { name: 'app/big.bin', size: 300_000 },
    { name: 'app/cache/a', size: 10 },
  ]);
  const l1 = await tarOf([
    { name: 'app/.wh.big.bin' },
    { name: 'app/cache/.wh..wh..opq' },
    { name: './app/cache/b', size: 5 },
    { name: 'lib', type: 'symlink' },
  ]);
  const l2 = await tarOf([{ name: 'z', size: 1 }]);
  const { archive, diffIds } = await archiveOf([{ tar: l0 }, { tar: l1, plain: true }, { tar: l2, zstd: true }]);
  const index = await indexImageArchive(Readable.from([archive.subarray(0, 1000), archive.subarray(1000)]));
  assert.equal(index.complete, true);
  assert.deepEqual([...index.layers.keys()].sort(), diffIds.slice(0, ZSTD_READABLE ? 3 : 2).sort());
  const first = index.layers.get(diffIds[0])!;
  assert.equal(first.compressed, true);
  assert.deepEqual(
    first.entries.map((e) => [e.path, e.size, e.type]),
    [
      ['/app', 0, 'dir'],
      ['/app/big.bin', 300_000, 'file'],
      ['/app/cache/a', 10, 'file'],
    ],
  );
  const second = index.layers.get(diffIds[1])!;
  assert.equal(second.compressed, false);
  assert.deepEqual(second.whiteouts, [
    { path: '/app/big.bin', opaque: false },
    { path: '/app/cache', opaque: true },
  ]);
  if (ZSTD_READABLE) {
    assert.deepEqual(index.unsupported, []);
    assert.deepEqual(
      index.layers.get(diffIds[2])!.entries.map((e) => [e.path, e.size]),
      [['/z', 1]],
    );
  } else assert.equal(index.unsupported.length, 1);
  assert.equal(index.manifestLayers?.length, 3);
  assert.deepEqual(index.config?.rootfs?.diff_ids, diffIds);
  assert.equal(index.blobSizes.get(first.blobPath), gzipSync(l0).length);
});

test('a stop reason cuts the walk short: finished layers kept, the cut one dropped', async () => {
  const big = await tarOf([{ name: 'w.safetensors', size: 4_000_000 }]);
  const small = await tarOf([{ name: 'a', size: 1 }]);
  const { archive } = await archiveOf([
    { tar: small, plain: true },
    { tar: big, plain: true },
  ]);
  let bytesSeen = 0;
  const source = Readable.from(
    (function* () {
      for (let i = 0; i < archive.length; i += 65536) {
        bytesSeen += 65536;
        yield archive.subarray(i, i + 65536);
      }
    })(),
  );
  const index = await indexImageArchive(source, { stopReason: () => (bytesSeen > 2_000_000 ? 'budget' : null) });
  assert.equal(index.complete, false);
  assert.equal(index.stoppedBecause, 'budget');
  assert.ok(index.layers.size <= 1);
});

test('file index: deletions, opaque directories and overwrites are hidden bytes of the layer that added them', () => {
  const index = buildFileIndex([
    layer(0, null, [
      { path: '/etc', size: 0, type: 'dir' },
      { path: '/etc/os-release', size: 100, type: 'file' },
    ]),
    layer(1, 4, [
      { path: '/data', size: 0, type: 'dir' },
      { path: '/data/wheels.tar', size: 8000, type: 'file' },
      { path: '/data/keep/x', size: 50, type: 'file' },
      { path: '/data/settings', size: 3000, type: 'file' },
    ]),
    layer(2, 6, [{ path: '/data/settings', size: 10, type: 'file' }], [{ path: '/data/wheels.tar', opaque: false }]),
    layer(3, 7, [{ path: '/data/keep/y', size: 1, type: 'file' }], [{ path: '/data/keep', opaque: true }]),
    layer(4, 9, null),
  ]);
  assert.equal(index.complete, false);
  assert.deepEqual(index.files.map((f) => [f.path, f.layer, f.line]).sort(), [
    ['/data/keep/y', 3, 7],
    ['/data/settings', 2, 6],
    ['/etc/os-release', 0, null],
  ]);
  assert.deepEqual(
    index.hidden.map((h) => [h.path, h.size, h.line, h.how, h.byLine]),
    [
      ['/data/wheels.tar', 8000, 4, 'deleted', 6],
      ['/data/settings', 3000, 4, 'overwritten', 6],
      ['/data/keep/x', 50, 4, 'deleted', 7],
    ],
  );
  assert.equal(index.totalBytes, 100 + 8000 + 50 + 3000 + 10 + 1);
  assert.deepEqual(bytesByLayer(index)[1], { layer: 1, line: 4, createdBy: 'step 1', added: 11050, wasted: 11050 });
  assert.equal(largestFiles(index, 1)[0].path, '/etc/os-release');
});

test('a file replacing a directory hides everything under it', () => {
  const index = buildFileIndex([
    layer(0, 2, [
      { path: '/m', size: 0, type: 'dir' },
      { path: '/m/a', size: 5, type: 'file' },
      { path: '/m/b/c', size: 7, type: 'file' },
    ]),
    layer(1, 3, [{ path: '/m', size: 1, type: 'file' }]),
  ]);
  assert.deepEqual(
    index.files.map((f) => f.path),
    ['/m'],
  );
  assert.deepEqual(index.hidden.map((h) => h.path).sort(), ['/m/a', '/m/b/c']);
});
