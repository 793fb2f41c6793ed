// Property/fuzz test: whatever text it is given, the linter either returns well-formed findings
// or throws DockerfileError with a clear message. Never a TypeError, RangeError, stack overflow,
// or a hang. Inputs: random bytes, binary, truncated and mutated real Dockerfiles (bench corpus
// and examples), random instruction soups, deeply nested continuations and substitutions, 64 KB (1 MB) lines.
// No time limits: how fast the lint reads big or deep inputs is `npm run bench`'s to say.
//
// Deterministic (fixed seed) and bounded by default; MLG_FUZZ=full runs every count in full and
// the 1 MB inputs (helpers/fuzz.ts), FUZZ_SEED=<n> explores other inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { lintDockerfile } from '../../src/lint/engine.js';
import { memoryContext, type ContextIndex } from '../../src/lint/context.js';
import { DockerfileError } from '../../src/lint/dockerfile.js';
import type { DockerfileRule } from '../../src/lint/rule.js';
import { dockerfileRules } from '../../src/lint/rules/index.js';
import { FULL_FUZZ, fuzzCount } from '../helpers/fuzz.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = Number(process.env.FUZZ_SEED ?? 20240601);

// ---- the rules: every rule of the registry ----

const rules: DockerfileRule[] = [...dockerfileRules];

// ---- seed files ----

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const seeds: string[] = [
  ...walk(join(ROOT, 'bench', 'corpus')).filter((f) => f.endsWith('.Dockerfile')),
  ...walk(join(ROOT, 'examples')).filter((f) => /(^|\/)Dockerfile$/.test(f)),
]
  .sort()
  .map((f) => readFileSync(f, 'utf8'));

// ---- contexts: one rich (weights, notebooks, requirements, .dockerignore), one empty without ignore file ----

const richContext = memoryContext(
  {
    'requirements.txt':
      'torch\ntransformers>=4.40\n-r other.txt\n-c constraints.txt\n--index-url https://x\n-e .\ngit+https://github.com/a/b.git\nnumpy==1.26.4 ; python_version>"3.8"\nbad line ===\n',
    'other.txt': '-r requirements.txt\nfastapi\n', // an include cycle
    'constraints.txt': 'torch==2.3.1\n',
    'requirements-dev.txt': '\u0000\u0001binary\n',
    'pyproject.toml': '[project]\nname = "x"\n',
    'app/main.py': 1200,
    'models/model.safetensors': 2_000_000_000,
    'checkpoints/last.ckpt': 700_000_000,
    'notebooks/a.ipynb': 30_000,
    '.env': 'HF_TOKEN=hf_x\n',
    id_rsa: 1600,
  },
  '.git\n!models/keep.bin\n**/__pycache__\n',
);
const emptyContext = memoryContext({});

// ---- the property every input must satisfy ----

const SEVERITIES = new Set(['error', 'warning', 'info']);

function checkLint(text: string, options: { target?: string | null; context?: ContextIndex } = {}): void {
  let result;
  try {
    result = lintDockerfile({
      text,
      dockerfile: 'Dockerfile',
      target: options.target ?? null,
      context: options.context ?? richContext,
      rules,
      settings: {},
    });
  } catch (error) {
    if (error instanceof DockerfileError) {
      assert.ok(error.message.length > 0 && !error.message.includes('\n    at '), 'DockerfileError has a one-line message');
      return;
    }
    const preview = JSON.stringify(text.length > 300 ? text.slice(0, 300) + '…' : text);
    throw new Error(`linter threw ${(error as Error)?.name}: ${(error as Error)?.message} on input ${preview}`, { cause: error });
  }
  assert.ok(Array.isArray(result.findings));
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const f of result.findings) {
    assert.match(f.rule, /^MLG\d{3}$/);
    assert.ok(SEVERITIES.has(f.severity), `severity ${f.severity}`);
    assert.equal(typeof f.message, 'string');
    assert.ok(f.message.length > 0, `${f.rule} has an empty message`);
    // 1-based; 0 means the whole file or build context (a missing .dockerignore).
    assert.ok(Number.isInteger(f.line) && f.line >= 0, `${f.rule} line ${f.line} is a 1-based integer (or 0)`);
    assert.ok(Number.isInteger(f.endLine) && f.endLine >= f.line, `${f.rule} endLine ${f.endLine} ≥ line ${f.line}`);
    assert.ok(f.line <= lineCount + 1, `${f.rule} line ${f.line} is within the file (${lineCount} lines)`);
  }
}

