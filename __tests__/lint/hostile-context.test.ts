// Hostile PR content in the lint: every repository file read is bounded and stays in the build
// context. A symlink out of it, a FIFO, a device or a huge file is refused with a note, never
// read (before the fix a symlinked requirements.txt put its target, a token, into the comment,
// /dev/zero behind a Dockerfile crashed Node with bad_alloc, and a FIFO Dockerfile hung).
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintStage } from '../../src/lint/index.js';
import { exec } from '../../src/util/exec.js';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'trust-secrets-ctx-'));
  dirs.push(dir);
  return dir;
};
const TOKEN = 'ghp_' + 'S'.repeat(36);
const DOCKERFILE = 'FROM python:3.11-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nUSER 1000\n';

function lint(workspace: string, ignorePaths: string[] = []) {
  return lintStage({ workspace, dockerfile: 'Dockerfile', context: '.', target: null, rules: {}, ignorePaths });
}

const mkfifo = async (path: string) => assert.equal((await exec('mkfifo', [path])).exitCode, 0);

describe('repository files the lint reads', () => {
  test('a requirements.txt symlinked out of the context is not read: a note says so', () => {
    const ws = tempDir();
    const outside = join(tempDir(), 'secret.txt');
    writeFileSync(outside, `--index-url https://x:${TOKEN}@pypi.example/simple\ntorch==2.1.0\n`);
    writeFileSync(join(ws, 'Dockerfile'), DOCKERFILE);
    symlinkSync(outside, join(ws, 'requirements.txt'));
    const outcome = lint(ws);
    assert.equal(outcome.error, null);
    assert.equal(outcome.context!.readText('requirements.txt'), null);
    assert.match(outcome.context!.refused.join('\n'), /^requirements\.txt not read: it resolves to .*secret\.txt, outside /m);
    assert.ok(!JSON.stringify(outcome.findings).includes(TOKEN));
  });

  test('a symlink that stays inside the context is read', () => {
    const ws = tempDir();
    writeFileSync(join(ws, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(ws, 'base.txt'), 'numpy==1.26.0\n');
    symlinkSync('base.txt', join(ws, 'requirements.txt'));
    assert.equal(lint(ws).context!.readText('requirements.txt'), 'numpy==1.26.0\n');
  });

  test('a Dockerfile that is /dev/zero behind a symlink is a one-line error, not a crash', () => {
    const ws = tempDir();
    symlinkSync('/dev/zero', join(ws, 'Dockerfile'));
    assert.match(lint(ws).error ?? '', /^cannot read Dockerfile: it resolves to \/dev\/zero, under \/dev; set the dockerfile input/);
  });

  test('a FIFO named Dockerfile, or requirements.txt, is refused at once', async () => {
    const ws = tempDir();
    await mkfifo(join(ws, 'Dockerfile'));
    assert.match(lint(ws).error ?? '', /^cannot read Dockerfile: it is not a regular file \(a FIFO\)/);
    rmSync(join(ws, 'Dockerfile'));
    writeFileSync(join(ws, 'Dockerfile'), DOCKERFILE);
    await mkfifo(join(ws, 'requirements.txt'));
    await mkfifo(join(ws, '.dockerignore'));
    const outcome = lint(ws);
    assert.equal(outcome.context!.readText('requirements.txt'), null);
    assert.deepEqual(outcome.context!.refused.sort(), [
      '.dockerignore not read: it is not a regular file (a FIFO)',
      'requirements.txt not read: it is not a regular file (a FIFO)',
    ]);
  });

  test('a file larger than the cap is not read; the size is checked on the opened file', () => {
    const ws = tempDir();
    writeFileSync(join(ws, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(ws, 'requirements.txt'), 'x'.repeat(1024 * 1024 + 1));
    const outcome = lint(ws);
    assert.equal(outcome.context!.readText('requirements.txt'), null);
    assert.match(outcome.context!.refused.join('\n'), /requirements\.txt not read: it is 1048577 bytes, more than the 1048576 read/);
  });

  test("the config file's ignore-paths use the same matcher: .dockerignore lines, linear on a hostile pattern", () => {
    const ws = tempDir();
    writeFileSync(join(ws, 'Dockerfile'), DOCKERFILE);
    mkdirSync(join(ws, 'data', 'raw'), { recursive: true });
    writeFileSync(join(ws, 'data', 'raw', 'train.csv'), 'x');
    writeFileSync(join(ws, 'app.py'), 'x');
    const outcome = lint(ws, ['/data/', `${'*'.repeat(50)}x`]);
    assert.deepEqual(outcome.context!.files.map((f) => f.path).sort(), ['Dockerfile', 'app.py']);
  });
});
