// Synthetic layer tars built in memory, and the file index the real walk makes of them: what
// the archive, package and image rule tests stand on.
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { indexLayer, newCaptureBudget, type CaptureBudget } from '../../src/image/archive.js';
import { buildFileIndex, type ImageFileIndex } from '../../src/image/filesystem.js';

export type FileSpec = { name: string; size?: number; content?: string | Buffer; type?: 'file' | 'directory' | 'symlink' };

/** A tar of the entries; a file holds `content`, or `size` bytes of filler. */
export async function tarOf(entries: FileSpec[]): Promise<Buffer> {
  const pack = tar.pack();
  for (const e of entries) {
    if (e.type === 'directory') pack.entry({ name: e.name, type: 'directory' });
    else if (e.type === 'symlink') pack.entry({ name: e.name, type: 'symlink', linkname: '/x' });
    else {
      const body = e.content !== undefined ? Buffer.from(e.content) : Buffer.alloc(e.size ?? 0, 7);
      pack.entry({ name: e.name, size: body.length }, body);
    }
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface LayerSpec {
  /** Dockerfile line; null for a base-image layer. */
  line: number | null;
  files: FileSpec[];
  /** Paths a later layer deletes (`.wh.` entries), and folders it makes opaque. */
  deletes?: string[];
  opaque?: string[];
}

/** Each layer's tar walked by the real layer indexer (captures included), stacked into the file index. */
export async function walkedIndex(layers: LayerSpec[], budget: CaptureBudget = newCaptureBudget()): Promise<ImageFileIndex> {
  const indexed = [];
  for (const [position, spec] of layers.entries()) {
    const whiteouts: FileSpec[] = [
      ...(spec.deletes ?? []).map((path) => ({ name: path.replace(/([^/]+)$/, '.wh.$1').replace(/^\//, ''), size: 0 })),
      ...(spec.opaque ?? []).map((path) => ({ name: `${path.replace(/^\//, '')}/.wh..wh..opq`, size: 0 })),
    ];
    const tarball = await tarOf([...whiteouts, ...spec.files]);
    const walked = await indexLayer(Readable.from([tarball]), 'none', () => undefined, budget);
    indexed.push({
      position,
      line: spec.line,
      createdBy: `step ${position}`,
      fromBase: spec.line === null,
      entries: walked.entries,
      whiteouts: walked.whiteouts,
      captured: walked.captured,
    });
  }
  return buildFileIndex(indexed);
}
