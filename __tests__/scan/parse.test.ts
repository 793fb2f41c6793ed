import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { secretFindings, summarizeVulnerabilities, type Gate, type LineMapper } from '../../src/scan/summarize.js';
import { decodeTrivyReport, type TrivyReport } from '../../src/scan/trivy-report.js';
import { REPO_ROOT } from '../helpers/repo-root.js';

// Genuine Trivy output lives beside the repository (../shared), not in it; a user's clone has none.
const SHARED = join(REPO_ROOT, '..', 'shared', 'fixtures', 'trivy') + sep;
const OURS = fileURLToPath(new URL('../fixtures/trivy/', import.meta.url));

const GATE: Gate = { severities: ['CRITICAL', 'HIGH'], ignoreUnfixed: true };
const noLines: LineMapper = () => null;

function load(path: string): TrivyReport {
  const decoded = decodeTrivyReport(readFileSync(path, 'utf8'));
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.reason);
  return decoded.report;
}

const counts = (c: number, h: number, m: number, l: number, u: number) => ({ CRITICAL: c, HIGH: h, MEDIUM: m, LOW: l, UNKNOWN: u });

describe(
  'genuine Trivy reports (../shared/fixtures/trivy)',
  { skip: !existsSync(SHARED) && `${SHARED} is absent: genuine-report tests skipped` },
  () => {
    const expectations: Record<string, (report: TrivyReport) => void> = {
      'ubuntu-1804.json.golden': (report) => {
        const s = summarizeVulnerabilities(report, GATE, noLines);
        assert.deepEqual(s.counts, counts(0, 0, 4, 1, 0));
        assert.deepEqual(s.fixable, counts(0, 0, 4, 0, 0));
        assert.deepEqual(s.counted, counts(0, 0, 0, 0, 0));
        assert.deepEqual(
          summarizeVulnerabilities(report, { severities: ['MEDIUM', 'LOW'], ignoreUnfixed: false }, noLines).counted,
          counts(0, 0, 4, 1, 0),
        );
        assert.deepEqual(s.byClass, { os: 5, lang: 0 });
        assert.deepEqual(s.keys, [
          'CVE-2019-18276 bash',
          'CVE-2019-5094 e2fsprogs',
          'CVE-2019-5094 libcom-err2',
          'CVE-2019-5094 libext2fs2',
          'CVE-2019-5094 libss2',
        ]);
        // The LOW without FixedVersion sorts last and keeps fixed: null.
        assert.deepEqual(s.top.at(-1), {
          id: 'CVE-2019-18276',
          severity: 'LOW',
          pkg: 'bash',
          installed: '4.4.18-2ubuntu1.2',
          fixed: null,
          line: null,
          pkgType: 'ubuntu',
          class: 'os',
          title: 'bash: when effective UID is not equal to its real UID the saved UID is not dropped',
        });
        assert.equal(s.top[0].fixed, '1.44.1-1ubuntu1.2');
      },
      'ubi-7-comprehensive.json.golden': (report) => {
        const s = summarizeVulnerabilities(report, GATE, noLines);
        assert.deepEqual(s.counts, counts(0, 1, 0, 1, 0));
        assert.deepEqual(s.fixable, counts(0, 1, 0, 0, 0));
        assert.deepEqual(s.counted, counts(0, 1, 0, 0, 0));
        assert.deepEqual(s.byClass, { os: 1, lang: 1 });
        assert.deepEqual(
          s.top.map((v) => [v.id, v.pkg, v.pkgType, v.fixed]),
          [
            ['CVE-2022-40897', 'setuptools', 'python-pkg', '65.5.1'], // no PkgID in the report: not needed
            ['CVE-2019-18276', 'bash', 'redhat', null], // Status will_not_fix, no FixedVersion
          ],
        );
        // Its history entries have no created_by: the mapper still gets called, with ''.
        const calls: [number, string][] = [];
        summarizeVulnerabilities(report, GATE, (i, createdBy) => (calls.push([i, createdBy]), null));
        assert.deepEqual(calls, [
          [0, ''],
          [1, ''],
        ]);
      },
      'fluentd-gems.json.golden': (report) => {
        const calls: [number, string][] = [];
        const mapLine: LineMapper = (historyIndex, createdBy) => {
          calls.push([historyIndex, createdBy]);
          return historyIndex === 5 ? 12 : null;
        };
        const s = summarizeVulnerabilities(report, GATE, mapLine);
        assert.deepEqual(s.counts, counts(1, 1, 0, 0, 0));
        assert.deepEqual(s.counted, counts(1, 1, 0, 0, 0));
        assert.deepEqual(s.byClass, { os: 1, lang: 1 });
        // DiffIDs[0] → history[0] (ADD); DiffIDs[3] → the 4th non-empty entry, history[5]: the RUN.
        assert.deepEqual(
          calls.map(([i]) => i),
          [0, 3, 4, 5, 6, 7],
        );
        assert.match(calls[3][1], /^\|1 DEBIAN_FRONTEND=noninteractive \/bin\/sh -c chmod \+x \/tmp\/install.sh/);
        const [libidn2, activesupport] = s.top;
        assert.deepEqual([libidn2.id, libidn2.line], ['CVE-2019-18224', null]);
        assert.deepEqual(activesupport, {
          id: 'CVE-2020-8165',
          severity: 'HIGH',
          pkg: 'activesupport',
          installed: '6.0.2.1',
          fixed: '6.0.3.1, 5.2.4.3', // two versions, kept as Trivy wrote them
          line: 12,
          pkgType: 'gemspec',
          class: 'lang',
          title:
            'rubygem-activesupport: potentially unintended unmarshalling of user-provided objects in MemCacheStore and RedisCacheStore',
        });
      },
      'alpine-39-skip.json.golden': (report) => {
        const s = summarizeVulnerabilities(report, GATE, noLines);
        assert.deepEqual(s.counts, counts(0, 0, 0, 0, 0));
        assert.deepEqual(s.top, []);
        assert.deepEqual(s.keys, []);
        assert.deepEqual(report.secrets, []);
      },
      'secrets.json.golden': (report) => {
        assert.deepEqual(report.vulnerabilities, []);
        const findings = secretFindings(report, 'Dockerfile', noLines);
        assert.deepEqual(
          findings.map((f) => [f.rule, f.name, f.severity, f.file, f.line]),
          [
            ['MLG105', 'secret-file-in-image', 'error', 'Dockerfile', 0],
            ['MLG105', 'secret-file-in-image', 'error', 'Dockerfile', 0],
          ],
        );
        assert.deepEqual(findings[0].quotes, ['deploy.sh:3', 'AWS Access Key ID (aws-access-key-id) [CRITICAL]']);
        assert.deepEqual(findings[1].quotes, ['deploy.sh:7', 'My Secret (mysecret) [HIGH]']);
        // The report's Code lines carry a token in clear text; nothing of it may come out.
        const out = JSON.stringify({ findings, report });
        assert.doesNotMatch(out, /ghp_|export |\*\*\*\*/);
      },
    };

    it('has an expectation for every genuine report', () => {
      const files = readdirSync(SHARED).filter((f) => f.endsWith('.json.golden'));
      assert.deepEqual(files.sort(), Object.keys(expectations).sort());
    });
    for (const [file, check] of Object.entries(expectations)) {
      it(file, () => check(load(SHARED + file)));
    }
  },
);

