// Lint benchmark (a benchmark, not a test): `npm run bench -- lint`, or `npx tsx bench/lint.bench.ts`.
//
// (a) Per-file time of the full lint (lintDockerfile: dockerfile-ast's parse, our model over it and
//     all 21 rules) against dockerfile-ast's parse alone, on the same corpus files, interleaved in
//     one run. Target: at most 1.5x the parse, median over files.
// (b) Requirement specifiers: our PEP 508 parser (src/lint/pep508.ts) against pip-requirements-js,
//     the maintained library it stands in for: a fresh process loading the parser and reading a
//     requirements file (what a lint that reads one pays once), then the same lines again.
//
// Options (environment): BENCH_SECONDS (time budget of (a), default 4), BENCH_PROCESSES (of (b), default 15).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, dirname, posix, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { DockerfileParser } from 'dockerfile-ast';
import ts from 'typescript';
import type { ContextIndex } from '../src/lint/context.js';
import type { DockerfileRule } from '../src/lint/rule.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'bench', 'corpus');
const EXAMPLES = join(ROOT, 'examples');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 15);

// ---------------------------------------------------------------------------------------------
// Our lint as the bundle runs it: TypeScript's own transpile of src/ (ES2022, as the ncc build).
// tsx, which runs this file, wraps every named function in a keepNames helper at each creation;
// the shipped JavaScript has no such calls, so timing src/ through tsx would add them to us only.