// ---- generators ----

const KEYWORDS = [
  'FROM',
  'RUN',
  'COPY',
  'ADD',
  'ENV',
  'ARG',
  'CMD',
  'ENTRYPOINT',
  'USER',
  'WORKDIR',
  'EXPOSE',
  'VOLUME',
  'LABEL',
  'SHELL',
  'HEALTHCHECK',
  'ONBUILD',
  'STOPSIGNAL',
  'MAINTAINER',
  'from',
  'run',
  'Copy',
  'env',
  'NOTANINSTRUCTION',
  '',
];
const TOKENS = [
  'pip',
  'pip3',
  'python',
  '-m',
  'install',
  '-r',
  'requirements.txt',
  '--no-cache-dir',
  '-U',
  'torch',
  'torch==2.3.1+cu121',
  '--index-url',
  'https://download.pytorch.org/whl/cu121',
  'apt-get',
  'apt',
  'update',
  '-y',
  '--no-install-recommends',
  'build-essential',
  'cuda-toolkit-12-1',
  'libcudnn8',
  'rm',
  '-rf',
  '/var/lib/apt/lists/*',
  'conda',
  'mamba',
  'clean',
  '-a',
  'uv',
  'sync',
  'poetry',
  'npm',
  'ci',
  'huggingface-cli',
  'download',
  'snapshot_download(',
  'from_pretrained(',
  'git',
  'clone',
  'https://huggingface.co/org/model/resolve/main/model.safetensors',
  'wget',
  'curl',
  'nvidia-smi',
  'torch.cuda.is_available()',
  'sh',
  'bash',
  '-c',
  'sudo',
  'env',
  'export',
  'PIP_NO_CACHE_DIR=1',
  'HF_TOKEN=hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ012345',
  'OPENAI_API_KEY=sk-abc',
  'TOKENIZERS_PARALLELISM=false',
  'A=',
  '=',
  '==',
  '&&',
  '||',
  ';',
  '|',
  '&',
  '>',
  '2>&1',
  '(',
  ')',
  '{',
  '}',
  '$(',
  '`',
  '${',
  '$',
  '"',
  "'",
  '\\',
  '\\\n',
  '\n',
  '\r\n',
  '\t',
  '#',
  '# ml-image-guard ignore=MLG007',
  '<<EOF',
  '<<-EOT',
  'EOF',
  '--mount=type=cache,target=/root/.cache/pip',
  '--mount=type=secret,id=hf',
  '--mount=',
  '--mount=type=bind,from=builder,source=/a,target=/b',
  '--from=builder',
  '--from=0',
  '--from=99',
  '--chown=1:1',
  '--link',
  '--platform=$BUILDPLATFORM',
  '--network=none',
  'AS',
  'as',
  'builder',
  'final',
  'nvidia/cuda:12.1.0-devel-ubuntu22.04',
  'nvidia/cuda:12.1.0-runtime-ubuntu22.04',
  'pytorch/pytorch:2.3.1-cuda12.1-cudnn8-devel',
  'python:3.11-slim',
  'scratch',
  'ubuntu',
  'img:latest',
  'localhost:5000/x',
  'a@sha256:',
  '$BASE',
  '${BASE}',
  '${BASE:-python}',
  '${X:?err}',
  '.',
  './',
  '/app',
  'models/',
  'model.safetensors',
  'weights.bin',
  '*.pt',
  '.env',
  'id_rsa',
  '[',
  ']',
  '["sh", "-c", "pip install x"]',
  '["python"',
  '[]',
  '[1, 2]',
  'null',
  '{"a":1}',
  '0',
  '-1',
  '99999999999999999999',
  'NaN',
  '\u0000',
  '\uFEFF',
  '\u2028',
  'ü',
  '😀',
  '\uD800',
  'CUDA_VISIBLE_DEVICES=0',
  'NVIDIA_DRIVER_CAPABILITIES=all',
  'USER',
  'root',
  '1000:1000',
];
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \\\n  ', ' \\\r\n', '\\\n', ' ` \n');
const instructionLine = fc
  .tuple(fc.constantFrom(...KEYWORDS), fc.array(fc.tuple(separator, token), { maxLength: 14 }))
  .map(([keyword, parts]) => keyword + parts.map(([sep, tok]) => sep + tok).join(''));
const directive = fc.constantFrom('', '', '', '# escape=`\n', '# escape=\\\n', '# syntax=docker/dockerfile:1\n', '\uFEFF', '# escape=x\n');
const soup = fc
  .tuple(directive, fc.boolean(), fc.array(instructionLine, { minLength: 0, maxLength: 25 }), fc.constantFrom('\n', '\n', '\r\n', '\r'))
  .map(([dir, startWithFrom, lines, eol]) => dir + (startWithFrom ? 'FROM python:3.11-slim AS base' + eol : '') + lines.join(eol));

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'dupLine'; at: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'byte'; at: number; code: number }
  | { op: 'crlf' | 'bom' | 'upper' | 'lower' | 'escape' | 'stripNewlines' };

