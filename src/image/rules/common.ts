// Helpers the image rules share: where a file came from, in words, and grouping by layer.
import { formatBytes } from '../../config/units.js';
import type { ImageFileRef } from '../filesystem.js';

export { formatBytes };

/** "layer 3 (Dockerfile line 16)" or "layer 0 (base image)". */
export function origin(layer: number, line: number | null): string {
  return line === null ? `layer ${layer} (base image)` : `layer ${layer} (Dockerfile line ${line})`;
}

/** Findings point at the instruction that added the content; base-image content at the file (0). */
export const findingLine = (line: number | null): number => line ?? 0;

export function groupByLayer<T extends ImageFileRef>(files: Iterable<T>): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const file of files) {
    const group = groups.get(file.layer);
    if (group) group.push(file);
    else groups.set(file.layer, [file]);
  }
  return groups;
}

export const sum = (files: readonly { size: number }[]): number => files.reduce((total, f) => total + f.size, 0);

/** "a (1.2 MB), b (3 kB) and 4 more", biggest first. */
export function listFiles(files: readonly ImageFileRef[], shown = 3): string {
  const sorted = [...files].sort((a, b) => b.size - a.size);
  const named = sorted.slice(0, shown).map((f) => `${f.path} (${formatBytes(f.size)})`);
  const more = sorted.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
