// The package inventory: every package database the walk captured (Python, conda, dpkg, apk),
// each package's files counted once in the final filesystem (whiteouts and overwrites already
// applied by the file index), the layer and Dockerfile line that installed it, totals per
// group, and what no package owns. Pure.
import type { ImagePackage, PackageEcosystem, PackageGroup, PackageInventory } from '../../report/types.js';
import { compareText } from '../../util/compare.js';
import { parentOf, type ImageFileIndex, type ImageFileRef } from '../filesystem.js';
import { apkPackages } from './apk.js';
import { condaPackages } from './conda.js';
import { dpkgPackages } from './dpkg.js';
import { isInterpreterFile, packageGroup } from './groups.js';
import type { PackageRecord } from './package-record.js';
import { pythonPackages } from './python.js';

/** The report keeps this many packages, largest first; the rest are counted in `omitted`. */
export const MAX_REPORTED_PACKAGES = 2000;
const UNOWNED_FOLDERS = 10;

export interface PackageOwnership {
  inventory: PackageInventory;
  /** The package that owns a file of the final filesystem, if any. */
  ownerOf(path: string): ImagePackage | undefined;
}

// Where two databases list the same file, the most recent install owns it; in one layer, the
// system package manager before the language ones.
const ECOSYSTEM_ORDER: Readonly<Record<PackageEcosystem, number>> = { deb: 0, rpm: 1, apk: 2, conda: 3, python: 4 };
const GROUP_ORDER: readonly PackageGroup[] = ['cuda', 'torch', 'python-interpreter', 'python', 'system', 'other'];

export function buildInventory(index: ImageFileIndex, notes: readonly string[] = []): PackageOwnership {
  const visible = new Map<string, ImageFileRef>(index.files.map((file) => [file.path, file]));
  const records = installedRecords(index);
  const layerOf = (record: PackageRecord) => visible.get(record.metadataPath)?.layer ?? -1;
  records.sort(
    (a, b) =>
      layerOf(b) - layerOf(a) ||
      ECOSYSTEM_ORDER[a.ecosystem] - ECOSYSTEM_ORDER[b.ecosystem] ||
      compareText(a.name, b.name) ||
      compareText(a.location ?? '', b.location ?? ''),
  );
  const owners = assignOwners(records, index.files, visible);

  const bytes = new Array<number>(records.length).fill(0);
  const files = new Array<number>(records.length).fill(0);
  let interpreterBytes = 0;
  const unowned: ImageFileRef[] = [];
  for (const file of index.files) {
    const owner = owners.get(file.path);
    if (owner !== undefined) {
      bytes[owner] += file.size;
      files[owner] += 1;
    } else if (isInterpreterFile(file.path)) interpreterBytes += file.size;
    else unowned.push(file);
  }
  let unownedBytes = unowned.reduce((sum, file) => sum + file.size, 0);
  // A package with no file list is as big as it says, within the bytes no list claims.
  records.forEach((record, i) => {
    if (record.declaredBytes === undefined || record.paths.length > 0) return;
    bytes[i] = Math.min(record.declaredBytes, unownedBytes);
    unownedBytes -= bytes[i];
  });

  const packages = records.map((record, i) => toPackage(record, bytes[i], files[i], index, visible));
  const byPath = new Map<string, ImagePackage>();
  for (const [path, owner] of owners) byPath.set(path, packages[owner]);
  return {
    inventory: summarize(packages, interpreterBytes, unownedBytes, unownedFolders(unowned), notes),
    ownerOf: (path) => byPath.get(path),
  };
}

/** Every package of every database, without conda's own Python metadata when conda's lists are there. */
function installedRecords(index: ImageFileIndex): PackageRecord[] {
  const conda = condaPackages(index.captured);
  const python = pythonPackages(index.captured).filter((record) => conda.length === 0 || record.installer !== 'conda');
  return [...python, ...conda, ...dpkgPackages(index.captured), ...apkPackages(index.captured)];
}

