// The bundles must run on their own: a runner has dist/ and no node_modules. Copy dist/ to a
// folder with no node_modules above it and use the code paths that load bundled libraries
// (the config file's YAML, a requirements file with markers and ranges).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '../../src/util/exec.js';
import { scratchDir } from '../helpers/scratch.js';

test('dist/cli runs without node_modules: config file and requirements parsing work', async () => {
  const root = scratchDir('mlg-standalone-');
  cpSync('dist', join(root, 'dist'), { recursive: true });
  const ws = join(root, 'ws');
  mkdirSync(ws);
  writeFileSync(join(ws, 'Dockerfile'), 'FROM python:3.11\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n');
  writeFileSync(join(ws, 'requirements.txt'), 'torch>=2.0; python_version > "3.8"\nnumpy==1.26.4 \\\n  --hash=sha256:abc\n');
  writeFileSync(join(ws, '.ml-image-guard.yml'), 'rules:\n  unpinned-base: off\n');
  writeFileSync(join(ws, '.dockerignore'), '.git\n');
  const result = await exec(process.execPath, [join(root, 'dist/cli/index.js'), 'lint', '--format', 'json', '--fail-on', 'never'], {
    cwd: ws,
  });
  assert.equal(result.exitCode, 0, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.ok(!report.findings.some((f: { rule: string }) => f.rule === 'MLG013'), 'the config file turned MLG013 off');
  const unpinned = report.findings.find((f: { rule: string }) => f.rule === 'MLG009');
  assert.match(unpinned?.message ?? '', /torch/);
  assert.doesNotMatch(unpinned?.message ?? '', /numpy/);

  // `check` loads the pipeline chunk on demand: it must be in dist/ too.
  const check = await exec(process.execPath, [join(root, 'dist/cli/index.js'), 'check', '--build', 'false', '--format', 'markdown'], {
    cwd: ws,
  });
  assert.equal(check.exitCode, 0, check.stderr);
  assert.match(check.stdout, /^<!-- ml-image-guard:key=Dockerfile -->/);
});
