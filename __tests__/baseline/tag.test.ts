import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportRef, reportTag, reportRepository } from '../../src/baseline/tag.js';

const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

describe('report tag', () => {
  test('readable branch and key, then a hash', () => {
    assert.match(reportTag('main', 'Dockerfile'), /^mlg-report-main-Dockerfile-[0-9a-f]{12}$/);
    assert.match(
      reportTag('release/1.2', 'docker/gpu.Dockerfile:train'),
      /^mlg-report-release-1.2-docker-gpu.Dockerfile-train-[0-9a-f]{12}$/,
    );
  });

  test('branches and keys that sanitise alike still get their own tags', () => {
    const tags = [reportTag('feature/a', 'k'), reportTag('feature-a', 'k'), reportTag('a-b', 'c'), reportTag('a', 'b-c')];
    assert.equal(new Set(tags).size, tags.length);
  });

  test('long, odd and empty inputs give valid tags', () => {
    for (const [branch, key] of [
      ['x'.repeat(300), 'y'.repeat(300)],
      ['ünïcødé/🚀', '...'],
      ['-leading', ''],
      ['', ''],
    ] as const) {
      assert.match(reportTag(branch, key), VALID_TAG, `${branch} / ${key}`);
    }
  });
});

describe('report ref from cache-ref', () => {
  const cases: [string, string | null][] = [
    ['ghcr.io/acme/model/cache', 'ghcr.io/acme/model/cache'],
    ['ghcr.io/acme/model:buildcache', 'ghcr.io/acme/model'],
    ['127.0.0.1:5000/app/cache:main', '127.0.0.1:5000/app/cache'],
    ['127.0.0.1:5000/app@sha256:' + 'a'.repeat(64), '127.0.0.1:5000/app'],
    ['acme/model:cache', 'acme/model'],
    ['bad ref\nRUN echo', null],
    ['', null],
  ];
  for (const [cacheRef, repository] of cases) {
    test(JSON.stringify(cacheRef), () => assert.equal(reportRepository(cacheRef), repository));
  }

  test('tag goes on the repository', () => {
    assert.equal(reportRef('ghcr.io/acme/model:cache', 'main', 'k'), `ghcr.io/acme/model:${reportTag('main', 'k')}`);
  });
});