const pos = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: pos }),
  fc.record({ op: fc.constant('delete' as const), at: pos, len: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: pos,
    text: fc.oneof(
      token,
      instructionLine.map((l) => `\n${l}\n`),
    ),
  }),
  fc.record({ op: fc.constant('dupLine' as const), at: pos }),
  fc.record({ op: fc.constant('swapLines' as const), a: pos, b: pos }),
  fc.record({ op: fc.constant('byte' as const), at: pos, code: fc.integer({ min: 0, max: 0xffff }) }),
  fc.record({
    op: fc.constantFrom('crlf' as const, 'bom' as const, 'upper' as const, 'lower' as const, 'escape' as const, 'stripNewlines' as const),
  }),
);

function applyMutation(text: string, m: Mutation): string {
  const at = (p: number) => Math.floor(p * (text.length + 1));
  switch (m.op) {
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.len);
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'byte':
      return text.slice(0, at(m.at)) + String.fromCharCode(m.code) + text.slice(at(m.at) + 1);
    case 'dupLine': {
      const lines = text.split('\n');
      const i = Math.floor(m.at * lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const i = Math.floor(m.a * lines.length);
      const j = Math.floor(m.b * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'bom':
      return '\uFEFF' + text;
    case 'upper':
      return text.toUpperCase();
    case 'lower':
      return text.toLowerCase();
    case 'escape':
      return '# escape=`\n' + text;
    case 'stripNewlines':
      return text.replace(/\n/g, ' ');
  }
}

const seedFile = fc.integer({ min: 0, max: Math.max(0, seeds.length - 1) }).map((i) => seeds[i] ?? 'FROM scratch\n');
const targetName = fc.oneof(fc.constant(null), fc.constantFrom('builder', 'final', 'runtime', 'base', '0', '1', '7', 'nope'));

// Deep nesting, one shape per entry: continuations, substitutions, subshells, groups, quotes,
// sh -c inside sh -c, long && / | chains, heredocs (closed and not), many stages.
const NESTS: ((n: number) => string)[] = [
  (n) => 'RUN ' + 'pip install a \\\n'.repeat(n) + 'b',
  (n) => 'RUN ' + '\\\n'.repeat(n) + 'apt-get install x',
  (n) => 'RUN echo \\\n' + '# comment inside continuation\n'.repeat(n) + '  done',
  (n) => 'RUN ' + '$('.repeat(n) + 'echo' + ')'.repeat(n),
  (n) => 'RUN ' + '('.repeat(n) + 'pip install x' + ')'.repeat(n),
  (n) => 'RUN ' + '{ '.repeat(n) + 'true; ' + '}; '.repeat(n),
  (n) => 'RUN echo ' + '${A:-'.repeat(n) + 'x' + '}'.repeat(n),
  (n) => 'RUN echo ' + '"$(echo '.repeat(Math.min(n, 200)) + 'x' + ')"'.repeat(Math.min(n, 200)),
  (n) => {
    // sh -c "sh -c \"…\"": each level escapes the quotes of the one inside.
    let script = 'pip install torch';
    for (let i = 0; i < Math.min(n, 12); i++) script = `sh -c ${JSON.stringify(script)}`;
    return 'RUN ' + script;
  },
  (n) => 'RUN ' + 'if true; then '.repeat(n) + 'pip install x; ' + 'fi; '.repeat(n),
  (n) => 'RUN ' + 'a && '.repeat(n) + 'pip install x',
  (n) => 'RUN ' + 'a | '.repeat(n) + 'b',
  (n) => 'RUN <<EOF\n' + 'pip install x\n'.repeat(n) + 'EOF',
  (n) => 'RUN <<EOF\n' + 'line\n'.repeat(n), // heredoc never closed
  (n) => 'RUN ' + '<<E0 '.repeat(Math.min(n, 100)) + '\n' + 'E0\n'.repeat(Math.min(n, 100)),
  (n) => 'RUN "' + 'x\\\n'.repeat(n), // unterminated quote across continuations
  (n) => 'ENV ' + Array.from({ length: n }, (_, i) => `A${i}=${i}`).join(' \\\n  '),
  (n) => Array.from({ length: Math.min(n, 400) }, (_, i) => `FROM ${i === 0 ? 'python:3.11' : String(i - 1)} AS s${i}`).join('\n'),
  (n) => 'COPY ' + 'a '.repeat(n) + '/dst/',
  (n) => 'LABEL ' + '"\\'.repeat(n),
];

function nested(body: string, eol: string): string {
  return ('FROM nvidia/cuda:12.1.0-devel-ubuntu22.04 AS builder\n' + body + '\nFROM builder\nRUN pip install x\n').replace(/\n/g, eol);
}

const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: fuzzCount(numRuns), seed: SEED, endOnFailure: false });

