import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runBuild } from '../../src/build/runner.js';
import { BUILD } from './fixture-images.js';

test('no docker on PATH: skipped with a one-line reason that says what to do, never a throw', async () => {
  const path = process.env.PATH;
  process.env.PATH = '/nonexistent';
  try {
    const result = await runBuild({
      build: BUILD, dockerfile: 'Dockerfile', context: '.', target: null, branch: null, defaultBranch: null,
      repository: null, sha: null, load: true, stages: [], log: () => undefined,
    });
    assert.equal(result.section.status, 'skipped');
    assert.match(result.section.reason ?? '', /^docker is not installed: install Docker with the buildx plugin .* or set build: false/);
    assert.ok(!result.section.reason?.includes('\n'));
    assert.equal(result.imageId, null);
  } finally {
    process.env.PATH = path;
  }
});
