// The shipped bundle (dist/index.js, rebuilt by the test runner when the sources changed) run as
// the runner starts it: a real `node` process, INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, workflow commands on stdout. The behaviour itself is tested
// in-process in main.test.ts; this checks that the bundle wires the same thing together.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runAction, pullRequestEvent, TOKEN } from '../helpers/action-runner.js';
import { scratchDir } from '../helpers/scratch.js';

const PLANTED_TOKEN = 'hf_PlantedSecretValue0123456789abcdefghij';

function workspace(dockerfile: string): string {
  const dir = scratchDir('mlg-ws-');
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  writeFileSync(join(dir, '.dockerignore'), '.git\n.env\n');
  return dir;
}

describe('dist/index.js as the runner starts it', () => {
  let github: GitHubServer;
  before(async () => {
    github = await startGitHubServer();
  });
  after(async () => {
    await github.close();
  });

  test('comments, writes outputs and the summary, masks secrets, and fails on a failing gate', async () => {
    const ws = workspace(`FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nENV HF_TOKEN=${PLANTED_TOKEN}\n`);
    const result = await runAction({ workspace: ws, apiUrl: github.url, event: pullRequestEvent(31), inputs: { build: 'false' } });
    assert.equal(result.exitCode, 1, result.log);
    assert.match(result.log, /^::error::ml-image-guard: findings/m);
    assert.ok(result.log.includes(`::add-mask::${PLANTED_TOKEN}`), 'the secret is registered with the runner');
    assert.equal(result.outputs.passed, 'false');
    assert.ok(existsSync(result.outputs.report), 'report.json written');
    assert.match(result.summary, /MLG001/);
    const [comment] = github.commentsOn('acme', 'models', 31);
    assert.equal(result.outputs['comment-id'], String(comment.id));
    // `::add-mask::VALUE` is how the runner learns a secret; it never shows that line.
    const log = result.log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const shown = [log, result.summary, readFileSync(result.outputs.report, 'utf8'), comment.body];
    assert.ok(!shown.join('\n').includes(PLANTED_TOKEN), 'the secret leaked');
    assert.ok(!shown.join('\n').includes(TOKEN), 'the github token leaked');
  });

  test('a bad input value is one error line, and the report is still written', async () => {
    const ws = workspace('FROM python:3.11-slim\n');
    const result = await runAction({
      workspace: ws,
      apiUrl: github.url,
      event: pullRequestEvent(32),
      inputs: { build: 'false', 'size-budget': '3 gigs' },
    });
    assert.equal(result.exitCode, 1);
    assert.match(result.log, /::error::ml-image-guard: size-budget: "3 gigs" is not a size/);
    assert.ok(existsSync(result.outputs.report), 'report written');
  });
});
