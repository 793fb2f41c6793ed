import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { startGitHubServer } from '../helpers/github-server.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { createGitHubClient } from '../../src/github/client.js';
import { authorLogins, upsertStickyComment, viewerLogin } from '../../src/github/comment.js';
import { commentMarker, renderComment } from '../../src/report/markdown.js';
import { evaluate } from '../../src/report/evaluate.js';
import { budgetConfig, finding, makeReport } from '../report/report-fixture.js';

let server: GitHubServer;
before(async () => {
  server = await startGitHubServer();
});
after(() => server.close());

let pr = 1;
beforeEach(() => {
  pr += 1; // every test on its own PR, so the server state never leaks between tests
  server.requests.length = 0;
  server.state.faults.length = 0;
});

const TOKEN = 'ghs_test_token_value';
/** GITHUB_TOKEN's identity: the github-actions app, whose comments the server records as github-actions[bot]. */
const OURS = authorLogins('github-actions');
/** One client per call, as one action run per upsert. */
function upsert(key: string, text: string, issueNumber = pr) {
  const octokit = createGitHubClient({ token: TOKEN, env: { GITHUB_API_URL: server.url }, retryDelayScale: 0.001 });
  return upsertStickyComment({
    octokit,
    owner: 'acme',
    repo: 'models',
    issueNumber,
    key,
    body: `${commentMarker(key)}\n\n${text}`,
    authors: OURS,
  });
}
const writes = () => server.requests.filter((request) => request.method !== 'GET');

