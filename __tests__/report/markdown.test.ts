// The renderer on constructed reports: hostile text stays inert, the layout answers the
// reviewer's questions in order, numbers are labelled and compared like with like, and the body
// fits. Real rule output is rendered in comment-golden.test.ts; GitHub's HTML in comment-render.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_LIMIT, blobLinkBase, commentMarker, renderComment, renderSummary, ruleDocsUrl } from '../../src/report/markdown.js';
import { code, escapeMarkdown, escapeMarkerKey, shorten } from '../../src/report/escape.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { ImageAnalysis, ImagePackage, PackageInventory, Report } from '../../src/report/types.js';
import { budgetConfig, comparison, counts, finding, GB, makeReport, MB, scan } from './report-fixture.js';
import { aboveTheFold, markdownToHtml, visibleText } from '../../scripts/comment-html.js';

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

const imagePackage = (name: string, version: string, bytes: number, line: number | null = 7): ImagePackage => ({
  ecosystem: 'python',
  name,
  version,
  bytes,
  files: 10,
  group: /^nvidia-/.test(name) ? 'cuda' : /^torch/.test(name) ? 'torch' : 'python',
  layer: line === null ? 0 : 3,
  line,
  fromBase: line === null,
});
const inventory = (packages: ImagePackage[]): PackageInventory => ({
  packages,
  groups: [
    { group: 'cuda', bytes: packages.filter((p) => p.group === 'cuda').reduce((sum, p) => sum + p.bytes, 0), packages: 1 },
    { group: 'torch', bytes: packages.filter((p) => p.group === 'torch').reduce((sum, p) => sum + p.bytes, 0), packages: 1 },
  ],
  unownedBytes: 3 * GB,
  unownedFolders: [{ path: '/opt/models', bytes: 2.9 * GB }],
});
const analysisWith = (packages: PackageInventory, note?: string): ImageAnalysis => ({
  status: 'ok',
  bytesByRule: {},
  largestFiles: [],
  byInstruction: [],
  packages: note ? { ...packages, notes: [note], unownedFolders: [{ path: note, bytes: MB }] } : packages,
});

function hostileReport(): Report {
  const base = makeReport();
  const structured = finding({
    severity: 'error',
    rule: 'MLG005',
    name: 'secret-in-image',
    title: 'Secret in {0}',
    detail: 'Because {0}.',
    fix: 'Drop {0}.',
    quotes: [HOSTILE],
    file: 'docker/x`y|z.Dockerfile',
    line: 3,
    endLine: 4,
  });
  const legacy = (severity: 'warning' | 'info') =>
    finding({ severity, title: 'pip cache', detail: '{0}', fix: '', quotes: [HOSTILE], message: HOSTILE });
  return evaluated(
    makeReport({
      dockerfile: 'docker/<b>Dock|erfile</b>',
      target: 'runtime</details>@org',
      key: 'docker/Dockerfile --> <script>',
      findings: [structured, legacy('warning'), legacy('info')],
      image: {
        ...base.image!,
        layers: [{ size: 2 * GB, createdBy: `RUN ${HOSTILE}`, line: 4, fromBase: false }],
        base: { ref: HOSTILE, digest: 'sha256:1' },
        analysis: analysisWith(
          inventory([
            { ...imagePackage('torch', '2.5.1', GB), name: HOSTILE, version: HOSTILE },
            { ...imagePackage('x', '1', MB), ecosystem: 'deb' },
          ]),
          HOSTILE,
        ),
      },
      build: { ...base.build!, firstMiss: { name: HOSTILE, line: 4 }, steps: [{ name: HOSTILE, line: 4, seconds: 3, cached: false }] },
      scan: scan({
        top: [{ id: 'CVE-1 <script>', severity: 'HIGH', pkg: '@org/pkg|x', installed: '1.0`', fixed: '</details>', line: null }],
      }),
      comparison: comparison({
        grownInstructions: [{ line: 4, createdBy: HOSTILE, before: 1 * GB, after: 2 * GB, delta: 1 * GB }],
        fixedFindings: [legacy('warning')],
        packages: [
          { ecosystem: 'python', name: HOSTILE, change: 'added', before: null, after: { version: HOSTILE, bytes: 5 * MB }, delta: 5 * MB },
        ],
        regressions: [{ kind: 'other', title: HOSTILE, detail: HOSTILE, bytes: 5 * MB }],
      }),
      notes: [HOSTILE],
      baselineReason: HOSTILE,
    }),
  );
}