// ---- the tests ----

// Top-level tests (no describe) so each one reports as soon as it ends.
test(`fuzz (seed ${SEED}, ${rules.length} rules): seed files lint cleanly (no DockerfileError)`, () => {
  assert.ok(seeds.length >= 50, `expected the bench corpus (≥ 50 files), found ${seeds.length}`);
  for (const text of seeds) {
    const result = lintDockerfile({ text, dockerfile: 'Dockerfile', target: null, context: richContext, rules, settings: {} });
    assert.ok(Array.isArray(result.findings));
  }
});

test('random bytes (UTF-8 and Latin-1 decoded)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), (bytes, latin1) => {
      checkLint(Buffer.from(bytes).toString(latin1 ? 'latin1' : 'utf8'));
    }),
    params(500),
  );
});

test('random bytes after a valid FROM (binary payload in instructions)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
      checkLint('FROM python:3.11-slim\nRUN ' + Buffer.from(bytes).toString('latin1'));
      checkLint('FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\n' + Buffer.from(bytes).toString('utf8'));
    }),
    params(300),
  );
});

test('random unicode strings', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => checkLint(text)),
    params(300),
  );
});

test('truncated real Dockerfiles (corpus and examples)', () => {
  fc.assert(
    fc.property(seedFile, pos, targetName, (text, p, target) => {
      checkLint(text.slice(0, Math.floor(p * (text.length + 1))), { target });
    }),
    params(400),
  );
});

test('mutated real Dockerfiles', () => {
  fc.assert(
    fc.property(seedFile, fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), targetName, (text, mutations, rich, target) => {
      checkLint(mutations.reduce(applyMutation, text), { context: rich ? richContext : emptyContext, target });
    }),
    params(600),
  );
});

test('random instruction soups', () => {
  fc.assert(
    fc.property(soup, fc.boolean(), targetName, (text, rich, target) => {
      checkLint(text, { context: rich ? richContext : emptyContext, target });
    }),
    params(800),
  );
});

