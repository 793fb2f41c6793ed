// The image's files as the layers stack them: what is visible in the final filesystem, and
// what ships but is hidden (deleted or overwritten by a later layer). Pure: built from the
// per-layer entries the archive walk produced; this is what the image rules read.
import type { LayerEntry, LayerWhiteout } from './archive.js';
import type { CapturedFile } from './captured-files.js';
import { compareText } from '../util/compare.js';

export interface IndexedLayer {
  position: number; // index into image.layers
  line: number | null; // Dockerfile line; null for base-image layers
  createdBy: string;
  fromBase: boolean;
  /** null when the walk did not reach this layer. */
  entries: LayerEntry[] | null;
  whiteouts: LayerWhiteout[];
  /** Contents the walk kept of this layer's files (package metadata, large files' heads). */
  captured?: CapturedFile[];
}

export interface ImageFileRef {
  path: string;
  size: number;
  layer: number;
  line: number | null;
}

export interface HiddenFile extends ImageFileRef {
  how: 'deleted' | 'overwritten';
  /** The layer (and its line) that deleted or overwrote it. */
  byLayer: number;
  byLine: number | null;
}

export interface ImageFileIndex {
  layers: IndexedLayer[];
  /** Regular files visible in the final filesystem. */
  files: ImageFileRef[];
  /** Files that ship in a layer but are not visible at the end. */
  hidden: HiddenFile[];
  /** The kept contents of visible files, by path: what the final filesystem holds there. */
  captured: Map<string, CapturedFile>;
  /** Bytes of regular files across all walked layers (what the layers carry). */
  totalBytes: number;
  /** Every layer was walked. */
  complete: boolean;
}

interface Node {
  type: LayerEntry['type'];
  size: number;
  layer: number;
}

export function buildFileIndex(layers: readonly IndexedLayer[]): ImageFileIndex {
  const nodes = new Map<string, Node>();
  const children = new Map<string, Set<string>>();
  const hidden: HiddenFile[] = [];
  let totalBytes = 0;

  const hide = (path: string, node: Node, by: IndexedLayer, how: HiddenFile['how']) => {
    if (node.type === 'file' && node.size > 0) {
      const added = layers[node.layer];
      hidden.push({ path, size: node.size, layer: node.layer, line: added.line, how, byLayer: by.position, byLine: by.line });
    }
  };
  const removeTree = (path: string, by: IndexedLayer, keepRoot: boolean) => {
    for (const child of children.get(path) ?? []) removeTree(child, by, false);
    children.delete(path);
    if (keepRoot) return;
    const node = nodes.get(path);
    if (node) hide(path, node, by, 'deleted');
    nodes.delete(path);
    children.get(parentOf(path))?.delete(path);
  };

  // Tars need not list parent directories: link every ancestor so deleting one reaches all.
  const link = (path: string) => {
    for (let child = path; child !== '/'; child = parentOf(child)) {
      const parent = parentOf(child);
      let siblings = children.get(parent);
      if (!siblings) children.set(parent, (siblings = new Set()));
      if (siblings.has(child)) return;
      siblings.add(child);
    }
  };

  for (const layer of layers) {
    if (!layer.entries) continue;
    // Whiteouts hide lower layers' content only, so they apply before this layer's entries.
    for (const whiteout of layer.whiteouts) removeTree(whiteout.path, layer, whiteout.opaque);
    for (const entry of layer.entries) {
      const existing = nodes.get(entry.path);
      if (existing && !(existing.type === 'dir' && entry.type === 'dir')) {
        if (existing.type === 'dir') removeTree(entry.path, layer, true);
        hide(entry.path, existing, layer, 'overwritten');
      }
      nodes.set(entry.path, { type: entry.type, size: entry.size, layer: layer.position });
      link(entry.path);
      if (entry.type === 'file') totalBytes += entry.size;
    }
  }

  const files: ImageFileRef[] = [];
  for (const [path, node] of nodes) {
    if (node.type === 'file') files.push({ path, size: node.size, layer: node.layer, line: layers[node.layer].line });
  }
  const captured = new Map<string, CapturedFile>();
  for (const layer of layers) {
    for (const file of layer.captured ?? []) {
      const node = nodes.get(file.path);
      if (node?.type === 'file' && node.layer === layer.position) captured.set(file.path, file);
    }
  }
  return { layers: [...layers], files, hidden, captured, totalBytes, complete: layers.every((l) => l.entries !== null) };
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/** Every regular file of every walked layer, hidden or not (secrets stay in their layer). */
export function* allLayerFiles(index: ImageFileIndex): Generator<ImageFileRef> {
  for (const layer of index.layers) {
    for (const entry of layer.entries ?? []) {
      if (entry.type === 'file') yield { path: entry.path, size: entry.size, layer: layer.position, line: layer.line };
    }
  }
}

/** Per layer: bytes it adds and how many of those are hidden later. */
export function bytesByLayer(
  index: ImageFileIndex,
): { layer: number; line: number | null; createdBy: string; added: number; wasted: number }[] {
  const wasted = new Map<number, number>();
  for (const file of index.hidden) wasted.set(file.layer, (wasted.get(file.layer) ?? 0) + file.size);
  return index.layers.map((layer) => ({
    layer: layer.position,
    line: layer.line,
    createdBy: layer.createdBy,
    added: (layer.entries ?? []).reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0),
    wasted: wasted.get(layer.position) ?? 0,
  }));
}

/** The largest visible files, biggest first. */
export function largestFiles(index: ImageFileIndex, count: number): ImageFileRef[] {
  return [...index.files].sort((a, b) => b.size - a.size || compareText(a.path, b.path)).slice(0, count);
}