describe('our Trivy-format fixtures', () => {
  const lines: LineMapper = (historyIndex) => ({ 3: 7, 4: 9 })[historyIndex] ?? null;

  it('counts all found, fixable, and what the gate counts', () => {
    const report = load(OURS + 'image-python.json');
    const s = summarizeVulnerabilities(report, GATE, lines);
    assert.deepEqual(s.counts, counts(1, 2, 1, 1, 1));
    assert.deepEqual(s.fixable, counts(1, 1, 1, 0, 1));
    assert.deepEqual(s.counted, counts(1, 1, 0, 0, 0)); // the will_not_fix HIGH is not counted
    assert.deepEqual(summarizeVulnerabilities(report, { ...GATE, ignoreUnfixed: false }, lines).counted, counts(1, 2, 0, 0, 0));
    assert.deepEqual(s.byClass, { os: 3, lang: 3 });
  });

  it('sorts the top list by severity, then fixable first, and maps layers to Dockerfile lines', () => {
    const s = summarizeVulnerabilities(load(OURS + 'image-python.json'), GATE, lines);
    assert.deepEqual(
      s.top.map((v) => [v.severity, v.id, v.pkg, v.fixed, v.line]),
      [
        ['CRITICAL', 'CVE-2024-0001', 'openssl', '3.0.13-1', null], // base image layer
        ['HIGH', 'CVE-2024-0004', 'torch', '2.2.0, 2.1.3', 7], // DiffIDs[1] → history[3], the RUN pip install
        ['HIGH', 'CVE-2024-0003', 'zlib1g', null, null],
        ['MEDIUM', 'GHSA-aaaa-bbbb-cccc', 'requests', '2.32.0', 7],
        ['LOW', 'CVE-2024-0002', 'libc6', null, null],
        ['UNKNOWN', 'CVE-2024-0006', 'pillow', '10.0.1', null], // no Layer in the report
      ],
    );
    // Missing values are left out of the optional fields, not set to undefined or null.
    assert.deepEqual(Object.keys(s.top[3]).sort(), ['class', 'fixed', 'id', 'installed', 'line', 'pkg', 'pkgType', 'severity']);
    assert.equal(summarizeVulnerabilities(load(OURS + 'image-python.json'), GATE, lines, 2).top.length, 2);
  });

  it('keys every vulnerability as "ID pkg" for the baseline comparison', () => {
    const s = summarizeVulnerabilities(load(OURS + 'image-python.json'), GATE, lines);
    assert.deepEqual(s.keys, [
      'CVE-2024-0001 openssl',
      'CVE-2024-0002 libc6',
      'CVE-2024-0003 zlib1g',
      'CVE-2024-0004 torch',
      'CVE-2024-0006 pillow',
      'GHSA-aaaa-bbbb-cccc requests',
    ]);
  });

  it('turns a secret into an MLG105 finding on the line that added its layer, without its value', () => {
    const report = load(OURS + 'image-python.json');
    const findings = secretFindings(report, 'docker/Dockerfile', lines);
    assert.equal(findings.length, 1);
    const { title, detail, fix, message, ...place } = findings[0];
    assert.deepEqual(
      { ...place, quotes: undefined },
      {
        rule: 'MLG105',
        name: 'secret-file-in-image',
        severity: 'error',
        quotes: undefined,
        file: 'docker/Dockerfile',
        line: 9,
        endLine: 9,
        suppressed: false,
      },
    );
    assert.deepEqual(findings[0].quotes, ['/app/.env:2', 'Generic API Key (generic-api-key) [HIGH]']);
    assert.equal(title, 'Secret in an image file');
    assert.match(`${detail} ${fix}`, /\{0\}.*rotate it/);
    assert.match(message, /\/app\/\.env:2/);
    assert.doesNotMatch(JSON.stringify({ findings, report }), /mlg-fixture-token-value|API_TOKEN/);
  });

  it('reads a report without Results, and a result without Vulnerabilities', () => {
    for (const file of ['no-results.json', 'no-vulnerabilities.json']) {
      const report = load(OURS + file);
      const s = summarizeVulnerabilities(report, GATE, lines);
      assert.deepEqual(s.counts, counts(0, 0, 0, 0, 0), file);
      assert.deepEqual([s.top, s.keys, secretFindings(report, 'Dockerfile', lines)], [[], [], []], file);
    }
  });

  it('gives no lines when the history does not match the layers', () => {
    const report = load(OURS + 'image-python.json');
    report.layers!.history.pop(); // drop an empty entry: still 3 layer entries
    assert.equal(summarizeVulnerabilities(report, GATE, lines).top[1].line, 7);
    report.layers!.history.shift(); // drop a layer entry: 2 entries for 3 DiffIDs
    assert.ok(summarizeVulnerabilities(report, GATE, lines).top.every((v) => v.line === null));
  });
});