async function shippedLint() {
  // Per process: worktrees that share one node_modules must not overwrite each other's copy.
  const out = join(ROOT, 'node_modules', '.cache', `ml-image-guard-bench-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  for (const file of walk(join(ROOT, 'src')).filter((f) => f.endsWith('.ts'))) {
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const dest = join(out, relative(ROOT, file).replace(/\.ts$/, '.js'));
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, js);
  }
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  const load = (path: string) => import(pathToFileURL(join(out, path)).href);
  const [engine, context, registry] = await Promise.all([
    load('src/lint/engine.js'),
    load('src/lint/context.js'),
    load('src/lint/rules/index.js'),
  ]);
  return {
    pep508: join(out, 'src', 'lint', 'pep508.js'),
    lintDockerfile: engine.lintDockerfile as typeof import('../src/lint/engine.js').lintDockerfile,
    memoryContext: context.memoryContext as typeof import('../src/lint/context.js').memoryContext,
    rules: registry.dockerfileRules as readonly DockerfileRule[],
  };
}

const { pep508, lintDockerfile, memoryContext, rules } = await shippedLint();

// ---------------------------------------------------------------------------------------------
// Corpus: bench/corpus/**/*.Dockerfile plus the examples' Dockerfiles. Contexts are built in
// memory before timing, so (a) measures rules, not disk I/O.

interface Item {
  name: string;
  text: string;
  context: ContextIndex;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A typical ML repository's context, for corpus files whose real context does not exist. */
function syntheticContext(): ContextIndex {
  return memoryContext(
    {
      'requirements.txt': 'torch==2.3.1\ntransformers>=4.40\nfastapi==0.111.0\nuvicorn[standard]\nnumpy==1.26.4\n',
      'pyproject.toml': '[project]\nname = "svc"\nversion = "0.1.0"\n',
      'app/main.py': 1800,
      'app/__init__.py': 0,
      'src/serve.py': 2400,
      'models/model.safetensors': 498_000_000,
      'models/config.json': 700,
      'notebooks/explore.ipynb': 350_000,
      'tests/test_app.py': 900,
      'README.md': 4000,
    },
    '.git\n.env\n',
  );
}

/** The example's real files as an in-memory context (texts of small files, sizes of the rest). */
function exampleContext(dir: string): ContextIndex {
  const entries: Record<string, string | number> = {};
  let dockerignore: string | undefined;
  for (const file of walk(dir)) {
    const rel = relative(dir, file).split(sep).join(posix.sep);
    if (rel === '.dockerignore') dockerignore = readFileSync(file, 'utf8');
    const size = statSync(file).size;
    entries[rel] = size < 64 * 1024 && /\.(txt|toml|py|sh|json|ya?ml|md|lock)$|Dockerfile$/.test(rel) ? readFileSync(file, 'utf8') : size;
  }
  return memoryContext(entries, dockerignore);
}

function loadCorpus(): Item[] {
  const shared = syntheticContext();
  const items: Item[] = walk(CORPUS)
    .filter((f) => f.endsWith('.Dockerfile'))
    .sort()
    .map((f) => ({ name: relative(ROOT, f), text: readFileSync(f, 'utf8'), context: shared }));
  if (existsSync(EXAMPLES)) {
    for (const name of readdirSync(EXAMPLES).sort()) {
      const file = join(EXAMPLES, name, 'Dockerfile');
      if (existsSync(file))
        items.push({ name: relative(ROOT, file), text: readFileSync(file, 'utf8'), context: exampleContext(join(EXAMPLES, name)) });
    }
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Statistics

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (ms: number) => (ms >= 10 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));

// ---------------------------------------------------------------------------------------------
// (a) in-process

function lintOnce(item: Item, rules: readonly DockerfileRule[]): number {
  try {
    return lintDockerfile({ text: item.text, dockerfile: item.name, target: null, context: item.context, rules, settings: {} }).findings
      .length;
  } catch {
    return -1; // DockerfileError (no FROM): still timed, as the CLI would pay it too
  }
}

function benchInProcess(items: Item[], rules: readonly DockerfileRule[]) {
  let sink = 0;
  // Warm-up: JIT both paths on every file, and check every file lints.
  const failures: string[] = [];
  for (let i = 0; i < 15; i++) {
    for (const item of items) {
      sink += DockerfileParser.parse(item.text).getInstructions().length;
      const n = lintOnce(item, rules);
      if (n < 0 && i === 0) failures.push(item.name);
      sink += n;
    }
  }

  // Measured rounds: per file, a batch of parses then a batch of lints (order alternates per
  // round), until the time budget is spent; per-file time = the median over rounds.
  const batch = 5;
  const parseTimes: number[][] = items.map(() => []);
  const lintTimes: number[][] = items.map(() => []);
  const deadline = performance.now() + SECONDS * 1000;
  let rounds = 0;
  while (rounds < 10 || (performance.now() < deadline && rounds < 2000)) {
    const lintFirst = rounds % 2 === 1;
    items.forEach((item, i) => {
      const timeParse = () => {
        const t0 = performance.now();
        for (let k = 0; k < batch; k++) sink += DockerfileParser.parse(item.text).getInstructions().length;
        parseTimes[i].push((performance.now() - t0) / batch);
      };
      const timeLint = () => {
        const t0 = performance.now();
        for (let k = 0; k < batch; k++) sink += lintOnce(item, rules);
        lintTimes[i].push((performance.now() - t0) / batch);
      };
      if (lintFirst) {
        timeLint();
        timeParse();
      } else {
        timeParse();
        timeLint();
      }
    });
    rounds++;
  }
  const parsePerFile = parseTimes.map(median);
  const lintPerFile = lintTimes.map(median);
  const slowest = items
    .map((item, i) => ({ name: item.name, lines: item.text.split('\n').length, lint: lintPerFile[i], parse: parsePerFile[i] }))
    .sort((a, b) => b.lint - b.parse - (a.lint - a.parse))
    .slice(0, 5);
  return { rounds, batch, parsePerFile, lintPerFile, failures, slowest, sink };
}

/**
 * Where the time goes, in rounds over all files: dockerfile-ast's parse alone, the lint with no
 * rules (that parse and our model over it) and with each rule alone; each part is its time minus
 * the part before it (the model: no rules minus the parse; a rule: itself minus no rules). A rule
 * that is the first to parse a RUN's shell pays for that parse here; in the full run the parse is
 * shared, so the parts add up to more than the whole.
 */
function breakdown(
  items: Item[],
  rules: readonly DockerfileRule[],
): { parse: number; model: number; rules: { label: string; ms: number }[] } {
  const configs: { label: string; rules: readonly DockerfileRule[] | null }[] = [
    { label: 'parse', rules: null },
    { label: 'model', rules: [] },
    ...rules.map((r) => ({ label: r.meta.id, rules: [r] })),
  ];
  const perConfig = configs.map(() => [] as number[]);
  let sink = 0;
  for (let round = 0; round < 6; round++) {
    configs.forEach((config, c) => {
      const t0 = performance.now();
      for (const item of items)
        sink += config.rules === null ? DockerfileParser.parse(item.text).getInstructions().length : lintOnce(item, config.rules);
      if (round > 0) perConfig[c].push((performance.now() - t0) / items.length);
    });
  }
  const [parse, noRules, ...each] = perConfig.map(median);
  return {
    parse,
    model: noRules - parse,
    rules: sink === 0.5 ? [] : each.map((ms, r) => ({ label: rules[r].meta.id, ms: ms - noRules })),
  };
}

// ---------------------------------------------------------------------------------------------
// (b) requirement specifiers

const REQUIREMENTS = [
  'torch==2.3.1',
  'transformers>=4.40,<5',
  'fastapi==0.111.0',
  'uvicorn[standard]',
  'numpy==1.26.4 ; python_version > "3.8"',
  'safetensors',
  'accelerate>=0.30',
];

/** Median ms, over fresh processes, to load a parser and read REQUIREMENTS; then to read them again. */
function benchRequirements(): { name: string; firstMs: number; againMs: number }[] {
  const parsers = [
    { name: 'ours', module: pathToFileURL(pep508).href, parse: 'parseRequirementSpec' },
    { name: 'pip-requirements-js', module: 'pip-requirements-js', parse: 'parsePipRequirementsLine' },
  ];
  const times = parsers.map(() => ({ first: [] as number[], again: [] as number[] }));
  for (let i = 0; i < PROCESSES; i++) {
    for (let j = 0; j < parsers.length; j++) {
      const k = (i + j) % parsers.length; // rotating, so neither always runs first
      const { module, parse } = parsers[k];
      const code =
        `const lines = ${JSON.stringify(REQUIREMENTS)}; const t0 = performance.now(); const m = await import(${JSON.stringify(module)});` +
        `for (const l of lines) m.${parse}(l); const t1 = performance.now(); for (const l of lines) m.${parse}(l);` +
        'console.log(t1 - t0, performance.now() - t1);';
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${parsers[k].name}: ${r.stderr.trim().split('\n')[0]}`);
      const [first, again] = r.stdout.trim().split(' ').map(Number);
      times[k].first.push(first);
      times[k].again.push(again);
    }
  }
  return parsers.map((p, k) => ({ name: p.name, firstMs: median(times[k].first), againMs: median(times[k].again) }));
}

