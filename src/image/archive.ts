// Indexes an image archive (`docker save` output) as it streams: every layer blob is
// gunzipped in the stream and its tar walked entry by entry, file contents drained, never
// written to disk nor held in memory. Works on both the OCI layout `docker save` writes since
// Docker 25 and the legacy `<id>/layer.tar` layout.
//
// `docker save` writes blobs in digest order and manifest.json last, so a layer is placed by
// its diff id (the sha256 of its uncompressed tar, computed while walking) rather than by the
// manifest: a walk cut short still knows where each finished layer belongs.
import { createHash } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import * as zlib from 'node:zlib';
import tar from 'tar-stream';
import { CAPTURE_BUDGET_BYTES, captureOf, type CapturedFile } from './captured-files.js';

export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

export interface LayerEntry {
  path: string; // absolute, no trailing slash
  size: number;
  type: EntryType;
}

/** A deletion recorded in a layer: a path (`.wh.<name>`) or a directory's old content (opaque). */
export interface LayerWhiteout {
  path: string;
  opaque: boolean;
}

export interface LayerFiles {
  diffId: string;
  /** Where the blob sits in the archive, and whether it was compressed there. */
  blobPath: string;
  compressed: boolean;
  entries: LayerEntry[];
  whiteouts: LayerWhiteout[];
  /** Package metadata and large files' heads, as captured-files.ts says (paths as in entries). */
  captured: CapturedFile[];
}

/** What is left of the walk's capture budget, shared by all its layers. */
export interface CaptureBudget {
  remainingBytes: number;
  /** Set once some metadata was not kept for lack of budget. */
  exhausted: boolean;
}

export const newCaptureBudget = (): CaptureBudget => ({ remainingBytes: CAPTURE_BUDGET_BYTES, exhausted: false });

export interface ArchiveIndex {
  /** Walked layers by diff id. */
  layers: Map<string, LayerFiles>;
  /** Every blob's size in the archive by its path ("blobs/sha256/<hex>"). */
  blobSizes: Map<string, number>;
  /** Layer blob paths in order, from manifest.json (null when the walk stopped before it). */
  manifestLayers: string[] | null;
  /** The image config, when seen. */
  config: ImageConfig | null;
  /** False when stopped early (see stoppedBecause). */
  complete: boolean;
  stoppedBecause?: string;
  /** Layer blobs in a compression this walk cannot read (zstd before Node 22.15), by archive path. */
  unsupported: string[];
  capture: CaptureBudget;
}

export interface ImageConfig {
  history?: { created_by?: string; empty_layer?: boolean }[];
  rootfs?: { diff_ids?: string[] };
}

export interface IndexOptions {
  /** Checked as data flows; returning a reason stops the walk (status partial). */
  stopReason?: () => string | null;
}

class WalkStopped extends Error {}

const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
const SMALL_JSON_LIMIT = 4 * 1024 * 1024;
// Node's zlib reads zstd from 22.15 / 23.8 (the action runs on Node 24); on Node 20 such layers
// are listed as not readable rather than guessed at.
const createZstdDecompress = (zlib as { createZstdDecompress?: (options?: { chunkSize?: number }) => Transform }).createZstdDecompress;
export const ZSTD_READABLE = typeof createZstdDecompress === 'function';

