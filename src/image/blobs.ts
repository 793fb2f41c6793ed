// Images as content-addressed blobs (OCI image spec): an index lists one manifest per platform,
// a manifest names a config and its layers. Two stores serve them, a registry
// (src/image/registry.ts) and an OCI layout folder a build wrote (src/image/oci-layout.ts); both
// return documents parsed and checked here, and blob streams verified against their digest and
// size as they flow, so nothing the measure stage reads is taken on trust.
import { createHash } from 'node:crypto';
import { PassThrough, Transform, pipeline, type Readable, type TransformCallback } from 'node:stream';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
}

export type ManifestDocument =
  { kind: 'index'; digest: string; manifests: Descriptor[] } | { kind: 'manifest'; digest: string; manifest: ImageManifest };

export interface BlobStore {
  /** What to call the store in messages: the repository, the layout folder. */
  readonly label: string;
  /** The index or manifest a reference (tag or digest; null for a layout's own) points at. */
  document(reference: string | null): Promise<ManifestDocument>;
  /** A blob as it streams; the stream fails if its bytes do not match the descriptor. */
  blob(descriptor: Descriptor): Promise<Readable>;
}

/** A small JSON blob (an image config), read whole within maxBytes and verified. */
export async function blobJson(store: BlobStore, descriptor: Descriptor, maxBytes: number): Promise<unknown> {
  if (descriptor.size > maxBytes) throw new BlobError(`${store.label}: ${descriptor.digest} is larger than ${maxBytes} bytes`);
  const bytes = await readBounded(await store.blob(descriptor), maxBytes, `${store.label}: ${descriptor.digest}`);
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw new BlobError(`${store.label}: ${descriptor.digest} is not JSON`);
  }
}

/** The registry API's limit on a manifest (distribution), and ours on an image config. */
export const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
export const CONFIG_MAX_BYTES = 8 * 1024 * 1024;

const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
const MANIFEST_TYPES = new Set(['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json']);
/** What a registry is asked for: every index and manifest type we read. */
export const MANIFEST_ACCEPT = [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ');

const SHA256 = /^sha256:[a-f0-9]{64}$/;

export class BlobError extends Error {
  override name = 'BlobError';
}

/** A sha256 digest as the stores address blobs by it (no other algorithm, nothing that could be a path). */
export function checkDigest(digest: string, what: string): string {
  if (!SHA256.test(digest)) throw new BlobError(`${what}: "${digest.slice(0, 80)}" is not a sha256 digest`);
  return digest;
}

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Parses an index or manifest; `digest` is the sha256 of `bytes`, checked against `expected` when the reference was a digest. */
export function parseManifestDocument(bytes: Buffer, expected: string | null, what: string): ManifestDocument {
  const digest = sha256Digest(bytes);
  if (expected && expected !== digest) throw new BlobError(`${what}: the manifest's bytes do not match ${expected}`);
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new BlobError(`${what}: the manifest is not JSON`);
  }
  if (typeof doc !== 'object' || doc === null) throw new BlobError(`${what}: the manifest is not a JSON object`);
  const mediaType = typeof doc.mediaType === 'string' ? doc.mediaType : '';
  if (Array.isArray(doc.manifests) && (mediaType === '' || INDEX_TYPES.has(mediaType))) {
    return { kind: 'index', digest, manifests: doc.manifests.map((d, i) => descriptor(d, `${what}: manifests[${i}]`)) };
  }
  if (Array.isArray(doc.layers) && (mediaType === '' || MANIFEST_TYPES.has(mediaType))) {
    return {
      kind: 'manifest',
      digest,
      manifest: {
        mediaType: mediaType || 'application/vnd.oci.image.manifest.v1+json',
        config: descriptor(doc.config, `${what}: config`),
        layers: doc.layers.map((d, i) => descriptor(d, `${what}: layers[${i}]`)),
      },
    };
  }
  throw new BlobError(`${what}: not an image index or manifest (media type "${mediaType.slice(0, 100)}")`);
}

