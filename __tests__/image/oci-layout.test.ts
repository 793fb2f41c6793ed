// The OCI layout reader on layouts written here the way buildx writes them (index.json naming
// one manifest, blobs/sha256/<hex>), including hostile ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OciLayout } from '../../src/image/oci-layout.js';
import { blobJson, sha256Digest } from '../../src/image/blobs.js';
import { walkBlobs } from '../../src/image/walk.js';
import type { ImageConfig } from '../../src/image/archive.js';
import { layerTar } from '../helpers/registry-images.js';
import { scratchDir } from '../helpers/scratch.js';

async function layout() {
  const dir = scratchDir('mlg-oci-');
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  const put = (bytes: Buffer) => {
    const digest = sha256Digest(bytes);
    writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), bytes);
    return { digest, size: bytes.length };
  };
  const tarBytes = await layerTar({ 'models/w.safetensors': Buffer.alloc(4096, 1), 'root/.cache/pip/x.whl': 'wheel' });
  const layer = put(gzipSync(tarBytes));
  const config = put(
    Buffer.from(JSON.stringify({ os: 'linux', architecture: 'arm64', rootfs: { type: 'layers', diff_ids: [sha256Digest(tarBytes)] } })),
  );
  const manifest = put(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
      }),
    ),
  );
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' },
        },
      ],
    }),
  );
  return { dir, layer, config, manifest, diffId: sha256Digest(tarBytes) };
}

test('a layout: index.json → manifest → config and layers, walked from disk', async () => {
  const { dir, manifest, diffId } = await layout();
  const store = new OciLayout(dir);
  const doc = await store.document(null);
  assert.equal(doc.digest, manifest.digest);
  if (doc.kind !== 'manifest') return assert.fail('not a manifest');
  assert.equal((await store.document('latest')).digest, manifest.digest, 'by its ref name too');
  const config = (await blobJson(store, doc.manifest.config, 1 << 20)) as ImageConfig & { architecture: string };
  assert.equal(config.architecture, 'arm64');
  const walk = await walkBlobs(store, doc.manifest, config);
  assert.ok(walk.ok);
  assert.deepEqual(
    walk.archive.layers.get(diffId)?.entries.map((e) => e.path),
    ['/models/w.safetensors', '/root/.cache/pip/x.whl'],
  );
});

test('a blob replaced on disk, a symlinked blob and a missing blob are refused with the reason', async () => {
  const tampered = await layout();
  const doc = await new OciLayout(tampered.dir).document(null);
  if (doc.kind !== 'manifest') return assert.fail('not a manifest');
  const layerPath = join(tampered.dir, 'blobs', 'sha256', tampered.layer.digest.slice(7));
  const other = gzipSync(await layerTar({ x: 'y'.repeat(10) }));
  writeFileSync(
    layerPath,
    Buffer.concat([other, Buffer.alloc(Math.max(0, tampered.layer.size - other.length))]).subarray(0, tampered.layer.size),
  );
  const walk = await walkBlobs(new OciLayout(tampered.dir), doc.manifest, { rootfs: { diff_ids: [tampered.diffId] } });
  assert.equal(walk.ok, false);
  assert.match(walk.ok ? '' : walk.reason, /do not match its digest|invalid|unexpected end|incorrect header/);

  const linked = await layout();
  const configPath = join(linked.dir, 'blobs', 'sha256', linked.config.digest.slice(7));
  const outside = join(linked.dir, '..', `outside-${Date.now()}.json`);
  writeFileSync(outside, '{}');
  rmSync(configPath);
  symlinkSync(outside, configPath);
  await assert.rejects(blobJson(new OciLayout(linked.dir), { mediaType: 'x', ...linked.config }, 1 << 20), /cannot be read \(ELOOP\)/);

  const missing = await layout();
  rmSync(join(missing.dir, 'blobs', 'sha256', missing.manifest.digest.slice(7)));
  await assert.rejects(new OciLayout(missing.dir).document(null), /blobs\/sha256\/[a-f0-9]{64} is missing/);
});
