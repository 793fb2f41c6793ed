// Fuzzing against real Dockerfiles: mutations of the real-world corpus (bench/real-world, the files
// present on this machine) and of the committed bench corpus and examples, each linted alone as the
// corpus is scored. Every mutation must lint to well-formed findings or throw a clean
// DockerfileError; anything else is a crash and fails the test with a reproducer.
//
// Mutations: truncation (at a byte, at a line), deleted and duplicated lines, continuation edits
// (backslash removed, added, at EOF, before a blank or comment line), quoting edits (unbalanced
// quotes, broken JSON arrays), heredocs (wrapped bodies, unterminated, quoted delimiters), CRLF
// (whole file, some lines, lone CR), BOM (at the start, in the middle), escape directives,
// suppression comments (ours, hadolint's, BuildKit's check=, well- and ill-formed), lower-cased
// keywords, unbalanced ${...}, NUL and non-ASCII bytes; and stacks of them. A second test checks
// that each kind issue 14 lists has mutators and that every mutator did change some input.
//
// Deterministic and bounded: 600 mutations by default, 3000 under MLG_FUZZ=full (helpers/fuzz.ts);
// FUZZ_CORPUS_MUTATIONS sets the count and FUZZ_CORPUS_SEED picks other mutations, e.g.
// FUZZ_CORPUS_MUTATIONS=100000 FUZZ_CORPUS_SEED=7 for a long local run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintAlone, presentFiles } from '../../bench/real-world/corpus.js';
import { fuzzCount } from '../helpers/fuzz.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MUTATIONS = Number(process.env.FUZZ_CORPUS_MUTATIONS ?? fuzzCount(3000));
const SEED = Number(process.env.FUZZ_CORPUS_SEED ?? 14);

/** mulberry32: a small seeded PRNG, so every failure is reproducible from (seed, index). */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}
type Random = ReturnType<typeof prng>;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const corpus = presentFiles();
const committed = [
  ...walk(join(ROOT, 'bench', 'corpus')).filter((f) => f.endsWith('.Dockerfile')),
  ...walk(join(ROOT, 'examples')).filter((f) => f.endsWith('/Dockerfile')),
]
  .sort()
  .map((f) => ({ name: f.slice(ROOT.length + 1), text: readFileSync(f, 'utf8') }));
const seeds = [...corpus.files.map((f) => ({ name: f.entry.id, text: f.text })), ...committed];

const lines = (text: string) => text.split('\n');
const joinLines = (xs: string[]) => xs.join('\n');
/** Lines that start an instruction (a keyword at the start, not a continuation or comment). */
const instructionLines = (xs: string[]) =>
  xs.flatMap((l, i) => (/^\s*[A-Za-z]+\s/.test(l) && !(xs[i - 1] ?? '').trimEnd().endsWith('\\') ? [i] : []));

