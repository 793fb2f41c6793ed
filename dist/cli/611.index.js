export const id = 611;
export const ids = [611];
export const modules = {

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   R5: () => (/* binding */ escapeMarkerKey),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   j2: () => (/* binding */ escapePre),
/* harmony export */   ml: () => (/* binding */ shorten)
/* harmony export */ });
/* unused harmony export QUOTE_MAX_CHARS */
// Repository text (Dockerfile lines, file and stage names, quotes in findings, layer
// createdBy) is hostile until escaped: it must not inject HTML, break a table or a <details>,
// open a code span, ping people, or link issues. Everything that did not come from us goes
// through these functions before it reaches markdown.
//
// Text a reader copies (image references, digests, paths, commands) goes into code spans: GitHub
// neither links nor mentions inside them, so the characters stay exactly as written.
/** Zero-width joiner: breaks GitHub's @mention, #123 and URL autolinking in prose without visible change. */
const ZWJ = '\u200d';
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
};
// Control characters, and bidi overrides that make text read differently than it is.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/** Repository text is bounded before it reaches markdown; longer text ends at a word boundary. */
const QUOTE_MAX_CHARS = 300;
/** One line, no control or bidi characters. */
function oneLine(text) {
    return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(INVISIBLE, '');
}
/**
 * At most about `maxLength` characters, ending at a word boundary with ` …`; one word longer than
 * the whole budget is the only thing ever cut inside, since there is no boundary to end at.
 */
