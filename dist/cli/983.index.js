export const id = 983;
export const ids = [983];
export const modules = {

/***/ 7983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  COMMENT_MARGIN: () => (/* binding */ COMMENT_MARGIN),
  SUMMARY_LIMIT_BYTES: () => (/* binding */ SUMMARY_LIMIT_BYTES),
  blobLinkBase: () => (/* binding */ blobLinkBase),
  commentMarker: () => (/* binding */ commentMarker),
  renderComment: () => (/* binding */ renderComment),
  renderSummary: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(4529);
// EXTERNAL MODULE: ./src/lint/rule-meta.ts
var rule_meta = __webpack_require__(5721);
;// CONCATENATED MODULE: ./src/report/escape.ts
// Repository text (Dockerfile lines, file and stage names, messages quoting them, layer
// createdBy) is hostile until escaped: it must not inject HTML, break a table or a <details>,
// open a code span, ping people, or link issues. Everything that did not come from us goes
// through these functions before it reaches markdown.
/** Zero-width joiner: breaks GitHub's @mention, #123 and URL autolinking without visible change. */
const ZWJ = '\u200d';
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;', // a pipe would split a table cell, even inside a code span
    '`': '&#96;', // a backtick would open a code span
};
// Control characters, and bidi overrides that make text read differently than it is.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Text for inline markdown (table cells, list items, link text): one line, inert.
 * Longer text is cut to `maxLength` characters (before escaping) with an ellipsis.
 */
