import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunContext, runContextFromPayload } from '../../src/github/context.js';

const repository = { full_name: 'acme/models', default_branch: 'main' };

test('pull_request: number, head sha, base ref and default branch', () => {
  const context = runContextFromPayload(
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
    'acme/models',
  );
  assert.deepEqual(context, {
    eventName: 'pull_request',
    owner: 'acme',
    repo: 'models',
    prNumber: 7,
    headSha: 'a'.repeat(40),
    headRef: 'feature',
    baseRef: 'main',
    defaultBranch: 'main',
    fromFork: false,
  });
});

test('pull_request_target from a fork is marked as such', () => {
  const context = runContextFromPayload(
    'pull_request_target',
    {
      repository,
      pull_request: {
        number: 9,
        head: { sha: 'b', ref: 'patch-1', repo: { full_name: 'someone/models' } },
        base: { ref: 'release', repo: { full_name: 'acme/models' } },
      },
    },
    null,
  );
  assert.equal(context.prNumber, 9);
  assert.equal(context.baseRef, 'release');
  assert.equal(context.owner, 'acme');
  assert.equal(context.fromFork, true);
});

test('workflow_run: the PR from pull_requests, or only the head when GitHub leaves it empty (forks)', () => {
  const same = runContextFromPayload(
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
    'acme/models',
  );
  assert.equal(same.prNumber, 12);
  assert.equal(same.baseRef, 'main');
  assert.equal(same.fromFork, false);
  const fork = runContextFromPayload(
    'workflow_run',
    {
      repository,
      workflow_run: { head_sha: 'd', head_branch: 'patch-1', head_repository: { full_name: 'someone/models' }, pull_requests: [] },
    },
    'acme/models',
  );
  assert.equal(fork.prNumber, null);
  assert.equal(fork.headSha, 'd');
  assert.equal(fork.headRef, 'patch-1');
  assert.equal(fork.fromFork, true);
});

test('push: no PR, the pushed commit and branch', () => {
  const context = runContextFromPayload('push', { repository, ref: 'refs/heads/main', after: 'e'.repeat(40) }, 'acme/models');
  assert.equal(context.prNumber, null);
  assert.equal(context.headRef, 'main');
  assert.equal(context.defaultBranch, 'main');
});

test('readRunContext reads GITHUB_EVENT_PATH, and says which file it could not read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-event-'));
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify({ repository, pull_request: { number: 3, head: { sha: 'f' }, base: { ref: 'main' } } }));
  const context = readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'acme/models' });
  assert.equal(context.prNumber, 3);
  assert.throws(
    () => readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'missing.json') }),
    /GITHUB_EVENT_PATH/,
  );
  assert.equal(readRunContext({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REPOSITORY: 'acme/models' }).prNumber, null);
});