function shorten(text, maxLength = QUOTE_MAX_CHARS) {
    if (text.length <= maxLength)
        return text;
    const window = text.slice(0, maxLength + 1);
    const boundary = window.search(/\s+\S*$/);
    const end = boundary > maxLength / 2 ? boundary : maxLength;
    return `${text.slice(0, end).trimEnd()} …`;
}
/** Repository text as inline prose (a table cell, a list item): one line, inert, at a word boundary when long. */
function escapeMarkdown(text, maxLength = QUOTE_MAX_CHARS) {
    return shorten(oneLine(text), maxLength)
        .replace(/(^|[^\w.+-])@(?=[\w-])/g, `$1@${ZWJ}`) // a mention starts a word: `image:1@sha256` stays whole
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/:(?=\/\/)/g, `:${ZWJ}`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`)
        .replace(/[&<>"]/g, (char) => HTML_ENTITIES[char])
        .replace(/[\\`*_[\]~$|]/g, '\\$&') // code, emphasis, links, strikethrough, math, table cells
        .replace(/^[#+=-]/, '\\$&') // a heading or a list, where the text opens a line
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
/**
 * Repository text as a code span: one line, copyable as written. The fence is longer than any
 * run of backticks inside; in a table cell (`cell`), pipes are escaped as GFM tables require
 * (the table, not the code span, removes the backslash).
 */
function code(text, options = {}) {
    let content = shorten(oneLine(text), options.maxLength ?? QUOTE_MAX_CHARS);
    if (content.trim() === '')
        return '—';
    if (options.cell)
        content = content.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** Lines shown verbatim (a build's error output): a <pre> block, where markdown is off and entities decode. */
function escapePre(lines, maxLineLength = QUOTE_MAX_CHARS) {
    const body = lines
        .map((line) => line.replace(INVISIBLE, '').replace(/[\r\u2028\u2029]/g, ''))
        .map((line) => shorten(line, maxLineLength))
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


/***/ }),

/***/ 1611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  COMMENT_MARGIN: () => (/* binding */ COMMENT_MARGIN),
  DEFAULT_MINIMUM_CHANGE: () => (/* binding */ DEFAULT_MINIMUM_CHANGE),
  SUMMARY_LIMIT_BYTES: () => (/* binding */ SUMMARY_LIMIT_BYTES),
  blobLinkBase: () => (/* binding */ blobLinkBase),
  commentMarker: () => (/* binding */ commentMarker),
  mixedText: () => (/* binding */ mixedText),
  renderComment: () => (/* binding */ renderComment),
  renderSummary: () => (/* binding */ renderSummary),
  ruleDocsUrl: () => (/* binding */ ruleDocsUrl)
});

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(4529);
// EXTERNAL MODULE: ./src/lint/rule-meta.ts
var rule_meta = __webpack_require__(5721);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/report/finding-text.ts
var finding_text = __webpack_require__(11);
;// CONCATENATED MODULE: ./src/report/savings.ts
// What fixing a finding would save, as a rendering states it: what this image's layer walk
// measured when there is one, else the range public reports give (a fallback, labelled so).
// A public figure is never promised where the walk looked and found nothing to save. Pure.

/**
 * The image rule that measures, in the built image, what a Dockerfile rule predicts: its finding
 * on the same instruction carries the bytes.
 */
const MEASURED_BY = {
    MLG001: 'MLG104', // devel base: headers, static libraries, compilers
    MLG002: 'MLG104', // build tools in the final stage
    MLG003: 'MLG101', // weights copied in
    MLG004: 'MLG101', // weights downloaded at build
    MLG007: 'MLG102', // pip/uv/conda cache
    MLG011: 'MLG102', // apt lists
};
function walked(report) {
    return report.image?.status === 'ok' && report.image.analysis?.status === 'ok';
}
function savingOf(finding, report) {
    if (finding.saving?.basis === 'measured')
        return measured(finding.saving.bytes);
    if (finding.rule.startsWith('MLG1') && finding.bytes)
        return measured(finding.bytes);
    const counterpart = MEASURED_BY[finding.rule];
    if (counterpart && walked(report)) {
        const found = report.findings.filter((other) => other.rule === counterpart && other.line === finding.line && other.line > 0);
        const bytes = found.reduce((sum, other) => sum + (other.bytes ?? 0), 0);
        // The walk looked at this instruction's layer: its figure replaces any public one, and none means none.
        return bytes > 0 ? measured(bytes) : null;
    }
    if (finding.saving?.basis === 'public-reports') {
        const { bytes, maxBytes, sources = [] } = finding.saving;
        const amount = maxBytes && maxBytes > bytes ? `${(0,units/* formatBytes */.z3)(bytes)}–${(0,units/* formatBytes */.z3)(maxBytes)}` : (0,units/* formatBytes */.z3)(bytes);
        return { bytes, basis: 'public-reports', amount, sources };
    }
    return null;
}
function measured(bytes) {
    return { bytes, basis: 'measured', amount: (0,units/* formatBytes */.z3)(bytes), sources: [] };
}

// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
// EXTERNAL MODULE: ./src/util/image-ref.ts
var image_ref = __webpack_require__(8953);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// The PR comment and the job summary: one renderer, two rooms. The comment answers a reviewer's
// questions in order (the verdict and why; the numbers against budget and base; what changed;
// what to fix first) and collapses everything else; the summary (1 MiB) opens what the comment
// collapses and shows every finding in full. Pure.
//
// Our words are markdown; repository text only ever enters through ./escape.js (quotes as code
// spans). Nothing is cut inside a word: to fit GitHub's 65,536 characters, whole sections are
// shortened or dropped, least important first, and the body says what was dropped.







/** GitHub's limit on an issue comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** Kept free below the limit: GitHub counts characters, we count UTF-16 units; the margin covers any doubt. */
const COMMENT_MARGIN = 1_536;
/** GitHub's limit on a step summary, in bytes. */
const SUMMARY_LIMIT_BYTES = 1_048_576;
const DEFAULT_MINIMUM_CHANGE = { bytes: 1_000_000, seconds: 10 };
/** The hidden first line by which the sticky comment for one image is found again. */
function commentMarker(key) {
    return `<!-- ml-image-guard:key=${(0,report_escape/* escapeMarkerKey */.R5)(key)} -->`;
}
/** `https://github.com/OWNER/REPO/blob/SHA/`, the base of links to files at a commit. */
function blobLinkBase(serverUrl, repository, sha) {
    return `${serverUrl.replace(/\/+$/, '')}/${(0,report_escape/* encodePath */.O0)(repository)}/blob/${encodeURIComponent(sha)}/`;
}
const PROJECT_URL = rule_meta/* DOCS_BASE */.M.replace(/\/blob\/main\/docs\/rules$/, '');
/** The rule's documentation page at a tag or commit of this project. */
function ruleDocsUrl(rule, ref) {
    return `${PROJECT_URL}/blob/${(0,report_escape/* encodePath */.O0)(ref)}/docs/rules/${encodeURIComponent(rule)}.md`;
}
function renderComment(report, options = {}) {
    const maxChars = options.maxChars ?? COMMENT_LIMIT - COMMENT_MARGIN;
    const header = commentMarker(options.key ?? report.key);
    return fit(header, view(report, options, 'comment'), maxChars, (text) => text.length, 'the 65,536 characters of a PR comment');
}
/** The job summary: the same sections with what the comment collapses opened, within GitHub's 1 MiB. */
function renderSummary(report, options = {}) {
    const maxBytes = options.maxChars ?? SUMMARY_LIMIT_BYTES - 4_096;
    return fit('', view(report, options, 'summary'), maxBytes, (text) => Buffer.byteLength(text), 'the 1 MiB of a job summary');
}
function fit(header, v, max, measure, limitName) {
    const kept = sections(v).filter((section) => section.body !== '');
    const cut = [];
    const assemble = () => {
        const note = cut.length > 0 ? `<sub>✂️ Left out to stay within ${limitName}: ${cut.join(', ')}. report.json has everything.</sub>` : '';
        const text = [header, ...kept.map((section) => section.body), note].filter((part) => part !== '').join('\n\n');
        // The link definitions of what is kept, last: a dropped section takes its links with it.
        const definitions = v.links.definitionsFor(text);
        return `${text}\n${definitions ? `\n${definitions}\n` : ''}`;
    };
    let body = assemble();
    while (measure(body) > max) {
        const victim = kept.reduce((worst, section) => (section.cutRank > 0 && (!worst || section.cutRank >= worst.cutRank) ? section : worst), null);
        if (!victim)
            return hardCut(body, max, measure);
        if (victim.shorter !== undefined) {
            kept.splice(kept.indexOf(victim), 1, { ...victim, body: victim.shorter, shorter: undefined });
            cut.push(`part of ${victim.title}`);
        }
        else {
            kept.splice(kept.indexOf(victim), 1);
            const partly = cut.indexOf(`part of ${victim.title}`);
            if (partly >= 0)
                cut.splice(partly, 1);
            cut.push(victim.title);
        }
        body = assemble();
    }
    return body;
}
/** Last resort when even the sections that are never dropped are too long (only hostile input gets here): whole lines go. */
function hardCut(body, max, measure) {
    const ending = '\n\n<sub>✂️ Shortened to fit the size limit. report.json has everything.</sub>\n';
    const lines = body.split('\n');
    while (lines.length > 1 && measure(lines.join('\n')) > max - measure(ending))
        lines.pop();
    return lines.join('\n') + ending;
}
function view(report, options, room) {
    const ref = options.docsRef && /^[\w.\-/]{1,100}$/.test(options.docsRef) ? options.docsRef : `v${report.tool.version}`;
    return {
        report,
        room,
        links: new Links(linkBaseFor(report, options), report.dockerfile, ref),
        docsRef: ref,
        minimum: options.minimumChange ?? DEFAULT_MINIMUM_CHANGE,
        active: report.findings.filter((finding) => !finding.suppressed),
        fresh: new Set((report.comparison?.newFindings ?? []).map((finding) => (0,finding_text/* findingKey */.fl)(finding))),
    };
}
function linkBaseFor(report, options) {
    if (options.linkBase !== undefined)
        return options.linkBase !== null && /^https?:\/\/[^\s<>()"'`]+\/$/.test(options.linkBase) ? options.linkBase : null;
    const { repository, sha } = report.git;
    return repository && sha ? blobLinkBase('https://github.com', repository, sha) : null;
}
/**
 * Links to lines at the head commit (plain locations when there is no commit) and to rule docs, as
 * reference links: each URL is written once, in the definitions at the end of the body, however
 * many tables point at the same line. That keeps the body short without dropping a link.
 */
class Links {
    base;
    dockerfile;
    docsRef;
    definitions = new Map();
    constructor(base, dockerfile, docsRef) {
        this.base = base;
        this.dockerfile = dockerfile;
        this.docsRef = docsRef;
    }
    /** `L12` for the Dockerfile, `requirements.txt:3` for another file, linked to the instruction's lines. */
    at(file, line, endLine) {
        const onDockerfile = file === this.dockerfile;
        const hasLine = line !== null && line > 0;
        if (!hasLine && onDockerfile)
            return '—';
        const text = onDockerfile ? `L${line}` : hasLine ? `${file}:${line}` : file;
        if (!this.base)
            return onDockerfile ? text : (0,report_escape/* code */.aY)(text, { cell: true, maxLength: 80 });
        const range = hasLine ? `L${line}${endLine && endLine > line ? `-L${endLine}` : ''}` : '';
        const url = `${this.base}${(0,report_escape/* encodePath */.O0)(file)}${range ? `#${range}` : ''}`;
        const label = onDockerfile ? range : this.labelFor(url);
        return `[${onDockerfile ? text : (0,report_escape/* escapeMarkdown */.FV)(text, 80)}]${this.define(label, url)}`;
    }
    line(line, endLine) {
        return this.at(this.dockerfile, line, endLine);
    }
    rule(rule) {
        if (!/^MLG\d{3}$/.test(rule))
            return (0,report_escape/* escapeMarkdown */.FV)(rule, 20);
        return `[${rule}]${this.define(rule, ruleDocsUrl(rule, this.docsRef))}`;
    }
    /** The definitions of the links `text` uses, one line each: invisible when rendered. */
    definitionsFor(text) {
        const used = new Set([...text.matchAll(/\]\[([^\]\n]+)\]/g)].map((match) => match[1]));
        return [...this.definitions]
            .filter(([label]) => used.has(label))
            .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })) // the same body whatever order the sections used them in
            .map(([label, url]) => `[${label}]: ${url}`)
            .join('\n');
    }
    define(label, url) {
        this.definitions.set(label, url);
        return `[${label}]`;
    }
    labelFor(url) {
        const known = [...this.definitions].find(([, known]) => known === url);
        return known ? known[0] : `file-${this.definitions.size + 1}`;
    }
}
// ---- Words for findings ----
/** Text that mixes our words and repository text (notes, legacy messages): `…` pairs become code spans, the rest is escaped. */
function mixedText(text, options = {}) {
    const parts = (0,report_escape/* shorten */.ml)(text, 600).split('`');
    if (parts.length % 2 === 0)
        return (0,report_escape/* escapeMarkdown */.FV)(text, 600); // unbalanced: nothing is code
    return parts.map((part, i) => (i % 2 === 1 ? (0,report_escape/* code */.aY)(part, { cell: options.cell }) : (0,report_escape/* escapeMarkdown */.FV)(part, 600))).join('');
}
/** Our markdown with the quotes filled in as code spans. */
function ours(text, finding, cell = false) {
    return (0,finding_text/* fillQuotes */.Pv)(text, finding.quotes, (quote) => (0,report_escape/* code */.aY)(quote, { cell }));
}
function titleOf(finding, cell = false) {
    return ours(finding.title, finding, cell);
}
/**
 * What a one-line place shows: the title, or the first sentence of a legacy finding's own message
 * (its title is only the rule's description); the summary and report.json keep the whole message.
 */
