// The test runner's compiled copy of the repository: every TypeScript file of src/, __tests__/,
// bench/ and scripts/ compiled once with esbuild (the transform tsx runs on each import) into
// .test-build/, so each test file's process is plain Node: loading tsx and transforming every
// imported module again cost about 0.5 s of CPU per test file. .test-build/ mirrors the repository:
// each .ts gets its .js beside a link to the .ts, every other file and folder is a link to the
// original, so a test that finds fixtures or the repository root through import.meta.url finds them
// there. Only the files whose text changed since the last run are compiled again; links and outputs
// whose source went away are removed.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build, version } from 'esbuild';

export const OUT = '.test-build';
const COMPILED = ['src', '__tests__', 'bench', 'scripts'];
const SKIP = new Set(['.git', 'node_modules', OUT]);
const MANIFEST = join(OUT, '.sources.json');
// Same transform as tsx: ESM for this Node, sourcemaps so stack traces name the .ts lines.
const OPTIONS = { format: 'esm', platform: 'node', target: 'node20', sourcemap: 'inline', logLevel: 'warning' };
const KEY = `${version} ${JSON.stringify(OPTIONS)}`;

/** The links, sources and folders .test-build/ should hold for the repository as it is now. */
function plan() {
  const links = new Map(); // path in OUT → link target (relative to the link's folder)
  const sources = []; // .ts files to compile
  const dirs = new Set([OUT]);
  const link = (path) => links.set(join(OUT, path), relative(dirname(join(OUT, path)), path));
  const hasTs = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasTs(join(dir, e.name)) : e.name.endsWith('.ts')));
  const walk = (dir) => {
    dirs.add(join(OUT, dir));
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && hasTs(path)) walk(path);
      else {
        link(path);
        if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) sources.push(path);
      }
    }
  };
  for (const entry of readdirSync('.', { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    if (entry.isDirectory() && COMPILED.includes(entry.name)) walk(entry.name);
    else link(entry.name);
  }
  return { links, sources, dirs };
}

const jsOf = (source) => join(OUT, source.replace(/\.ts$/, '.js'));

/** Brings .test-build/ up to date; returns how many files it compiled. */
export async function buildTests() {
  const { links, sources, dirs } = plan();
  let manifest = {};
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    // first run, or a broken manifest: compile everything
  }
  const hashes = manifest.key === KEY ? manifest.hashes : {};
  const current = Object.fromEntries(sources.map((s) => [s, createHash('sha256').update(readFileSync(s)).digest('hex')]));
  const expected = new Set([...links.keys(), ...sources.map(jsOf), MANIFEST]);

  // Remove what no longer belongs: outputs of deleted sources, links to moved files, and a link
  // where a folder now is (or the reverse).
  const prune = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && dirs.has(path)) prune(path);
      else if (entry.isDirectory() || !expected.has(path)) rmSync(path, { recursive: true, force: true });
    }
  };
  mkdirSync(OUT, { recursive: true });
  prune(OUT);
  for (const dir of dirs) {
    if (lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) rmSync(dir);
    mkdirSync(dir, { recursive: true });
  }
  for (const [path, target] of links) {
    if (!lstatSync(path, { throwIfNoEntry: false })) symlinkSync(target, path);
  }

  const stale = sources.filter((s) => hashes[s] !== current[s] || !lstatSync(jsOf(s), { throwIfNoEntry: false }));
  if (stale.length > 0) {
    await build({ ...OPTIONS, entryPoints: stale, outdir: OUT, outbase: '.' });
  }
  writeFileSync(MANIFEST, JSON.stringify({ key: KEY, hashes: current }));
  return stale.length;
}
