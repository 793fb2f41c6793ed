// Helpers the image rules share: where bytes came from (the base image or a Dockerfile line),
// grouping by layer, and file and package lists whose names (image content) go in quotes.
import { formatBytes } from '../../config/units.js';
import type { Finding, ImagePackage } from '../../report/types.js';
import type { ImageFileIndex, ImageFileRef } from '../filesystem.js';
import type { PackageOwnership } from '../packages/inventory.js';

export { formatBytes };

/** What an image rule reads: the final filesystem and who owns its files. */
export interface WalkedImage {
  index: ImageFileIndex;
  packages: Pick<PackageOwnership, 'ownerOf'>;
}

/**
 * A layer's place: the finding's line (0 for the base image), its origin, and the words for it.
 * A layer no instruction matched counts as the base image's, as everywhere else in the report.
 */
export function placeOf(index: ImageFileIndex, layer: number): { line: number; origin: NonNullable<Finding['origin']>; where: string } {
  const line = index.layers[layer]?.line ?? null;
  if (line === null) return { line: 0, origin: 'base-image', where: `from the base image (layer ${layer})` };
  return { line, origin: 'dockerfile', where: `added at line ${line}` };
}

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

/** Collects a finding's quotes and hands out their `{n}` slots. */
export class Quotes {
  readonly list: string[] = [];

  slot(text: string): string {
    this.list.push(text);
    return `{${this.list.length - 1}}`;
  }

  /** "{0} (1.2 MB), {1} (3 kB) and 4 more", biggest first; `describe` adds words after the size. */
  files<T extends ImageFileRef>(files: readonly T[], shown = 3, describe: (file: T) => string = () => ''): string {
    const sorted = [...files].sort((a, b) => b.size - a.size);
    const named = sorted.slice(0, shown).map((f) => `${this.slot(f.path)} (${formatBytes(f.size)}${describe(f)})`);
    return andMore(named, sorted.length);
  }

  /** The packages owning `files`, most bytes first: "{0} 12.2.0-14 (31 MB), {1} … and 2 more". */
  owners(files: readonly ImageFileRef[], packages: WalkedImage['packages'], shown = 3): string {
    const bytes = new Map<ImagePackage, number>();
    for (const file of files) {
      const owner = packages.ownerOf(file.path);
      if (owner) bytes.set(owner, (bytes.get(owner) ?? 0) + file.size);
    }
    const sorted = [...bytes].sort((a, b) => b[1] - a[1]);
    const named = sorted.slice(0, shown).map(([pkg, size]) => `${this.slot(`${pkg.name} ${pkg.version}`)} (${formatBytes(size)})`);
    return andMore(named, sorted.length);
  }
}

function andMore(named: string[], total: number): string {
  const more = total - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** What removing these bytes saves, as the layer walk measured it. */
export const measured = (bytes: number) => ({ basis: 'measured' as const, bytes });