export async function indexImageArchive(source: Readable, options: IndexOptions = {}): Promise<ArchiveIndex> {
  const index: ArchiveIndex = {
    layers: new Map(),
    blobSizes: new Map(),
    manifestLayers: null,
    config: null,
    complete: true,
    unsupported: [],
    capture: newCaptureBudget(),
  };
  const jsonBlobs = new Map<string, string>();
  const stopCheck = () => {
    const reason = options.stopReason?.();
    if (reason) throw new WalkStopped(reason);
  };
  const extract = tar.extract();
  source.on('error', (error) => extract.destroy(error));
  source.pipe(extract);
  try {
    for await (const entry of extract) {
      stopCheck();
      const name = entry.header.name.replace(/^\.\//, '');
      const size = entry.header.size ?? 0;
      if (entry.header.type !== 'file') {
        entry.resume();
        continue;
      }
      index.blobSizes.set(name, size);
      const chunks = await withHead(entry as AsyncIterable<Buffer>, 512);
      const head = chunks.head;
      if (startsWith(head, ZSTD) && !ZSTD_READABLE) {
        index.unsupported.push(name);
        await drain(chunks.rest);
      } else if (startsWith(head, ZSTD) || startsWith(head, GZIP) || isTar(head)) {
        const compression = startsWith(head, ZSTD) ? 'zstd' : startsWith(head, GZIP) ? 'gzip' : 'none';
        const layer = await indexLayer(chunks.all(), compression, stopCheck, index.capture);
        index.layers.set(layer.diffId, { ...layer, blobPath: name, compressed: compression !== 'none' });
      } else if (size <= SMALL_JSON_LIMIT) {
        jsonBlobs.set(name, Buffer.concat(await collect(chunks.all())).toString('utf8'));
      } else {
        await drain(chunks.rest);
      }
    }
  } catch (error) {
    if (!(error instanceof WalkStopped)) throw error;
    index.complete = false;
    index.stoppedBecause = error.message;
    extract.destroy();
  }
  readManifest(index, jsonBlobs);
  return index;
}

function readManifest(index: ArchiveIndex, jsonBlobs: Map<string, string>): void {
  const manifest = parseJson(jsonBlobs.get('manifest.json')) as { Config?: string; Layers?: string[] }[] | null;
  const image = Array.isArray(manifest) ? manifest[0] : null;
  if (!image) return;
  index.manifestLayers = image.Layers ?? null;
  if (image.Config) index.config = parseJson(jsonBlobs.get(image.Config)) as ImageConfig | null;
}

/** Compressed bytes handed to the decompressor at a time, and the size of its output chunks. */
const DECOMPRESS_CHUNK_BYTES = 1024 * 1024;

/** Walks one layer's tar (decompressing when needed) and returns its entries, captured contents and diff id. */
export async function indexLayer(
  chunks: AsyncIterable<Buffer>,
  compression: 'gzip' | 'zstd' | 'none',
  stopCheck: () => void,
  budget: CaptureBudget,
): Promise<Omit<LayerFiles, 'blobPath' | 'compressed'>> {
  const hash = createHash('sha256');
  const hasher = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        stopCheck();
      } catch (error) {
        callback(error as Error);
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  // Pipe reads and HTTP bodies come in 16-64 KiB pieces: the decompressor gets them joined into 1 MiB
  // writes and writes 1 MiB chunks, a sixteenth of the writes and a quarter of the output chunks
  // (thread-pool round trips and stream hops) of 64 KiB in and 256 KiB out: about 10% less CPU.
  const source = Readable.from(compression !== 'none' ? coalesce(chunks, DECOMPRESS_CHUNK_BYTES) : chunks, { objectMode: false });
  const inner = tar.extract();
  const fail = (error: Error) => inner.destroy(error);
  let stream: Readable = source;
  source.on('error', fail);
  if (compression !== 'none') {
    const options = { chunkSize: DECOMPRESS_CHUNK_BYTES };
    const decompress = compression === 'gzip' ? zlib.createGunzip(options) : createZstdDecompress!(options);
    decompress.on('error', fail);
    stream = stream.pipe(decompress);
  }
  hasher.on('error', fail);
  stream.pipe(hasher).pipe(inner);

  const entries: LayerEntry[] = [];
  const whiteouts: LayerWhiteout[] = [];
  const captured: CapturedFile[] = [];
  for await (const entry of inner) {
    const path = normalizePath(entry.header.name);
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const type = entryType(entry.header.type);
    const size = type === 'file' ? (entry.header.size ?? 0) : 0;
    if (base === '.wh..wh..opq') whiteouts.push({ path: path.slice(0, slash) || '/', opaque: true });
    else if (base.startsWith('.wh.')) whiteouts.push({ path: `${path.slice(0, slash)}/${base.slice(4)}`, opaque: false });
    else entries.push({ path, size, type });
    const capture = type === 'file' && size > 0 ? captureOf(path, size) : null;
    if (!capture) {
      entry.resume();
      continue;
    }
    const limit = Math.min(capture.limit, size);
    if (limit > budget.remainingBytes) {
      if (capture.kind !== 'head') budget.exhausted = true;
      entry.resume();
      continue;
    }
    budget.remainingBytes -= limit;
    captured.push({ path, ...(await readStart(entry, limit)) });
  }
  // A stop inside the hasher surfaces as the inner extract's error, thrown by the loop above.
  await new Promise<void>((resolve) => (hasher.writableFinished ? resolve() : hasher.once('finish', () => resolve())));
  return { diffId: `sha256:${hash.digest('hex')}`, entries, whiteouts, captured };
}

/** The chunks of `stream` joined into pieces of at least `bytes` (the last one may be shorter). */
async function* coalesce(stream: AsyncIterable<Buffer>, bytes: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= bytes) {
      yield parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield Buffer.concat(parts, length);
}

/** The part of a tar entry's stream readStart uses (tar-stream's streamx entry, or a Node stream). */
interface EntryStream {
  on(event: 'data', listener: (chunk: unknown) => void): unknown;
  once(event: 'end' | 'error', listener: (error?: Error) => void): unknown;
}

/** Keeps an entry's first `limit` bytes and drains the rest. */
function readStart(entry: EntryStream, limit: number): Promise<{ data: Buffer; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let total = 0;
    entry.on('data', (data) => {
      const chunk = data as Buffer;
      total += chunk.length;
      if (kept >= limit) return;
      const part = chunk.length > limit - kept ? chunk.subarray(0, limit - kept) : chunk;
      // A copy: a slice would keep the whole 256 KiB gunzip chunk alive.
      chunks.push(Buffer.from(part));
      kept += part.length;
    });
    entry.once('end', () => resolve({ data: Buffer.concat(chunks), complete: kept === total }));
    entry.once('error', reject);
  });
}

function entryType(type: string | null | undefined): EntryType {
  switch (type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'dir';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

export function normalizePath(name: string): string {
  const path = `/${name}`
    .replace(/\/\.\//g, '/')
    .replace(/\/+/g, '/')
    .replace(/\/$/, '');
  return path || '/';
}

/** Reads until `bytes` are available (or the stream ends) so the blob's format can be sniffed. */
async function withHead(stream: AsyncIterable<Buffer>, bytes: number) {
  const iterator = stream[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) break;
    first.push(next.value);
    length += next.value.length;
  }
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => iterator };
  return {
    head: Buffer.concat(first),
    rest,
    async *all() {
      yield* first;
      yield* rest;
    },
  };
}

async function drain(stream: AsyncIterable<Buffer>): Promise<void> {
  for await (const _chunk of stream) {
    // contents not needed
  }
}

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => buffer[i] === byte);
}

/** A tar header ("ustar" magic), or the zero blocks that are all an empty layer's tar holds. */
function isTar(head: Buffer): boolean {
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return true;
  return head.length >= 512 && head.subarray(0, 512).every((byte) => byte === 0);
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