test('deeply nested continuations, substitutions, quotes and sh -c: every shape at depth 2000', () => {
  NESTS.forEach((nest) => checkLint(nested(nest(2000), '\n')));
});

test('deeply nested continuations, substitutions, quotes and sh -c: random shapes and depths', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: NESTS.length - 1 }),
      fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 200 }) }, { weight: 1, arbitrary: fc.integer({ min: 200, max: 1200 }) }),
      fc.constantFrom('\n', '\r\n'),
      (which, n, eol) => checkLint(nested(NESTS[which](n), eol)),
    ),
    { ...params(100), endOnFailure: true }, // no shrinking: the counterexample (shape, depth) is already small
  );
});

// 1 MB under MLG_FUZZ=full; 64 KB by default, still far past any real Dockerfile line.
test(`${FULL_FUZZ ? '1 MB' : '64 KB'} lines and files`, () => {
  const SIZE = FULL_FUZZ ? 1 << 20 : 1 << 16;
  const x = 'x'.repeat(SIZE);
  const pkgs = Array.from({ length: SIZE / 8 }, (_, i) => `p${i}`).join(' ');
  const cases: [string, string][] = [
    ['echo', `FROM python:3.11-slim\nRUN echo ${x}\n`],
    ['pip install of many packages', `FROM python:3.11-slim\nRUN pip install ${pkgs}\n`],
    ['apt-get install', `FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y ${pkgs}\n`],
    ['ENV value', `FROM python:3.11-slim\nENV HF_TOKEN=${x}\n`],
    ['ENV name', `FROM python:3.11-slim\nENV ${x}_TOKEN=1\n`],
    ['FROM', `FROM ${x}\n`],
    ['FROM with tag', `FROM a:${x}\nRUN true\n`],
    ['comment', `# ${x}\nFROM scratch\n`],
    ['COPY source list', `FROM scratch\nCOPY ${pkgs} /dst/\n`],
    ['single line, no newline, no FROM', x],
    ['only newlines', '\n'.repeat(SIZE)],
    ['only continuations', 'FROM scratch\nRUN ' + '\\\n'.repeat(SIZE / 2)],
    ['JSON-form CMD', `FROM scratch\nCMD ["${x}"]\n`],
    ['JSON-form RUN', `FROM python:3.11-slim\nRUN ["pip", "install", "${pkgs.replace(/ /g, '", "')}"]\n`],
    ['heredoc', `FROM python:3.11-slim\nRUN <<EOF\n${'pip install torch\n'.repeat(SIZE / 18)}EOF\n`],
    ['many instructions', 'FROM python:3.11-slim\n' + 'RUN pip install torch==2.3.1\n'.repeat(SIZE / 28)],
    ['binary after FROM', 'FROM scratch\n' + Buffer.from(Array.from({ length: SIZE }, (_, i) => (i * 7919) % 256)).toString('latin1')],
    ['quotes', `FROM python:3.11-slim\nRUN echo "${'"'.repeat(SIZE)}\n`],
  ];
  for (const [name, text] of cases) {
    try {
      checkLint(text);
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
    }
  }
});

test('non-Dockerfiles fail with DockerfileError, not a crash', () => {
  for (const text of [
    '',
    '\n\n',
    '# only a comment\n',
    'RUN pip install x\n',
    '{"not": "a dockerfile"}',
    '\u0000\u0001\u0002',
    'ARG A=1\n',
  ]) {
    assert.throws(
      () => lintDockerfile({ text, dockerfile: 'Dockerfile', target: null, context: emptyContext, rules, settings: {} }),
      (error: unknown) => error instanceof DockerfileError && /FROM/.test(error.message),
      JSON.stringify(text),
    );
  }
  assert.throws(
    () =>
      lintDockerfile({ text: 'FROM a AS b\n', dockerfile: 'Dockerfile', target: 'missing', context: emptyContext, rules, settings: {} }),
    DockerfileError,
  );
});
