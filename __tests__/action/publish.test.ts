// Trust in the comment and in mode: publish, and faults that must not hang or lose the report:
// main.run() as the runner drives it, against the loopback GitHub API. Lint only (build: false).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runActionInProcess, pullRequestEvent } from '../helpers/action-runner.js';
import { commentMarker } from '../../src/report/markdown.js';
import { scratchDir } from '../helpers/scratch.js';

const GOOD = 'FROM python:3.11-slim@sha256:abc\nUSER 1000\nCMD ["python", "-m", "app"]\n';
const HEAD = 'a'.repeat(40);

function workspace(): string {
  const dir = scratchDir('mlg-ws-');
  writeFileSync(join(dir, 'Dockerfile'), GOOD);
  return dir;
}

/** The workflow_run event GitHub sends the publish workflow; `pulls` empty for a fork. */
function workflowRun(pulls: number[], options: { headSha?: string; owner?: string } = {}) {
  const headSha = options.headSha ?? HEAD;
  const owner = options.owner ?? 'acme';
  return {
    repository: { id: 1, full_name: 'acme/models', default_branch: 'main' },
    workflow_run: {
      head_sha: headSha,
      head_branch: 'feature',
      head_repository: { full_name: `${owner}/models`, owner: { login: owner } },
      pull_requests: pulls.map((number) => ({ number, head: { sha: headSha, ref: 'feature' }, base: { ref: 'main', repo: { id: 1 } } })),
    },
  };
}

