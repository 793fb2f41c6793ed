import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFailureReason, runBuild } from '../../src/build/runner.js';
import { BUILD } from './fixture-images.js';

test('no docker on PATH: skipped with a one-line reason that says what to do, never a throw', async () => {
  const path = process.env.PATH;
  process.env.PATH = '/nonexistent';
  try {
    const result = await runBuild({
      build: BUILD,
      dockerfile: 'Dockerfile',
      context: '.',
      target: null,
      branch: null,
      defaultBranch: null,
      repository: null,
      sha: null,
      workDir: '/tmp',
      stages: [],
      log: () => undefined,
    });
    assert.equal(result.section.status, 'skipped');
    assert.match(result.section.reason ?? '', /^docker is not installed: install Docker with the buildx plugin .* or set build: false/);
    assert.ok(!result.section.reason?.includes('\n'));
    assert.equal(result.imageId, null);
  } finally {
    process.env.PATH = path;
  }
});

test('a failed build says why in one line: the builder error, or the base image that cannot be pulled', () => {
  const pull =
    'ERROR: failed to solve: nvidia/cuda:12.1.0-devel-ubuntu22.04: failed to resolve source metadata for docker.io/nvidia/cuda:12.1.0-devel-ubuntu22.04: failed to do request: Head "https://registry-1.docker.io/v2/nvidia/cuda/manifests/12.1.0-devel-ubuntu22.04": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host';
  assert.equal(
    buildFailureReason(['Dockerfile:3', pull], 1),
    'base image docker.io/nvidia/cuda:12.1.0-devel-ubuntu22.04 cannot be pulled (no such host)',
  );
  assert.equal(
    buildFailureReason(['ERROR: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3'], 1),
    'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3',
  );
  assert.equal(buildFailureReason(['no error line'], 2), 'docker buildx build exited with code 2');
});
