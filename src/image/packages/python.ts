// Python distributions: every `*.dist-info` (pip, uv, conda's own) and `*.egg-info` (setuptools,
// distutils) directly in a site-packages or dist-packages folder, wherever that folder is
// (system, venv, conda env, user site). Files come from RECORD or installed-files.txt, and from
// the top-level folders where those are missing. Pure.
import type { CapturedFile } from '../captured-files.js';
import { completeLines, parseStanzas, resolvePath, text, type CapturedFiles, type PackageRecord } from './package-record.js';

const METADATA_DIR = /^(.*\/(?:site|dist)-packages)\/([^/]+)\.(dist-info|egg-info)(?:\/([^/]+))?$/;

/** PEP 503: lower case, every run of `-`, `_` and `.` one `-`. */
export const normalizeName = (name: string): string => name.replace(/[-_.]+/g, '-').toLowerCase();

interface MetadataDir {
  site: string;
  dir: string;
  /** Folder name before the suffix: `torch-2.5.1+cpu`. */
  stem: string;
  kind: 'dist-info' | 'egg-info';
  files: Map<string, CapturedFile>;
}

export function pythonPackages(captured: CapturedFiles): PackageRecord[] {
  const dirs = new Map<string, MetadataDir>();
  for (const [path, file] of captured) {
    const match = METADATA_DIR.exec(path);
    if (!match) continue;
    const [, site, stem, kind, member] = match;
    const dir = `${site}/${stem}.${kind}`;
    let entry = dirs.get(dir);
    if (!entry) dirs.set(dir, (entry = { site, dir, stem, kind: kind as MetadataDir['kind'], files: new Map() }));
    // A distutils egg-info is one file holding what PKG-INFO would.
    entry.files.set(member ?? 'PKG-INFO', file);
  }
  const records: PackageRecord[] = [];
  for (const dir of dirs.values()) {
    const record = readDistribution(dir, captured);
    if (record) records.push(record);
  }
  return records;
}

function readDistribution(dir: MetadataDir, captured: CapturedFiles): PackageRecord | null {
  const headersFile = dir.kind === 'dist-info' ? 'METADATA' : 'PKG-INFO';
  const headers = parseStanzas(text(dir.files.get(headersFile)) ?? '', 1)[0];
  if (!headers) return null; // no metadata: not an installed distribution (or removed)
  const [stemName, stemVersion] = dir.stem.split('-');
  const name = normalizeName(headers.get('Name') ?? stemName);
  const version = headers.get('Version') ?? stemVersion ?? '';
  const metadataPath = dir.files.has('PKG-INFO') && !captured.has(`${dir.dir}/PKG-INFO`) ? dir.dir : `${dir.dir}/${headersFile}`;
  const installer = text(dir.files.get('INSTALLER'))?.trim().split('\n')[0];
  const record: PackageRecord = {
    ecosystem: 'python',
    name,
    version,
    ...(installer ? { installer } : {}),
    location: dir.site,
    metadataPath,
    paths: [metadataPath],
    folders: metadataPath === dir.dir ? [] : [dir.dir],
    modules: [],
  };
  const list = dir.files.get('RECORD') ?? dir.files.get('installed-files.txt');
  if (list) {
    // RECORD paths are relative to site-packages, installed-files.txt's to the egg-info folder.
    const base = dir.files.has('RECORD') ? dir.site : dir.dir;
    for (const line of completeLines(list)) {
      const path = dir.files.has('RECORD') ? firstCsvField(line) : line;
      if (path) record.paths.push(resolvePath(base, path));
    }
    if (list.complete) return record;
  }
  // No list, or a list cut at the read limit: the package's top-level folders and modules.
  const topLevel = completeLines(
    dir.files.get('top_level.txt') ?? { path: '', data: Buffer.from(name.replace(/-/g, '_')), complete: true },
  );
  for (const top of topLevel.map((line) => line.trim()).filter((line) => /^[\w./-]+$/.test(line) && !line.includes('..'))) {
    record.folders.push(`${dir.site}/${top}`);
    record.modules.push(top);
  }
  return record;
}

/** The first field of a CSV line (RECORD quotes a path holding a comma or a quote). */
export function firstCsvField(line: string): string {
  if (!line.startsWith('"')) return line.split(',', 1)[0];
  let field = '';
  for (let i = 1; i < line.length; i++) {
    if (line[i] !== '"') field += line[i];
    else if (line[i + 1] === '"') field += line[++i];
    else return field;
  }
  return field;
}