test('the first run creates the comment, the second updates it in place', async () => {
  const first = await upsert('docker/Dockerfile', 'size 2.5 GB');
  assert.equal(first.action, 'created');
  assert.match(first.url ?? '', /^https:\/\/github\.com\/acme\/models\/pull\/\d+#issuecomment-\d+$/);
  const second = await upsert('docker/Dockerfile', 'size 2.6 GB');
  assert.equal(second.action, 'updated');
  assert.equal(second.id, first.id);
  const comments = server.commentsOn('acme', 'models', pr);
  assert.equal(comments.length, 1);
  assert.match(comments[0].body, /size 2\.6 GB/);
  assert.deepEqual(
    writes().map((request) => `${request.method} ${request.path}`),
    [`POST /repos/acme/models/issues/${pr}/comments`, `PATCH /repos/acme/models/issues/comments/${first.id}`],
  );
});

test('our comment is found on a later page when the PR has more than 100 comments', async () => {
  server.seedComments(
    'acme',
    'models',
    pr,
    Array.from({ length: 130 }, (_, index) => `chatter ${index}`),
  );
  const first = await upsert('docker/Dockerfile', 'v1');
  server.seedComments(
    'acme',
    'models',
    pr,
    Array.from({ length: 120 }, (_, index) => `more chatter ${index}`),
  );
  // Someone quoting our marker in the middle of a reply is not our comment.
  server.seedComments('acme', 'models', pr, [`> ${commentMarker('docker/Dockerfile')}\n> quoted`]);
  server.requests.length = 0;
  const second = await upsert('docker/Dockerfile', 'v2');
  assert.equal(second.action, 'updated');
  assert.equal(second.id, first.id);
  assert.equal(server.commentsOn('acme', 'models', pr).filter((comment) => comment.body.startsWith('<!-- ml-image-guard')).length, 1);
  const listings = server.requests.filter((request) => request.method === 'GET').map((request) => request.path);
  assert.equal(listings.length, 3, `three pages of 100: ${listings.join(' ')}`);
  assert.match(listings[0], /^\/repos\/acme\/models\/issues\/\d+\/comments\?per_page=100$/);
  assert.match(listings[1], /^\/repositories\/\d+\/issues\/\d+\/comments\?per_page=100&page=2$/);
  assert.match(listings[2], /page=3$/);
});

test('two keys keep two comments', async () => {
  await upsert('docker/Dockerfile', 'cpu image');
  await upsert('docker/Dockerfile.gpu:runtime', 'gpu image');
  await upsert('docker/Dockerfile', 'cpu image v2');
  await upsert('docker/Dockerfile.gpu:runtime', 'gpu image v2');
  const bodies = server.commentsOn('acme', 'models', pr).map((comment) => comment.body);
  assert.equal(bodies.length, 2);
  assert.match(bodies[0], /cpu image v2/);
  assert.match(bodies[1], /gpu image v2/);
});

test('a key that is a prefix of another is a different comment', async () => {
  await upsert('app', 'one');
  const other = await upsert('app-gpu', 'two');
  assert.equal(other.action, 'created');
  assert.equal(server.commentsOn('acme', 'models', pr).length, 2);
});

test('an unchanged body is not written again', async () => {
  const first = await upsert('docker/Dockerfile', 'same');
  server.requests.length = 0;
  const second = await upsert('docker/Dockerfile', 'same');
  assert.deepEqual(second, { action: 'unchanged', id: first.id, url: first.url });
  assert.equal(writes().length, 0);
});

test('403 on a fork PR is not a failure: it says how to publish from workflow_run', async () => {
  server.forbid('acme', 'models', pr);
  const result = await upsert('docker/Dockerfile', 'from a fork');
  assert.equal(result.action, 'forbidden');
  assert.ok(result.action === 'forbidden');
  assert.match(result.message, /HTTP 403/);
  assert.match(result.message, /workflow_run/);
  assert.match(result.message, /mode: publish/);
  assert.equal(server.commentsOn('acme', 'models', pr).length, 0);
  assert.equal(writes().length, 1, 'a 403 is not retried');
});

test('500s are retried until the request succeeds', async () => {
  server.failNext(2, 500, { method: 'POST' });
  server.failNext(1, 502, { method: 'GET' });
  const result = await upsert('docker/Dockerfile', 'after errors');
  assert.equal(result.action, 'created');
  assert.equal(server.commentsOn('acme', 'models', pr).length, 1);
  assert.deepEqual(
    server.requests.map((request) => `${request.method} ${request.status}`),
    ['GET 502', 'GET 200', 'POST 500', 'POST 500', 'POST 201'],
  );
});

test('a secondary rate limit (403 or 429 with retry-after) is waited out and retried', async () => {
  server.rateLimitNext(1, { method: 'POST' });
  server.rateLimitNext(2, { method: 'GET', status: 429 });
  const result = await upsert('docker/Dockerfile', 'after a rate limit');
  assert.equal(result.action, 'created');
  assert.deepEqual(
    server.requests.map((request) => `${request.method} ${request.status}`),
    ['GET 429', 'GET 200', 'POST 403', 'POST 201'],
  );
});

test('persistent 500s end in an error, not in a silent skip', async () => {
  server.failNext(10, 500, { method: 'POST' });
  await assert.rejects(upsert('docker/Dockerfile', 'never'), (error: { status?: number }) => error.status === 500);
});

test('the token goes in the Authorization header only', async () => {
  await upsert('docker/Dockerfile', 'auth');
  for (const request of server.requests) {
    assert.equal(request.headers.authorization, `token ${TOKEN}`);
    assert.ok(!request.body.includes(TOKEN));
    assert.ok(!request.path.includes(TOKEN));
  }
});

test('the server refuses a body over 65,536 characters, and the rendered comment never gets there', async () => {
  const octokit = createGitHubClient({ token: TOKEN, env: { GITHUB_API_URL: server.url }, retryDelayScale: 0.001 });
  await assert.rejects(
    upsertStickyComment({
      octokit,
      owner: 'acme',
      repo: 'models',
      issueNumber: pr,
      key: 'k',
      body: `${commentMarker('k')}\n${'x'.repeat(65_536)}`,
      authors: OURS,
    }),
    (error: { status?: number; message?: string }) => error.status === 422 && /Body is too long/.test(error.message ?? ''),
  );
  const huge = makeReport({
    findings: Array.from({ length: 5000 }, (_, index) =>
      finding({ severity: 'error', message: `${'m'.repeat(290)} ${index}`, line: index + 1 }),
    ),
  });
  const { budgets, passed } = evaluate(huge, budgetConfig(), 'error');
  const body = renderComment({ ...huge, budgets, passed }, { key: 'docker/Dockerfile' });
  const nextRun = createGitHubClient({ token: TOKEN, env: { GITHUB_API_URL: server.url }, retryDelayScale: 0.001 });
  const result = await upsertStickyComment({
    octokit: nextRun,
    owner: 'acme',
    repo: 'models',
    issueNumber: pr,
    key: 'docker/Dockerfile',
    body,
    authors: OURS,
  });
  assert.equal(result.action, 'created');
  for (const request of server.requests.filter((entry) => entry.method !== 'GET' && entry.status < 300)) {
    assert.ok((JSON.parse(request.body) as { body: string }).body.length <= 65_536);
  }
});

test('a body without its marker is refused before any request', async () => {
  const octokit = createGitHubClient({ token: TOKEN, env: { GITHUB_API_URL: server.url } });
  await assert.rejects(
    upsertStickyComment({ octokit, owner: 'acme', repo: 'models', issueNumber: pr, key: 'k', body: 'no marker', authors: OURS }),
    /must start with its marker/,
  );
  assert.equal(server.requests.length, 0);
});

test('a comment by someone else carrying our marker is never edited: ours is created beside it', async () => {
  const key = 'docker/Dockerfile';
  // A PR author pastes our marker (and a forged verdict) to have the action adopt their comment.
  server.seedComments('acme', 'models', pr, [`${commentMarker(key)}\n\n✅ all gates passed`], 'mallory');
  const result = await upsert(key, 'size 9 GB: over budget');
  assert.equal(result.action, 'created');
  const comments = server.commentsOn('acme', 'models', pr);
  assert.deepEqual(
    comments.map((comment) => [comment.login, comment.body.includes('over budget')]),
    [
      ['mallory', false],
      ['github-actions[bot]', true],
    ],
  );
  assert.ok(!writes().some((request) => request.method === 'PATCH'));
});

test('the token identity is GraphQL viewer; an app token adopts its <login>[bot] comments, a user token its own', async () => {
  const octokit = createGitHubClient({ token: TOKEN, env: { GITHUB_API_URL: server.url } });
  assert.equal(await viewerLogin(octokit), 'github-actions');
  assert.deepEqual(authorLogins('octocat'), ['octocat', 'octocat[bot]']);
  assert.deepEqual(authorLogins('renovate[bot]'), ['renovate[bot]']);
  // GraphQL unavailable (a proxy that only passes REST): unknown, so nothing is adopted.
  server.failNext(1, 404, { method: 'POST', path: /^\/graphql$/ });
  assert.equal(await viewerLogin(octokit), null);
});
