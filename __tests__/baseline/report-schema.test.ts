import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_REPORT_BYTES, parseReport, upgradeReport } from '../../src/baseline/report-schema.js';
import { SCHEMA_VERSION } from '../../src/report/types.js';
import { makeReport } from './make-report.js';

describe('reading a stored report', () => {
  test('a current report reads back unchanged', () => {
    const report = makeReport({ size: 123 });
    assert.deepEqual(parseReport(JSON.stringify(report)).report, report);
  });

  test('a report from an older writer gets defaults for what it did not write', () => {
    // What an early 0.x wrote: no notes, comparison, budgets, scan keys or layer list.
    const older = {
      schemaVersion: 1,
      tool: { name: 'ml-image-guard', version: '0.0.9' },
      key: 'Dockerfile',
      git: { sha: 'abc', branch: 'main' },
      findings: [],
      build: { status: 'ok', seconds: 42 },
      image: { status: 'ok', size: 10, compressedSize: 5 },
      scan: null,
    };
    const { report, reason } = upgradeReport(older);
    assert.equal(reason, undefined);
    assert.equal(report?.schemaVersion, SCHEMA_VERSION);
    assert.deepEqual(report?.notes, []);
    assert.deepEqual(report?.budgets, []);
    assert.deepEqual(report?.image?.layers, []);
    assert.deepEqual(report?.build?.steps, []);
    assert.deepEqual(report?.git, { repository: null, sha: 'abc', ref: null, branch: 'main', pr: null });
    assert.equal(report?.build?.seconds, 42);
  });

  test("a version 1 finding's message becomes the fields of version 2", () => {
    const message = 'pip install keeps its cache in `RUN pip install torch`';
    const v1 = {
      schemaVersion: 1,
      findings: [
        { rule: 'MLG007', name: 'pip-cache', severity: 'warning', message, file: 'Dockerfile', line: 3, endLine: 3, suppressed: false },
      ],
    };
    const [finding] = upgradeReport(v1).report?.findings ?? [];
    assert.deepEqual(
      { title: finding.title, detail: finding.detail, fix: finding.fix, quotes: finding.quotes, message: finding.message },
      { title: '{0}', detail: '', fix: '', quotes: [message], message },
    );
  });

  const refused: [string, string, RegExp][] = [
    ['not JSON', '{"schemaVersion": 1,', /not valid JSON/],
    ['an array', '[1,2]', /not a JSON object/],
    ['no schemaVersion', '{"findings": []}', /no valid schemaVersion/],
    ['a string schemaVersion', '{"schemaVersion": "1"}', /no valid schemaVersion/],
    ['a future version', `{"schemaVersion": ${SCHEMA_VERSION + 1}}`, /newer than this ml-image-guard reads/],
    ['findings not a list', '{"schemaVersion": 1, "findings": "none"}', /field findings has the wrong type/],
    ['a layer without size', '{"schemaVersion": 1, "image": {"layers": [{}]}}', /field image.layers/],
    [
      'a package without a name',
      '{"schemaVersion": 2, "image": {"layers": [], "analysis": {"packages": {"packages": [{"bytes": 1}]}}}}',
      /field image\.analysis\.packages\.packages/,
    ],
    ['a size that is text', '{"schemaVersion": 1, "image": {"size": "3GB"}}', /field image.size/],
    ['platforms not a list of images', '{"schemaVersion": 2, "platforms": "linux/amd64"}', /field platforms/],
    ['a negative size', '{"schemaVersion": 2, "image": {"size": -5, "layers": []}}', /field image\.size/],
    ['a size of 1e308 bytes', '{"schemaVersion": 2, "image": {"size": 1e308, "layers": []}}', /field image\.size/],
    ['negative build seconds', '{"schemaVersion": 2, "build": {"seconds": -1, "steps": []}}', /field build\.seconds/],
    [
      'a layer whose createdBy is not text',
      '{"schemaVersion": 2, "image": {"size": 1, "layers": [{"size": 1, "createdBy": 7}]}}',
      /field image\.layers/,
    ],
    ['a finding without a rule', '{"schemaVersion": 2, "findings": [{"severity": "error"}]}', /field findings/],
    ['a finding of an unknown severity', '{"schemaVersion": 2, "findings": [{"rule": "MLG001", "severity": "fatal"}]}', /field findings/],
    ['a head SHA that is not text', '{"schemaVersion": 2, "git": {"sha": 5}}', /field git\.sha/],
    ['a report larger than the cap', `{"schemaVersion": 2, "notes": ["${'x'.repeat(MAX_REPORT_BYTES)}"]}`, /larger than the \d+ bytes/],
    ['a platform size that is text', '{"schemaVersion": 2, "platforms": [{"platform": "linux/arm64", "size": "1GB"}]}', /field platforms/],
  ];
  for (const [name, text, reason] of refused) {
    test(`refuses ${name} with a reason`, () => {
      const parsed = parseReport(text);
      assert.equal(parsed.report, null);
      assert.match(parsed.reason ?? '', reason);
    });
  }
});
