// Lint benchmark (a benchmark, not a test): `npx tsx bench/lint.bench.ts`.
//
// (a) In process: per-file time of the full lint (lintDockerfile: our own parse, the model and
//     all 21 rules) against dockerfile-ast's parse alone, on the same corpus files, interleaved in
//     one run. Target: at most 50% more than that parse. (dockerfile-ast was our parser until its
//     parse alone cost more than model and rules together; it stays the yardstick.)
// (b) Whole process: `node dist/cli/index.js lint <file> --format json` against the peers
//     dockerfilelint and dockerlint (devDependencies) on the same typical Dockerfile, runs
//     interleaved. Target: no slower than the fastest peer. Skipped when dist/ is not built.
//
// Options (environment): BENCH_SECONDS (time budget of (a), default 4), BENCH_CLI_RUNS (default 15).
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const CLI_FILE = 'examples/bad-inference/Dockerfile';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 15);

// ---------------------------------------------------------------------------------------------
// Our lint as the bundle runs it: TypeScript's own transpile of src/ (ES2022, as the ncc build).
// tsx, which runs this file, wraps every named function in a keepNames helper at each creation;
// the shipped JavaScript has no such calls, so timing src/ through tsx would add them to us only.

async function shippedLint() {
  const out = join(ROOT, 'node_modules', '.cache', 'ml-image-guard-bench');
  rmSync(out, { recursive: true, force: true });
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
    lintDockerfile: engine.lintDockerfile as typeof import('../src/lint/engine.js').lintDockerfile,
    memoryContext: context.memoryContext as typeof import('../src/lint/context.js').memoryContext,
    rules: registry.dockerfileRules as readonly DockerfileRule[],
  };
}

const { lintDockerfile, memoryContext, rules } = await shippedLint();

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
 * Where the overhead goes: lint with no rules (model building: stages, flags, mounts) and each
 * rule alone, minus the no-rule time. A rule that is the first to parse a RUN's shell pays for
 * that parse here; in the full run the parse is shared, so the parts add up to more than the whole.
 */
function breakdown(items: Item[], rules: readonly DockerfileRule[]): { label: string; ms: number }[] {
  const configs: { label: string; rules: readonly DockerfileRule[] }[] = [
    { label: 'model', rules: [] },
    ...rules.map((r) => ({ label: r.meta.id, rules: [r] })),
  ];
  const perConfig = configs.map(() => [] as number[]);
  let sink = 0;
  for (let round = 0; round < 4; round++) {
    configs.forEach((config, c) => {
      const t0 = performance.now();
      for (const item of items) sink += lintOnce(item, config.rules);
      if (round > 0) perConfig[c].push((performance.now() - t0) / items.length);
    });
  }
  const base = median(perConfig[0]);
  const parts = configs.map((config, c) => ({ label: config.label, ms: c === 0 ? base : median(perConfig[c]) - base }));
  return sink === 0.5 ? [] : parts;
}

// ---------------------------------------------------------------------------------------------
// (b) whole process

interface Tool {
  name: string;
  argv: string[];
  /** Whether an exit status means the tool ran (as opposed to crashing or a usage error). */
  ran: (status: number, stdout: string) => boolean;
}

