// Output paths from a hostile checkout: output-dir and sarif-file stay inside the workspace or
// RUNNER_TEMP and are never written through a symlink; a refused path is a one-line error naming
// the input, and everything else (the other files, outputs, summary) is still written.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runActionInProcess } from '../helpers/action-runner.js';

const DOCKERFILE = 'FROM python:3.11-slim@sha256:abc\nUSER 1000\nCMD ["python", "-m", "app"]\n';

describe('output paths', () => {
  let github: GitHubServer;
  const dirs: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  before(async () => {
    github = await startGitHubServer();
  });
  after(async () => {
    await github.close();
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  const workspace = () => {
    const ws = tempDir('trust-secrets-out-');
    writeFileSync(join(ws, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(ws, '.dockerignore'), '.git\n');
    return ws;
  };
  const run = (ws: string, inputs: Record<string, string>) =>
    runActionInProcess({ workspace: ws, apiUrl: github.url, eventName: 'push', inputs: { build: 'false', ...inputs } });

  test('a symlinked results.sarif does not overwrite its target; report.json is still written', async () => {
    // Failed before the fix: writeFileSync followed the link and overwrote the target.
    const ws = workspace();
    const target = join(tempDir('trust-secrets-target-'), 'authorized_keys');
    writeFileSync(target, 'ssh-ed25519 AAAA original\n');
    symlinkSync(target, join(ws, 'results.sarif'));
    const result = await run(ws, { 'sarif-file': 'results.sarif' });
    assert.equal(readFileSync(target, 'utf8'), 'ssh-ed25519 AAAA original\n');
    assert.equal(result.exitCode, 1);
    assert.match(result.log, /::error::sarif-file: .*results\.sarif is a symlink; it is not written through; set sarif-file to/);
    assert.ok(result.outputs['report'].startsWith(result.runnerTemp), 'by default in RUNNER_TEMP');
    assert.ok(existsSync(result.outputs['report']), 'the rest of the report is written');
    assert.equal(result.outputs['sarif-file'], '');
    assert.notEqual(result.outputs['passed'], undefined, 'outputs are set');
  });

  test('an output-dir that is a symlink out of the workspace is refused, the SARIF file is still written', async () => {
    const ws = workspace();
    const outside = tempDir('trust-secrets-outside-');
    symlinkSync(outside, join(ws, 'out'));
    const result = await run(ws, { 'output-dir': 'out/reports', 'sarif-file': 'results.sarif' });
    assert.ok(!existsSync(join(outside, 'reports')), 'nothing created outside');
    assert.match(result.log, /::error::output-dir: .*out\/reports\/report\.json resolves to .*, outside /);
    assert.ok(existsSync(join(ws, 'results.sarif')));
    // The report is never lost: it goes to RUNNER_TEMP instead, and the error says where.
    assert.equal(result.outputs['report'], join(result.runnerTemp, 'ml-image-guard', 'report.json'));
    assert.match(result.log, /report\.json was written to .*ml-image-guard instead/);
    assert.match(result.summary, /Dockerfile/, 'the summary is written');
  });

  test('an output-dir under /proc is refused at once', { timeout: 60_000 }, async () => {
    // Failed before the fix: mkdir -p under /proc/self/… did not end.
    const ws = workspace();
    const result = await run(ws, { 'output-dir': '/proc/self/task/x' });
    assert.equal(result.exitCode, 1);
    assert.match(result.log, /::error::output-dir: \/proc\/self\/task\/x\/report\.json resolves to \/proc\/.*, under \/proc;/);
  });

  test('output-dir and sarif-file in RUNNER_TEMP, or in a folder inside the workspace, are written', async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'nested'));
    symlinkSync(join(ws, 'nested'), join(ws, 'link-inside'));
    const result = await run(ws, { 'output-dir': 'link-inside/deep/er', 'sarif-file': 'link-inside/r.sarif' });
    assert.equal(result.exitCode, 0, result.log);
    assert.ok(existsSync(join(ws, 'nested', 'deep', 'er', 'comment.md')));
    assert.ok(existsSync(join(ws, 'nested', 'r.sarif')));
  });
});