function descriptor(value: unknown, what: string): Descriptor {
  const d = value as Partial<Descriptor> | null;
  if (typeof d !== 'object' || d === null || typeof d.digest !== 'string' || typeof d.mediaType !== 'string') {
    throw new BlobError(`${what}: not a descriptor (mediaType, digest, size)`);
  }
  if (!Number.isSafeInteger(d.size) || (d.size as number) < 0) throw new BlobError(`${what}: size is not a byte count`);
  const platform = d.platform;
  return {
    mediaType: d.mediaType,
    digest: checkDigest(d.digest, what),
    size: d.size as number,
    ...(platform && typeof platform.os === 'string' && typeof platform.architecture === 'string'
      ? {
          platform: {
            os: platform.os,
            architecture: platform.architecture,
            ...(platform.variant ? { variant: String(platform.variant) } : {}),
          },
        }
      : {}),
    ...(d.annotations && typeof d.annotations === 'object' ? { annotations: d.annotations } : {}),
  };
}

/** os/arch[/variant]. */
export function platformName(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/**
 * The image manifests of an index, one per platform. Attestation manifests (provenance, SBOM:
 * `unknown/unknown`, `vnd.docker.reference.type: attestation-manifest`) are not images and
 * are left out.
 */
export function platformManifests(manifests: readonly Descriptor[]): (Descriptor & { platform: Platform })[] {
  return manifests.filter(
    (d): d is Descriptor & { platform: Platform } =>
      d.platform !== undefined &&
      d.platform.os !== 'unknown' &&
      d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' &&
      MANIFEST_TYPES.has(d.mediaType),
  );
}

export type LayerCompression = 'gzip' | 'none' | 'zstd' | 'unknown';

/** How a layer blob is compressed, from its media type. */
export function layerCompression(mediaType: string): LayerCompression {
  if (/tar\+gzip$|tar\.gzip$|rootfs\.diff\.tar\.gzip$/.test(mediaType)) return 'gzip';
  if (/tar\+zstd$/.test(mediaType)) return 'zstd';
  if (/(layer\.v1\.tar|rootfs\.diff\.tar)$/.test(mediaType)) return 'none';
  return 'unknown';
}

/** A few MB of slack let the source (network, disk, docker save) run ahead while a chunk is being gunzipped. */
export const READ_AHEAD_BYTES = 16 * 1024 * 1024;

/**
 * A blob's bytes as they come from `source`, hashed on the way: the stream fails as soon as
 * more bytes come than the descriptor says, and at the end when the size or the sha256 differ.
 * An error of the source fails it too.
 */
export function verifiedBlob(source: Readable, descriptor: Descriptor, what: string): Readable {
  const verifier = verifyBlob(descriptor, what);
  // The slack sits before the verifier, where chunks flow one by one: a large buffer on the
  // stream the walk iterates would be concatenated at every read (copies, and garbage to collect).
  pipeline(source, new PassThrough({ highWaterMark: READ_AHEAD_BYTES }), verifier, () => undefined);
  return verifier;
}

function verifyBlob(descriptor: Descriptor, what: string): Transform {
  const hash = createHash('sha256');
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      bytes += chunk.length;
      if (bytes > descriptor.size) {
        callback(new BlobError(`${what}: ${descriptor.digest} is larger than the ${descriptor.size} bytes its descriptor says`));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      if (bytes !== descriptor.size)
        callback(new BlobError(`${what}: ${descriptor.digest} ended after ${bytes} of ${descriptor.size} bytes`));
      else if (`sha256:${hash.digest('hex')}` !== descriptor.digest)
        callback(new BlobError(`${what}: the bytes of ${descriptor.digest} do not match its digest`));
      else callback();
    },
  });
}

/** Reads a stream whole, failing past maxBytes. */
export async function readBounded(stream: AsyncIterable<Buffer>, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) throw new BlobError(`${what}: larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
