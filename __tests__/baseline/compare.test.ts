import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE_IMAGE_ROW, compare, grownInstructions, normalizeCreatedBy } from '../../src/baseline/compare.js';
import { finding, layer, makeReport } from './make-report.js';

describe('compare: sizes and build time', () => {
  const cases = [
    {
      name: 'grew',
      current: { size: 1_500, compressedSize: 600, buildSeconds: 90 },
      baseline: { size: 1_000, compressedSize: 400, buildSeconds: 60 },
      deltas: [500, 200, 30],
    },
    {
      name: 'shrank',
      current: { size: 800, compressedSize: 300, buildSeconds: 40 },
      baseline: { size: 1_000, compressedSize: 400, buildSeconds: 60 },
      deltas: [-200, -100, -20],
    },
    {
      name: 'unchanged',
      current: { size: 1_000, compressedSize: 400, buildSeconds: 60 },
      baseline: { size: 1_000, compressedSize: 400, buildSeconds: 60 },
      deltas: [0, 0, 0],
    },
  ];
  for (const { name, current, baseline, deltas } of cases) {
    test(name, () => {
      const comparison = compare(makeReport(current), makeReport(baseline));
      assert.deepEqual([comparison.size.delta, comparison.compressedSize.delta, comparison.buildSeconds.delta], deltas);
      assert.equal(comparison.size.actual, current.size);
      assert.equal(comparison.size.baseline, baseline.size);
    });
  }

  test('a side whose build or image did not succeed has no value and no delta', () => {
    const current = makeReport();
    current.build = { ...current.build!, status: 'failed', seconds: 5 };
    const baseline = makeReport();
    baseline.image = { ...baseline.image!, status: 'skipped', size: null, compressedSize: null };
    const comparison = compare(current, baseline);
    assert.deepEqual(comparison.buildSeconds, { actual: null, baseline: 60, delta: null });
    assert.deepEqual(comparison.size, { actual: 1_000_000_000, baseline: null, delta: null });
  });
});

describe('compare: layers by instruction', () => {
  const cases = [
    {
      name: 'matched by text although the line moved; sorted by growth',
      current: [
        layer('RUN /bin/sh -c pip install torch # buildkit', 3_000, 12),
        layer('COPY model.bin /models/ # buildkit', 900, 14),
        layer('COPY app /app # buildkit', 50, 20),
      ],
      baseline: [
        layer('RUN /bin/sh -c pip install torch # buildkit', 2_000, 10),
        layer('COPY model.bin /models/ # buildkit', 100, 11),
        layer('COPY app /app # buildkit', 80, 15),
      ],
      grown: [
        { line: 12, before: 2_000, after: 3_000, delta: 1_000 },
        { line: 14, before: 100, after: 900, delta: 800 },
      ],
    },
    {
      name: 'an edited RUN on the same line is compared with what it replaced',
      current: [layer('RUN /bin/sh -c pip install torch transformers # buildkit', 5_000, 10)],
      baseline: [layer('RUN /bin/sh -c pip install torch # buildkit', 2_000, 10)],
      grown: [{ line: 10, before: 2_000, after: 5_000, delta: 3_000 }],
    },
    {
      name: 'an edited instruction on another line with another keyword is new',
      current: [layer('COPY weights /w # buildkit', 700, 9)],
      baseline: [layer('RUN /bin/sh -c true # buildkit', 0, 9)],
      grown: [{ line: 9, before: 0, after: 700, delta: 700 }],
    },
    {
      name: 'build-arg values in the history do not break the match',
      current: [layer('RUN |1 TORCH=2.5 /bin/sh -c pip install torch==$TORCH # buildkit', 2_500, 7)],
      baseline: [layer('RUN |1 TORCH=2.4 /bin/sh -c pip install torch==$TORCH # buildkit', 2_000, 5)],
      grown: [{ line: 7, before: 2_000, after: 2_500, delta: 500 }],
    },
    {
      name: 'base image layers are one row',
      current: [layer('/bin/sh -c #(nop) ADD file:a in /', 900, null, true), layer('RUN apt-get install -y git', 10, null, true)],
      baseline: [layer('/bin/sh -c #(nop) ADD file:b in /', 300, null, true)],
      grown: [{ line: null, before: 300, after: 910, delta: 610 }],
    },
  ];
  for (const { name, current, baseline, grown } of cases) {
    test(name, () => {
      const actual = grownInstructions(current, baseline).map(({ line, before, after, delta }) => ({ line, before, after, delta }));
      assert.deepEqual(actual, grown);
    });
  }

  test('the base row is named so renderings can say what it is', () => {
    const [row] = grownInstructions([layer('x', 2, null, true)], []);
    assert.equal(row?.createdBy, BASE_IMAGE_ROW);
  });

  test('normalizeCreatedBy strips what BuildKit adds', () => {
    assert.equal(normalizeCreatedBy('RUN |2 A=1 B=2 /bin/sh -c apt-get   update # buildkit'), 'RUN apt-get update');
    assert.equal(normalizeCreatedBy('COPY . /app # buildkit'), 'COPY . /app');
    assert.equal(normalizeCreatedBy('WORKDIR /app'), 'WORKDIR /app');
  });
});

