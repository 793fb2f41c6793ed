export const id = 643;
export const ids = [643];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
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
                        message: { text: finding.message },
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
