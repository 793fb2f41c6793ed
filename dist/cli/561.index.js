export const id = 561;
export const ids = [561];
export const modules = {

/***/ 561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeReportFiles: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_confined_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5760);
// The report's files: report.json (the contract), comment.md (what the PR gets), SARIF.
// One writer for the action and the CLI, so both leave the same artifacts behind. Each file goes
// only inside the workspace or the temp folder, never through a symlink (src/util/confined-fs.ts):
// a refused path is a one-line error naming its input, and the other files are still written.


function writeReportFiles(targets, report, comment, sarif) {
    const errors = [];
    const write = (input, path, content) => {
        try {
            (0,_util_confined_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileInside */ .gE)(path, content, targets.roots);
            return path;
        }
        catch (error) {
            if (!(error instanceof _util_confined_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfinementError */ .Dy))
                throw error;
            errors.push(`${input}: ${error.message}; set ${input} to a path in the workspace or RUNNER_TEMP`);
            return null;
        }
    };
    const json = JSON.stringify(report, null, 2) + '\n';
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(targets.workspace, targets.outputDir);
    let reportPath = write('output-dir', (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'report.json'), json);
    // The same folder: after one refusal the second says nothing new.
    let commentPath = reportPath ? write('output-dir', (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'comment.md'), comment) : null;
    if (!reportPath && targets.fallbackDir) {
        const fallback = targets.fallbackDir;
        const written = (path, content) => {
            try {
                (0,_util_confined_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileInside */ .gE)(path, content, targets.roots);
                return path;
            }
            catch {
                return null;
            }
        };
        reportPath = written((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(fallback, 'report.json'), json);
        commentPath = reportPath ? written((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(fallback, 'comment.md'), comment) : null;
        if (reportPath)
            errors[errors.length - 1] += `; report.json was written to ${fallback} instead`;
    }
    const sarifPath = sarif && targets.sarifFile
        ? write('sarif-file', (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(targets.workspace, targets.sarifFile), JSON.stringify(sarif, null, 2) + '\n')
        : null;
    return { reportPath, commentPath, sarifPath, errors };
}


/***/ })

};
