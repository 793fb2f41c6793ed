// The bundle (dist/index.js) as the runner starts it, for what depends on the real HTTP stack:
// the token identity over GraphQL, the PR from a fork's workflow_run event, and a stalled API
// that must end the step (the request timeout lives in the bundled fetch). publish.test.ts
// covers the same behaviour in-process, case by case.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runAction, pullRequestEvent } from '../helpers/action-runner.js';
import { commentMarker } from '../../src/report/markdown.js';
import { scratchDir } from '../helpers/scratch.js';

const HEAD = 'a'.repeat(40);

function workspace(): string {
  const dir = scratchDir('mlg-ws-');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.11-slim@sha256:abc\nUSER 1000\n');
  return dir;
}

describe('dist/index.js: comment identity, publish and a stalled API', () => {
  let github: GitHubServer;
  before(async () => {
    github = await startGitHubServer();
  });
  after(() => github.close());

  test('a check leaves a foreign comment with our marker alone; publish for a fork finds the PR from the event', async () => {
    const ws = workspace();
    github.seedComments('acme', 'models', 41, [`${commentMarker('Dockerfile')}\n\nforged`], 'mallory');
    const check = await runAction({
      workspace: ws,
      apiUrl: github.url,
      event: pullRequestEvent(41, { fork: true }),
      inputs: { build: 'false' },
    });
    assert.equal(check.exitCode, 0, check.log);
    assert.deepEqual(
      github.commentsOn('acme', 'models', 41).map((comment) => [comment.login, comment.body.includes('forged')]),
      [
        ['mallory', true],
        ['github-actions[bot]', false],
      ],
    );
    github.state.pulls.set('acme/models#41', {
      number: 41,
      state: 'open',
      head: { sha: HEAD, ref: 'feature', repo: { owner: { login: 'someone' } } },
    });
    const event = {
      repository: { id: 1, full_name: 'acme/models', default_branch: 'main' },
      workflow_run: {
        head_sha: HEAD,
        head_branch: 'feature',
        head_repository: { full_name: 'someone/models', owner: { login: 'someone' } },
        pull_requests: [],
      },
    };
    const publish = await runAction({
      workspace: ws,
      apiUrl: github.url,
      eventName: 'workflow_run',
      event,
      inputs: { mode: 'publish', 'report-file': check.outputs.report },
    });
    assert.equal(publish.exitCode, 0, publish.log);
    const comments = github.commentsOn('acme', 'models', 41);
    assert.equal(comments.length, 2, 'ours updated in place');
    assert.equal(publish.outputs['comment-id'], String(comments[1].id));
  });

  test('a stalled API ends the step: report written, one line why', async () => {
    const ws = workspace();
    github.stallNext(Infinity);
    try {
      const result = await runAction({
        workspace: ws,
        apiUrl: github.url,
        event: pullRequestEvent(42),
        inputs: { build: 'false' },
        env: { ML_IMAGE_GUARD_TIMEOUT_SCALE: '0.001' },
      });
      assert.ok(existsSync(result.outputs.report), 'report written');
      assert.match(result.log, /^::warning::The PR comment could not be posted \(.*(no answer within|publish deadline)/m);
    } finally {
      github.state.faults.length = 0;
    }
  });
});