const MUTATORS: Record<string, (text: string, r: Random) => string> = {
  truncateAtChar: (t, r) => t.slice(0, r.int(t.length + 1)),
  truncateAtLine: (t, r) => joinLines(lines(t).slice(0, r.int(lines(t).length + 1))),
  deleteLines: (t, r) => {
    const xs = lines(t);
    xs.splice(r.int(xs.length), 1 + r.int(3));
    return joinLines(xs);
  },
  duplicateLines: (t, r) => {
    const xs = lines(t);
    const at = r.int(xs.length);
    xs.splice(at, 0, ...xs.slice(at, at + 1 + r.int(4)));
    return joinLines(xs);
  },
  dropContinuation: (t, r) => {
    const xs = lines(t);
    const with_ = xs.flatMap((l, i) => (l.trimEnd().endsWith('\\') ? [i] : []));
    if (with_.length === 0) return t;
    const i = r.pick(with_);
    xs[i] = xs[i].trimEnd().slice(0, -1);
    return joinLines(xs);
  },
  addContinuation: (t, r) => {
    const xs = lines(t);
    const i = r.int(xs.length);
    xs[i] = `${xs[i]} ${r.pick(['\\', '\\ ', '\\\t', '\\\\', '`'])}`;
    return joinLines(xs);
  },
  continuationAtEof: (t, r) => `${t.trimEnd()} \\${r.pick(['', '\n', '\n\n', '\n# trailing comment'])}`,
  continuationBeforeBlankOrComment: (t, r) => {
    const xs = lines(t);
    const starts = instructionLines(xs);
    if (starts.length === 0) return t;
    const i = r.pick(starts);
    xs.splice(i, 1, `${xs[i]} \\`, r.pick(['', '   ', '# comment inside', '#']), '    && echo after');
    return joinLines(xs);
  },
  unbalancedQuote: (t, r) => {
    const at = r.int(t.length + 1);
    return t.slice(0, at) + r.pick(["'", '"', '`', '"\'', '\\"']) + t.slice(at);
  },
  deleteQuote: (t, r) => {
    const quotes = [...t.matchAll(/["']/g)].map((m) => m.index);
    if (quotes.length === 0) return t;
    const at = r.pick(quotes);
    return t.slice(0, at) + t.slice(at + 1);
  },
  brokenJsonArray: (t, r) => {
    const xs = lines(t);
    const execForm = xs.flatMap((l, i) => (/^\s*(CMD|ENTRYPOINT|RUN|SHELL|COPY|ADD|VOLUME)\s+\[/i.test(l) ? [i] : []));
    const i = execForm.length > 0 ? r.pick(execForm) : r.int(xs.length);
    xs[i] = r.pick([
      (l: string) => l.replace(/\]\s*$/, ''),
      (l: string) => l.replace(/"/, ''),
      (l: string) => `${l},`,
      (l: string) => l.replace(/\[/, '[[').replace(/\]/, ']]'),
      (l: string) => `${l.replace(/\].*/, '')}, "\\u00zz"]`,
      () => 'CMD ["a", ',
      () => "ENTRYPOINT ['python', 'app.py']",
    ])(xs[i] ?? '');
    return joinLines(xs);
  },
  heredocWrap: (t, r) => {
    const xs = lines(t);
    const runs = xs.flatMap((l, i) => (/^\s*RUN\s+[^<[]/i.test(l) ? [i] : []));
    if (runs.length === 0) return t;
    const i = r.pick(runs);
    const name = r.pick(['EOF', 'EOT', "'EOF'", '"SCRIPT"', '-EOF']);
    const end = name.replace(/^-|['"]/g, '');
    const body = xs[i].replace(/^\s*RUN\s+/i, '');
    xs.splice(i, 1, `RUN <<${name}`, body, ...(r.int(4) === 0 ? [] : [r.int(2) === 0 ? end : `\t${end}`]));
    return joinLines(xs);
  },
  heredocTerminator: (t, r) => {
    // Edit the end of a heredoc (one inserted first when the file has none): gone, indented, renamed.
    let xs = lines(t);
    if (!xs.some((l) => /<<-?["']?\w+/.test(l))) xs = lines(MUTATORS.heredocInsert(t, r));
    const opener = xs.findIndex((l) => /<<-?["']?\w+/.test(l));
    if (opener < 0) return joinLines(xs);
    const name = /<<-?["']?(\w+)/.exec(xs[opener])![1];
    const end = xs.findIndex((l, i) => i > opener && l.trim() === name);
    const at = end < 0 ? xs.length : end;
    xs.splice(at, end < 0 ? 0 : 1, ...r.pick([[], [`  ${name}`], [`${name} `], [name.toLowerCase()], [`${name}${name}`], [name, name]]));
    return joinLines(xs);
  },
  heredocInsert: (t, r) => {
    const xs = lines(t);
    const at = r.int(xs.length + 1);
    xs.splice(
      at,
      0,
      ...r.pick([
        ['RUN <<EOF', 'set -e', 'pip install torch', 'EOF'],
        ['RUN <<EOF bash', 'apt-get install -y gcc', 'EOF'],
        ['COPY <<EOF /app/config.json', '{"a": 1}', 'EOF'],
        ['RUN <<A <<B', 'echo a', 'A', 'echo b', 'B'],
        ['RUN <<EOF'],
        ['RUN cat <<EOF > /x', '$HOME ${PATH:-/bin}', 'EOF'],
        ["RUN python3 - <<'PY'", 'from huggingface_hub import snapshot_download', 'snapshot_download("x/y")', 'PY'],
      ]),
    );
    return joinLines(xs);
  },
  crlfWhole: (t) => t.replace(/\r?\n/g, '\r\n'),
  crlfSome: (t, r) =>
    lines(t)
      .map((l) => l + (r.int(3) === 0 ? '\r' : ''))
      .join('\n'),
  loneCr: (t, r) => {
    const at = r.int(t.length + 1);
    return `${t.slice(0, at)}\r${t.slice(at)}`;
  },
  bomStart: (t) => `\uFEFF${t}`,
  bomMiddle: (t, r) => {
    const at = r.int(t.length + 1);
    return `${t.slice(0, at)}\uFEFF${t.slice(at)}`;
  },
  escapeDirective: (t, r) =>
    `${r.pick(['# escape=`', '# escape=\\', '#escape=`', '# syntax=docker/dockerfile:1\n# escape=`', '# escape=x'])}\n${t}`,
  suppressionComment: (t, r) => {
    const xs = lines(t);
    const comment = r.pick([
      '# hadolint ignore=DL3042',
      '# hadolint ignore=DL3042,DL3059 # kept on purpose',
      '# hadolint global ignore=DL3013,DL3008',
      '# hadolint stage ignore=DL3042',
      '# hadolint ignore=',
      '# hadolint ignore=,,DL',
      '#hadolint ignore=DL3015',
      '# check=skip=all',
      '# check=skip=SecretsUsedInArgOrEnv;error=true',
      '# check=skip=JSONArgsRecommended // why',
      '# check=skip',
      '# check=error=maybe;skip=all',
      `# check=skip=${'A,'.repeat(200)}`,
      `# check=${' '.repeat(2000)}x`,
      '# ml-image-guard ignore=MLG007,pip-cache',
      '# ml-image-guard ignore-file=MLG013',
      '#',
    ]);
    xs.splice(r.int(3) === 0 ? 0 : r.int(xs.length + 1), 0, comment);
    return joinLines(xs);
  },
  lowerCaseKeywords: (t) => t.replace(/^(\s*)([A-Z]+)(?=\s)/gm, (_m, sp: string, kw: string) => sp + kw.toLowerCase()),
  unbalancedSubstitution: (t, r) => {
    const at = r.int(t.length + 1);
    return t.slice(0, at) + r.pick(['${', '${VAR', '${VAR:-', '$(', '$((', '${a:?', '${#', '$']) + t.slice(at);
  },
  oddBytes: (t, r) => {
    const at = r.int(t.length + 1);
    return t.slice(0, at) + r.pick(['\u0000', '\u00e9', '\u{1F600}', '\uD800', '\u2028', '\t\t', '\u00a0']) + t.slice(at);
  },
};
const NAMES = Object.keys(MUTATORS);

/** The mutation kinds issue 14 asks for, and the mutators that make each. */
const KINDS: Record<string, string[]> = {
  truncation: ['truncateAtChar', 'truncateAtLine'],
  continuation: ['dropContinuation', 'addContinuation', 'continuationAtEof', 'continuationBeforeBlankOrComment'],
  quoting: ['unbalancedQuote', 'deleteQuote', 'brokenJsonArray'],
  heredocs: ['heredocWrap', 'heredocTerminator', 'heredocInsert'],
  CRLF: ['crlfWhole', 'crlfSome', 'loneCr'],
  BOM: ['bomStart', 'bomMiddle'],
};

test('every mutation kind of issue 14 has mutators, and every mutator changes some seed', () => {
  for (const [kind, names] of Object.entries(KINDS)) {
    for (const name of names) assert.ok(name in MUTATORS, `${kind}: no mutator ${name}`);
  }
  // A mutator that never finds what it edits (no continuation, no JSON array) would be a silent gap.
  const r = prng(SEED);
  for (const name of NAMES) {
    const changed = seeds.slice(0, 50).some((seed) => MUTATORS[name](seed.text, r) !== seed.text);
    assert.ok(changed, `${name} left the first 50 seeds unchanged`);
  }
});

const SEVERITIES = new Set(['error', 'warning', 'info']);

test(`lint survives ${MUTATIONS} mutations of real Dockerfiles`, (t) => {
  assert.ok(seeds.length > 0, 'some seed files (the committed bench corpus at least)');
  t.diagnostic(
    `${seeds.length} seeds: ${corpus.files.length} real-world corpus files (${corpus.skipped.length} absent), ${committed.length} committed`,
  );
  const r = prng(SEED);
  const counts = { linted: 0, dockerfileErrors: 0, findings: 0 };
  for (let i = 0; i < MUTATIONS; i++) {
    const seed = r.pick(seeds);
    const applied = Array.from({ length: 1 + (r.int(4) === 0 ? 1 + r.int(2) : 0) }, () => r.pick(NAMES));
    const text = applied.reduce((acc, name) => MUTATORS[name](acc, r), seed.text);
    const where = `mutation ${i} (FUZZ_CORPUS_SEED=${SEED}) of ${seed.name}: ${applied.join(' + ')}`;
    const outcome = lintAlone(text);
    if (outcome.kind === 'crash') assert.fail(`lint crashed on ${where}\n${outcome.error}\ninput: ${JSON.stringify(text.slice(0, 400))}`);
    if (outcome.kind === 'dockerfile-error') {
      assert.ok(outcome.message.length > 0 && !outcome.message.includes('\n'), `DockerfileError has a one-line message (${where})`);
      counts.dockerfileErrors++;
      continue;
    }
    counts.linted++;
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const f of outcome.findings) {
      counts.findings++;
      assert.match(f.rule, /^MLG\d{3}$/, where);
      assert.ok(SEVERITIES.has(f.severity), `severity ${f.severity} (${where})`);
      assert.ok(typeof f.message === 'string' && f.message.length > 0, `message (${where})`);
      assert.ok(Number.isInteger(f.line) && f.line >= 0 && f.line <= lineCount, `${f.rule} line ${f.line} of ${lineCount} (${where})`);
      assert.ok(
        Number.isInteger(f.endLine) && f.endLine >= f.line && f.endLine <= lineCount,
        `${f.rule} endLine ${f.endLine}, line ${f.line}, of ${lineCount} (${where})`,
      );
    }
  }
  t.diagnostic(`${counts.linted} linted (${counts.findings} findings), ${counts.dockerfileErrors} clean DockerfileErrors`);
});
