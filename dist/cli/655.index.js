export const id = 655;
export const ids = [655];
export const modules = {

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _b: () => (/* binding */ plainFields)
/* harmony export */ });
/* unused harmony exports ANNOTATION_LIMIT_PER_LEVEL, planAnnotations, hiddenSummary, annotationOf */
/* harmony import */ var _finding_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11);
// Which findings become GitHub annotations, and their words. GitHub shows at most 10 error and
// 10 warning annotations per step (and 10 notices), so the most important go first and the rest
// are counted. An annotation is plain text: the finding's title is its title, detail and fix
// its message, with our code spans' backticks dropped and the quotes as written. Nothing is cut.

const ANNOTATION_LIMIT_PER_LEVEL = 10;
function planAnnotations(findings, limit = ANNOTATION_LIMIT_PER_LEVEL) {
    const hidden = { error: 0, warning: 0, info: 0 };
    const shown = [];
    for (const severity of ['error', 'warning', 'info']) {
        const ofLevel = findings.filter((f) => f.severity === severity && !f.suppressed);
        shown.push(...ofLevel.slice(0, limit));
        hidden[severity] = Math.max(0, ofLevel.length - limit);
    }
    return { shown, hidden };
}
function hiddenSummary(hidden) {
    const parts = Object.entries(hidden)
        .filter(([, n]) => n > 0)
        .map(([severity, n]) => `${n} more ${severity}${n === 1 ? '' : 's'}`);
    return parts.length > 0 ? `GitHub shows 10 annotations per level: ${parts.join(', ')} are in the job summary and report.json.` : null;
}
/** Our markdown as plain text: code-span backticks dropped, then the quotes put in as written. */
function plain(text, quotes) {
    return (0,_finding_text_js__WEBPACK_IMPORTED_MODULE_0__/* .fillQuotes */ .Pv)(text.replace(/`+/g, ''), quotes, (quote) => quote);
}
/** Title, detail and fix as plain text (detail and fix empty where the finding has none). */
function plainFields(finding) {
    return {
        title: plain(finding.title, finding.quotes),
        detail: plain(finding.detail, finding.quotes),
        fix: plain(finding.fix, finding.quotes),
    };
}
/** The annotation of a finding: `MLG007: <title>` over `<detail> <fix>`. */
function annotationOf(finding) {
    const { title, detail, fix } = plainFields(finding);
    return { title: `${finding.rule}: ${title}`, message: [detail, fix].filter((part) => part !== '').join(' ') || title };
}


/***/ }),

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

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4529);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(856);
/* harmony import */ var _finding_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6412);
// Plain-text rendering for the terminal: findings like a compiler (file:line severity id),
// then build, image, scan and budget sections when the report has them. Colour only on a TTY.




const COLORS = {
    error: '\x1b[31m',
    warning: '\x1b[33m',
    info: '\x1b[36m',
    dim: '\x1b[2m',
    bold: '\x1b[1m',
    pass: '\x1b[32m',
    fail: '\x1b[31m',
};
function renderText(report, { color }) {
    const paint = (style, text) => (color ? `${COLORS[style]}${text}\x1b[0m` : text);
    const clean = (text) => stripControl(text);
    const lines = [];
    for (const finding of report.findings.filter((f) => !f.suppressed))
        lines.push(findingLine(finding, paint, clean));
    const { errors, warnings, infos, suppressed } = report.summary;
    lines.push(`${report.dockerfile}: ${paint('error', `${errors} error${errors === 1 ? '' : 's'}`)}, ` +
        `${paint('warning', `${warnings} warning${warnings === 1 ? '' : 's'}`)}, ${infos} info` +
        (suppressed ? paint('dim', `, ${suppressed} suppressed`) : ''));
    const build = report.build;
    if (build) {
        lines.push('', paint('bold', 'Build'));
        if (build.status !== 'ok')
            lines.push(`  ${build.status}: ${clean(build.reason ?? '')}`);
        if (build.seconds !== null)
            lines.push(`  wall time ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(build.seconds)}, cache hits ${build.cacheHits}/${build.totalSteps}`);
        if (build.firstMiss)
            lines.push(`  first cache miss: ${clean(build.firstMiss.name)}${build.firstMiss.line ? ` (line ${build.firstMiss.line})` : ''}`);
        for (const warning of build.warnings)
            lines.push(paint('warning', `  warning: ${clean(warning)}`));
        for (const line of build.errorTail ?? [])
            lines.push(paint('dim', `  | ${clean(line)}`));
    }
    const image = report.image;
    if (image) {
        lines.push('', paint('bold', 'Image'));
        if (image.status !== 'ok')
            lines.push(`  ${image.status}: ${clean(image.reason ?? '')}`);
        if (image.size !== null)
            lines.push(`  size ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(image.size, { both: true })} unpacked (the sum of its layers)`);
        if (image.compressedSize !== null)
            lines.push(`  size ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(image.compressedSize, { both: true })} compressed (pushed/pulled)`);
        const layers = [...image.layers].sort((a, b) => b.size - a.size).slice(0, 10);
        if (layers.length > 0) {
            lines.push(`  largest layers (${image.layers.length} in all):`);
            for (const layer of layers) {
                const where = layer.line ? `line ${layer.line}` : 'base image';
                lines.push(`    ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(layer.size).padStart(10)}  ${where.padEnd(10)}  ${clean((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(layer.instruction ?? layer.createdBy, 90))}`);
            }
        }
        if (image.analysis && image.analysis.status !== 'ok')
            lines.push(`  layer analysis ${image.analysis.status}: ${clean(image.analysis.reason ?? '')}`);
    }
    const scan = report.scan;
    if (scan) {
        lines.push('', paint('bold', 'Vulnerabilities'));
        if (scan.status !== 'ok')
            lines.push(`  ${scan.status}: ${clean(scan.reason ?? '')}`);
        else {
            const counts = Object.entries(scan.counts)
                .map(([severity, n]) => `${severity} ${n}`)
                .join(', ');
            lines.push(`  ${scan.scanner?.name ?? 'trivy'} ${scan.scanner?.version ?? ''}: ${counts}`);
            lines.push(`  counted by the gate: ${Object.values(scan.counted).reduce((a, b) => a + b, 0)}`);
            for (const v of scan.top.slice(0, 10)) {
                lines.push(`    ${v.severity.padEnd(8)} ${clean(v.id)} ${clean(v.pkg)} ${clean(v.installed)} → ${clean(v.fixed ?? 'no fix')}${v.line ? ` (line ${v.line})` : ''}`);
            }
        }
    }
    if (report.budgets.length > 0) {
        lines.push('', paint('bold', 'Budgets'));
        for (const budget of report.budgets) {
            const status = budget.status === 'pass' ? paint('pass', 'pass') : budget.status === 'fail' ? paint('fail', 'FAIL') : budget.status;
            lines.push(`  ${budget.check.padEnd(16)} ${status}${budget.reason ? `  ${clean(budget.reason)}` : ''}`);
        }
        if (report.baselineReason)
            lines.push(paint('dim', `  ${clean(report.baselineReason)}`));
        lines.push(report.passed ? paint('pass', 'passed') : paint('fail', 'failed'));
    }
    for (const note of report.notes)
        lines.push(paint('dim', `note: ${clean(note)}`));
    return lines.join('\n') + '\n';
}
/** `file:line severity RULE name: title`, then the detail and the fix indented below, in full (a legacy finding: its message). */
function findingLine(finding, paint, clean) {
    const where = finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
    const { title, detail, fix } = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .plainFields */ ._b)(finding);
    const origin = finding.origin === 'base-image' ? paint('dim', ' (from the base image)') : '';
    const head = `${where} ${paint(finding.severity, finding.severity)} ${finding.rule} ${finding.name}: `;
    if ((0,_finding_text_js__WEBPACK_IMPORTED_MODULE_3__/* .isLegacyFinding */ .XU)(finding))
        return `${head}${clean(finding.quotes[0])}${origin}`;
    const body = [detail, fix].filter((part) => part !== '').map((part) => paint('dim', `    ${clean(part)}`));
    return [`${head}${clean(title)}${origin}`, ...body].join('\n');
}
/** Terminal escapes from repository text must not reach the terminal. */
function stripControl(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, '');
}


/***/ })

};
