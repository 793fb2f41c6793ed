import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRunContext, type RunContext } from '../../src/github/context.js';
import { scratchDir } from '../helpers/scratch.js';

const repository = { full_name: 'acme/models', default_branch: 'main' };
const dir = scratchDir('mlg-event-');
let events = 0;

/** The run context the runner's environment gives for an event payload, as the action reads it. */
function contextFor(event: string, payload: unknown, env: NodeJS.ProcessEnv = {}): RunContext {
  const path = join(dir, `event-${++events}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return readRunContext({ GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, ...env });
}

test('pull_request: number, head sha and branch, base branch and default branch', () => {
  const context = contextFor(
    'pull_request',
    {
      number: 7,
      repository,
      pull_request: {
        number: 7,
        head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: 'acme/models' } },
        base: { ref: 'main', repo: { full_name: 'acme/models' } },
      },
    },
    { GITHUB_REPOSITORY: 'acme/models', GITHUB_SHA: 'm'.repeat(40), GITHUB_REF: 'refs/pull/7/merge' },
  );
  assert.deepEqual(context, {
    event: 'pull_request',
    repository: 'acme/models',
    sha: 'a'.repeat(40), // the head commit, not the merge commit in GITHUB_SHA
    ref: 'refs/pull/7/merge',
    branch: 'feature',
    pr: 7,
    baseBranch: 'main',
    defaultBranch: 'main',
    fromFork: false,
    serverUrl: 'https://github.com',
  });
});

test('pull_request_target from a fork is marked as such', () => {
  const context = contextFor('pull_request_target', {
    repository,
    pull_request: {
      number: 9,
      head: { sha: 'b', ref: 'patch-1', repo: { full_name: 'someone/models' } },
      base: { ref: 'release', repo: { full_name: 'acme/models' } },
    },
  });
  assert.equal(context.pr, 9);
  assert.equal(context.baseBranch, 'release');
  assert.equal(context.repository, 'acme/models');
  assert.equal(context.fromFork, true);
});

test('workflow_run: the PR from pull_requests, or only the head when GitHub leaves it empty (forks)', () => {
  const same = contextFor(
    'workflow_run',
    {
      repository,
      workflow_run: {
        head_sha: 'c',
        head_branch: 'feature',
        head_repository: { full_name: 'acme/models' },
        pull_requests: [{ number: 12, head: { sha: 'c', ref: 'feature' }, base: { ref: 'main' } }],
      },
    },
    { GITHUB_REPOSITORY: 'acme/models' },
  );
  assert.equal(same.pr, 12);
  assert.equal(same.baseBranch, 'main');
  assert.equal(same.fromFork, false);
  const fork = contextFor(
    'workflow_run',
    {
      repository,
      workflow_run: { head_sha: 'd', head_branch: 'patch-1', head_repository: { full_name: 'someone/models' }, pull_requests: [] },
    },
    { GITHUB_REPOSITORY: 'acme/models' },
  );
  assert.equal(fork.pr, null);
  assert.equal(fork.sha, 'd');
  assert.equal(fork.branch, 'patch-1');
  assert.equal(fork.fromFork, true);
});

test('push: no PR, the pushed commit and branch', () => {
  const context = contextFor('push', { repository, ref: 'refs/heads/main', after: 'e'.repeat(40) }, { GITHUB_REPOSITORY: 'acme/models' });
  assert.equal(context.pr, null);
  assert.equal(context.sha, 'e'.repeat(40));
  assert.equal(context.branch, 'main');
  assert.equal(context.defaultBranch, 'main');
});

test('without a payload (a CLI run in a workflow step), the GITHUB_* variables alone', () => {
  const context = readRunContext({
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/dev',
    GITHUB_SERVER_URL: 'https://ghe.example.com',
  });
  assert.equal(context.pr, null);
  assert.equal(context.sha, 'f'.repeat(40));
  assert.equal(context.branch, 'dev');
  assert.equal(context.serverUrl, 'https://ghe.example.com');
  assert.deepEqual(readRunContext({}), {
    event: null,
    repository: null,
    sha: null,
    ref: null,
    branch: null,
    pr: null,
    baseBranch: null,
    defaultBranch: null,
    fromFork: false,
    serverUrl: 'https://github.com',
  });
});

test('readRunContext says which event file it could not read, and goes on with the variables', () => {
  const context = readRunContext({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'missing.json'),
    GITHUB_SHA: 'f'.repeat(40),
  });
  assert.match(context.eventError ?? '', /^cannot read the event payload at GITHUB_EVENT_PATH \(.*missing\.json\): ENOENT/);
  assert.equal(context.sha, 'f'.repeat(40));
});

test('workflow_run: only PRs into this repository at the run head count', () => {
  const context = contextFor('workflow_run', {
    repository: { id: 1, full_name: 'acme/models' },
    workflow_run: {
      head_sha: 'c',
      head_branch: 'feature',
      head_repository: { full_name: 'someone/models', owner: { login: 'someone' } },
      pull_requests: [
        { number: 5, head: { sha: 'c' }, base: { ref: 'main', repo: { id: 99 } } },
        { number: 6, head: { sha: 'old' }, base: { ref: 'main', repo: { id: 1 } } },
      ],
    },
  });
  assert.equal(context.pr, null);
  assert.deepEqual(context.workflowRun, { headSha: 'c', headBranch: 'feature', headOwner: 'someone', pullRequests: [] });
});
