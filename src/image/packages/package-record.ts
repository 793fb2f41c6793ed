// What each package database reader returns: one installed package and the files it says are
// its own, before the inventory counts those files in the final filesystem. Pure.
import type { PackageEcosystem } from '../../report/types.js';
import type { CapturedFile } from '../captured-files.js';

export interface PackageRecord {
  ecosystem: PackageEcosystem;
  name: string;
  version: string;
  installer?: string;
  /** The site-packages folder or conda environment it is installed in. */
  location?: string;
  /** conda's build string and channel. */
  build?: string;
  channel?: string;
  /** The metadata file whose layer installed the package (a later install rewrites it). */
  metadataPath: string;
  /** Absolute paths the package's database lists as its files. */
  paths: string[];
  /** Where the list is missing or cut short: folders whose files are the package's (absolute, no trailing slash). */
  folders: string[];
  /** Where the list is missing: module names whose `name.py` / `name.*.so` directly in `location` are the package's. */
  modules: string[];
  /** The installed size the database declares, for a package whose files are not listed at all. */
  declaredBytes?: number;
}

/** The visible captured files, as every reader takes them. */
export type CapturedFiles = ReadonlyMap<string, CapturedFile>;

export const text = (file: CapturedFile | undefined): string | null => (file ? file.data.toString('utf8') : null);

/** A file list cut at the capture limit: every line but the last, which may be cut in the middle. */
export function completeLines(file: CapturedFile): string[] {
  const lines = file.data.toString('utf8').split('\n');
  if (!file.complete) lines.pop();
  return lines.map((line) => line.replace(/\r$/, '')).filter((line) => line !== '');
}

/** `base` joined with a relative path, `.` and `..` resolved; an absolute `relative` stands alone. */
export function resolvePath(base: string, relative: string): string {
  const parts = relative.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** RFC 822-style `Key: value` stanzas separated by blank lines (dpkg status, Python's METADATA headers). */
export function parseStanzas(content: string, maxStanzas = Infinity): Map<string, string>[] {
  const stanzas: Map<string, string>[] = [];
  let current = new Map<string, string>();
  let lastKey: string | null = null;
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (current.size > 0) stanzas.push(current);
      if (stanzas.length >= maxStanzas) return stanzas;
      current = new Map();
      lastKey = null;
      continue;
    }
    if (/^[ \t]/.test(line)) {
      if (lastKey) current.set(lastKey, `${current.get(lastKey)}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    lastKey = line.slice(0, colon).trim();
    if (!current.has(lastKey)) current.set(lastKey, line.slice(colon + 1).trim());
  }
  if (current.size > 0) stanzas.push(current);
  return stanzas;
}
