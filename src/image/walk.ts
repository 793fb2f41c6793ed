// The layer walk, from wherever the image is: `docker save <image>` streamed into the archive
// indexer (the local store), or each layer blob of a manifest streamed from a registry or an
// OCI layout into the same per-layer indexer. Nothing is written to disk.
import { PassThrough } from 'node:stream';
import { execStream, type ExecResult } from '../util/exec.js';
import { indexImageArchive, indexLayer, newCaptureBudget, ZSTD_READABLE, type ArchiveIndex, type ImageConfig } from './archive.js';
import { READ_AHEAD_BYTES, layerCompression, type BlobStore, type ImageManifest } from './blobs.js';

export interface WalkOptions {
  /** Stop (status partial) once this much time has passed, in ms. */
  timeBudgetMs?: number;
}

export type WalkResult = { ok: true; archive: ArchiveIndex } | { ok: false; reason: string };

export async function walkImage(ref: string, options: WalkOptions = {}): Promise<WalkResult> {
  const child = execStream('docker', ['save', ref]);
  const deadline = options.timeBudgetMs === undefined ? Infinity : Date.now() + options.timeBudgetMs;
  const budgetSeconds = Math.round((options.timeBudgetMs ?? 0) / 1000);
  try {
    // A few MB of slack let docker save run ahead while a chunk is being gunzipped: without it
    // the 64 KiB pipe fills at every pause and the export, the real floor, stalls.
    const buffered = child.stdout.pipe(new PassThrough({ highWaterMark: READ_AHEAD_BYTES }));
    const archive = await indexImageArchive(buffered, {
      stopReason: () => (Date.now() > deadline ? `the layer walk stopped at its time budget of ${budgetSeconds}s` : null),
    });
    if (!archive.complete) child.kill();
    const exit = await child.done;
    if (archive.complete && exit.exitCode !== 0) return { ok: false, reason: saveFailure(ref, exit) };
    return { ok: true, archive };
  } catch (error) {
    child.kill();
    const exit = await child.done;
    return {
      ok: false,
      reason: exit.exitCode !== 0 ? saveFailure(ref, exit) : `reading docker save output failed: ${(error as Error).message}`,
    };
  }
}

class BlobWalkStopped extends Error {}

/**
 * Walks the layers of one platform's manifest blob by blob, in manifest order. A layer lands
 * under the diff id its tar hashes to, so a blob whose content is not the config's layer shows
 * as a layer not walked. Zstd layers need Node 22.15 or later: before it they are listed as
 * unsupported, as in the archive walk.
 */
export async function walkBlobs(
  store: BlobStore,
  manifest: ImageManifest,
  config: ImageConfig,
  options: WalkOptions = {},
): Promise<WalkResult> {
  const deadline = options.timeBudgetMs === undefined ? Infinity : Date.now() + options.timeBudgetMs;
  const stopCheck = () => {
    if (Date.now() > deadline)
      throw new BlobWalkStopped(`the layer walk stopped at its time budget of ${Math.round((options.timeBudgetMs ?? 0) / 1000)}s`);
  };
  const archive: ArchiveIndex = {
    layers: new Map(),
    blobSizes: new Map(),
    manifestLayers: [],
    config,
    complete: true,
    unsupported: [],
    capture: newCaptureBudget(),
  };
  for (const layer of manifest.layers) {
    const blobPath = `blobs/sha256/${layer.digest.slice('sha256:'.length)}`;
    archive.manifestLayers!.push(blobPath);
    archive.blobSizes.set(blobPath, layer.size);
    const compression = layerCompression(layer.mediaType);
    if (compression === 'unknown' || (compression === 'zstd' && !ZSTD_READABLE)) {
      archive.unsupported.push(blobPath);
      continue;
    }
    try {
      stopCheck();
      const files = await indexLayer(await store.blob(layer), compression, stopCheck, archive.capture);
      archive.layers.set(files.diffId, { ...files, blobPath, compressed: compression !== 'none' });
    } catch (error) {
      if (!(error instanceof BlobWalkStopped))
        return { ok: false, reason: `reading layer ${layer.digest} from ${store.label} failed: ${(error as Error).message}` };
      archive.complete = false;
      archive.stoppedBecause = error.message;
      break;
    }
  }
  return { ok: true, archive };
}

function saveFailure(ref: string, exit: ExecResult): string {
  if (exit.spawnError) return `docker save could not run (${exit.spawnError.message})`;
  return `docker save ${ref} exited with code ${exit.exitCode}: ${exit.stderr.trim().split('\n')[0] ?? ''}`;
}
