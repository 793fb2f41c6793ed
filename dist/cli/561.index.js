export const id = 561;
export const ids = [561];
export const modules = {

/***/ 561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeReportFiles: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The report's files: report.json (the contract), comment.md (what the PR gets), SARIF.
// One writer for the action and the CLI, so both leave the same artifacts behind.


function writeReportFiles(dir, report, comment, sarif) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'report.json');
    const commentPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'comment.md');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(reportPath, JSON.stringify(report, null, 2) + '\n');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(commentPath, comment);
    if (sarif) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(sarif.path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(sarif.path, JSON.stringify(sarif.log, null, 2) + '\n');
    }
    return { reportPath, commentPath, sarifPath: sarif?.path ?? null };
}


/***/ })

};
