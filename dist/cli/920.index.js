"use strict";
exports.id = 920;
exports.ids = [920];
exports.modules = {

/***/ 7920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runMof: () => (/* binding */ runMof)
/* harmony export */ });
/* harmony import */ var _verdicts_mof_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5164);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
// `model-openness mof FILE...`: classifies Model Openness Tool YAML entries.


async function runMof(cmd, io) {
    try {
        const results = [];
        for (const f of cmd.files) {
            const text = await (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(io, f, 'a YAML file');
            results.push({ file: f, result: (0,_verdicts_mof_index_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyMotYaml */ .QS)(text, f) });
        }
        if (cmd.format === 'json') {
            const shaped = results.map(r => ({
                file: r.file,
                class: r.result.class,
                progress: r.result.progress,
                components: r.result.components,
                warnings: r.result.warnings
            }));
            await (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .emit */ .Ic)(io, JSON.stringify(shaped.length === 1 ? shaped[0] : shaped, null, 2) + '\n', cmd.output);
        }
        else {
            await (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .emit */ .Ic)(io, (0,_verdicts_mof_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMofText */ .yv)(results), cmd.output);
        }
        return 0;
    }
    catch (err) {
        if (err instanceof _verdicts_mof_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MofInputError */ .Bt)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(err.message);
        throw err;
    }
}


/***/ })

};
;