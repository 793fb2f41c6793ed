import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import {
  layerCompression,
  parseManifestDocument,
  platformManifests,
  readBounded,
  sha256Digest,
  verifiedBlob,
  type Descriptor,
} from '../../src/image/blobs.js';

const hex = (c: string) => c.repeat(64);

// The shape buildx pushes for a two-platform build: two image manifests and their attestation manifests.
const INDEX = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${hex('a')}`,
      size: 481,
      platform: { architecture: 'amd64', os: 'linux' },
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${hex('b')}`,
      size: 481,
      platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${hex('c')}`,
      size: 566,
      annotations: { 'vnd.docker.reference.digest': `sha256:${hex('a')}`, 'vnd.docker.reference.type': 'attestation-manifest' },
      platform: { architecture: 'unknown', os: 'unknown' },
    },
  ],
};

test('an index: its platforms, attestation manifests (unknown/unknown) left out', () => {
  const bytes = Buffer.from(JSON.stringify(INDEX));
  const doc = parseManifestDocument(bytes, null, 'test');
  assert.equal(doc.kind, 'index');
  assert.equal(doc.digest, sha256Digest(bytes));
  const platforms = platformManifests(doc.kind === 'index' ? doc.manifests : []);
  assert.deepEqual(
    platforms.map((d) => [d.platform.os, d.platform.architecture, d.platform.variant]),
    [
      ['linux', 'amd64', undefined],
      ['linux', 'arm64', 'v8'],
    ],
  );
});

test('a manifest fetched by digest must hash to it; descriptors are checked', () => {
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: `sha256:${hex('1')}`, size: 900 },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: `sha256:${hex('2')}`, size: 1234 }],
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const doc = parseManifestDocument(bytes, sha256Digest(bytes), 'test');
  assert.equal(doc.kind === 'manifest' && doc.manifest.layers[0].size, 1234);
  assert.throws(() => parseManifestDocument(bytes, `sha256:${hex('f')}`, 'r'), /do not match sha256:f{64}/);
  const traversal = { ...manifest, layers: [{ ...manifest.layers[0], digest: 'sha256:../../../etc/passwd' }] };
  assert.throws(() => parseManifestDocument(Buffer.from(JSON.stringify(traversal)), null, 'r'), /is not a sha256 digest/);
  const negative = { ...manifest, layers: [{ ...manifest.layers[0], size: -1 }] };
  assert.throws(() => parseManifestDocument(Buffer.from(JSON.stringify(negative)), null, 'r'), /size is not a byte count/);
  assert.throws(() => parseManifestDocument(Buffer.from('{"mediaType":"text/html"}'), null, 'r'), /not an image index or manifest/);
});

test('layer compression from the media type; zstd and unknown types are not read as tar', () => {
  assert.equal(layerCompression('application/vnd.oci.image.layer.v1.tar+gzip'), 'gzip');
  assert.equal(layerCompression('application/vnd.docker.image.rootfs.diff.tar.gzip'), 'gzip');
  assert.equal(layerCompression('application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'), 'gzip');
  assert.equal(layerCompression('application/vnd.oci.image.layer.v1.tar'), 'none');
  assert.equal(layerCompression('application/vnd.oci.image.layer.v1.tar+zstd'), 'zstd');
  assert.equal(layerCompression('application/vnd.in-toto+json'), 'unknown');
});

async function read(bytes: Buffer, descriptor: Descriptor): Promise<Buffer> {
  return readBounded(verifiedBlob(Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]), descriptor, 'blob'), 1 << 20, 'blob');
}

test('a blob streams through when its size and sha256 match, and fails when they do not', async () => {
  const bytes = Buffer.from('layer bytes');
  const good: Descriptor = { mediaType: 'x', digest: sha256Digest(bytes), size: bytes.length };
  assert.deepEqual(await read(bytes, good), bytes);
  await assert.rejects(read(bytes, { ...good, size: bytes.length - 1 }), /is larger than the 10 bytes its descriptor says/);
  await assert.rejects(read(bytes, { ...good, size: bytes.length + 1 }), /ended after 11 of 12 bytes/);
  await assert.rejects(read(Buffer.from('layer byteZ'), good), /do not match its digest/);
});

test('an error of the source fails the verified stream', async () => {
  const failing = new Readable({
    read() {
      this.destroy(new Error('connection reset'));
    },
  });
  await assert.rejects(
    readBounded(verifiedBlob(failing, { mediaType: 'x', digest: `sha256:${hex('0')}`, size: 1 }, 'b'), 10, 'b'),
    /connection reset/,
  );
});

test('readBounded stops past its limit', async () => {
  await assert.rejects(readBounded(Readable.from([Buffer.alloc(6), Buffer.alloc(6)]), 10, 'manifest'), /manifest: larger than 10 bytes/);
});