// ---------------------------------------------------------------------------------------------

const items = loadCorpus();
const lines = items.map((i) => i.text.split('\n').length);
console.log(
  `corpus: ${items.length} Dockerfiles (${Math.min(...lines)}–${Math.max(...lines)} lines, mean ${mean(lines).toFixed(0)}); rules: ${rules.length}, from src/ transpiled by TypeScript as the bundle is`,
);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);

const a = benchInProcess(items, rules);
const parseMedian = median(a.parsePerFile);
const lintMedian = median(a.lintPerFile);
const ratio = lintMedian / parseMedian;
console.log(
  `lint: full lint ${lintMedian.toFixed(3)} ms/file vs dockerfile-ast parse alone ${parseMedian.toFixed(3)} ms/file, medians over files → ${ratio.toFixed(2)}x (target ≤ 1.5x: ${ratio <= 1.5 ? 'met' : 'MISSED'})`,
);
console.log(
  `      means: lint ${mean(a.lintPerFile).toFixed(3)} ms vs parse ${mean(a.parsePerFile).toFixed(3)} ms; ${a.rounds} rounds × ${a.batch} runs per file; the lint includes that parse`,
);
console.log(
  `      largest lint minus parse: ${a.slowest.map((s) => `${posix.basename(s.name)} (${s.lines} lines) +${fmt(s.lint - s.parse)} ms`).join(', ')}`,
);
const parts = breakdown(items, rules);
const ranked = parts.rules.sort((x, y) => y.ms - x.ms).filter((p) => p.ms >= 0.005);
console.log(
  `      breakdown per file (means): dockerfile-ast parse ${parts.parse.toFixed(3)} ms, our model over it +${parts.model.toFixed(3)} ms; ` +
    `rules alone: ${ranked.map((p) => `${p.label} ${p.ms.toFixed(3)}`).join(', ') || 'all < 0.005'} ms`,
);
if (a.failures.length) console.log(`      not linted (DockerfileError): ${a.failures.join(', ')}`);

const [ours, library] = benchRequirements();
console.log(
  `requirements: load and read ${REQUIREMENTS.length} specifiers in a fresh process: ours ${fmt(ours.firstMs)} ms vs ${library.name} ${fmt(library.firstMs)} ms; ` +
    `again, warm: ours ${fmt(ours.againMs)} ms vs ${fmt(library.againMs)} ms (medians of ${PROCESSES} processes each)`,
);
if (a.sink === 0.5) console.log(''); // keep the measured work observable
