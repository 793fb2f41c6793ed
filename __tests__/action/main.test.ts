// main.run() driven as the runner drives the action (every input set, the GITHUB_* environment,
// an event file), with a typed stand-in for @actions/core, against a GitHub API server on
// 127.0.0.1 that records every request. These runs lint only (build: false): the comment, gate
// and publishing behaviour does not depend on Docker. bundle.e2e.test.ts runs dist/index.js.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runActionInProcess, pullRequestEvent, TOKEN } from '../helpers/action-runner.js';
import { scratchDir } from '../helpers/scratch.js';

const GOOD = 'FROM python:3.11-slim@sha256:abc\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\nUSER 1000\nCMD ["python", "-m", "app"]\n';
const PLANTED_TOKEN = 'hf_PlantedSecretValue0123456789abcdefghij';

function workspace(dockerfile: string, files: Record<string, string> = {}): string {
  const dir = scratchDir('mlg-ws-');
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  writeFileSync(join(dir, '.dockerignore'), '.git\n.env\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('the action against a local GitHub API', () => {
  let github: GitHubServer;
  before(async () => {
    github = await startGitHubServer();
  });
  after(async () => {
    await github.close();
  });

  const run = (ws: string, pr: number, inputs: Record<string, string> = {}, event = pullRequestEvent(pr)) =>
    runActionInProcess({ workspace: ws, apiUrl: github.url, event, inputs: { build: 'false', ...inputs } });

  test('the token is read once and leaves process.env before anything runs; the comment is still posted', async () => {
    // What the runner sets; libraries that spawn without an explicit env (tar, zstd for the cache) pass process.env on.
    process.env['INPUT_GITHUB-TOKEN'] = TOKEN;
    process.env.GITHUB_TOKEN = TOKEN;
    const result = await run(workspace(GOOD), 12);
    assert.equal(result.exitCode, 0, result.log);
    assert.equal(process.env['INPUT_GITHUB-TOKEN'], undefined);
    assert.equal(process.env.GITHUB_TOKEN, undefined);
    assert.equal(github.commentsOn('acme', 'models', 12).length, 1);
  });

  test('first run creates one comment, the second updates it in place even behind 150 other comments', async () => {
    github.seedComments(
      'acme',
      'models',
      11,
      Array.from({ length: 150 }, (_, i) => `comment ${i}`),
      'someone',
    );
    const ws = workspace(GOOD);
    const first = await run(ws, 11);
    assert.equal(first.exitCode, 0, first.log);
    const ours = () => github.commentsOn('acme', 'models', 11).filter((c) => c.body.startsWith('<!-- ml-image-guard:'));
    assert.equal(ours().length, 1);
    assert.equal(first.outputs['comment-id'], String(ours()[0].id));

    writeFileSync(join(ws, 'Dockerfile'), GOOD + 'FROM ubuntu\n');
    const second = await run(ws, 11);
    assert.equal(ours().length, 1, 'never a duplicate');
    assert.match(ours()[0].body, /MLG013/);
    assert.ok(
      github.requests.some((r) => r.method === 'PATCH'),
      'updated with PATCH',
    );
    assert.ok(
      github.requests.some((r) => r.path.includes('page=2')),
      'listing followed pagination',
    );
    assert.equal(second.outputs['comment-id'], first.outputs['comment-id']);
  });

  test('an unchanged comment is not edited again', async () => {
    const ws = workspace(GOOD);
    await run(ws, 12);
    const patchesBefore = github.requests.filter((r) => r.method === 'PATCH').length;
    await run(ws, 12);
    assert.equal(github.requests.filter((r) => r.method === 'PATCH').length, patchesBefore);
  });

  test('two comment keys keep two comments (a matrix of images)', async () => {
    const ws = workspace(GOOD);
    await run(ws, 13, { 'comment-key': 'api' });
    await run(ws, 13, { 'comment-key': 'worker' });
    await run(ws, 13, { 'comment-key': 'api' });
    assert.equal(github.commentsOn('acme', 'models', 13).length, 2);
  });

  test('403 on a fork PR is not a failure: summary, outputs and files are written, the gate decides', async () => {
    github.forbid('acme', 'models', 14);
    const ws = workspace(GOOD);
    const result = await run(ws, 14, {}, pullRequestEvent(14, { fork: true }));
    assert.equal(result.exitCode, 0, result.log);
    assert.match(result.log, /mode: publish/);
    assert.equal(github.commentsOn('acme', 'models', 14).length, 0);
    assert.equal(result.outputs.passed, 'true');
    assert.ok(existsSync(result.outputs.report));
    assert.ok(existsSync(join(result.outputs.report, '..', 'comment.md')));
    assert.match(result.summary, /ml-image-guard|Dockerfile/);

    // The same fork PR with a failing gate fails the step, after writing everything.
    writeFileSync(join(ws, 'Dockerfile'), 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nCOPY model.safetensors /models/\n');
    const failing = await run(ws, 14, {}, pullRequestEvent(14, { fork: true }));
    assert.equal(failing.exitCode, 1);
    assert.equal(failing.outputs.passed, 'false');
    assert.ok(existsSync(failing.outputs.report));
  });

  test('500 then success is retried', async () => {
    github.failNext(2, 500, { method: 'POST' });
    const ws = workspace(GOOD);
    const result = await run(ws, 15);
    assert.equal(result.exitCode, 0, result.log);
    assert.equal(github.commentsOn('acme', 'models', 15).length, 1);
  });

  test('a hostile Dockerfile renders inert in the comment', async () => {
    const hostile =
      'FROM ubuntu AS <script>alert(1)</script>\n' +
      'RUN echo "</details><img src=x onerror=alert(1)> ``` @acme/admins | pipe"\n' +
      'RUN apt-get install -y gcc # @octocat\n';
    const result = await run(workspace(hostile), 16);
    assert.equal(result.exitCode, 0, result.log);
    const [comment] = github.commentsOn('acme', 'models', 16);
    for (const body of [comment.body, result.summary]) {
      assert.doesNotMatch(body, /<script>/);
      assert.doesNotMatch(body, /<img/);
      assert.doesNotMatch(body, /(^|[^\w`])@acme\/admins/);
      assert.doesNotMatch(body, /(^|[^\w`])@octocat/);
      assert.equal((body.match(/<details[ >]/g) ?? []).length, (body.match(/<\/details>/g) ?? []).length, 'details balanced');
    }
  });

  test('a planted HF_TOKEN value appears nowhere: requests, summary, log, outputs, report', async () => {
    const ws = workspace(`FROM python:3.11-slim\nENV HF_TOKEN=${PLANTED_TOKEN}\nARG OPENAI_API_KEY=sk-abcdefghijklmnopqrstuvwxyz012345\n`);
    const result = await run(ws, 17);
    const report = readFileSync(result.outputs.report, 'utf8');
    // `::add-mask::VALUE` is the command by which the runner learns to mask VALUE; the runner
    // consumes it and never shows it. Every other line must be free of the values.
    assert.ok(result.log.includes(`::add-mask::${PLANTED_TOKEN}`), 'the HF token is registered as a secret');
    const shownLog = result.log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const everything = [shownLog, result.summary, JSON.stringify(result.outputs), report, ...github.requests.map((r) => r.body)].join('\n');
    assert.ok(!everything.includes(PLANTED_TOKEN), 'HF token leaked');
    assert.ok(!everything.includes('sk-abcdefghijklmnopqrstuvwxyz012345'), 'API key leaked');
    assert.ok(!everything.includes(TOKEN), 'github token leaked');
    assert.match(report, /MLG005/);
  });

  test('a comment with thousands of findings is cut to fit, so GitHub never answers 422', async () => {
    const lines = ['FROM ubuntu'];
    // 600 RUN lines are 3,000 findings: already many times what the comment holds, so it is cut the
    // same way as for 3,000 lines (the ✂️ note below), at a fifth of the lint and secret scan.
    for (let i = 0; i < 600; i++) lines.push(`RUN pip install package${i} && apt-get install -y tool${i} # ${'x'.repeat(40)}`);
    const result = await run(workspace(lines.join('\n') + '\n'), 18, { 'fail-on': 'never' });
    assert.equal(result.exitCode, 0, result.log);
    assert.ok(!github.requests.some((r) => r.status === 422));
    const [comment] = github.commentsOn('acme', 'models', 18);
    assert.ok(comment.body.length <= 65_536);
    assert.match(comment.body, /✂️ Left out to stay within the 65,536 characters of a PR comment: .*All findings \(3\d{3} warnings/);
  });

  test('a bad input value fails with one line naming it, and the report is still written', async () => {
    const result = await run(workspace(GOOD), 19, { 'size-budget': '3 gigs' });
    assert.equal(result.exitCode, 1);
    assert.match(result.log, /::error::ml-image-guard: size-budget: "3 gigs" is not a size .*use e\.g\. 3GB/);
    assert.ok(existsSync(result.outputs.report), 'report written');
    assert.match(readFileSync(result.outputs.report, 'utf8'), /Input error: size-budget/);
  });

  test("a PR's config file cannot turn off a gate the workflow set; it sets what the workflow left blank", async () => {
    // Failed before: `fail-on: never` in the PR's .ml-image-guard.yml beat the workflow's `fail-on: error`.
    const failing = 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nCOPY model.safetensors /models/\n';
    const ws = workspace(failing, { '.ml-image-guard.yml': 'budgets:\n  fail-on: never\n  fail-on-budget: false\n' });
    const held = await run(ws, 22, { 'fail-on': 'error' });
    assert.equal(held.exitCode, 1, held.log);
    assert.equal(held.outputs.passed, 'false');
    assert.match(readFileSync(held.outputs.report, 'utf8'), /budgets\.fail-on: never not applied/);
    // Nothing in the workflow: the repository's config file decides.
    const left = await run(ws, 22);
    assert.equal(left.exitCode, 0, left.log);
  });

  test('a bad config file is one line naming file, key and fix, and the report is still written', async () => {
    // Failed before: "unexpected error", and no report.
    for (const [text, message] of [
      [
        'budgets:\n  size-budget: 3 gigs\n',
        /^::error::ml-image-guard: \.ml-image-guard\.yml: budgets\.size-budget: "3 gigs" is not a size .*3GB/m,
      ],
      ['rules: [\n', /^::error::ml-image-guard: \.ml-image-guard\.yml: not valid YAML/m],
    ] as const) {
      const result = await run(workspace(GOOD, { '.ml-image-guard.yml': text }), 23);
      assert.equal(result.exitCode, 1);
      assert.match(result.log, message);
      assert.doesNotMatch(result.log, /unexpected error/);
      assert.ok(existsSync(result.outputs.report), 'report written');
      assert.match(readFileSync(result.outputs.report, 'utf8'), /Input error: \.ml-image-guard\.yml/);
      assert.match(result.summary, /Input error/);
    }
  });

  test('a context that does not exist is a one-line error, not a clean pass', async () => {
    const result = await run(workspace(GOOD), 24, { context: 'no-such-folder' });
    assert.equal(result.exitCode, 1, result.log);
    assert.match(result.log, /^::error::ml-image-guard: Lint failed: .*build context no-such-folder .*does not exist/m);
    assert.ok(existsSync(result.outputs.report));
  });

  test('a missing Dockerfile is a one-line error with what to do, report written', async () => {
    const ws = workspace(GOOD);
    const result = await run(ws, 20, { dockerfile: 'nope/Dockerfile' });
    assert.equal(result.exitCode, 1);
    assert.match(
      result.log,
      /::error::ml-image-guard: Lint failed: cannot read nope\/Dockerfile: no such file or folder; set the dockerfile input/,
    );
    assert.ok(existsSync(result.outputs.report));
  });
});