function escapeMarkdown(text, maxLength = 300) {
    const oneLine = text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(INVISIBLE, '');
    const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    return cut
        .replace(/@(?=[\w-])/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/:(?=\/\/)/g, `:${ZWJ}`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`)
        .replace(/[&<>"|`]/g, (char) => HTML_ENTITIES[char])
        .replace(/[\\*_[\]~$]/g, '\\$&') // emphasis, links, strikethrough, math
        .replace(/^[#+=-]/, '\\$&') // a heading or a list, where the text opens a line
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
/** Repository text shown as code (instructions, paths), still one line and inert. */
function escapeCode(text, maxLength = 300) {
    return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}
/** Lines shown verbatim (a build's error output): a <pre> block, where markdown is off and entities decode. */
function escapePre(lines, maxLineLength = 300) {
    const body = lines
        .map((line) => line.replace(INVISIBLE, '').replace(/[\r\u2028\u2029]/g, ''))
        .map((line) => (line.length > maxLineLength ? `${line.slice(0, maxLineLength - 1)}…` : line))
        .map((line) => line.replace(/[&<>"]/g, (char) => HTML_ENTITIES[char]).replace(/@(?=[\w-])/g, `@${ZWJ}`))
        .join('\n');
    return `<pre>${body}</pre>`;
}
/** A repository path as a URL path: every segment percent-encoded, slashes kept. */
function encodePath(path) {
    return path
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .map(encodeURIComponent)
        .join('/');
}
/**
 * The comment key inside an HTML comment marker: no `--` or `>` can close the comment, and
 * distinct keys stay distinct (percent-encoding is reversible).
 */
function escapeMarkerKey(key) {
    return encodeURIComponent(key).replace(/%2F/g, '/').replace(/-/g, '%2D');
}

// EXTERNAL MODULE: ./src/lint/data/base-images.ts
var base_images = __webpack_require__(2432);
;// CONCATENATED MODULE: ./src/report/savings.ts
// Publicly reported savings for the "what to do next" hints: ranges, not points, because each
// number is one project's image and yours will differ.

const estimate = (action, reports, extra = '') => ({
    action,
    range: `about ${(0,base_images/* savingRange */.sP)(reports)}${extra} in public reports`,
    sources: reports.map((r) => r.source),
});
// The numbers live in one table (src/lint/data/base-images.ts), shared with the rule messages.
const SAVINGS = {
    'cuda-devel-vs-runtime': estimate('Base the final stage on the CUDA runtime (or base) image and keep the devel image in a builder stage', base_images/* DEVEL_TO_RUNTIME */.oN),
    'torch-cpu-wheels': estimate('Install the CPU-only torch wheels (`--index-url https://download.pytorch.org/whl/cpu`) in an image without a GPU', base_images/* TORCH_CPU_WHEELS */.NI),
    'cuda-runtime-duplicates-torch-wheels': estimate("Base the image on a plain OS image when torch's own nvidia-* wheels bring the CUDA libraries", base_images/* RUNTIME_DUPLICATES_TORCH */.dT, ' of duplicated CUDA libraries'),
    'pip-cache': estimate('Add `--no-cache-dir` to pip install (or a `RUN --mount=type=cache,target=/root/.cache/pip`)', base_images/* PIP_CACHE */.Ff),
};
/** The rules whose fix has a publicly reported saving. */
const RULE_SAVINGS = {
    MLG001: ['cuda-devel-vs-runtime'],
    MLG007: ['pip-cache'],
    MLG014: ['torch-cpu-wheels', 'cuda-runtime-duplicates-torch-wheels'],
    MLG019: ['cuda-runtime-duplicates-torch-wheels'],
};

// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// The PR comment and the job summary: renderings of the report, most important first.
// Pure. Repository text goes through ./escape.js; numbers and our own words do not need to.
// GitHub rejects a comment body over 65,536 characters (422), so sections are cut, least
// important first, until the body fits, and the body says what was cut.





/** GitHub's limit on an issue comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** Kept free below the limit: GitHub counts characters, we count UTF-16 units; the margin covers any doubt. */
const COMMENT_MARGIN = 1_536;
/** GitHub's limit on a step summary, in bytes. */
const SUMMARY_LIMIT_BYTES = 1_048_576;
/** The hidden first line by which the sticky comment for one image is found again. */
function commentMarker(key) {
    return `<!-- ml-image-guard:key=${escapeMarkerKey(key)} -->`;
}
/** `https://github.com/OWNER/REPO/blob/SHA/`, the base of links to files at a commit. */
function blobLinkBase(serverUrl, repository, sha) {
    return `${serverUrl.replace(/\/+$/, '')}/${encodePath(repository)}/blob/${encodeURIComponent(sha)}/`;
}
function renderComment(report, options = {}) {
    const maxChars = options.maxChars ?? COMMENT_LIMIT - COMMENT_MARGIN;
    const header = commentMarker(options.key ?? report.key);
    return fit(header, sections(report, linkBaseFor(report, options)), maxChars, (text) => text.length, 'the 65,536-character limit of a PR comment');
}
/** The job summary: the same content without the marker, within GitHub's 1 MiB. */
function renderSummary(report, options = {}) {
    const maxBytes = options.maxChars ?? SUMMARY_LIMIT_BYTES - 4_096;
    return fit('', sections(report, linkBaseFor(report, options)), maxBytes, (text) => Buffer.byteLength(text), 'the 1 MiB limit of a job summary');
}
function fit(header, all, max, measure, limitName) {
    const kept = all.filter((section) => section.body !== '');
    const cut = [];
    const assemble = () => {
        const note = cut.length > 0 ? `> ✂️ Cut to stay within ${limitName}: ${cut.join(', ')}. The job summary and report.json have everything.` : '';
        return [header, ...kept.map((section) => section.body), note].filter((part) => part !== '').join('\n\n') + '\n';
    };
    let body = assemble();
    while (measure(body) > max) {
        const victim = kept.reduce((worst, section) => (section.cutRank > 0 && (!worst || section.cutRank >= worst.cutRank) ? section : worst), null);
        if (!victim)
            return hardCut(body, max, measure);
        if (victim.shorter !== undefined) {
            kept.splice(kept.indexOf(victim), 1, { ...victim, body: victim.shorter, shorter: undefined });
            cut.unshift(`most ${victim.title}`);
        }
        else {
            kept.splice(kept.indexOf(victim), 1);
            cut.splice(0, cut.length, victim.title, ...cut.filter((title) => title !== `most ${victim.title}`));
        }
        body = assemble();
    }
    return body;
}
/** Last resort when even the uncuttable sections are too long (only hostile input gets here). */
function hardCut(body, max, measure) {
    const ending = '\n\n> ✂️ Truncated to fit the size limit. The job summary and report.json have everything.\n';
    let end = Math.max(0, max - measure(ending));
    while (end > 0 && measure(body.slice(0, end)) > max - measure(ending))
        end -= Math.max(1, Math.floor(end / 100));
    const text = body.slice(0, end);
    return text.slice(0, Math.max(0, text.lastIndexOf('\n'))) + ending;
}
function linkBaseFor(report, options) {
    if (options.linkBase !== undefined)
        return options.linkBase !== null && /^https?:\/\/[^\s<>()"'`]+\/$/.test(options.linkBase) ? options.linkBase : null;
    const { repository, sha } = report.git;
    return repository && sha ? blobLinkBase('https://github.com', repository, sha) : null;
}
function sections(report, linkBase) {
    const links = new Links(linkBase, report.dockerfile);
    return [
        { title: 'verdict', cutRank: 0, body: verdict(report) },
        { title: 'metrics table', cutRank: 0, body: metricsTable(report) },
        { title: 'check reasons', cutRank: 2, body: checkReasons(report) },
        { title: 'skipped stages', cutRank: 1, body: skippedStages(report) },
        { title: 'build error', cutRank: 2, body: buildError(report) },
        { title: 'error findings', cutRank: 3, body: findingsOf(report, 'error', links), shorter: findingsOf(report, 'error', links, 8) },
        { title: 'warning findings', cutRank: 5, body: findingsOf(report, 'warning', links), shorter: findingsOf(report, 'warning', links, 5) },
        { title: 'what to do next', cutRank: 4, body: nextSteps(report) },
        { title: 'largest layers and growth', cutRank: 6, body: markdown_layers(report, links) },
        { title: 'first cache miss', cutRank: 6, body: cacheMiss(report, links) },
        { title: 'info findings', cutRank: 8, body: findingsOf(report, 'info', links) },
        { title: 'fixed findings', cutRank: 8, body: fixedFindings(report) },
        { title: 'vulnerability list', cutRank: 7, body: vulnerabilityList(report) },
        { title: 'build steps', cutRank: 9, body: buildSteps(report, links) },
        { title: 'footer', cutRank: 1, body: footer(report) },
    ];
}
/** Links to Dockerfile lines at the head commit, or plain locations when there is no commit. */
class Links {
    base;
    dockerfile;
    constructor(base, dockerfile) {
        this.base = base;
        this.dockerfile = dockerfile;
    }
    location(file, line, endLine) {
        const label = line && line > 0 ? `${file}:${line}` : file;
        if (!this.base)
            return escapeCode(label, 120);
        const anchor = line && line > 0 ? `#L${line}${endLine && endLine > line ? `-L${endLine}` : ''}` : '';
        return `[${escapeMarkdown(label, 120)}](${this.base}${encodePath(file)}${anchor})`;
    }
    line(line) {
        return line === null ? 'base image' : this.location(this.dockerfile, line);
    }
}
const ICONS = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '➖ skipped' };
const VERDICT_RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
function budget(report, check) {
    return report.budgets.find((result) => result.check === check);
}
function imageName(report) {
    return escapeCode(report.dockerfile, 120) + (report.target ? ` (target ${escapeCode(report.target, 80)})` : '');
}
function failureLabel(result) {
    switch (result.check) {
        case 'size':
            return `${result.metric ?? 'uncompressed'} size ${(0,units/* formatBytes */.z3)(result.actual ?? 0)} over the ${result.limitLabel ?? (0,units/* formatBytes */.z3)(result.limit ?? 0)} budget`;
        case 'build-time':
            return `build time ${(0,units/* formatDuration */.a3)(result.actual ?? 0)} over the ${result.limitLabel ?? (0,units/* formatDuration */.a3)(result.limit ?? 0)} budget`;
        case 'size-regression':
            return `image grew ${(0,units/* formatBytes */.z3)(result.delta ?? 0)}, more than ${result.limitLabel ?? 'allowed'}`;
        case 'time-regression':
            return `build time grew ${(0,units/* formatDuration */.a3)(result.delta ?? 0)}, more than ${result.limitLabel ?? 'allowed'}`;
        case 'vulnerabilities':
            return `${result.actual} vulnerabilit${result.actual === 1 ? 'y' : 'ies'} ${gateWords(result)}`;
        case 'findings':
            return `${result.actual} finding${result.actual === 1 ? '' : 's'} ${gateWords(result)}`;
    }
}
/** `none at HIGH or above` → `at HIGH or above`. */
function gateWords(result) {
    return result.limitLabel?.replace(/^none /, '') ?? 'over the gate';
}
function verdict(report) {
    const name = imageName(report);
    if (report.build?.status === 'failed')
        return `### ❌ ml-image-guard: the build of ${name} failed`;
    const failing = report.budgets.filter((result) => result.status === 'fail' && result.gating);
    const warning = report.budgets.filter((result) => result.status === 'warn' || (result.status === 'fail' && !result.gating));
    if (!report.passed || failing.length > 0) {
        const why = failing.length > 0 ? `: ${failing.map(failureLabel).join('; ')}` : '';
        return `### ❌ ml-image-guard: ${name} fails its gates${why}`;
    }
    if (warning.length > 0)
        return `### ⚠️ ml-image-guard: ${name} passes, with warnings: ${warning.map(failureLabel).join('; ')}`;
    return `### ✅ ml-image-guard: ${name} passes its gates`;
}
function worst(results) {
    const present = results.filter((result) => result !== undefined);
    if (present.length === 0)
        return '—';
    const top = present.reduce((a, b) => (VERDICT_RANK[b.status] > VERDICT_RANK[a.status] ? b : a));
    return ICONS[top.status];
}
function change(actual, baseline, format, deltaFormat = format) {
    if (baseline === null)
        return '—';
    if (actual === null)
        return format(baseline);
    const delta = actual - baseline;
    const percent = baseline > 0 ? ` (${delta >= 0 ? '+' : ''}${Math.round((delta / baseline) * 1000) / 10}%)` : '';
    return `${format(baseline)} · ${delta >= 0 ? '+' : ''}${deltaFormat(delta)}${percent}`;
}
function metricsTable(report) {
    const size = budget(report, 'size');
    const sizeGrowth = budget(report, 'size-regression');
    const metric = size?.metric ?? sizeGrowth?.metric ?? 'uncompressed';
    const comparison = report.comparison;
    const bytes = (value) => (0,units/* formatBytes */.z3)(value, { both: true });
    const growthLimit = sizeGrowth?.limitLabel && sizeGrowth.status !== 'skipped' ? `growth ≤ ${sizeGrowth.limitLabel}` : '';
    const sizeBudget = (row) => row === metric
        ? [size?.limitLabel && size.status !== 'skipped' ? `≤ ${size.limitLabel}` : '', growthLimit].filter(Boolean).join(' · ') || '—'
        : 'reported only';
    const sizeStatus = (row) => (row === metric ? worst([size, sizeGrowth]) : '—');
    const image = report.image;
    const rows = [
        [
            'Image size (uncompressed, as `docker image ls`)',
            image?.size != null ? bytes(image.size) : 'n/a',
            change(image?.size ?? null, comparison?.size.baseline ?? null, bytes, units/* formatBytes */.z3),
            sizeBudget('uncompressed'),
            sizeStatus('uncompressed'),
        ],
        [
            'Compressed size (pushed/pulled)',
            image?.compressedSize != null ? bytes(image.compressedSize) : 'n/a',
            change(image?.compressedSize ?? null, comparison?.compressedSize.baseline ?? null, bytes, units/* formatBytes */.z3),
            sizeBudget('compressed'),
            sizeStatus('compressed'),
        ],
    ];
    const time = budget(report, 'build-time');
    const timeGrowth = budget(report, 'time-regression');
    const build = report.build;
    rows.push([
        'Build time',
        build?.seconds != null ? (0,units/* formatDuration */.a3)(build.seconds) : 'n/a',
        change(build?.seconds ?? null, comparison?.buildSeconds.baseline ?? null, units/* formatDuration */.a3),
        [
            time?.limitLabel && time.status !== 'skipped' ? `≤ ${time.limitLabel}` : '',
            timeGrowth?.limitLabel && timeGrowth.status !== 'skipped' ? `growth ≤ ${timeGrowth.limitLabel}` : '',
        ]
            .filter(Boolean)
            .join(' · ') || '—',
        worst([time, timeGrowth]),
    ]);
    if (build && build.totalSteps > 0) {
        const ratio = Math.round((build.cacheHits / build.totalSteps) * 100);
        rows.push(['Cache hits', `${build.cacheHits} of ${build.totalSteps} steps (${ratio}%)`, '—', '—', '—']);
    }
    const vulns = budget(report, 'vulnerabilities');
    if (vulns) {
        const gate = vulns.limitLabel?.replace(/^none at (\w+) or above$/, '≥ $1') ?? '';
        const news = comparison ? `${comparison.newVulnerabilities.length} new · ${comparison.fixedVulnerabilities.length} fixed` : '—';
        rows.push([
            `Vulnerabilities ${gate}`.trim(),
            vulns.actual === null ? 'n/a' : String(vulns.actual),
            news,
            vulns.status === 'skipped' ? '—' : '0',
            worst([vulns]),
        ]);
    }
    const findings = budget(report, 'findings');
    if (findings) {
        const gate = findings.limitLabel?.replace(/^none at (\w+) or above$/, '≥ $1') ?? '';
        const news = comparison ? `${comparison.newFindings.length} new · ${comparison.fixedFindings.length} fixed` : '—';
        rows.push([
            `Findings ${gate}`.trim(),
            findings.actual === null ? 'n/a' : String(findings.actual),
            news,
            findings.status === 'skipped' ? '—' : '0',
            worst([findings]),
        ]);
    }
    return table(['Metric', 'This PR', 'Base', 'Budget', 'Status'], rows);
}
function table(head, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
function checkReasons(report) {
    const notable = report.budgets.filter((result) => result.status === 'fail' || result.status === 'warn');
    if (notable.length === 0)
        return '';
    return notable
        .map((result) => `- ${ICONS[result.status]} **${result.check}**${result.gating ? '' : ' (not gating)'}: ${escapeMarkdown(result.reason ?? '')}`)
        .join('\n');
}
function skippedStages(report) {
    const said = new Set();
    const add = (text) => {
        if (text)
            said.add(text);
    };
    report.notes.forEach(add);
    if (report.build && report.build.status !== 'ok')
        add(`Build ${report.build.status}${report.build.reason ? `: ${report.build.reason}` : ''}`);
    if (report.image && report.image.status !== 'ok')
        add(`Image inspection ${report.image.status}${report.image.reason ? `: ${report.image.reason}` : ''}`);
    const analysis = report.image?.analysis;
    if (analysis && analysis.status !== 'ok')
        add(`Layer analysis ${analysis.status}${analysis.reason ? `: ${analysis.reason}` : ''}`);
    if (report.scan && report.scan.status !== 'ok')
        add(`Vulnerability scan ${report.scan.status}${report.scan.reason ? `: ${report.scan.reason}` : ''}`);
    if (!report.baseline)
        add(report.baselineReason ?? 'No baseline report to compare with: budgets only.');
    if (said.size === 0)
        return '';
    return ['**Not run or incomplete**', ...[...said].slice(0, 20).map((text) => `- ${escapeMarkdown(text)}`)].join('\n');
}
function buildError(report) {
    const tail = report.build?.status === 'failed' ? report.build.errorTail : undefined;
    if (!tail || tail.length === 0)
        return '';
    return `<details open><summary>Build error (last ${Math.min(tail.length, 30)} lines)</summary>\n\n${escapePre(tail.slice(-30))}\n\n</details>`;
}
const SEVERITY_TITLES = { error: '❌ Errors', warning: '⚠️ Warnings', info: 'ℹ️ Info' };
const FINDINGS_PER_SEVERITY = 40;
function findingKey(finding) {
    return `${finding.rule}\u0000${finding.file}\u0000${finding.message}`;
}
function findingsOf(report, severity, links, shown = FINDINGS_PER_SEVERITY) {
    const active = report.findings.filter((finding) => !finding.suppressed && finding.severity === severity);
    const suppressed = report.findings.filter((finding) => finding.suppressed && finding.severity === severity).length;
    if (active.length === 0 && suppressed === 0)
        return '';
    const fresh = new Set((report.comparison?.newFindings ?? []).map(findingKey));
    const items = active.slice(0, shown).map((finding) => {
        const rule = /^MLG\d{3}$/.test(finding.rule) ? `[${finding.rule}](${(0,rule_meta/* docsUrl */.f)(finding.rule)})` : escapeMarkdown(finding.rule, 20);
        const isNew = report.comparison && fresh.has(findingKey(finding)) ? ' 🆕' : '';
        const cost = finding.bytes ? ` (${(0,units/* formatBytes */.z3)(finding.bytes)})` : '';
        return `- ${rule} ${escapeMarkdown(finding.name, 60)}: ${escapeMarkdown(finding.message)}${cost} — ${links.location(finding.file, finding.line, finding.endLine)}${isNew}`;
    });
    if (active.length > shown)
        items.push(`- … and ${active.length - shown} more in report.json`);
    const title = `${SEVERITY_TITLES[severity]} (${active.length}${suppressed ? `, ${suppressed} suppressed` : ''})`;
    if (severity === 'info')
        return `<details><summary>${title}</summary>\n\n${items.join('\n')}\n\n</details>`;
    return [`**${title}**`, ...items].join('\n');
}
function fixedFindings(report) {
    const fixed = report.comparison?.fixedFindings ?? [];
    if (fixed.length === 0)
        return '';
    const items = fixed
        .slice(0, 30)
        .map((finding) => `- ${escapeMarkdown(finding.rule, 20)} ${escapeMarkdown(finding.name, 60)}: ${escapeMarkdown(finding.message, 200)}`);
    return `<details><summary>🎉 Fixed by this change (${fixed.length})</summary>\n\n${items.join('\n')}\n\n</details>`;
}
function nextSteps(report) {
    const active = report.findings.filter((finding) => !finding.suppressed);
    const items = [];
    const topics = new Map();
    for (const finding of active) {
        for (const topic of RULE_SAVINGS[finding.rule] ?? []) {
            const rules = topics.get(topic) ?? [];
            if (!rules.includes(finding.rule))
                rules.push(finding.rule);
            topics.set(topic, rules);
        }
    }
    for (const [topic, rules] of topics) {
        const saving = SAVINGS[topic];
        const measured = active.filter((finding) => rules.includes(finding.rule)).reduce((sum, finding) => sum + (finding.bytes ?? 0), 0);
        const here = measured > 0 ? ` Measured in this image: ${(0,units/* formatBytes */.z3)(measured)}.` : '';
        const sources = saving.sources.map((url, index) => `[${index + 1}](${url})`).join(' ');
        items.push(`- **${saving.action}** (${rules.join(', ')}): saves ${saving.range} (${sources}).${here}`);
    }
    const measuredRules = new Map();
    for (const finding of active) {
        if (!finding.bytes || RULE_SAVINGS[finding.rule])
            continue;
        const entry = measuredRules.get(finding.rule) ?? { name: finding.name, bytes: 0 };
        entry.bytes += finding.bytes;
        measuredRules.set(finding.rule, entry);
    }
    for (const [rule, entry] of [...measuredRules].sort((a, b) => b[1].bytes - a[1].bytes)) {
        // Image rules measure bytes in the layers; Dockerfile rules (MLG003, MLG006) in the build context.
        const where = rule.startsWith('MLG1') ? 'in this image' : 'in the build context';
        items.push(`- Fix ${escapeMarkdown(rule, 20)} ${escapeMarkdown(entry.name, 60)}: ${(0,units/* formatBytes */.z3)(entry.bytes)} ${where}.`);
    }
    const size = budget(report, 'size');
    if (size && (size.status === 'fail' || size.status === 'warn') && size.actual !== null && size.limit !== null) {
        items.unshift(`- The image needs ${(0,units/* formatBytes */.z3)(size.actual - size.limit)} less to fit its ${(0,units/* formatBytes */.z3)(size.limit)} budget; the largest layers below are the levers.`);
    }
    const firstMiss = report.build?.firstMiss;
    if (firstMiss && report.build && report.build.totalSteps > 0 && report.build.cacheHits === 0) {
        items.push('- No step came from the cache: check that `cache-ref` points at a registry the job can read and write.');
    }
    if (items.length === 0)
        return '';
    return ['#### What to do next', ...items].join('\n');
}
function markdown_layers(report, links) {
    const parts = [];
    const all = report.image?.layers ?? [];
    const largest = [...all]
        .filter((layer) => layer.size > 0)
        .sort((a, b) => b.size - a.size)
        .slice(0, 5);
    if (largest.length > 0) {
        parts.push('#### Largest layers');
        parts.push(table(['Size', 'Line', 'Instruction'], largest.map((layer) => [(0,units/* formatBytes */.z3)(layer.size), links.line(layer.line), escapeCode(layer.createdBy, 160)])));
    }
    const grown = [...(report.comparison?.grownInstructions ?? [])].filter((entry) => entry.delta > 0).sort((a, b) => b.delta - a.delta);
    if (grown.length > 0) {
        parts.push('#### What grew against the base');
        parts.push(table(['Line', 'Instruction', 'Base', 'This PR', 'Change'], grown
            .slice(0, 10)
            .map((entry) => [
            links.line(entry.line),
            escapeCode(entry.createdBy, 160),
            (0,units/* formatBytes */.z3)(entry.before),
            (0,units/* formatBytes */.z3)(entry.after),
            `+${(0,units/* formatBytes */.z3)(entry.delta)}`,
        ])));
        if (grown.length > 10)
            parts.push(`… and ${grown.length - 10} more in report.json`);
    }
    return parts.join('\n\n');
}
function cacheMiss(report, links) {
    const build = report.build;
    if (!build || build.status !== 'ok' || build.totalSteps === 0)
        return '';
    if (!build.firstMiss)
        return `**Cache:** all ${build.totalSteps} steps came from the cache.`;
    const where = build.firstMiss.line !== null ? ` at ${links.line(build.firstMiss.line)}` : '';
    return `**First cache miss:** ${escapeCode(build.firstMiss.name, 160)}${where}; it and the steps after it ran again (${build.cacheHits} of ${build.totalSteps} steps cached).`;
}
function vulnerabilityList(report) {
    const scan = report.scan;
    if (!scan || scan.status !== 'ok' || scan.top.length === 0)
        return '';
    const rows = scan.top
        .slice(0, 25)
        .map((vuln) => [
        escapeMarkdown(vuln.id, 40),
        vuln.severity,
        escapeCode(vuln.pkg, 80),
        escapeMarkdown(vuln.installed, 60),
        vuln.fixed ? escapeMarkdown(vuln.fixed, 60) : 'no fix yet',
    ]);
    const counts = types/* VULN_SEVERITIES */.aw.map((severity) => `${scan.counts[severity]} ${severity}`).join(', ');
    return `<details><summary>Vulnerabilities (${counts})</summary>\n\n${table(['ID', 'Severity', 'Package', 'Installed', 'Fixed in'], rows)}\n\n</details>`;
}
function buildSteps(report, links) {
    const steps = report.build?.steps ?? [];
    if (steps.length === 0)
        return '';
    const slowest = [...steps].sort((a, b) => b.seconds - a.seconds).slice(0, 15);
    const rows = slowest.map((step) => [
        (0,units/* formatDuration */.a3)(step.seconds),
        step.cached ? 'cached' : 'ran',
        step.line === null ? '—' : links.line(step.line),
        escapeCode(step.name, 160),
    ]);
    return `<details><summary>Slowest build steps</summary>\n\n${table(['Time', 'Cache', 'Line', 'Step'], rows)}\n\n</details>`;
}
function footer(report) {
    const base = report.baseline
        ? ` · compared with ${escapeCode(report.baseline.branch ?? report.baseline.ref, 120)}${report.baseline.commit ? ` at ${escapeCode(report.baseline.commit.slice(0, 12), 12)}` : ''}`
        : '';
    const checks = report.budgets
        .filter((result) => result.status === 'skipped')
        .map((result) => `${result.check}: ${escapeMarkdown(result.reason ?? 'skipped', 160)}`);
    const skippedLine = checks.length > 0 ? `\n<sub>Skipped checks: ${checks.join(' · ')}</sub>` : '';
    return `<sub>ml-image-guard ${escapeMarkdown(report.tool.version, 20)}${base} · GB = 10^9 bytes, GiB = 2^30</sub>${skippedLine}`;
}


/***/ })

};