/** Path → index of the owning record: listed files first, then the top-level folders and modules of unlisted ones. */
function assignOwners(records: readonly PackageRecord[], all: readonly ImageFileRef[], visible: ReadonlyMap<string, ImageFileRef>) {
  const owners = new Map<string, number>();
  const folders = new Map<string, number>();
  const modules = new Map<string, number>();
  records.forEach((record, i) => {
    for (const path of record.paths) if (visible.has(path) && !owners.has(path)) owners.set(path, i);
    for (const folder of record.folders) if (!folders.has(folder)) folders.set(folder, i);
    for (const module of record.modules) if (!modules.has(`${record.location}/${module}`)) modules.set(`${record.location}/${module}`, i);
  });
  if (folders.size === 0 && modules.size === 0) return owners;
  for (const file of all) {
    if (owners.has(file.path)) continue;
    const owner = folderOwner(file.path, folders) ?? moduleOwner(file.path, modules);
    if (owner !== undefined) owners.set(file.path, owner);
  }
  return owners;
}

function folderOwner(path: string, folders: ReadonlyMap<string, number>): number | undefined {
  for (let dir = parentOf(path); dir !== '/'; dir = parentOf(dir)) {
    const owner = folders.get(dir);
    if (owner !== undefined) return owner;
  }
  return undefined;
}

/** `six.py`, `_cffi_backend.cpython-311-x86_64-linux-gnu.so` directly in site-packages. */
function moduleOwner(path: string, modules: ReadonlyMap<string, number>): number | undefined {
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  const stem = base.split('.', 1)[0];
  if (base !== `${stem}.py` && !/\.(so|pyd)$/.test(base)) return undefined;
  return modules.get(`${path.slice(0, slash)}/${stem}`);
}

function toPackage(
  record: PackageRecord,
  bytes: number,
  files: number,
  index: ImageFileIndex,
  visible: ReadonlyMap<string, ImageFileRef>,
): ImagePackage {
  const layer = visible.get(record.metadataPath)?.layer ?? null;
  const installedBy = layer === null ? undefined : index.layers[layer];
  return {
    ecosystem: record.ecosystem,
    name: record.name,
    version: record.version,
    bytes,
    files,
    ...(record.installer ? { installer: record.installer } : {}),
    ...(record.location ? { location: record.location } : {}),
    ...(record.build ? { build: record.build } : {}),
    ...(record.channel ? { channel: record.channel } : {}),
    ...(record.declaredBytes !== undefined && record.paths.length === 0 ? { estimated: true } : {}),
    group: packageGroup(record.ecosystem, record.name),
    layer,
    line: installedBy?.line ?? null,
    fromBase: installedBy?.fromBase ?? false,
  };
}

function summarize(
  packages: ImagePackage[],
  interpreterBytes: number,
  unownedBytes: number,
  folders: { path: string; bytes: number }[],
  notes: readonly string[],
): PackageInventory {
  const sorted = [...packages].sort(
    (a, b) => b.bytes - a.bytes || compareText(a.name, b.name) || compareText(a.location ?? '', b.location ?? ''),
  );
  const groups = GROUP_ORDER.map((group) => {
    const members = sorted.filter((pkg) => pkg.group === group);
    const bytes = members.reduce((sum, pkg) => sum + pkg.bytes, 0) + (group === 'python-interpreter' ? interpreterBytes : 0);
    return { group, bytes, packages: members.length };
  }).filter((group) => group.bytes > 0 || group.packages > 0);
  const kept = sorted.slice(0, MAX_REPORTED_PACKAGES);
  const left = sorted.slice(MAX_REPORTED_PACKAGES);
  return {
    packages: kept,
    groups,
    unownedBytes,
    unownedFolders: folders,
    ...(left.length > 0 ? { omitted: { packages: left.length, bytes: left.reduce((sum, pkg) => sum + pkg.bytes, 0) } } : {}),
    ...(notes.length > 0 ? { notes: [...notes] } : {}),
  };
}

/** Unowned bytes by their first two path components (`/opt/models`, `/root/.cache`), largest first. */
function unownedFolders(unowned: readonly ImageFileRef[]): { path: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const file of unowned) {
    const folder = file.path.split('/').slice(0, 3).join('/');
    const key = folder === file.path ? parentOf(file.path) : folder;
    totals.set(key, (totals.get(key) ?? 0) + file.size);
  }
  return [...totals]
    .map(([path, bytes]) => ({ path, bytes }))
    .filter((folder) => folder.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || compareText(a.path, b.path))
    .slice(0, UNOWNED_FOLDERS);
}
