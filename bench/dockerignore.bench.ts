// .dockerignore benchmark (a benchmark, not a test): `npm run bench -- dockerignore`.
//
// (a) Our matcher (src/lint/dockerignore.ts) on 10,000 patterns × 100,000 context paths, the
//     size of a monorepo's generated .dockerignore: compile once, ask for every path. Target < 5 s.
// (b) The same against @balena/dockerignore, the library it replaced, on a size that one finishes
//     (1,000 patterns × 2,000 paths), both in this run: the ratio.
// (c) A hostile line, n stars then x, against a path of 30 folders (a/a/…): @balena/dockerignore's
//     regexp backtracks (its time multiplies with each pair of stars); ours stays linear, shown up to 10,000 stars.
//
// Ours is timed as shipped: TypeScript's own transpile of the module (tsx, which runs this file,
// would wrap every function it creates in a keepNames helper that the bundle does not have).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import balenaModule from '@balena/dockerignore';
import type { IgnoreMatcher } from '../src/lint/dockerignore.js';

// A CommonJS module typed as an ES default export: at run time the import is the factory.
const balena = balenaModule as unknown as typeof balenaModule.default;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function shippedMatcher(): Promise<(patterns: string[]) => IgnoreMatcher> {
  const source = join(ROOT, 'src', 'lint', 'dockerignore.ts');
  const js = ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const out = join(ROOT, 'node_modules', '.cache', 'ml-image-guard-bench', 'dockerignore.mjs');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, js);
  return (await import(pathToFileURL(out).href)).compileDockerignore;
}

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same input. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FOLDERS = ['src', 'data', 'models', 'notebooks', 'tests', 'docs', 'build', 'logs', 'cache', 'app', 'lib', 'scripts'];

/** Patterns as large generated .dockerignore files have them: mostly literal paths, then globs, then exceptions. */
function patterns(count: number, next: () => number): string[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const roll = next();
    if (roll < 0.6) return `${pick(FOLDERS)}/part${i % 500}/file${i}.bin`;
    if (roll < 0.75) return `${pick(FOLDERS)}/**/*.tmp${i % 50}`;
    if (roll < 0.85) return `**/cache${i % 300}`;
    if (roll < 0.93) return `**/*.ext${i % 400}`;
    if (roll < 0.97) return `${pick(FOLDERS)}${i % 100}/*`;
    if (roll < 0.995) return `!${pick(FOLDERS)}/part${i % 500}/keep*`;
    return pick(['*~', '**/.*.swp', '*.log', '**/__pycache__', '.git']);
  });
}

function paths(count: number, next: () => number): string[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const depth = 1 + Math.floor(next() * 5);
    const folders = Array.from({ length: depth }, () => (next() < 0.5 ? pick(FOLDERS) : `part${Math.floor(next() * 600)}`));
    const name = pick([`file${i}.bin`, `x.ext${i % 500}`, `y.tmp${i % 60}`, `cache${i % 400}`, 'main.py', 'keep.txt', 'notes.log']);
    return [...folders, name].join('/');
  });
}

function time(body: () => void): number {
  const start = performance.now();
  body();
  return (performance.now() - start) / 1000;
}

/** The best of `runs` timings, each library's runs interleaved with the other's (same JIT warm-up, same machine load). */
function bestOf(runs: number, bodies: (() => void)[]): number[] {
  const best = bodies.map(() => Infinity);
  for (let run = 0; run < runs; run++) bodies.forEach((body, i) => (best[i] = Math.min(best[i], time(body))));
  return best;
}

const compileDockerignore = await shippedMatcher();
const seconds = (s: number) => (s < 0.1 ? `${(s * 1000).toFixed(2)} ms` : `${s.toFixed(3)} s`);

// (a)
{
  const next = random(1);
  const list = patterns(10_000, next);
  const files = paths(100_000, next);
  let ignored = 0;
  const took = time(() => {
    const matcher = compileDockerignore(list);
    for (const file of files) if (matcher.ignores(file)) ignored++;
  });
  console.log(`(a) 10,000 patterns × 100,000 paths: ${seconds(took)} (target < 5 s: ${took < 5 ? 'met' : 'NOT met'}), ${ignored} ignored`);
}

// (b)
{
  const next = random(2);
  const list = patterns(1_000, next);
  const files = paths(2_000, next);
  const answers: boolean[][] = [[], []];
  const [ours, theirs] = bestOf(3, [
    () => {
      const matcher = compileDockerignore(list);
      answers[0] = files.map((file) => matcher.ignores(file));
    },
    () => {
      const matcher = balena({ ignorecase: false }).add(list);
      answers[1] = files.map((file) => matcher.ignores(file));
    },
  ]);
  const same = answers[0].filter((answer, i) => answer === answers[1][i]).length;
  console.log(
    `(b) 1,000 patterns × 2,000 paths, best of 3: ours ${seconds(ours)}, @balena/dockerignore ${seconds(theirs)}: ` +
      `${(theirs / ours).toFixed(0)}x faster; same answer on ${same} of ${files.length} paths`,
  );
}

// (c)
{
  const path = 'a/'.repeat(30);
  for (const stars of [8, 10, 12, 14]) {
    const pattern = `${'*'.repeat(stars)}x`;
    const ours = time(() => compileDockerignore([pattern]).ignores(path));
    const theirs = time(() => balena({ ignorecase: false }).add([pattern]).ignores(path));
    console.log(
      `(c) ${stars} stars then x: ours ${seconds(ours)}, @balena/dockerignore ${seconds(theirs)} (${(theirs / ours).toFixed(0)}x)`,
    );
  }
  const ours = time(() => compileDockerignore([`${'*'.repeat(10_000)}x`]).ignores(path));
  console.log(`(c) 10,000 stars then x: ours ${seconds(ours)}`);
}