describe('decodeTrivyReport rejects what is not a Trivy report', () => {
  const cases: [string, string, RegExp][] = [
    ['truncated output', '{"SchemaVersion": 2, "Results": [', /not valid JSON/],
    ['empty output', '', /not valid JSON/],
    ['an array', '[]', /not a JSON report object/],
    ['another schema', '{"SchemaVersion": 1}', /SchemaVersion 1 \(expected 2\)/],
    ['Results not a list', '{"SchemaVersion": 2, "Results": {}}', /Results is not an array/],
    [
      'a vulnerability without an id',
      '{"SchemaVersion": 2, "Results": [{"Target": "x", "Vulnerabilities": [{"PkgName": "a"}]}]}',
      /Results\[0\]\.Vulnerabilities\[0\] lacks/,
    ],
    [
      'a secret without a rule',
      '{"SchemaVersion": 2, "Results": [{"Target": "x", "Secrets": [{"Title": "t"}]}]}',
      /Results\[0\]\.Secrets\[0\] lacks RuleID/,
    ],
  ];
  for (const [name, text, reason] of cases) {
    it(name, () => {
      const decoded = decodeTrivyReport(text);
      assert.equal(decoded.ok, false);
      assert.match(decoded.ok ? '' : decoded.reason, reason);
    });
  }

  it('reads an unknown severity as UNKNOWN', () => {
    const decoded = decodeTrivyReport(
      '{"SchemaVersion": 2, "Results": [{"Target": "x", "Vulnerabilities": [{"VulnerabilityID": "A", "PkgName": "p", "Severity": "NEGLIGIBLE"}]}]}',
    );
    assert.ok(decoded.ok);
    assert.equal(decoded.report.vulnerabilities[0].severity, 'UNKNOWN');
  });
});
