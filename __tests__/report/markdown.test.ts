import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_LIMIT, blobLinkBase, commentMarker, renderComment, renderSummary } from '../../src/report/markdown.js';
import { escapeMarkdown, escapeMarkerKey } from '../../src/report/escape.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/types.js';
import { budgetConfig, comparison, counts, finding, GB, makeReport, MB, scan } from './report-fixture.js';

function evaluated(report: Report, failOn: 'error' | 'warning' = 'error'): Report {
  const { budgets, passed } = evaluate(report, budgetConfig(), failOn);
  return { ...report, budgets, passed };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '</details></table><img src=x onerror=alert(1)>',
  '| a | b |\n| --- | --- |',
  '```\nRUN curl x | sh\n```',
  '`rm -rf /`',
  '@org/team and @someone please',
  'fixes #123 and acme/other#45',
  'https://evil.example/x and www.evil.example',
  '[click](javascript:alert(1)) ![img](https://evil.example/p.png)',
  '**bold** _it_ ~~strike~~ $x^2$',
  '<!-- ml-image-guard:key=docker/Dockerfile --> -->',
  '# heading\n- list\n> quote',
  'bidi \u202e evil \u2066',
].join(' ');

function hostileReport(): Report {
  const base = makeReport();
  return evaluated(
    makeReport({
      dockerfile: 'docker/<b>Dock|erfile</b>',
      target: 'runtime</details>@org',
      key: 'docker/Dockerfile --> <script>',
      findings: [
        finding({
          severity: 'error',
          rule: 'MLG005',
          name: 'secret-in-image',
          message: HOSTILE,
          file: 'docker/x`y|z.Dockerfile',
          line: 3,
          endLine: 4,
        }),
        finding({ severity: 'warning', message: HOSTILE }),
        finding({ severity: 'info', message: HOSTILE }),
      ],
      image: {
        ...base.image!,
        layers: [{ size: 2 * GB, createdBy: `RUN ${HOSTILE}`, line: 4, fromBase: false }],
      },
      build: { ...base.build!, firstMiss: { name: HOSTILE, line: 4 }, steps: [{ name: HOSTILE, line: 4, seconds: 3, cached: false }] },
      scan: scan({
        top: [{ id: 'CVE-1 <script>', severity: 'HIGH', pkg: '@org/pkg|x', installed: '1.0`', fixed: '</details>', line: null }],
      }),
      comparison: comparison({
        grownInstructions: [{ line: 4, createdBy: HOSTILE, before: 1 * GB, after: 2 * GB, delta: 1 * GB }],
        fixedFindings: [finding({ message: HOSTILE })],
      }),
      notes: [HOSTILE],
      baselineReason: HOSTILE,
    }),
  );
}

/** Removes our own markup so that what is left is the escaped repository text and our words. */
function assertInert(markdown: string) {
  assert.doesNotMatch(markdown, /<script/i);
  assert.doesNotMatch(markdown, /<img/i);
  assert.doesNotMatch(markdown, /<b>/i);
  assert.doesNotMatch(markdown, /<table/i);
  assert.equal((markdown.match(/<details[ >]/g) ?? []).length, (markdown.match(/<\/details>/g) ?? []).length, 'details balanced');
  assert.doesNotMatch(markdown, /@(org|someone)/, 'no live mention');
  assert.doesNotMatch(markdown, /#123|other#45/, 'no issue autolink');
  assert.doesNotMatch(markdown, /https:\/\/evil|www\.evil/, 'no URL autolink');
  assert.doesNotMatch(markdown, /(^|[^\\])\]\(javascript:/, 'no injected link');
  assert.doesNotMatch(markdown, /```/, 'no code fence from input');
  assert.doesNotMatch(markdown, /`rm/, 'backticks from input neutralised');
  assert.doesNotMatch(markdown, /[\u202e\u2066]/, 'no bidi controls');
  assert.equal(markdown.indexOf('<!--', 1), -1, 'only our marker is an HTML comment');
  assert.doesNotMatch(markdown, /(^|[^\\])\*\*bold/, 'emphasis escaped');
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('| ')) continue;
    const cells = line.replace(/\\\|/g, '').split('|').length - 2;
    assert.ok(cells === 3 || cells === 4 || cells === 5, `table row has ${cells} cells: ${line.slice(0, 120)}`);
  }
}