function headlineOf(finding, cell = false) {
    if (!(0,finding_text/* isLegacyFinding */.XU)(finding))
        return titleOf(finding, cell);
    const message = finding.quotes[0];
    const sentence = /^.+?[.!?](?=\s+[A-Z(`])/.exec(message)?.[0] ?? message;
    return mixedText(sentence, { cell });
}
function detailOf(finding, cell = false) {
    return (0,finding_text/* isLegacyFinding */.XU)(finding) ? mixedText(finding.quotes[0], { cell }) : ours(finding.detail, finding, cell);
}
function fixOf(finding, cell = false) {
    return (0,finding_text/* isLegacyFinding */.XU)(finding) ? '' : ours(finding.fix, finding, cell);
}
function ruleLink(rule, v) {
    return v.links.rule(rule);
}
function savingText(saving) {
    if (!saving)
        return '';
    if (saving.basis === 'measured')
        return saving.amount;
    const source = saving.sources[0] ? `[public reports](${saving.sources[0]})` : 'public reports';
    return `${saving.amount} in ${source}`;
}
/** Image findings of the base image's layers (before the image rules set `origin`, those are the ones with no line). */
const fromBaseImage = (finding) => finding.origin === 'base-image' || (finding.origin === undefined && /^MLG1\d\d$/.test(finding.rule) && finding.line === 0);
/** A layer the Dockerfile did not make: the base image's, or one no instruction matched. */
const isBaseLayer = (layer) => layer !== undefined && (layer.fromBase || layer.line === null);
// ---- Sections ----
function sections(v) {
    const compact = isUnchanged(v);
    const collapsed = (title, cutRank, body, shorter) => ({
        title,
        cutRank,
        body: details(title, body, v),
        ...(shorter !== undefined ? { shorter: details(title, shorter, v) } : {}),
    });
    const report = v.report;
    const all = [
        { title: 'verdict', cutRank: 0, body: heading(v) },
        { title: 'numbers', cutRank: 0, body: compact ? compactLine(v) : budgetTable(v) },
        { title: 'build time note', cutRank: 2, body: phaseNote(v) },
        { title: 'build error', cutRank: 2, body: buildError(report) },
        { title: 'what changed', cutRank: 3, body: compact ? '' : whatChanged(v) },
        { title: 'fix first', cutRank: 2, body: compact ? '' : fixFirst(v) },
        collapsed(findingsTitle(v), 5, findingsTable(v), findingsTable(v, 15)),
        { title: 'findings in full', cutRank: 9, body: v.room === 'summary' ? findingsInFull(v) : '' },
        collapsed('Fixed by this change', 8, fixedFindings(v)),
        collapsed('Build steps', 6, buildSteps(v)),
        collapsed('Layers', 6, layersTable(v)),
        collapsed('Largest files', 7, largestFiles(v)),
        collapsed('Packages by size', 7, packagesTable(v)),
        collapsed('Vulnerabilities', 6, vulnerabilityList(v)),
        collapsed('Not measured, and why', 4, skippedNotes(v)),
        { title: 'footer', cutRank: 1, body: footer(v) },
    ];
    return all;
}
/** A collapsed section in the comment, an open one in the summary. */
function details(title, body, v) {
    if (body === '')
        return '';
    return `<details${v.room === 'summary' ? ' open' : ''}><summary>${title}</summary>\n\n${body}\n\n</details>`;
}
function table(head, rows, align) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const rule = head.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
    return [line(head), line(rule), ...rows.map(line)].join('\n');
}
// ---- Heading: the verdict and the one reason that decides it ----
const STATUS = { pass: '✅', fail: '❌', warn: '⚠️', skipped: '➖' };
const CHECK_ORDER = ['size', 'size-regression', 'build-time', 'time-regression', 'vulnerabilities', 'findings'];
function budget(report, check) {
    return report.budgets.find((result) => result.check === check);
}
function byImportance(results) {
    return [...results].sort((a, b) => CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check));
}
/** `none at warning or above` → `warning`. */
function gateLevel(result) {
    return /at (\w+) or above/.exec(result?.limitLabel ?? '')?.[1] ?? null;
}
function failureLabel(result, report) {
    switch (result.check) {
        case 'size':
            return `the image is ${(0,units/* formatBytes */.z3)(result.actual ?? 0)} ${result.metric === 'compressed' ? 'compressed' : 'unpacked'}, over its ${result.limitLabel ?? (0,units/* formatBytes */.z3)(result.limit ?? 0)} budget`;
        case 'build-time':
            return `the build took ${(0,units/* formatDuration */.a3)(result.actual ?? 0)}, over its ${result.limitLabel ?? (0,units/* formatDuration */.a3)(result.limit ?? 0)} budget`;
        case 'size-regression': {
            const base = result.baseline ?? 0;
            const percent = base > 0 ? ` (${signedPercent((result.delta ?? 0) / base)})` : '';
            return `the image grew ${signedBytes(result.delta ?? 0)}${percent}, more than the ${result.limitLabel ?? 'allowed'} allowed`;
        }
        case 'time-regression':
            return `the build got ${(0,units/* formatDuration */.a3)(result.delta ?? 0)} slower, more than the ${result.limitLabel ?? 'allowed'} allowed`;
        case 'vulnerabilities': {
            const fresh = report.comparison ? `, ${report.comparison.newVulnerabilities.length} new` : '';
            return `${plural(result.actual ?? 0, 'vulnerability', 'vulnerabilities')} at ${gateLevel(result) ?? 'the gate'} or above${fresh}`;
        }
        case 'findings': {
            const level = gateLevel(result);
            const gated = new Set(level ? types/* SEVERITIES */.oC.slice(0, types/* SEVERITIES */.oC.indexOf(level) + 1) : types/* SEVERITIES */.oC);
            const rules = [...new Set(report.findings.filter((f) => !f.suppressed && gated.has(f.severity)).map((f) => f.rule))];
            const named = rules.length > 0 && rules.length <= 4 ? ` (${rules.join(', ')})` : '';
            return `${plural(result.actual ?? 0, 'finding')} at ${level ?? 'the gate'} or above${named}`;
        }
    }
}
function heading(v) {
    const report = v.report;
    const name = (0,report_escape/* code */.aY)(report.dockerfile, { maxLength: 120 }) + (report.target ? ` (target ${(0,report_escape/* code */.aY)(report.target, { maxLength: 60 })})` : '');
    const lead = (icon, text) => `### ${icon} ${name} ${text}`;
    if (report.build?.status === 'failed')
        return lead('❌', `did not build: ${mixedText((0,report_escape/* shorten */.ml)(report.build.reason ?? 'see the build log', 160))}`);
    const failing = byImportance(report.budgets.filter((result) => result.status === 'fail' && result.gating));
    const more = (list) => (list.length > 1 ? ` (and ${plural(list.length - 1, 'more check')})` : '');
    if (failing.length > 0)
        return lead('❌', `fails: ${failureLabel(failing[0], report)}${more(failing)}`);
    if (!report.passed) {
        const lintFailed = report.notes.find((note) => note.startsWith('Lint failed: ') || note.startsWith('Input error: '));
        return lead('❌', `fails: ${lintFailed ? mixedText((0,report_escape/* shorten */.ml)(lintFailed, 160)) : 'see the checks below'}`);
    }
    const warning = byImportance(report.budgets.filter((result) => result.status === 'warn' || (result.status === 'fail' && !result.gating)));
    if (warning.length > 0)
        return lead('⚠️', `passes, with a warning: ${failureLabel(warning[0], report)}${more(warning)}`);
    const checked = report.budgets.filter((result) => result.status === 'pass').length;
    return lead('✅', `passes${checked > 0 ? ` its ${plural(checked, 'check')}` : ''}`);
}
// ---- The numbers ----
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
function signedBytes(bytes) {
    return `${bytes > 0 ? '+' : bytes < 0 ? '−' : '±'}${(0,units/* formatBytes */.z3)(Math.abs(bytes))}`;
}
function signedSeconds(seconds) {
    return `${seconds > 0 ? '+' : seconds < 0 ? '−' : '±'}${(0,units/* formatDuration */.a3)(Math.abs(seconds))}`;
}
/** `+4.4%`, `+20%`: a decimal only where it says something. */
function signedPercent(ratio) {
    const percent = Math.abs(ratio) >= 0.1 ? Math.round(ratio * 100) : Math.round(ratio * 1000) / 10;
    return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent)}%`;
}
/** The growth ladder: a glance says how much bigger or slower. */
function ladder(ratio) {
    if (ratio >= 0.25)
        return ' 🚨';
    if (ratio >= 0.1)
        return ' ⚠️';
    if (ratio >= 0.02)
        return ' 🔸';
    if (ratio <= -0.1)
        return ' 🎉';
    return '';
}
/** `+110 MB (+4.4%) 🔸`, or `unchanged` below the threshold. */
function deltaCell(actual, baseline, kind, v) {
    if (actual === null || baseline === null)
        return '—';
    const delta = actual - baseline;
    const minimum = kind === 'bytes' ? v.minimum.bytes : v.minimum.seconds;
    if (Math.abs(delta) < Math.max(minimum, Number.EPSILON))
        return 'unchanged';
    const text = kind === 'bytes' ? signedBytes(delta) : signedSeconds(delta);
    if (baseline <= 0)
        return text;
    return `${text} (${signedPercent(delta / baseline)})${ladder(delta / baseline)}`;
}
function countDelta(actual, baseline) {
    if (actual === null || baseline === null)
        return '—';
    const delta = actual - baseline;
    return delta === 0 ? 'unchanged' : `${delta > 0 ? '+' : '−'}${Math.abs(delta)}`;
}
function worst(results) {
    const rank = { skipped: 0, pass: 1, warn: 2, fail: 3 };
    const present = results.filter((result) => result !== undefined && result.status !== 'skipped');
    if (present.length === 0)
        return '—';
    const top = present.reduce((a, b) => (rank[b.status] > rank[a.status] ? b : a));
    return top.status === 'fail' && !top.gating ? STATUS.warn : STATUS[top.status];
}
function limits(...parts) {
    const labels = parts
        .filter((result) => result !== undefined && result.status !== 'skipped' && Boolean(result.limitLabel))
        .map((result) => (result.check.endsWith('regression') ? `${result.limitLabel}` : `≤ ${result.limitLabel}`));
    return labels.join(', ') || '—';
}
function severityCount(counts, level, order) {
    const upTo = level ? order.indexOf(level) : order.length - 1;
    return order.slice(0, upTo + 1).reduce((sum, severity) => sum + (counts[severity] ?? 0), 0);
}
function budgetTable(v) {
    const { report } = v;
    const comparison = report.comparison;
    const image = report.image?.status === 'ok' ? report.image : null;
    const build = report.build?.status === 'ok' ? report.build : null;
    const withBase = comparison !== null;
    const rows = [];
    const row = (metric, now, base, delta, limit, status) => rows.push(withBase ? [metric, now, base, delta, limit, status] : [metric, now, limit, status]);
    const size = budget(report, 'size');
    const growth = budget(report, 'size-regression');
    const metric = size?.metric ?? growth?.metric ?? 'uncompressed';
    const sizeRow = (label, which, gated) => {
        const now = image?.[which] ?? null;
        const base = comparison?.[which].baseline ?? null;
        row(label, now === null ? 'n/a' : (0,units/* formatBytes */.z3)(now), base === null ? '—' : (0,units/* formatBytes */.z3)(base), deltaCell(now, base, 'bytes', v), gated ? limits(size, growth) : 'reported', gated ? worst([size, growth]) : '—');
    };
    if (image) {
        sizeRow('Size, unpacked', 'size', metric === 'uncompressed');
        sizeRow('Size, compressed', 'compressedSize', metric === 'compressed');
    }
    const time = budget(report, 'build-time');
    const timeGrowth = budget(report, 'time-regression');
    if (build?.seconds != null) {
        const base = comparison?.buildSeconds.baseline ?? null;
        row('Build time', (0,units/* formatDuration */.a3)(build.seconds), base === null ? '—' : (0,units/* formatDuration */.a3)(base), deltaCell(build.seconds, base, 'seconds', v), limits(time, timeGrowth), worst([time, timeGrowth]));
    }
    if (build && build.totalSteps > 0) {
        const baseCache = comparison?.base?.cache;
        row('Cache hits', `${build.cacheHits} of ${build.totalSteps} steps`, baseCache ? `${baseCache.hits} of ${baseCache.steps}` : '—', '—', '—', '—');
    }
    const vulns = budget(report, 'vulnerabilities');
    const scanned = report.scan?.status === 'ok' ? report.scan : null;
    if (scanned || image) {
        const level = gateLevel(vulns) ?? 'LOW';
        const now = scanned ? severityCount(scanned.counted, level, types/* VULN_SEVERITIES */.aw) : null;
        const baseCounts = comparison?.base ? comparison.base.vulnerabilities : undefined;
        const base = baseCounts ? severityCount(baseCounts, level, types/* VULN_SEVERITIES */.aw) : null;
        const delta = now !== null && baseCounts ? `${comparison.newVulnerabilities.length} new, ${comparison.fixedVulnerabilities.length} fixed` : '—';
        row(vulns && vulns.status !== 'skipped' ? `Vulnerabilities ≥ ${level}` : 'Vulnerabilities', now === null ? 'not scanned' : String(now), baseCounts === null ? 'not scanned' : base === null ? '—' : String(base), delta, vulns && vulns.status !== 'skipped' ? '0' : '—', worst([vulns]));
    }
    const findings = budget(report, 'findings');
    const level = gateLevel(findings);
    const now = severityCount(countBySeverity(v.active), level, types/* SEVERITIES */.oC);
    const base = comparison?.base ? severityCount(comparison.base.findings, level, types/* SEVERITIES */.oC) : null;
    row(level ? `Findings ≥ ${level}` : 'Findings', String(now), base === null ? '—' : String(base), countDelta(now, base), findings && findings.status !== 'skipped' ? '0' : '—', worst([findings]));
    const head = withBase ? ['Metric', 'This PR', 'Base', 'Change', 'Budget', ''] : ['Metric', 'This PR', 'Budget', ''];
    const align = withBase ? ['l', 'r', 'r', 'r', 'l', 'l'] : ['l', 'r', 'l', 'l'];
    const parts = [table(head, rows, align)];
    if (!image && !build)
        parts.push(notBuiltLine(v));
    else if (image)
        parts.push("<sub>Unpacked: the sum of the image's layers, what it takes once pulled. Compressed: what is pushed and pulled. GB = 10⁹ bytes.</sub>");
    return parts.join('\n\n');
}
function notBuiltLine(v) {
    const build = v.report.build;
    if (!build)
        return '<sub>Lint only: the image was not built, so size, build time and vulnerabilities were not measured.</sub>';
    return `<sub>The image was not measured: the build ${build.status === 'failed' ? 'failed' : 'was skipped'}.</sub>`;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/** Nothing moved against the base beyond the thresholds: no new finding, vulnerability or package change. */
function isUnchanged(v) {
    const comparison = v.report.comparison;
    if (!comparison || v.report.image?.status !== 'ok')
        return false;
    const small = (delta, minimum) => delta === null || Math.abs(delta) < minimum;
    return (small(comparison.size.delta, v.minimum.bytes) &&
        small(comparison.compressedSize.delta, v.minimum.bytes) &&
        small(comparison.buildSeconds.delta, v.minimum.seconds) &&
        comparison.newFindings.filter((finding) => !finding.suppressed).length === 0 &&
        comparison.newVulnerabilities.length === 0 &&
        (comparison.packages ?? []).every((change) => Math.abs(change.delta) < v.minimum.bytes && change.change !== 'version'));
}
function compactLine(v) {
    const { report } = v;
    const image = report.image;
    const build = report.build?.status === 'ok' ? report.build : null;
    const parts = [
        `${(0,units/* formatBytes */.z3)(image.size ?? 0)} unpacked${image.compressedSize !== null ? `, ${(0,units/* formatBytes */.z3)(image.compressedSize)} compressed` : ''}`,
        build?.seconds != null ? `built in ${(0,units/* formatDuration */.a3)(build.seconds)}` : '',
        build && build.totalSteps > 0 ? `${build.cacheHits} of ${build.totalSteps} steps from the cache` : '',
    ].filter(Boolean);
    const base = report.baseline ? ` against ${(0,report_escape/* code */.aY)(report.baseline.branch ?? report.baseline.ref, { maxLength: 80 })}` : '';
    return `**No change${base}:** ${parts.join(' · ')}.`;
}
// ---- Build time ----
const PHASE_NAMES = {
    'context-upload': 'sending the build context',
    'cache-import': 'reading the registry cache',
    'export-image': 'exporting the image',
    'export-cache': 'exporting the cache',
    push: 'pushing',
};
/** Exporting, the cache and pushing, when they take most of a build that is long enough to matter. */
function phaseNote(v) {
    const build = v.report.build;
    if (!build?.seconds || !build.phases)
        return '';
    const outside = build.phases.filter((phase) => ['export-image', 'export-cache', 'push'].includes(phase.phase) && phase.seconds > 0);
    const seconds = outside.reduce((sum, phase) => sum + phase.seconds, 0);
    if (seconds < 30 || seconds / build.seconds < 0.5)
        return '';
    const which = outside.map((phase) => `${PHASE_NAMES[phase.phase]} ${(0,units/* formatDuration */.a3)(phase.seconds)}`).join(', ');
    return `⏱️ ${Math.round((seconds / build.seconds) * 100)}% of the build was not the Dockerfile's steps (${which}): the image's bytes are the cost here, so fewer and smaller layers help, and \`compression=zstd\` in the output exports faster.`;
}
function buildError(report) {
    const tail = report.build?.status === 'failed' ? report.build.errorTail : undefined;
    if (!tail || tail.length === 0)
        return '';
    return `<details open><summary>Build error (last ${Math.min(tail.length, 30)} lines)</summary>\n\n${(0,report_escape/* escapePre */.j2)(tail.slice(-30))}\n\n</details>`;
}
// ---- What changed ----
function instructionText(layer) {
    if (layer.instruction)
        return layer.instruction;
    return layer.createdBy
        .replace(/\s*# buildkit$/, '')
        .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
        .replace(/^RUN \|\d+ (?:\S+=\S* )*/, 'RUN ')
        .replace(/^\|\d+ (?:\S+=\S* )*/, '')
        .replace(/^\/bin\/sh -c /, 'RUN ');
}
function baseImageLabel(image) {
    return image?.base ? `base image ${(0,report_escape/* code */.aY)(image.base.ref, { cell: true, maxLength: 60 })}` : 'base image';
}
/** The instruction text for a line, from our model's layer record when there is one. */
function instructionAt(v, line, createdBy) {
    const image = v.report.image;
    if (line === null)
        return baseImageLabel(image);
    const layer = image?.layers.find((candidate) => candidate.line === line);
    return (0,report_escape/* code */.aY)(instructionText(layer ?? { createdBy }), { cell: true, maxLength: 50 });
}
function whatChanged(v) {
    const comparison = v.report.comparison;
    if (!comparison)
        return '';
    const parts = [];
    const grown = comparison.grownInstructions.filter((entry) => entry.delta >= v.minimum.bytes);
    if (grown.length > 0) {
        const shown = v.room === 'summary' ? grown : grown.slice(0, 5);
        parts.push(table(['Layer', 'Line', 'Base', 'This PR', 'Change'], shown.map((entry) => [
            instructionAt(v, entry.line, entry.createdBy),
            v.links.line(entry.line),
            (0,units/* formatBytes */.z3)(entry.before),
            (0,units/* formatBytes */.z3)(entry.after),
            entry.before > 0 ? `${signedBytes(entry.delta)}${ladder(entry.delta / entry.before)}` : `${signedBytes(entry.delta)} new`,
        ]), ['l', 'l', 'r', 'r', 'r']));
        if (grown.length > shown.length)
            parts.push(`<sub>and ${plural(grown.length - shown.length, 'more layer')} that grew: see the job summary.</sub>`);
    }
    const packages = (comparison.packages ?? []).filter((change) => Math.abs(change.delta) >= v.minimum.bytes || change.change !== 'size');
    if (packages.length > 0) {
        const shown = v.room === 'summary' ? packages : packages.slice(0, 8);
        const version = (side) => (side ? (0,report_escape/* code */.aY)(side.version, { cell: true, maxLength: 40 }) : '—');
        parts.push(table(['Package', 'Change', 'Base', 'This PR', 'Size change'], shown.map((change) => [
            (0,report_escape/* code */.aY)(change.name, { cell: true, maxLength: 50 }),
            change.change === 'version' ? 'version' : change.change,
            version(change.before),
            version(change.after),
            signedBytes(change.delta),
        ]), ['l', 'l', 'l', 'l', 'r']));
        if (packages.length > shown.length)
            parts.push(`<sub>and ${plural(packages.length - shown.length, 'more package change')}: see the job summary.</sub>`);
    }
    for (const regression of comparison.regressions ?? [])
        parts.push(`- ⚠️ **${mixedText(regression.title)}** (${(0,units/* formatBytes */.z3)(regression.bytes)}): ${mixedText(regression.detail)}`);
    if (parts.length === 0)
        return '';
    return ['#### What changed', ...parts].join('\n\n');
}
// ---- Fix first ----
const SEVERITY_ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' };
const FIX_FIRST = 5;
/** Findings this Dockerfile can fix, the same fix on several lines as one action, ranked by saving and severity. */
function actions(v) {
    const grouped = new Map();
    // An image finding that measures what a Dockerfile finding on the same line predicts is that finding's saving, not a second action.
    const predicted = new Set(v.active.map((finding) => `${MEASURED_BY[finding.rule] ?? ''}\u0000${finding.line}`));
    for (const finding of v.active) {
        if (fromBaseImage(finding) || predicted.has(`${finding.rule}\u0000${finding.line}`))
            continue;
        const key = `${finding.rule}\u0000${(0,finding_text/* isLegacyFinding */.XU)(finding) ? finding.message : finding.fix}`;
        const saving = savingOf(finding, v.report);
        const entry = grouped.get(key);
        if (entry) {
            entry.lines.push(finding);
            if (saving && (!entry.saving || saving.basis === entry.saving.basis)) {
                entry.saving = entry.saving
                    ? { ...saving, bytes: entry.saving.bytes + saving.bytes, amount: (0,units/* formatBytes */.z3)(entry.saving.bytes + saving.bytes) }
                    : saving;
            }
        }
        else
            grouped.set(key, { finding, lines: [finding], saving });
    }
    const weight = (action) => {
        const severity = 3 - types/* SEVERITIES */.oC.indexOf(action.finding.severity);
        const bytes = action.saving?.bytes ?? 0;
        return severity + (bytes >= 1e9 ? 2 : bytes >= 1e8 ? 1 : 0);
    };
    return [...grouped.values()].sort((a, b) => weight(b) - weight(a) || (b.saving?.bytes ?? 0) - (a.saving?.bytes ?? 0) || a.finding.line - b.finding.line);
}
function actionLine(action, v) {
    const { finding } = action;
    // What was found, then what to do: the fix alone is advice without the problem it solves.
    const fix = fixOf(finding);
    const what = (0,finding_text/* isLegacyFinding */.XU)(finding) ? headlineOf(finding) : fix ? `**${titleOf(finding)}**: ${fix}` : titleOf(finding);
    const where = action.lines
        .slice(0, 4)
        .map((one) => (one.file === v.report.dockerfile && one.line === 0 ? '' : v.links.at(one.file, one.line, one.endLine)))
        .filter((text) => text !== '' && text !== '—');
    const more = action.lines.length > 4 ? ` +${action.lines.length - 4}` : '';
    const saving = savingText(action.saving);
    const tail = [where.join(' ') + more, saving ? `saves ${saving}` : '', ruleLink(finding.rule, v)].filter(Boolean).join(' · ');
    return `${SEVERITY_ICON[finding.severity]} ${what} — ${tail}`;
}
function fixFirst(v) {
    const all = actions(v).filter((action) => action.finding.severity !== 'info' || action.saving);
    const lines = all.slice(0, FIX_FIRST).map((action, i) => `${i + 1}. ${actionLine(action, v)}`);
    const base = baseImageLine(v);
    const firstBuild = firstBuildLine(v);
    if (lines.length === 0 && !base && !firstBuild)
        return '';
    const parts = lines.length > 0 ? ['#### Fix first', lines.join('\n')] : [];
    if (all.length > FIX_FIRST)
        parts.push(`<sub>${plural(all.length - FIX_FIRST, 'more finding')} below.</sub>`);
    if (base)
        parts.push(base);
    if (firstBuild)
        parts.push(firstBuild);
    return parts.join('\n\n');
}
/** One line for what the base image brings: not this Dockerfile's to fix. */
function baseImageLine(v) {
    const found = v.active.filter(fromBaseImage);
    if (found.length === 0)
        return '';
    const bytes = found.reduce((sum, finding) => sum + (finding.bytes ?? 0), 0);
    const rules = [...new Set(found.map((finding) => finding.rule))].map((rule) => ruleLink(rule, v)).join(', ');
    const image = v.report.image?.base;
    const name = image ? (0,report_escape/* code */.aY)(image.ref, { maxLength: 80 }) : 'the base image';
    return `<sub>ℹ️ From ${name}, not this Dockerfile: ${bytes > 0 ? `${(0,units/* formatBytes */.z3)(bytes)} ` : ''}flagged by ${rules}. A slimmer or newer base image is the only fix.</sub>`;
}
/** A first build of a branch finds no cache: said as a fact, not an action. */
function firstBuildLine(v) {
    const build = v.report.build;
    if (!build || build.status !== 'ok' || build.totalSteps === 0 || build.cacheHits > 0)
        return '';
    const noCacheYet = v.report.notes.some((note) => /^no cache at .* yet/.test(note));
    if (noCacheYet || !build.cache || build.cache.from.length === 0)
        return `<sub>ℹ️ First build with an empty cache: no step could come from the cache${noCacheYet ? '' : ' (no cache source is set)'}; the next build of this branch reuses this one's layers.</sub>`;
    return '';
}
// ---- Collapsed sections ----
function findingsTitle(v) {
    const counts = countBySeverity(v.active);
    const suppressed = v.report.findings.length - v.active.length;
    const parts = types/* SEVERITIES */.oC.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity === 'info' ? 'info' : severity, severity === 'info' ? 'infos' : `${severity}s`));
    return `All findings (${parts.join(', ') || 'none'}${suppressed > 0 ? `; ${suppressed} suppressed` : ''})`;
}
function findingsTable(v, limit) {
    if (v.active.length === 0)
        return '';
    const shown = limit === undefined ? v.active : v.active.slice(0, limit);
    const rows = shown.map((finding) => {
        const isNew = v.report.comparison && v.fresh.has((0,finding_text/* findingKey */.fl)(finding)) ? ' 🆕' : '';
        return [
            `${SEVERITY_ICON[finding.severity]} ${ruleLink(finding.rule, v)}`,
            `${headlineOf(finding, true)}${isNew}`,
            fromBaseImage(finding) ? baseImageLabel(v.report.image) : v.links.at(finding.file, finding.line, finding.endLine),
            savingText(savingOf(finding, v.report)) || '—',
        ];
    });
    const parts = [table(['Rule', 'Finding', 'Line', 'Saving'], rows)];
    if (shown.length < v.active.length)
        parts.push(`<sub>${plural(v.active.length - shown.length, 'more finding')}: in the job summary and report.json.</sub>`);
    else if (v.room === 'comment')
        parts.push('<sub>Each finding in full, with why and how to fix it: the job summary, the annotations and report.json.</sub>');
    return parts.join('\n\n');
}
/** The summary only: every finding with its detail and fix. */
function findingsInFull(v) {
    if (v.active.length === 0)
        return '';
    const items = v.active.map((finding) => {
        const where = fromBaseImage(finding) ? baseImageLabel(v.report.image) : v.links.at(finding.file, finding.line, finding.endLine);
        const text = [detailOf(finding), fixOf(finding)].filter(Boolean).join(' ');
        return `- ${SEVERITY_ICON[finding.severity]} **${titleOf(finding)}** (${ruleLink(finding.rule, v)}, ${where}). ${text}`;
    });
    return ['#### Findings in full', ...items].join('\n');
}
function fixedFindings(v) {
    const fixed = v.report.comparison?.fixedFindings ?? [];
    if (fixed.length === 0)
        return '';
    const shown = v.room === 'summary' ? fixed : fixed.slice(0, 20);
    return table(['Rule', 'Fixed'], shown.map((finding) => [ruleLink(finding.rule, v), headlineOf(finding, true)]));
}
function buildSteps(v) {
    const build = v.report.build;
    if (!build || build.steps.length === 0)
        return '';
    const firstMiss = build.firstMiss;
    const isFirstMiss = (step) => firstMiss !== null && step.name === firstMiss.name && step.line === firstMiss.line;
    const slowest = [...build.steps].sort((a, b) => b.seconds - a.seconds);
    const shown = v.room === 'summary' ? slowest : slowest.slice(0, 10);
    const rows = shown.map((step) => [
        (0,report_escape/* code */.aY)(stepInstruction(step.name), { cell: true, maxLength: 70 }),
        v.links.line(step.line),
        step.cached ? '—' : (0,units/* formatDuration */.a3)(step.seconds),
        step.cached ? 'cached' : isFirstMiss(step) ? '**first miss**' : 'ran',
    ]);
    const parts = [table(['Step', 'Line', 'Time', 'Cache'], rows, ['l', 'l', 'r', 'l'])];
    if (shown.length < slowest.length)
        parts.push(`<sub>${plural(slowest.length - shown.length, 'faster step')} not shown.</sub>`);
    const phases = (build.phases ?? []).filter((phase) => phase.seconds > 0);
    if (phases.length > 0 && build.seconds) {
        const share = (seconds) => `${Math.round((seconds / build.seconds) * 100)}%`;
        parts.push(table(['Outside the steps', 'Time', 'Share'], phases.map((phase) => [
            `${PHASE_NAMES[phase.phase]}${phase.bytes ? ` (${(0,units/* formatBytes */.z3)(phase.bytes)})` : ''}`,
            (0,units/* formatDuration */.a3)(phase.seconds),
            share(phase.seconds),
        ]), ['l', 'r', 'r']));
    }
    if (firstMiss && build.cacheHits > 0)
        parts.push(`The first step that missed the cache was ${v.links.line(firstMiss.line)}: it and every step after it in its stage ran again.`);
    return parts.join('\n\n');
}
/** `[stage-2 3/4] RUN …` → `RUN …`. */
function stepInstruction(name) {
    return name.replace(/^\[[^\]]*\]\s*/, '');
}
function layersTable(v) {
    const image = v.report.image;
    if (!image || image.status !== 'ok' || image.layers.length === 0)
        return '';
    const baseLayers = image.layers.filter(isBaseLayer);
    const own = image.layers.filter((layer) => !isBaseLayer(layer) && layer.size > 0);
    const compressed = (layers) => layers.every((layer) => layer.compressedSize !== undefined)
        ? (0,units/* formatBytes */.z3)(layers.reduce((sum, layer) => sum + (layer.compressedSize ?? 0), 0))
        : '—';
    const rows = [];
    if (baseLayers.length > 0)
        rows.push([
            `${baseImageLabel(image)} (${plural(baseLayers.length, 'layer')})`,
            '—',
            (0,units/* formatBytes */.z3)(baseLayers.reduce((sum, layer) => sum + layer.size, 0)),
            compressed(baseLayers),
        ]);
    const largest = [...own].sort((a, b) => b.size - a.size);
    const shown = v.room === 'summary' ? largest : largest.slice(0, 8);
    for (const layer of shown)
        rows.push([
            (0,report_escape/* code */.aY)(instructionText(layer), { cell: true, maxLength: 70 }),
            v.links.line(layer.line),
            (0,units/* formatBytes */.z3)(layer.size),
            compressed([layer]),
        ]);
    const parts = [table(['Layer', 'Line', 'Unpacked', 'Compressed'], rows, ['l', 'l', 'r', 'r'])];
    if (shown.length < largest.length)
        parts.push(`<sub>${plural(largest.length - shown.length, 'smaller layer')} not shown.</sub>`);
    if (image.base?.digest)
        parts.push(`Base image: ${(0,report_escape/* code */.aY)((0,image_ref/* withDigest */.hQ)(image.base.ref, image.base.digest), { maxLength: 200 })}`);
    return parts.join('\n\n');
}
function largestFiles(v) {
    const files = v.report.image?.analysis?.largestFiles ?? [];
    if (files.length === 0)
        return '';
    const layers = v.report.image?.layers ?? [];
    const shown = v.room === 'summary' ? files : files.slice(0, 10);
    return table(['File', 'Size', 'Added by'], shown.map((file) => [
        (0,report_escape/* code */.aY)(file.path, { cell: true, maxLength: 80 }),
        (0,units/* formatBytes */.z3)(file.size),
        isBaseLayer(layers[file.layer]) ? baseImageLabel(v.report.image) : v.links.line(file.line),
    ]), ['l', 'r', 'l']);
}
const GROUP_NAMES = {
    cuda: 'CUDA libraries',
    torch: 'torch and friends',
    'python-interpreter': 'Python interpreter',
    python: 'other Python packages',
    system: 'system packages',
    other: 'other conda packages',
};
/** The largest packages with their versions (the comment), every package (the summary); bytes per group and what no package owns. */
function packagesTable(v) {
    const inventory = v.report.image?.analysis?.packages;
    if (!inventory || inventory.packages.length === 0)
        return '';
    const top = [...inventory.packages].sort((a, b) => b.bytes - a.bytes);
    const shown = v.room === 'summary' ? top : top.slice(0, 10);
    const parts = [
        table(['Package', 'Version', 'Size', 'Installed by'], shown.map((pkg) => [
            `${(0,report_escape/* code */.aY)(pkg.name, { cell: true, maxLength: 50 })}${pkg.ecosystem === 'python' ? '' : ` <sub>${pkg.ecosystem}</sub>`}`,
            (0,report_escape/* code */.aY)(pkg.version, { cell: true, maxLength: 40 }),
            `${pkg.estimated ? '≈ ' : ''}${(0,units/* formatBytes */.z3)(pkg.bytes)}`,
            pkg.fromBase || pkg.line === null ? baseImageLabel(v.report.image) : v.links.line(pkg.line),
        ]), ['l', 'l', 'r', 'l']),
    ];
    const hidden = top.length - shown.length + (inventory.omitted?.packages ?? 0);
    if (hidden > 0)
        parts.push(`<sub>${plural(hidden, 'smaller package')}${v.room === 'comment' ? ': all of them in the job summary' : ''}.</sub>`);
    const groups = inventory.groups.filter((group) => group.bytes > 0).sort((a, b) => b.bytes - a.bytes);
    const unowned = (inventory.unownedFolders ?? [])
        .slice(0, 3)
        .map((folder) => `${(0,report_escape/* code */.aY)(folder.path, { maxLength: 60 })} ${(0,units/* formatBytes */.z3)(folder.bytes)}`)
        .join(', ');
    parts.push([
        ...groups.map((group) => `${GROUP_NAMES[group.group]} ${(0,units/* formatBytes */.z3)(group.bytes)}`),
        `no package ${(0,units/* formatBytes */.z3)(inventory.unownedBytes)}${unowned ? ` (${unowned})` : ''}`,
    ].join(' · '));
    for (const note of inventory.notes ?? [])
        parts.push(`<sub>${mixedText(note)}</sub>`);
    return parts.join('\n\n');
}
function vulnerabilityList(v) {
    const scan = v.report.scan;
    if (!scan || scan.status !== 'ok' || scan.top.length === 0)
        return '';
    const shown = v.room === 'summary' ? scan.top : scan.top.slice(0, 15);
    const counts = types/* VULN_SEVERITIES */.aw.filter((severity) => scan.counts[severity] > 0)
        .map((severity) => `${scan.counts[severity]} ${severity}`)
        .join(', ');
    return [
        `Found: ${counts || 'none'}.`,
        table(['ID', 'Severity', 'Package', 'Installed', 'Fixed in'], shown.map((vuln) => [
            (0,report_escape/* code */.aY)(vuln.id, { cell: true, maxLength: 40 }),
            vuln.severity,
            (0,report_escape/* code */.aY)(vuln.pkg, { cell: true, maxLength: 50 }),
            (0,report_escape/* code */.aY)(vuln.installed, { cell: true, maxLength: 40 }),
            vuln.fixed ? (0,report_escape/* code */.aY)(vuln.fixed, { cell: true, maxLength: 40 }) : 'no fix yet',
        ])),
    ].join('\n\n');
}
function skippedNotes(v) {
    const { report } = v;
    const said = new Set();
    const add = (text) => {
        if (text)
            said.add(text);
    };
    report.notes.filter((note) => !/^no cache at .* yet/.test(note)).forEach(add);
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
        add(`No comparison with a base: ${report.baselineReason ?? 'no baseline report'}.`);
    for (const result of report.budgets.filter((one) => one.status === 'skipped'))
        add(`Check ${result.check} skipped: ${result.reason ?? 'not applicable'}.`);
    for (const warning of report.build?.warnings ?? [])
        add(warning);
    if (said.size === 0)
        return '';
    return [...said]
        .slice(0, 30)
        .map((text) => `- ${mixedText(text)}`)
        .join('\n');
}
function footer(v) {
    const { report } = v;
    const base = report.baseline
        ? ` · compared with ${(0,report_escape/* code */.aY)(report.baseline.branch ?? report.baseline.ref, { maxLength: 80 })}${report.baseline.commit ? ` at ${(0,report_escape/* code */.aY)(report.baseline.commit.slice(0, 12))}` : ''}`
        : '';
    const at = report.git.sha ? ` · at ${(0,report_escape/* code */.aY)(report.git.sha.slice(0, 12))}` : '';
    return `<sub>[ml-image-guard](${PROJECT_URL}/tree/${(0,report_escape/* encodePath */.O0)(v.docsRef)}) ${(0,report_escape/* code */.aY)(report.tool.version, { maxLength: 20 })}${at}${base}</sub>`;
}


/***/ })

};