const OUR_TAGS = new Set([
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'p',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'a',
  'code',
  'pre',
  'details',
  'summary',
  'sub',
  'strong',
  'em',
  'del',
]);

/** Checks the HTML GitHub would make of it: only our tags and links, no live mention or issue link, balanced sections. */
function assertInert(markdown: string) {
  const html = markdownToHtml(markdown);
  for (const [, tag] of html.matchAll(/<\/?([a-z0-9]+)/gi))
    assert.ok(OUR_TAGS.has(tag.toLowerCase()), `tag <${tag}> in ${html.slice(0, 0)}`);
  for (const [, href] of html.matchAll(/href="([^"]*)"/g))
    assert.match(href, /^https:\/\/(github\.com\/(acme|ml-image-guard)\/)/, `link ${href}`);
  assert.equal(markdown.indexOf('<!--', 1), -1, 'only our marker is an HTML comment');
  assert.equal((html.match(/<details[ >]/g) ?? []).length, (html.match(/<\/details>/g) ?? []).length, 'details balanced');
  const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
  assert.doesNotMatch(outsideCode, /@(org|someone)/, 'no live mention outside code');
  assert.doesNotMatch(outsideCode, /(^|[^\u200d])#123|other#45/, 'no issue autolink');
  assert.doesNotMatch(html, /[\u202e\u2066]/, 'no bidi controls');
  assert.doesNotMatch(outsideCode, /<strong>bold|<del>strike/, 'emphasis from input escaped');
  for (const block of markdown.split('\n\n').filter((part) => part.startsWith('| '))) {
    const widths = block.split('\n').map((row) => (row.match(/(?<!\\)\|/g) ?? []).length);
    assert.equal(new Set(widths).size, 1, `table rows equally wide: ${block.slice(0, 200)}`);
  }
}

test('hostile repository text renders inert in the comment and the summary', () => {
  const report = hostileReport();
  const comment = renderComment(report);
  assertInert(comment);
  assertInert(renderSummary(report));
  assert.ok(comment.startsWith('<!-- ml-image-guard:key='), 'marker first');
});

test('code spans keep repository text copyable: no invisible characters, any backticks, pipes only escaped in cells', () => {
  assert.equal(code('python:3.11@sha256:abc'), '`python:3.11@sha256:abc`');
  assert.equal(code('a `b` c'), '``a `b` c``');
  assert.equal(code('`x`'), '`` `x` ``');
  assert.equal(code('a|b', { cell: true }), '`a\\|b`');
  const html = markdownToHtml(`x ${code('@org/x https://h.example/y #12 a`b')} y`);
  assert.match(html, /<code>@org\/x https:\/\/h\.example\/y #12 a`b<\/code>/);
  assert.equal(escapeMarkdown('a\nb\r\nc\td'), 'a b c d');
  assert.equal(escapeMarkdown('- item'), '\\- item');
  assert.equal(escapeMarkdown('1. item'), '1\\. item');
});

test('long text is shortened at a word boundary, never inside a word', () => {
  assert.equal(shorten('alpha beta gamma delta', 12), 'alpha beta …');
  assert.equal(shorten('short', 12), 'short');
  const long = 'pip install ' + 'package '.repeat(80);
  assert.ok(shorten(long).endsWith('package …'));
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

test('the heading is the verdict and the one reason that decides it; the table compares with the base', () => {
  const report = evaluated(makeReport({ image: { ...makeReport().image!, size: 3.4 * GB } }));
  const lines = renderComment(report).split('\n').filter(Boolean);
  assert.equal(lines[1], '### ❌ `docker/Dockerfile` fails: the image is 3.4 GB unpacked, over its 3 GB budget (and 1 more check)');
  assert.equal(lines[2], '| Metric | This PR | Base | Change | Budget |  |');
  const comment = lines.join('\n');
  assert.match(comment, /\| Size, unpacked \| 3\.4 GB \| 2\.5 GB \| \+900 MB \(\+36%\) 🚨 \| ≤ 3 GB, \+10% \| ❌ \|/);
  assert.match(comment, /\| Size, compressed \| 1\.1 GB \| 1\.05 GB \| \+50 MB \(\+4\.8%\) 🔸 \| reported \| — \|/);
  assert.match(comment, /\| Build time \| 3m 20s \| 3m 00s \| \+20s \(\+11%\) ⚠️ \| ≤ 5m 00s \| ✅ \|/);
  assert.match(comment, /\| Cache hits \| 1 of 3 steps \|/);
  assert.doesNotMatch(comment, /docker image ls/, 'the size is labelled as what it is');
  assert.match(comment, /Unpacked: the sum of the image's layers/);
});

test('a pass says so; a warning that does not gate is named in the heading', () => {
  assert.match(renderComment(evaluated(makeReport())), /^### ✅ `docker\/Dockerfile` passes its \d+ checks$/m);
  const big = makeReport({ image: { ...makeReport().image!, size: 3.4 * GB } });
  const { budgets, passed } = evaluate(big, budgetConfig({ failOnBudget: false }), 'error');
  assert.match(
    renderComment({ ...big, budgets, passed }),
    /^### ⚠️ .* passes, with a warning: the image is 3\.4 GB unpacked, over its 3 GB budget/m,
  );
});

test('tiny deltas are unchanged; a minimum-change-threshold raises the bar; no change gives the compact form', () => {
  const tiny = comparison({
    size: { actual: 2.61 * GB, baseline: 2.61 * GB - 52, delta: 52 },
    compressedSize: { actual: 1.1 * GB, baseline: 1.1 * GB, delta: 0 },
    buildSeconds: { actual: 200, baseline: 196, delta: 4 },
  });
  const comment = renderComment(evaluated(makeReport({ comparison: tiny })));
  assert.match(
    comment,
    /\*\*No change against `main`:\*\* 2\.61 GB unpacked, 1\.1 GB compressed · built in 3m 20s · 1 of 3 steps from the cache\./,
  );
  assert.doesNotMatch(comment, /\+52 B|\+0%/);
  assert.doesNotMatch(comment, /\| Metric/);
  const grown = comparison({ size: { actual: 2.61 * GB, baseline: 2.6 * GB, delta: 10 * MB } });
  assert.match(renderComment(evaluated(makeReport({ comparison: grown }))), /\| \+10 MB \(\+0\.4%\) \|/);
  assert.match(
    renderComment(evaluated(makeReport({ comparison: grown })), { minimumChange: { bytes: 60 * MB, seconds: 30 } }),
    /\*\*No change against/,
  );
});

test('findings: structured fields render as markdown with quotes as code; legacy findings render safely; links point at the head commit', () => {
  const legacy = finding({
    severity: 'error',
    rule: 'MLG001',
    name: 'cuda-devel-final',
    title: 'desc',
    detail: '{0}',
    fix: '',
    quotes: ['Use `nvidia/cuda:12-runtime` instead. More words here.'],
    line: 1,
    endLine: 1,
  });
  const base = 'https://github.com/acme/models/blob/0123abc/';
  const report = evaluated(
    makeReport({
      findings: [
        finding({
          title: '{0} keeps the wheel cache',
          detail: 'pip keeps wheels in `~/.cache/pip`.',
          fix: 'Add `--no-cache-dir`.',
          quotes: ['pip install torch'],
          line: 7,
          endLine: 9,
        }),
        legacy,
        finding({ severity: 'error', rule: 'MLG003', suppressed: true }),
      ],
      comparison: comparison({
        newFindings: [legacy],
      }),
    }),
  );
  const comment = renderComment(report, { linkBase: base, docsRef: 'v1.2.0' });
  assert.match(comment, /1\. ❌ Use `nvidia\/cuda:12-runtime` instead\. — \[L1\]\[L1\] · \[MLG001\]\[MLG001\]/);
  assert.match(comment, /2\. ⚠️ \*\*`pip install torch` keeps the wheel cache\*\*: Add `--no-cache-dir`\. — \[L7\]\[L7-L9\]/);
  assert.match(comment, /\| `pip install torch` keeps the wheel cache \| \[L7\]\[L7-L9\]/);
  assert.match(comment, /^\[L7-L9\]: https:\/\/github\.com\/acme\/models\/blob\/0123abc\/docker\/Dockerfile#L7-L9$/m);
  assert.match(comment, /^\[MLG001\]: https:\/\/github\.com\/ml-image-guard\/ml-image-guard\/blob\/v1\.2\.0\/docs\/rules\/MLG001\.md$/m);
  assert.match(
    markdownToHtml(comment),
    /<a href="https:\/\/github\.com\/acme\/models\/blob\/0123abc\/docker\/Dockerfile#L7-L9">L7<\/a>/,
    'the reference links resolve',
  );
  assert.match(comment, /Use `nvidia\/cuda:12-runtime` instead\. 🆕/);
  assert.match(comment, /<summary>All findings \(1 error, 1 warning; 1 suppressed\)<\/summary>/);
  const summary = renderSummary(report, { linkBase: base });
  assert.match(
    summary,
    /\*\*`pip install torch` keeps the wheel cache\*\* .*pip keeps wheels in `~\/\.cache\/pip`\. Add `--no-cache-dir`\./,
  );
  assert.match(summary, /<details open>/);
  assert.equal(ruleDocsUrl('MLG007', 'main'), 'https://github.com/ml-image-guard/ml-image-guard/blob/main/docs/rules/MLG007.md');
  assert.match(renderComment(report, { docsRef: 'bad ref" onload' }), /blob\/v0\.1\.0\/docs\/rules\/MLG001\.md/);
});

test('without a link base (local CLI) lines are plain; a bad link base is refused', () => {
  const report = evaluated(makeReport({ findings: [finding()] }));
  assert.match(renderComment(report, { linkBase: null }), /— L7 ·/);
  assert.doesNotMatch(renderComment(report, { linkBase: 'javascript:alert(1)//' }), /javascript/);
  assert.equal(blobLinkBase('https://ghe.example.com/', 'acme/models', 'abc'), 'https://ghe.example.com/acme/models/blob/abc/');
});

test('savings: measured in the built image beats public figures; a walk that found nothing promises nothing', () => {
  const walked = { ...makeReport().image!, analysis: { status: 'ok' as const, bytesByRule: {}, largestFiles: [], byInstruction: [] } };
  const publicSaving = {
    basis: 'public-reports' as const,
    bytes: 750 * MB,
    maxBytes: 2.7 * GB,
    sources: ['https://github.com/bentoml/BentoML/pull/916'],
  };
  const pip = finding({ rule: 'MLG007', line: 5, endLine: 5, saving: publicSaving });
  const lintOnly = renderComment(evaluated(makeReport({ image: null, build: null, findings: [pip] })));
  assert.match(lintOnly, /saves 750 MB–2\.7 GB in \[public reports\]\(https:\/\/github\.com\/bentoml\/BentoML\/pull\/916\)/);
  const cache = finding({ rule: 'MLG102', name: 'cache-in-image', line: 5, endLine: 5, bytes: 320 * MB, title: 'pip cache in the layer' });
  const measured = renderComment(evaluated(makeReport({ image: walked, findings: [pip, cache] })), { linkBase: null });
  assert.match(measured, /Add `--no-cache-dir`\. — L5 · saves 320 MB · /);
  assert.doesNotMatch(measured, /public reports/);
  assert.doesNotMatch(measured, /2\. /, 'the image finding is the measured saving of the Dockerfile one, not a second action');
  const none = renderComment(evaluated(makeReport({ image: walked, findings: [pip] })));
  assert.doesNotMatch(none, /saves/);
});

test('attribution: base-image findings and layers name the base image, never a line of this Dockerfile', () => {
  const image = {
    ...makeReport().image!,
    base: { ref: 'python:3.11-slim', digest: 'sha256:' + 'e'.repeat(64) },
    layers: [
      { size: 80 * MB, createdBy: '/bin/sh -c #(nop) ADD file:abc in /', line: null, fromBase: true },
      {
        size: 2.4 * GB,
        createdBy: 'COPY /opt/venv /opt/venv # buildkit',
        instruction: 'COPY --from=builder /opt/venv /opt/venv',
        line: 5,
        fromBase: false,
      },
    ],
  };
  const pycache = finding({
    rule: 'MLG102',
    name: 'cache-in-image',
    origin: 'base-image',
    line: 0,
    endLine: 0,
    bytes: 12.7 * MB,
    title: '__pycache__ in the image',
  });
  const comment = renderComment(
    evaluated(
      makeReport({
        image,
        findings: [pycache],
        build: { ...makeReport().build!, cacheHits: 0, firstMiss: null, cache: { from: [], to: [] } },
      }),
    ),
    { linkBase: null },
  );
  assert.doesNotMatch(comment, /#### Fix first\n\n1\./, 'not an action for this Dockerfile');
  assert.match(comment, /From `python:3\.11-slim`, not this Dockerfile: 12\.7 MB flagged by \[MLG102\]/);
  assert.match(comment, /\| base image `python:3\.11-slim` \(1 layer\) \| — \| 80 MB \|/);
  assert.match(comment, /\| `COPY --from=builder \/opt\/venv \/opt\/venv` \| L5 \| 2\.4 GB \|/);
  assert.match(comment, /Base image: `python:3\.11-slim@sha256:e{64}`/);
  assert.match(comment, /First build with an empty cache/);
  assert.doesNotMatch(comment, /check that `cache-ref`/);
});

test('rows compare like with like: findings at the gate on both sides, vulnerabilities not scanned said so', () => {
  const facts = { findings: { error: 2, warning: 5, info: 9 }, vulnerabilities: null, cache: { hits: 3, steps: 3 } };
  const report = evaluated(
    makeReport({ findings: [finding({ severity: 'error', rule: 'MLG001' })], comparison: comparison({ base: facts }) }),
  );
  const comment = renderComment(report);
  assert.match(comment, /\| Findings ≥ error \| 1 \| 2 \| −1 \| 0 \| ❌ \|/);
  assert.match(comment, /\| Vulnerabilities ≥ CRITICAL \| 0 \| not scanned \| — \|/);
  assert.match(comment, /\| Cache hits \| 1 of 3 steps \| 3 of 3 \|/);
  const unscanned = renderComment(evaluated(makeReport({ scan: null })));
  assert.match(unscanned, /\| Vulnerabilities \| not scanned \|/);
  assert.doesNotMatch(unscanned, /0 new · 0 fixed/);
});

test('what changed: layers that grew with their lines, packages, regressions', () => {
  const report = evaluated(
    makeReport({
      comparison: comparison({
        grownInstructions: [
          { line: 5, createdBy: 'RUN pip install -r requirements.txt', before: 2 * GB, after: 2.4 * GB, delta: 0.4 * GB },
        ],
        packages: [
          {
            ecosystem: 'python',
            name: 'nvidia-cudnn-cu12',
            change: 'added',
            before: null,
            after: { version: '9.1.0', bytes: 700 * MB },
            delta: 700 * MB,
          },
        ],
        regressions: [
          {
            kind: 'torch-cpu-to-cuda',
            title: 'torch went from the CPU build to `cu121`',
            detail: 'The CUDA wheels came back.',
            bytes: 2.1 * GB,
          },
        ],
      }),
    }),
  );
  const comment = renderComment(report, { linkBase: 'https://github.com/acme/models/blob/sha/' });
  assert.match(
    comment,
    /#### What changed\n\n\| Layer \| Line \| Base \| This PR \| Change \|\n\| --- \| --- \| ---: \| ---: \| ---: \|\n\| `RUN pip install -r requirements\.txt` \| \[L5\]\[L5\] \| 2 GB \| 2\.4 GB \| \+400 MB ⚠️ \|/,
  );
  assert.match(comment, /^\[L5\]: https:\/\/github\.com\/acme\/models\/blob\/sha\/docker\/Dockerfile#L5$/m);
  assert.match(comment, /\| `nvidia-cudnn-cu12` \| added \| — \| `9\.1\.0` \| \+700 MB \|/);
  assert.match(comment, /- ⚠️ \*\*torch went from the CPU build to `cu121`\*\* \(2\.1 GB\): The CUDA wheels came back\./);
});

test('build time: cached steps cost nothing, the first miss is marked, exporting and pushing are shown and called out when they dominate', () => {
  const build = {
    ...makeReport().build!,
    seconds: 607,
    phases: [
      { phase: 'export-image' as const, seconds: 418 },
      { phase: 'export-cache' as const, seconds: 56 },
      { phase: 'context-upload' as const, seconds: 38.5, bytes: 3.2 * GB },
    ],
  };
  const comment = renderComment(evaluated(makeReport({ build })), { linkBase: null });
  assert.match(comment, /⏱️ 78% of the build was not the Dockerfile's steps \(exporting the image 6m 58s, exporting the cache 56s\)/);
  assert.match(comment, /\| `RUN pip install -r requirements\.txt` \| L5 \| 2m 30s \| \*\*first miss\*\* \|/);
  assert.match(comment, /\| `FROM docker\.io\/library\/python:3\.11-slim` \| L1 \| — \| cached \|/);
  assert.match(comment, /\| sending the build context \(3\.2 GB\) \| 39s \| 6% \|/);
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
  assert.match(comment, /^### ❌ `docker\/Dockerfile` did not build: RUN exited with 1$/m);
  assert.match(comment, /<pre>ERROR: &lt;script&gt;x&lt;\/script&gt; @\u200dorg\nline 2<\/pre>/);
});

test('a huge report fits 65,536 characters by dropping collapsed sections first, and says what it dropped', () => {
  const many = Array.from({ length: 3000 }, (_, index) =>
    finding({
      severity: index % 3 === 0 ? 'error' : index % 3 === 1 ? 'warning' : 'info',
      title: `${'long title '.repeat(6)} ${index}`,
      line: index + 1,
    }),
  );
  const steps = Array.from({ length: 500 }, (_, index) => ({
    name: `[${index}] RUN ${'x '.repeat(100)}`,
    line: index + 1,
    seconds: index,
    cached: false,
  }));
  const report = evaluated(
    makeReport({
      findings: many,
      build: { ...makeReport().build!, steps },
      notes: Array.from({ length: 50 }, (_, i) => `note ${i} ${'n '.repeat(120)}`),
    }),
  );
  const comment = renderComment(report);
  assert.ok(comment.length <= COMMENT_LIMIT, `length ${comment.length}`);
  assert.match(comment, /^### ❌/m, 'verdict kept');
  assert.match(comment, /\| Metric \| This PR/, 'table kept');
  const small = renderComment(report, { maxChars: 8_000 });
  assert.ok(small.length <= 8_000, `length ${small.length}`);
  assert.match(small, /✂️ Left out to stay within the 65,536 characters of a PR comment: .*Build steps/);
  assert.match(small, /#### Fix first/, 'fix first kept over collapsed sections');
  assert.doesNotMatch(small, /<summary>Build steps/);
  assert.equal((small.match(/<details[ >]/g) ?? []).length, (small.match(/<\/details>/g) ?? []).length);
  const tiny = renderComment(report, { maxChars: 1_500 });
  assert.ok(tiny.length <= 1_500, `length ${tiny.length}`);
  assert.ok(tiny.startsWith('<!-- ml-image-guard:key='));
  const summary = renderSummary(report);
  assert.ok(Buffer.byteLength(summary) <= 1_048_576);
  assert.ok(
    visibleText(aboveTheFold(markdownToHtml(summary))).length > visibleText(aboveTheFold(markdownToHtml(comment))).length,
    'the summary opens what the comment collapses',
  );
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
  assert.match(comment, /\| Vulnerabilities ≥ CRITICAL \| 2 \| — \| — \| 0 \| ❌ \|/);
  assert.match(comment, /<details><summary>Vulnerabilities<\/summary>\n\nFound: 2 CRITICAL, 5 HIGH\./);
  assert.match(comment, /\| `CVE-2024-0001` \| CRITICAL \| `openssl` \| `3\.0\.1` \| `3\.0\.2` \|/);
});

test('packages by size: the ten largest with versions and the line that installed them, all of them in the summary, bytes per group', () => {
  const packages = [
    imagePackage('torch', '2.5.1+cu124', 1.6 * GB),
    imagePackage('nvidia-cudnn-cu12', '9.1.0.70', 700 * MB),
    ...Array.from({ length: 11 }, (_, i) => imagePackage(`pkg${i}`, `1.${i}`, (20 - i) * MB, i === 0 ? null : 7)),
  ];
  const base = makeReport();
  const report = evaluated(makeReport({ image: { ...base.image!, analysis: analysisWith(inventory(packages)) } }));
  const comment = renderComment(report, { linkBase: 'https://github.com/acme/models/blob/sha/' });
  assert.match(comment, /<summary>Packages by size<\/summary>\n\n\| Package \| Version \| Size \| Installed by \|/);
  assert.match(comment, /\| `torch` \| `2\.5\.1\+cu124` \| 1\.6 GB \| \[L7\]\[L7\] \|/);
  assert.match(comment, /\| `pkg0` \| `1\.0` \| 20 MB \| base image \|/);
  assert.doesNotMatch(comment, /`pkg8`/, 'ten in the comment');
  assert.match(comment, /3 smaller packages: all of them in the job summary\./);
  assert.match(comment, /torch and friends 1\.6 GB · CUDA libraries 700 MB · no package 3 GB \(`\/opt\/models` 2\.9 GB\)/);
  const summary = renderSummary(report, { linkBase: 'https://github.com/acme/models/blob/sha/' });
  assert.match(summary, /\| `pkg10` \| `1\.10` \| 10 MB \|/);
});

test('fix first: each action says what was found before what to do', () => {
  const statics = finding({
    rule: 'MLG104',
    name: 'devel-artifacts',
    title: 'Static libraries in the final image',
    detail: '179 MB added at line 20.',
    fix: 'Install build tools in a builder stage and copy only the built artifacts into the final stage.',
    line: 20,
    endLine: 20,
  });
  const comment = renderComment(evaluated(makeReport({ findings: [statics] })), { linkBase: null });
  // Failed before: the line was the fix alone, so a reviewer read advice without the problem it solves.
  assert.match(comment, /\n1\. ⚠️ \*\*Static libraries in the final image\*\*: Install build tools in a builder stage/);
});