describe('comments and mode: publish against a local GitHub API', () => {
  let github: GitHubServer;
  before(async () => {
    github = await startGitHubServer();
  });
  after(() => github.close());

  const check = (ws: string, pr: number, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
    runActionInProcess({ workspace: ws, apiUrl: github.url, event: pullRequestEvent(pr), inputs: { build: 'false', ...inputs }, env });
  const publish = (ws: string, event: unknown, inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runActionInProcess({
      workspace: ws,
      apiUrl: github.url,
      eventName: 'workflow_run',
      event,
      inputs: { mode: 'publish', ...inputs },
      env,
    });

  test('a comment by someone else carrying our marker is not edited; ours is created', async () => {
    github.seedComments('acme', 'models', 31, [`${commentMarker('Dockerfile')}\n\n✅ forged: all gates passed`], 'mallory');
    const result = await check(workspace(), 31);
    assert.equal(result.exitCode, 0, result.log);
    const comments = github.commentsOn('acme', 'models', 31);
    assert.deepEqual(
      comments.map((comment) => comment.login),
      ['mallory', 'github-actions[bot]'],
    );
    assert.match(comments[0].body, /forged/);
    assert.ok(github.requests.some((request) => request.method === 'POST' && request.path === '/graphql'));
  });

  test('publish: the PR from the event, the comment rendered from report.json, never comment.md', async () => {
    const ws = workspace();
    const saved = await check(ws, 32, { comment: 'never' });
    const reportFile = saved.outputs.report;
    // The fork writes the artifact: a comment.md of its own is ignored.
    writeFileSync(join(reportFile, '..', 'comment.md'), `${commentMarker('Dockerfile')}\n\n✅ forged`);
    const result = await publish(ws, workflowRun([32]), {
      'report-file': reportFile,
      'comment-file': join(reportFile, '..', 'comment.md'),
    });
    assert.equal(result.exitCode, 0, result.log);
    const [comment] = github.commentsOn('acme', 'models', 32);
    assert.ok(comment.body.startsWith(commentMarker('Dockerfile')));
    assert.doesNotMatch(comment.body, /forged/);
    assert.match(result.log, /comment-file is ignored/);
  });

  test('publish for a fork: the open PR from the head repository and branch at the head commit', async () => {
    const ws = workspace();
    const saved = await check(ws, 33, { comment: 'never' });
    const pull = (number: number, sha: string) => ({
      number,
      state: 'open',
      head: { sha, ref: 'feature', repo: { owner: { login: 'someone' } } },
    });
    github.state.pulls.set('acme/models#33', pull(33, HEAD));
    github.state.pulls.set('acme/models#34', pull(34, 'f'.repeat(40)));
    const result = await publish(ws, workflowRun([], { owner: 'someone' }), { 'report-file': saved.outputs.report });
    assert.equal(result.exitCode, 0, result.log);
    assert.equal(github.commentsOn('acme', 'models', 33).length, 1);
    assert.equal(github.commentsOn('acme', 'models', 34).length, 0);
    assert.ok(
      github.requests.some((request) => request.path === '/repos/acme/models/pulls?state=open&head=someone%3Afeature&per_page=100'),
    );
  });

  test('publish refuses a report for another commit, and pr-number on a workflow_run event', async () => {
    const ws = workspace();
    const saved = await check(ws, 35, { comment: 'never' });
    const other = await publish(ws, workflowRun([35], { headSha: 'c'.repeat(40) }), { 'report-file': saved.outputs.report });
    assert.equal(other.exitCode, 1);
    assert.match(other.log, /is for commit a{40}, not c{40}/);
    const numbered = await publish(ws, workflowRun([35]), { 'report-file': saved.outputs.report, 'pr-number': '36' });
    assert.equal(numbered.exitCode, 1);
    assert.match(numbered.log, /pr-number is not allowed on a workflow_run event/);
    assert.equal(github.commentsOn('acme', 'models', 35).length + github.commentsOn('acme', 'models', 36).length, 0);
  });

  test('a key that is no valid percent-encoding: the comment is rendered and posted, no decoding to fail', async () => {
    // Before, publish decoded the key from comment.md's marker: '%E0%A4%A' threw URIError, "unexpected error".
    const ws = workspace();
    const saved = await check(ws, 40, { comment: 'never' });
    const report = JSON.parse(readFileSync(saved.outputs.report, 'utf8')) as { key: string };
    writeFileSync(saved.outputs.report, JSON.stringify({ ...report, key: '%E0%A4%A' }));
    const result = await publish(ws, workflowRun([40]), { 'report-file': saved.outputs.report });
    assert.equal(result.exitCode, 0, result.log);
    assert.ok(github.commentsOn('acme', 'models', 40)[0].body.startsWith(commentMarker('%E0%A4%A')));
  });

  test('a stalled API ends the step with the report written and one line saying why', async () => {
    const ws = workspace();
    const saved = await check(ws, 37, { comment: 'never' });
    github.stallNext(Infinity);
    try {
      // 0.001: 30 ms per request, 120 ms for the phase.
      const env = { ML_IMAGE_GUARD_TIMEOUT_SCALE: '0.001' };
      const checked = await check(ws, 37, {}, env);
      assert.ok(existsSync(checked.outputs.report));
      assert.match(checked.log, /The PR comment could not be posted \((a GitHub API request got no answer|the GitHub API did not finish)/);
      const published = await publish(ws, workflowRun([37]), { 'report-file': saved.outputs.report }, env);
      assert.equal(published.exitCode, 1);
      assert.match(published.log, /ml-image-guard: the PR comment could not be posted: /);
    } finally {
      github.state.faults.length = 0;
    }
  });

  test('a malformed event file: one line, and the report still written', async () => {
    const ws = workspace();
    const bad = join(scratchDir('mlg-event-'), 'event.json');
    writeFileSync(bad, '{"pull_request": ');
    const result = await check(ws, 38, {}, { GITHUB_EVENT_PATH: bad });
    assert.equal(result.exitCode, 1);
    assert.match(result.log, /ml-image-guard: cannot read the event payload at GITHUB_EVENT_PATH/);
    assert.ok(existsSync(join(ws, 'ml-image-guard', 'report.json')) || existsSync(result.outputs.report));
  });

  test('an output-dir that is a file: one line naming it, and report.json written to RUNNER_TEMP', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'out'), 'a file');
    const result = await check(ws, 39, { 'output-dir': 'out', comment: 'never' });
    assert.equal(result.exitCode, 1);
    assert.match(result.log, /output-dir: .*is a file, not a folder.*report\.json was written to .*ml-image-guard instead/);
    assert.equal(result.outputs.report, join(result.runnerTemp, 'ml-image-guard', 'report.json'));
    assert.equal(JSON.parse(readFileSync(result.outputs.report, 'utf8')).key, 'Dockerfile');
  });
});
