import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/baseline/compare.js';
import type { ImageSection, Report } from '../../src/report/types.js';
import { makeReport } from './make-report.js';

function multiPlatform(sizes: Record<string, number>): Report {
  const report = makeReport();
  const platforms: ImageSection[] = Object.entries(sizes).map(([platform, size]) => ({
    ...report.image!,
    platform,
    size,
    compressedSize: size / 2,
  }));
  return { ...report, image: platforms[0], platforms };
}

test('a multi-platform report is compared platform by platform; a platform new in this change has no baseline', () => {
  const current = multiPlatform({ 'linux/amd64': 1_200, 'linux/arm64': 900, 'linux/arm/v7': 700 });
  const baseline = multiPlatform({ 'linux/arm64': 1_000, 'linux/amd64': 1_000 });
  assert.deepEqual(compare(current, baseline).platforms, [
    {
      platform: 'linux/amd64',
      size: { actual: 1_200, baseline: 1_000, delta: 200 },
      compressedSize: { actual: 600, baseline: 500, delta: 100 },
    },
    {
      platform: 'linux/arm64',
      size: { actual: 900, baseline: 1_000, delta: -100 },
      compressedSize: { actual: 450, baseline: 500, delta: -50 },
    },
    {
      platform: 'linux/arm/v7',
      size: { actual: 700, baseline: null, delta: null },
      compressedSize: { actual: 350, baseline: null, delta: null },
    },
  ]);
});

test('a single-platform report has no per-platform comparison', () => {
  assert.equal(compare(makeReport(), makeReport()).platforms, undefined);
});