describe('compare: findings and vulnerabilities', () => {
  test('findings are matched by rule and message, not line; duplicates count', () => {
    const baseline = makeReport({
      findings: [
        finding('MLG001', 'final stage uses a CUDA devel image', 1),
        finding('MLG004', 'pip install without --no-cache-dir', 8),
        finding('MLG004', 'pip install without --no-cache-dir', 9),
      ],
    });
    const current = makeReport({
      findings: [
        finding('MLG001', 'final stage uses a CUDA devel image', 3), // moved down two lines
        finding('MLG004', 'pip install without --no-cache-dir', 10), // one of two fixed
        finding('MLG007', 'model weights copied into the image', 12),
      ],
    });
    const comparison = compare(current, baseline);
    assert.deepEqual(
      comparison.newFindings.map((f) => [f.rule, f.line]),
      [['MLG007', 12]],
    );
    assert.deepEqual(
      comparison.fixedFindings.map((f) => [f.rule, f.line]),
      [['MLG004', 9]],
    );
  });

  test('suppressed findings are neither new nor still reported', () => {
    const baseline = makeReport({ findings: [finding('MLG002', 'apt lists kept', 4)] });
    const current = makeReport({ findings: [finding('MLG002', 'apt lists kept', 4, true), finding('MLG003', 'x', 5, true)] });
    const comparison = compare(current, baseline);
    assert.deepEqual(comparison.newFindings, []);
    assert.deepEqual(
      comparison.fixedFindings.map((f) => f.rule),
      ['MLG002'],
    );
  });

  test('vulnerabilities new and fixed by key, sorted', () => {
    const baseline = makeReport({ vulnerabilityKeys: ['CVE-1 openssl', 'CVE-2 zlib'] });
    const current = makeReport({ vulnerabilityKeys: ['CVE-2 zlib', 'CVE-4 torch', 'CVE-3 numpy'] });
    const comparison = compare(current, baseline);
    assert.deepEqual(comparison.newVulnerabilities, ['CVE-3 numpy', 'CVE-4 torch']);
    assert.deepEqual(comparison.fixedVulnerabilities, ['CVE-1 openssl']);
  });

  test('no vulnerability delta when either side did not scan', () => {
    const baseline = makeReport({ vulnerabilityKeys: ['CVE-1 openssl'] });
    baseline.scan = { ...baseline.scan!, status: 'skipped' };
    const comparison = compare(makeReport({ vulnerabilityKeys: ['CVE-9 x'] }), baseline);
    assert.deepEqual([comparison.newVulnerabilities, comparison.fixedVulnerabilities], [[], []]);
  });
});
