export const id = 643;
export const ids = [643];
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

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(856);

const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
function toSarif(report, rules) {
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'ml-image-guard',
                        version: report.tool.version,
                        informationUri: 'https://github.com/ml-image-guard/ml-image-guard',
                        rules: rules.map(descriptor),
                    },
                },
                automationDetails: { id: `ml-image-guard/${report.key}/` },
                results: report.findings.map((finding) => {
                    const result = {
                        ruleId: finding.rule,
                        level: LEVEL[finding.severity],
                        message: { text: messageText(finding) },
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: { uri: finding.file },
                                    // SARIF lines start at 1; a finding about the whole file points at line 1.
                                    region: { startLine: Math.max(1, finding.line), endLine: Math.max(1, finding.endLine, finding.line) },
                                },
                            },
                        ],
                    };
                    const ruleIndex = index.get(finding.rule);
                    if (ruleIndex !== undefined)
                        result.ruleIndex = ruleIndex;
                    if (finding.suppressed)
                        result.suppressions = [{ kind: 'inSource', justification: 'ml-image-guard ignore comment' }];
                    return result;
                }),
            },
        ],
    };
}
/** The title, then detail and fix, in full: code scanning shows the first sentence as the alert's title. */
function messageText(finding) {
    const { title, detail, fix } = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .plainFields */ ._b)(finding);
    const rest = [detail, fix].filter((part) => part !== '').join(' ');
    return rest === '' ? title : `${title}${/[.:!?]$/.test(title) ? '' : '.'} ${rest}`;
}
function descriptor(rule) {
    return {
        id: rule.id,
        name: rule.name,
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.description },
        help: { text: `${rule.description} See ${rule.docs}`, markdown: `${rule.description} [Rule documentation](${rule.docs})` },
        helpUri: rule.docs,
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: { tags: [rule.kind === 'image' ? 'image' : 'dockerfile', 'ml'] },
    };
}


/***/ })

};