function benchCli(): string[] {
  const out: string[] = [];
  const cli = join(ROOT, 'dist', 'cli', 'index.js');
  if (!existsSync(cli)) {
    out.push('CLI: skipped: dist/cli/index.js does not exist (run `npm run bundle` first)');
    return out;
  }
  const bin = (name: string) => realpathSync(join(ROOT, 'node_modules', '.bin', name));
  const tools: Tool[] = [
    // Exit 1 = findings at or above --fail-on (the bad example has errors): a successful run.
    { name: 'ml-image-guard', argv: [cli, 'lint', CLI_FILE, '--format', 'json'], ran: (s, out) => s <= 1 && out.includes('"findings"') },
    // dockerfilelint exits with its number of issues.
    { name: 'dockerfilelint', argv: [bin('dockerfilelint'), CLI_FILE], ran: (_s, out) => out.length > 0 },
    { name: 'dockerlint', argv: [bin('dockerlint'), '-f', CLI_FILE], ran: (s, out) => s <= 1 && out.length > 0 },
  ];
  // Every tool is started the same way: this node binary running the tool's script.
  const run = (tool: Tool) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, tool.argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - t0;
    if (r.error || r.status === null || !tool.ran(r.status, r.stdout)) {
      throw new Error(`${tool.name} failed (status ${r.status}): ${(r.error?.message ?? r.stderr).trim().split('\n')[0]}`);
    }
    return ms;
  };
  const usable: Tool[] = [];
  for (const tool of tools) {
    try {
      run(tool);
      run(tool); // warm the file-system cache
      usable.push(tool);
    } catch (error) {
      out.push(`CLI: ${tool.name} left out: ${(error as Error).message}`);
    }
  }
  if (!usable.includes(tools[0])) {
    out.push('CLI: skipped: ml-image-guard did not run');
    return out;
  }
  const times = new Map<Tool, number[]>(usable.map((t) => [t, []]));
  for (let i = 0; i < CLI_RUNS; i++) {
    // Interleaved, rotating the order so no tool always runs first.
    for (let j = 0; j < usable.length; j++) {
      const tool = usable[(i + j) % usable.length];
      times.get(tool)!.push(run(tool));
    }
  }
  const med = new Map(usable.map((t) => [t, median(times.get(t)!)]));
  const peers = usable.filter((t) => t !== tools[0]);
  const ours = med.get(tools[0])!;
  const peerText = peers.map((t) => `${t.name} ${fmt(med.get(t)!)} ms`).join(', ');
  if (peers.length === 0) {
    out.push(`CLI: ml-image-guard ${fmt(ours)} ms (no peer ran)`);
  } else {
    const fastest = Math.min(...peers.map((t) => med.get(t)!));
    const ratio = ours / fastest;
    out.push(
      `CLI: ml-image-guard ${fmt(ours)} ms vs ${peerText} → ${ratio.toFixed(2)}x fastest peer (target ≤ 1.00x: ${ratio <= 1 ? 'met' : 'MISSED'})`,
    );
  }
  // Where our time goes: node itself, and loading the bundle without linting (--version).
  const startup = (argv: string[]) => {
    const ms: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, argv);
      ms.push(performance.now() - t0);
    }
    return median(ms);
  };
  const bare = startup(['-e', '0']);
  const load = startup([cli, '--version']);
  out.push(
    `     (${CLI_RUNS} interleaved runs each on ${CLI_FILE}, medians; here a bare \`node -e 0\` takes ${fmt(bare)} ms, ` +
      `loading our CLI bundle (\`--version\`, ${(statSync(cli).size / 1e6).toFixed(1)} MB) ${fmt(load)} ms)`,
  );
  return out;
}

// ---------------------------------------------------------------------------------------------

const items = loadCorpus();
const lines = items.map((i) => i.text.split('\n').length);
console.log(
  `corpus: ${items.length} Dockerfiles (${Math.min(...lines)}–${Math.max(...lines)} lines, mean ${mean(lines).toFixed(0)}); rules: ${rules.length}, from src/ transpiled by TypeScript as the bundle is`,
);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);

const a = benchInProcess(items, rules);
const parseMean = mean(a.parsePerFile);
const lintMean = mean(a.lintPerFile);
const parseMedian = median(a.parsePerFile);
const lintMedian = median(a.lintPerFile);
const overhead = (lintMean - parseMean) / parseMean;
const overheadMedian = (lintMedian - parseMedian) / parseMedian;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
const verdict = (x: number) => (x <= 0.5 ? 'met' : 'MISSED');
console.log(
  `rules: full lint ${lintMean.toFixed(3)} ms/file vs dockerfile-ast parse alone ${parseMean.toFixed(3)} ms/file → ${signed(overhead)} (target ≤ +50%: ${verdict(overhead)})`,
);
console.log(
  `       medians over files: lint ${lintMedian.toFixed(3)} ms vs parse ${parseMedian.toFixed(3)} ms → ${signed(overheadMedian)} (target ≤ +50%: ${verdict(overheadMedian)}); ${a.rounds} rounds × ${a.batch} runs per file; the lint includes our own parse`,
);
console.log(
  `       largest lint minus parse: ${a.slowest.map((s) => `${posix.basename(s.name)} (${s.lines} lines) +${fmt(s.lint - s.parse)} ms`).join(', ')}`,
);
const parts = breakdown(items, rules);
const ranked = parts
  .slice(1)
  .sort((x, y) => y.ms - x.ms)
  .filter((p) => p.ms >= 0.005);
console.log(
  `       breakdown per file: our parse + model (no rules) ${parts[0].ms.toFixed(3)} ms; rules alone: ${ranked.map((p) => `${p.label} ${p.ms.toFixed(3)}`).join(', ') || 'all < 0.005'} ms`,
);
if (a.failures.length) console.log(`       not linted (DockerfileError): ${a.failures.join(', ')}`);

for (const line of benchCli()) console.log(line);
if (a.sink === 0.5) console.log(''); // keep the measured work observable
