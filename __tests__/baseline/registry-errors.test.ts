// buildx's error lines, as docker 26 / buildx 0.13 print them here, sorted into what they mean.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyBuildxError } from '../../src/baseline/registry-store.js';

const cases: [string, string][] = [
  [
    'missing',
    'ERROR: failed to solve: 127.0.0.1:5000/app/cache:nope: failed to resolve source metadata for 127.0.0.1:5000/app/cache:nope: 127.0.0.1:5000/app/cache:nope: not found',
  ],
  [
    'unreachable',
    'ERROR: failed to solve: 127.0.0.1:5999/app/cache:x: failed to resolve source metadata for 127.0.0.1:5999/app/cache:x: failed to do request: Head "https://127.0.0.1:5999/v2/app/cache/manifests/x": dial tcp 127.0.0.1:5999: connect: connection refused',
  ],
  [
    'unauthorized',
    'ERROR: failed to solve: 127.0.0.1:5077/app/cache:x: failed to resolve source metadata for 127.0.0.1:5077/app/cache:x: unexpected status from HEAD request to http://127.0.0.1:5077/v2/app/cache/manifests/x: 401 Unauthorized',
  ],
  [
    'unauthorized',
    'ERROR: failed to solve: failed to push 127.0.0.1:5077/app/cache:x: unexpected status from HEAD request to http://127.0.0.1:5077/v2/app/cache/blobs/sha256:eaff: 401 Unauthorized',
  ],
  ['unauthorized', 'ERROR: failed to solve: failed to authorize: failed to fetch oauth token: denied: denied'],
  ['failed', 'ERROR: something nobody expected'],
];

describe('classifyBuildxError', () => {
  for (const [problem, stderr] of cases) {
    test(`${problem}: ${stderr.slice(-60)}`, () => {
      const classified = classifyBuildxError(`#1 [internal] load build definition\nDockerfile:1\n${stderr}\n`);
      assert.equal(classified.problem, problem);
      assert.ok(!classified.detail.startsWith('ERROR'), classified.detail);
    });
  }
});