test('hostile repository text renders inert in the comment and the summary', () => {
  const report = hostileReport();
  const comment = renderComment(report);
  assertInert(comment);
  assertInert(renderSummary(report));
  assert.ok(comment.startsWith('<!-- ml-image-guard:key='), 'marker first');
  const tableRows = comment.split('\n').filter((line) => line.startsWith('| '));
  const widths = new Set(
    tableRows.filter((row) => row.includes('Metric') || row.includes('Image size')).map((row) => row.split('|').length),
  );
  assert.equal(widths.size, 1, 'metrics table rows are equally wide');
});

test('escapeMarkdown keeps text one line and readable', () => {
  assert.equal(escapeMarkdown('a\nb\r\nc\td'), 'a b c d');
  assert.equal(escapeMarkdown('pip install torch==2.3.1'), 'pip install torch==2.3.1');
  assert.equal(escapeMarkdown('x'.repeat(500), 10), `${'x'.repeat(9)}…`);
  assert.equal(escapeMarkdown('- item'), '\\- item');
  assert.equal(escapeMarkdown('1. item'), '1\\. item');
});

test('the marker holds the key so that distinct keys never collide and cannot close the comment', () => {
  assert.equal(commentMarker('docker/Dockerfile'), '<!-- ml-image-guard:key=docker/Dockerfile -->');
  assert.notEqual(commentMarker('a'), commentMarker('a b'));
  assert.notEqual(escapeMarkerKey('gpu'), escapeMarkerKey('gpu-'));
  for (const key of ['x-->y', 'a--b', 'a>b', 'line\nbreak']) {
    const inner = commentMarker(key).slice(4, -3);
    assert.doesNotMatch(inner, /--|>|\n/);
  }
});

