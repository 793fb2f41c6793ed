import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG006.js';
import { lintDockerfile } from '../../../src/lint/engine.js';
import { memoryContext, scanContext, type ContextIndex } from '../../../src/lint/context.js';

const GB = 1_000_000_000;
const MB = 1_000_000;
const APP = 'FROM python:3.11-slim\nCOPY . /app\n';

ruleTester(rule, {
  valid: [
    {
      name: 'a .dockerignore that covers what exists',
      code: APP,
      context: { 'app.py': 'x', '.git/HEAD': 'x', 'models/m.safetensors': GB },
      dockerignore: '.git\nmodels/\n',
    },
    { name: 'entries that do not exist need no line', code: APP, context: { 'app.py': 'x' }, dockerignore: '# nothing to hide\n' },
    {
      name: 'a models/ package of Python code',
      code: APP,
      context: { 'models/__init__.py': 'x', 'models/user.py': 'x' },
      dockerignore: '.git\n',
    },
    {
      name: 'tests/ copied on purpose in a test stage',
      code: 'FROM python:3.11 AS test\nCOPY tests/ /t/\nRUN pytest /t\n',
      context: { 'tests/test_a.py': 'x' },
      dockerignore: '.git\n',
    },
    {
      name: 'allow-list .dockerignore',
      code: APP,
      context: { 'app/main.py': 'x', 'data/train.parquet': GB, '.env': 'x' },
      dockerignore: '*\n!app/\n',
    },
    { name: 'an example env file', code: APP, context: { '.env.example': 'HF_TOKEN=' }, dockerignore: '.git\n' },
  ],
  invalid: [
    {
      name: 'leaves in models, data, .env, notebooks and caches; reports sizes and the largest entries',
      code: APP,
      context: {
        'app.py': 'x',
        'models/llama.safetensors': 13 * GB,
        'data/train.parquet': 2 * GB,
        '.env': 'HF_TOKEN=x',
        'notebooks/explore.ipynb': 5 * MB,
        'src/pkg/__pycache__/m.cpython-311.pyc': 1000,
        'src/pkg/.pytest_cache/v/x': 10,
        'tests/test_app.py': 'x',
      },
      dockerignore: '.git\n',
      errors: [
        {
          line: 0,
          severity: 'warning',
          message:
            /^\.dockerignore leaves in the build context \.env \(10 B\), models\/ \(13 GB\), data\/ \(2 GB\), notebooks\/ \(5 MB\), \*\.ipynb \(5 MB\), __pycache__ \(1 kB\), \.pytest_cache \(10 B\), tests\/ \(1 B\): the build sends 15 GB in 8 files \(largest: models\/ 13 GB, data\/ 2 GB, notebooks\/ 5 MB, src\/ 1\.01 kB, \.env 10 B\), and every change.*secrets.*Add \*\*\/\.env\*, models\/, data\/, notebooks\/, \*\*\/\*\.ipynb, \*\*\/__pycache__, \*\*\/\.pytest_cache, tests\/ to \.dockerignore/,
        },
      ],
    },
    {
      name: '.git left in',
      code: APP,
      context: { '.git/objects/pack/p.pack': 300 * MB, 'app.py': 'x' },
      dockerignore: 'models/\n',
      errors: [{ line: 0, message: /\.git \(300 MB\)/ }],
    },
    {
      name: 'local venv and experiment logs',
      code: APP,
      context: { '.venv/lib/torch.so': GB, 'wandb/run-1/files/x': MB },
      dockerignore: '.git\n',
      errors: [{ line: 0, message: /\.venv\/ \(1 GB\), wandb\/, mlruns\/, lightning_logs\/ \(1 MB\)/ }],
    },
  ],
});

const lint = (context: ContextIndex) =>
  lintDockerfile({ text: APP, dockerfile: 'Dockerfile', target: null, context, rules: [rule], settings: {} }).findings;

test('MLG006 without any .dockerignore reports the context size and what to exclude', () => {
  const findings = lint(memoryContext({ 'app.py': 'x', '.git/HEAD': 100, 'models/m.gguf': 4 * GB }));
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, 0);
  assert.equal(findings[0].bytes, 4 * GB + 101);
  assert.match(
    findings[0].message,
    /^No \.dockerignore for this build .*\(4 GB in 3 files; largest: models\/ 4 GB, \.git\/ 100 B, app\.py 1 B\)\. Add one that excludes \.git, models\//,
  );
});

test('MLG006 reads a real context: <Dockerfile>.dockerignore beside the Dockerfile wins', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlg006-'));
  try {
    mkdirSync(join(dir, 'models'));
    writeFileSync(join(dir, 'models', 'w.pt'), Buffer.alloc(2048));
    writeFileSync(join(dir, 'app.py'), 'print(1)\n');
    writeFileSync(join(dir, 'Dockerfile'), APP);
    writeFileSync(join(dir, '.dockerignore'), '# root file is not used\n');
    writeFileSync(join(dir, 'Dockerfile.dockerignore'), 'models/\n');
    assert.deepEqual(lint(scanContext(dir, join(dir, 'Dockerfile'), dir)), []);
    rmSync(join(dir, 'Dockerfile.dockerignore'));
    assert.match(lint(scanContext(dir, join(dir, 'Dockerfile'), dir))[0].message, /models\/ \(2\.05 kB\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