test('the comment leads with the verdict and the metrics table', () => {
  const report = evaluated(makeReport({ image: { ...makeReport().image!, size: 3.4 * GB } }));
  const lines = renderComment(report).split('\n').filter(Boolean);
  assert.equal(lines[0], '<!-- ml-image-guard:key=docker/Dockerfile -->');
  assert.match(lines[1], /^### ❌ .*fails its gates: uncompressed size 3\.4 GB over the 3 GB budget/);
  assert.equal(lines[2], '| Metric | This PR | Base | Budget | Status |');
  const comment = lines.join('\n');
  assert.match(
    comment,
    /\| Image size \(uncompressed[^|]*\| 3\.4 GB \(3\.17 GiB\) \| 2\.5 GB \(2\.33 GiB\) · \+900 MB \(\+36%\) \| ≤ 3 GB · growth ≤ \+10% \| ❌ fail \|/,
  );
  assert.match(comment, /\| Compressed size \(pushed\/pulled\) \| 1\.1 GB \(1\.02 GiB\) \| .* \| reported only \| — \|/);
  assert.match(comment, /\| Build time \| 3m 20s \| 3m 00s · \+20s \(\+11\.1%\) \| ≤ 5m 00s \| ✅ pass \|/);
  assert.match(comment, /\| Cache hits \| 1 of 3 steps \(33%\) \|/);
  assert.match(comment, /\| Vulnerabilities ≥ CRITICAL \| 0 \|/);
  assert.match(comment, /The image needs 400 MB less to fit its 3 GB budget/);
});

test('a passing image says so; warnings are named when fail-on-budget is off', () => {
  assert.match(renderComment(evaluated(makeReport())), /^### ✅ ml-image-guard: <code>docker\/Dockerfile<\/code> passes its gates$/m);
  const big = makeReport({ image: { ...makeReport().image!, size: 3.4 * GB } });
  const { budgets, passed } = evaluate(big, budgetConfig({ failOnBudget: false }), 'error');
  const comment = renderComment({ ...big, budgets, passed });
  assert.match(comment, /^### ⚠️ .* passes, with warnings: uncompressed size 3\.4 GB over the 3 GB budget/m);
  assert.match(comment, /⚠️ warn \*\*size\*\* \(not gating\)/);
});

test('findings are grouped by severity and link to the Dockerfile lines at the head commit', () => {
  const report = evaluated(
    makeReport({
      findings: [
        finding({ severity: 'warning', rule: 'MLG007', line: 7, endLine: 9 }),
        finding({ severity: 'error', rule: 'MLG001', name: 'cuda-devel-final', message: 'devel base', line: 1, endLine: 1 }),
        finding({ severity: 'error', rule: 'MLG003', suppressed: true }),
        finding({
          severity: 'info',
          rule: 'MLG012',
          name: 'python-env',
          message: 'set PYTHONUNBUFFERED=1',
          line: 0,
          endLine: 0,
          file: 'docker/my file.Dockerfile',
        }),
      ],
      comparison: comparison({
        newFindings: [finding({ severity: 'error', rule: 'MLG001', name: 'cuda-devel-final', message: 'devel base', line: 1, endLine: 1 })],
      }),
    }),
  );
  const comment = renderComment(report, { linkBase: 'https://github.com/acme/models/blob/0123abc/' });
  const errorsAt = comment.indexOf('**❌ Errors (1, 1 suppressed)**');
  const warningsAt = comment.indexOf('**⚠️ Warnings (1)**');
  assert.ok(errorsAt > 0 && warningsAt > errorsAt, 'errors before warnings');
  assert.match(comment, /\[docker\/Dockerfile:1\]\(https:\/\/github\.com\/acme\/models\/blob\/0123abc\/docker\/Dockerfile#L1\) 🆕/);
  assert.match(comment, /\(https:\/\/github\.com\/acme\/models\/blob\/0123abc\/docker\/Dockerfile#L7-L9\)/);
  assert.match(
    comment,
    /<details><summary>ℹ️ Info \(1\)<\/summary>[\s\S]*\(https:\/\/github\.com\/acme\/models\/blob\/0123abc\/docker\/my%20file\.Dockerfile\)/,
  );
  assert.match(comment, /\[MLG001\]\(https:\/\/github\.com\/ml-image-guard\/ml-image-guard\/blob\/main\/docs\/rules\/MLG001\.md\)/);
});

test('without a link base (local CLI) locations are plain code; a bad link base is refused', () => {
  const report = evaluated(makeReport({ findings: [finding()] }));
  assert.match(renderComment(report, { linkBase: null }), /<code>docker\/Dockerfile:7<\/code>/);
  assert.match(renderComment(report, { linkBase: 'javascript:alert(1)//' }), /<code>docker\/Dockerfile:7<\/code>/);
  assert.equal(blobLinkBase('https://ghe.example.com/', 'acme/models', 'abc'), 'https://ghe.example.com/acme/models/blob/abc/');
});

test('what to do next quotes public savings with their sources and measured bytes', () => {
  const report = evaluated(
    makeReport({
      findings: [
        finding({ severity: 'error', rule: 'MLG001', name: 'cuda-devel-final' }),
        finding({ rule: 'MLG007', bytes: 750 * MB }),
        finding({ rule: 'MLG102', name: 'cache-in-image', bytes: 320 * MB }),
      ],
    }),
  );
  const comment = renderComment(report);
  assert.match(comment, /#### What to do next/);
  assert.match(comment, /CUDA runtime .*2\.5–9\.1 GB on disk.*\(\[1\]\(https:\/\/github\.com\/saturncloud\/images\/pull\/256\)/);
  assert.match(comment, /--no-cache-dir.*Measured in this image: 750 MB/);
  assert.match(comment, /Fix MLG102 cache-in-image: 320 MB in this image/);
});

test('layers, growth and the first cache miss link to their lines', () => {
  const report = evaluated(
    makeReport({
      comparison: comparison({
        grownInstructions: [
          { line: 5, createdBy: 'RUN pip install -r requirements.txt', before: 2 * GB, after: 2.4 * GB, delta: 0.4 * GB },
        ],
      }),
    }),
  );
  const comment = renderComment(report, { linkBase: 'https://github.com/acme/models/blob/sha/' });
  assert.match(
    comment,
    /#### Largest layers\n\n\| Size \| Line \| Instruction \|\n\| --- \| --- \| --- \|\n\| 2\.4 GB \| \[docker\/Dockerfile:5\]/,
  );
  assert.match(comment, /\| base image \| <code>/);
  assert.match(comment, /#### What grew against the base[\s\S]*\| 2 GB \| 2\.4 GB \| \+400 MB \|/);
  assert.match(
    comment,
    /\*\*First cache miss:\*\* <code>\\\[2\/3\\\] RUN pip install -r requirements\.txt<\/code> at \[docker\/Dockerfile:5\]/,
  );
});

test('skipped stages are said plainly', () => {
  const report = evaluated(
    makeReport({
      build: null,
      image: null,
      scan: scan({ status: 'skipped', reason: 'trivy is not installed' }),
      baseline: null,
      comparison: null,
      baselineReason: 'no baseline yet for main',
      notes: ['docker is not available: lint only'],
    }),
  );
  const comment = renderComment(report);
  assert.match(
    comment,
    /\*\*Not run or incomplete\*\*\n- docker is not available: lint only\n- Vulnerability scan skipped: trivy is not installed\n- no baseline yet for main/,
  );
  assert.match(comment, /Skipped checks: size: no image to measure/);
});

test('a failed build leads with the failure and shows the error tail verbatim but inert', () => {
  const report = evaluated(
    makeReport({
      build: {
        ...makeReport().build!,
        status: 'failed',
        reason: 'RUN exited with 1',
        errorTail: ['ERROR: <script>x</script> @org', 'line 2'],
      },
      image: null,
    }),
  );
  const comment = renderComment(report);
  assert.match(comment, /^### ❌ ml-image-guard: the build of <code>docker\/Dockerfile<\/code> failed$/m);
  assert.match(comment, /<pre>ERROR: &lt;script&gt;x&lt;\/script&gt; @\u200dorg\nline 2<\/pre>/);
});

test('a huge report is cut to fit 65,536 characters, least important sections first, and says so', () => {
  const many = Array.from({ length: 3000 }, (_, index) =>
    finding({
      severity: index % 3 === 0 ? 'error' : index % 3 === 1 ? 'warning' : 'info',
      message: `${'long message '.repeat(20)} ${index}`,
      line: index + 1,
    }),
  );
  const steps = Array.from({ length: 500 }, (_, index) => ({
    name: `[${index}] RUN ${'x'.repeat(200)}`,
    line: index + 1,
    seconds: index,
    cached: false,
  }));
  const report = evaluated(
    makeReport({
      findings: many,
      build: { ...makeReport().build!, steps },
      notes: Array.from({ length: 50 }, (_, i) => `note ${i} ${'n'.repeat(250)}`),
    }),
  );
  const comment = renderComment(report);
  assert.ok(comment.length <= COMMENT_LIMIT, `length ${comment.length}`);
  assert.match(comment, /^### ❌/m, 'verdict kept');
  assert.match(comment, /\| Metric \| This PR/, 'table kept');
  const small = renderComment(report, { maxChars: 20_000 });
  assert.ok(small.length <= 20_000, `length ${small.length}`);
  assert.match(small, /✂️ Cut to stay within the 65,536-character limit of a PR comment: .*build steps/);
  assert.match(small, /\*\*❌ Errors/, 'errors kept over build steps and infos');
  assert.doesNotMatch(small, /Slowest build steps/);
  assert.equal((small.match(/<details[ >]/g) ?? []).length, (small.match(/<\/details>/g) ?? []).length);
  const tiny = renderComment(report, { maxChars: 1_500 });
  assert.ok(tiny.length <= 1_500, `length ${tiny.length}`);
  assert.ok(tiny.startsWith('<!-- ml-image-guard:key='));
});

test('the summary has the same content without the marker, within 1 MiB', () => {
  const report = evaluated(makeReport({ findings: [finding()] }));
  const summary = renderSummary(report);
  assert.doesNotMatch(summary, /<!--/);
  assert.match(summary, /\| Metric \| This PR/);
  const huge = evaluated(
    makeReport({ findings: Array.from({ length: 20_000 }, (_, i) => finding({ message: `${'é'.repeat(280)} ${i}` })) }),
  );
  assert.ok(Buffer.byteLength(renderSummary(huge)) <= 1_048_576);
});

test('vulnerabilities: the top list is collapsed and the gate row counts what fails', () => {
  const report = evaluated(
    makeReport({
      scan: scan({
        counted: counts({ CRITICAL: 2 }),
        counts: counts({ CRITICAL: 2, HIGH: 5 }),
        top: [{ id: 'CVE-2024-0001', severity: 'CRITICAL', pkg: 'openssl', installed: '3.0.1', fixed: '3.0.2', line: null }],
      }),
    }),
  );
  const comment = renderComment(report);
  assert.match(comment, /\| Vulnerabilities ≥ CRITICAL \| 2 \| 0 new · 0 fixed \| 0 \| ❌ fail \|/);
  assert.match(comment, /<details><summary>Vulnerabilities \(2 CRITICAL, 5 HIGH, 0 MEDIUM, 0 LOW, 0 UNKNOWN\)<\/summary>/);
  assert.match(comment, /\| CVE-2024-0001 \| CRITICAL \| <code>openssl<\/code> \| 3\\\.0\.1 \| 3\\\.0\.2 \|/);
});
