#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ emit),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   by: () => (/* binding */ useColor),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   sc: () => (/* binding */ textWidth)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// What the CLI commands share: where output goes, writing a report to a file, choosing colour.


/** A mistake in what the user asked for that the usage text would not help with (exit 2). */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/** Writes a report to standard output or to a file; a long report may come in pieces (see renderJsonChunks). */
async function emit(io, text, output) {
    if (!output) {
        if (typeof text === 'string')
            io.stdout(text);
        else
            for (const piece of text)
                io.stdout(piece);
        return;
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, output);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(file, text);
    }
    catch (err) {
        const code = err.code;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(output) || '.';
        const why = code === 'ENOENT'
            ? `the folder ${dir} does not exist`
            : code === 'EISDIR'
                ? 'it is a folder'
                : code === 'EACCES' || code === 'EPERM'
                    ? 'permission denied'
                    : code === 'ENOTDIR'
                        ? `${dir} is not a folder`
                        : err.message;
        throw new InputError(`cannot write ${output}: ${why}`);
    }
}
/** Reads a file the user named, with a message that says what went wrong. */
async function readInput(io, file, what) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new InputError(code === 'ENOENT'
            ? `${file}: no such file`
            : code === 'EISDIR'
                ? `${file}: is a folder, not ${what}`
                : `${file}: cannot read the file (${code ?? err.message})`);
    }
}
/**
 * Colour: --color/--no-color win; else NO_COLOR (non-empty, https://no-color.org) turns it off;
 * else FORCE_COLOR (non-empty, not 0) turns it on; else a terminal turns it on unless TERM=dumb.
 * Never into a file.
 */
function useColor(flag, io, output) {
    if (flag !== undefined)
        return flag;
    if (output)
        return false;
    const env = io.env ?? {};
    if (env['NO_COLOR'])
        return false;
    if (env['FORCE_COLOR'] && env['FORCE_COLOR'] !== '0')
        return true;
    // A terminal that says it cannot show escape sequences (Emacs shells, some CI logs).
    if (env['TERM'] === 'dumb')
        return false;
    return io.isTTY === true;
}
/** The text report's width: the terminal's (at most 120 columns), else 100. */
function textWidth(io) {
    return io.isTTY && io.columns ? Math.min(io.columns, 120) : 100;
}


/***/ }),

/***/ 6308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zp: () => (/* binding */ planKnown),
  eQ: () => (/* binding */ startShortRun)
});

// UNUSED EXPORTS: LONG_AUDIT, isLongAudit

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = require("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: ./src/cli/short-run.ts
// V8's optimising compiler pays off in a long run and costs in a short one. It compiles hot
// functions on a second thread, and an audit of one repository, or of a monorepo of a hundred
// models, ends before the optimised code has earned that back. Measured on 2 cores in one run
// (npm run bench): without it, one repository took a quarter less CPU time, 7 % less wall time and
// 12 MiB less memory, and 100 models a fifth less time; with it, 1,000 models took a sixth less, and
// the gap grows with the models. So the CLI starts with it off, and turns it back on as soon as the plan of the audit shows
// a long job: hundreds of models, much text, or one very large text (a hostile pull request may hold
// a licence of megabytes, which optimised code reads several times faster).
//
// Only a tuning: results are the same either way. MODEL_OPENNESS_V8_OPT=1 keeps the compiler on.

/** From any of these, an audit is long: model roots, bytes of text in all, bytes of its largest text. */
const LONG_AUDIT = { models: 300, textBytes: 4 * 1024 * 1024, largestText: 256 * 1024 };
let off = false;
/** Turns the optimising compiler off for the start of this run; false when it was kept on. */
function startShortRun(env) {
    if (env['MODEL_OPENNESS_V8_OPT'] === '1')
        return false;
    try {
        external_node_v8_default().setFlagsFromString('--no-opt');
        off = true;
    }
    catch {
        // a runtime that refuses the flag runs as it would anyway
    }
    return off;
}
/** Whether a plan is a long audit. */
function isLongAudit(plan) {
    return (plan.models >= LONG_AUDIT.models ||
        plan.textBytes >= LONG_AUDIT.textBytes ||
        plan.largestText >= LONG_AUDIT.largestText);
}
/** Once the audit's plan is known: a long audit gets the optimising compiler back. True when it was turned on. */
function planKnown(plan) {
    if (!off || !isLongAudit(plan))
        return false;
    try {
        external_node_v8_default().setFlagsFromString('--opt');
        off = false;
    }
    catch {
        // as above
    }
    return !off;
}


/***/ }),

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PQ: () => (/* binding */ POLICIES),
/* harmony export */   V8: () => (/* binding */ UNKNOWN_LICENSE),
/* harmony export */   d$: () => (/* binding */ FAIL_ON)
/* harmony export */ });
// The policy and fail-on names, apart from the schema: the CLI checks its flags with them before
// it loads anything else (zod and the engine are loaded only when a command needs them).
const POLICIES = [
    'osaid',
    'mof-class-1',
    'mof-class-2',
    'mof-class-3',
    'open-weights',
    'permissive'
];
const FAIL_ON = ['error', 'warning', 'note', 'never'];
/** What a licence that cannot be read or recognised does: an error, a warning, or nothing. */
const UNKNOWN_LICENSE = ['fail', 'warn', 'ignore'];


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat */
/******/ 	
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = require("node:buffer");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = require("node:vm");
var external_node_vm_default = /*#__PURE__*/__nccwpck_require__.n(external_node_vm_namespaceObject);
;// CONCATENATED MODULE: ./src/cli/compile-cache.ts
// Compiled code kept between runs of the CLI, so that a second run skips most of compiling the
// engine (a fifth of a one-repository audit). Node >= 22.1 does this itself
// (module.enableCompileCache); on older Node, the bundle's chunks are compiled here with a V8 code
// cache of our own.
//
// The cache is only an optimisation and is trusted no further than the user's own files:
// - it lives in a folder the user owns that no one else may write to (NODE_COMPILE_CACHE, else
//   $XDG_CACHE_HOME or ~/.cache); a folder that fails that test is not used;
// - an entry is named by the SHA-1 of the exact source it was made from, and V8 rejects one made
//   by another version of itself or with other flags (the entry is then made again);
// - an entry holds the functions compiled by the runs that wrote it: the first run's, then those
//   the next runs added (see LEARNING_RUNS), so that a first run on a folder with no licence does
//   not leave the clause detectors out of the cache for good;
// - nothing is ever required of it: a missing, unreadable, stale or corrupt entry means compiling
//   as usual, and a folder that cannot be written (a read-only home) means not caching.
// NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off.






/** The chunk files ncc writes beside the CLI's entry (`412.index.js`): the only files cached. */
const CHUNK = /^\d+\.index\.js$/;
/** The folder the cache goes in: Node's own variable first, then the user's cache folder. */
function cacheFolder(env, version) {
    if (env['NODE_DISABLE_COMPILE_CACHE'])
        return null;
    if (env['NODE_COMPILE_CACHE'])
        return external_node_path_default().resolve(env['NODE_COMPILE_CACHE']);
    const base = env['XDG_CACHE_HOME'] ||
        (process.platform === 'win32' ? env['LOCALAPPDATA'] : undefined) ||
        external_node_path_default().join(external_node_os_default().homedir(), '.cache');
    // One folder per CLI version and runtime: entries of other builds are never even looked at.
    return external_node_path_default().join(base, 'model-openness-audit', `${version}-node${process.version}-${process.arch}`);
}
/** Creates the folder if need be; true when it is a real folder of this user that only they may write to. */
function usableFolder(dir) {
    try {
        external_node_fs_default().mkdirSync(dir, { recursive: true, mode: 0o700 });
        const st = external_node_fs_default().lstatSync(dir);
        if (!st.isDirectory())
            return false;
        if (process.platform === 'win32')
            return true;
        const uid = process.getuid?.();
        return (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
    }
    catch {
        return false;
    }
}
/**
 * Runs that write an entry: the first (a missing entry), then each of the next ones that add
 * what they compiled besides (about 10 ms each, at exit). Later runs only read it. An entry of
 * generation g < LEARNING_RUNS is named `<sha1>.<g>.v8`, a finished one `<sha1>.v8`.
 */
const LEARNING_RUNS = 3;
/** The entry file of a source hash at a generation (1 \u2026 LEARNING_RUNS). */
function entryFile(cacheDir, hash, generation) {
    return external_node_path_default().join(cacheDir, generation >= LEARNING_RUNS ? `${hash}.v8` : `${hash}.${generation}.v8`);
}
/** The newest entry of a source hash: its data, generation and file, or generation 0 when none. */
function readEntry(cacheDir, hash) {
    for (let g = LEARNING_RUNS; g >= 1; g--) {
        const file = entryFile(cacheDir, hash, g);
        try {
            return { data: external_node_fs_default().readFileSync(file), generation: g, file };
        }
        catch {
            // Not there (or unreadable): an older generation, or none.
        }
    }
    return { generation: 0 };
}
/**
 * Compiles the chunks of the bundle in `bundleDir` with a code cache kept in `cacheDir`, by
 * wrapping the CommonJS loader's step for `.js` files, for those files only; writes the entries
 * that were missing or rejected when the process exits. Returns false when the runtime offers no
 * such step.
 */
function cacheChunks(bundleDir, cacheDir) {
    const extensions = (external_node_module_default())._extensions;
    const original = extensions?.['.js'];
    // node:crypto is loaded when the first chunk is (`--version` has no use for it); Node >= 20.16.
    const hasBuiltins = typeof process.getBuiltinModule === 'function';
    if (typeof original !== 'function' || typeof (external_node_module_default()).wrap !== 'function' || !hasBuiltins)
        return false;
    const pending = [];
    // The folder is checked (and made) when the first chunk loads: `--version` touches nothing.
    let usable;
    extensions['.js'] = function (module, filename) {
        if (external_node_path_default().dirname(filename) !== bundleDir || !CHUNK.test(external_node_path_default().basename(filename)))
            return original.call(this, module, filename);
        usable ??= usableFolder(cacheDir);
        if (!usable)
            return original.call(this, module, filename);
        const bytes = external_node_fs_default().readFileSync(filename);
        const content = decodeSource(bytes);
        const crypto = process.getBuiltinModule('node:crypto');
        // The bytes, not the string: hashing a string would encode it to UTF-8 first.
        const hash = crypto.createHash('sha1').update(bytes).digest('hex');
        const entry = readEntry(cacheDir, hash);
        const cachedData = entry.data;
        const script = new (external_node_vm_default()).Script(external_node_module_default().wrap(content), { filename, cachedData });
        if (cachedData === undefined || script.cachedDataRejected === true)
            // Missing or rejected (corrupt, or made by another V8): written anew as a first generation.
            pending.push({ script, file: entryFile(cacheDir, hash, 1), replaces: entry.file });
        else if (entry.generation < LEARNING_RUNS)
            pending.push({
                script,
                file: entryFile(cacheDir, hash, entry.generation + 1),
                replaces: entry.file,
                previous: cachedData
            });
        const fn = script.runInThisContext({ displayErrors: true });
        const require = external_node_module_default().createRequire(filename);
        return fn.call(module.exports, module.exports, require, module, filename, external_node_path_default().dirname(filename));
    };
    // At exit the cache holds every function compiled during the run, not only the top level.
    process.once('exit', () => writeEntries(pending));
    return true;
}
/**
 * A chunk's source text. The bundle is ASCII (scripts/ascii-only.mjs), and ASCII read as Latin-1
 * is the same text: Node 20 decodes 2.8 MB of it in about 1 ms that way, against 10 ms as UTF-8
 * (what the loader would do). Anything else is decoded as UTF-8, as the loader would.
 */
function decodeSource(bytes) {
    return bytes.toString((0,external_node_buffer_namespaceObject.isAscii)(bytes) ? 'latin1' : 'utf8');
}
function writeEntries(pending) {
    for (const { script, file, replaces, previous } of pending) {
        const tmp = `${file}.${process.pid}.tmp`;
        try {
            const made = script.createCachedData();
            // A run that compiled less than the entry held (its functions were flushed) keeps the entry's data.
            const data = previous && previous.length > made.length ? previous : made;
            external_node_fs_default().writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
            // A rename is atomic: a concurrent run reads the old entry, the new one, or none.
            external_node_fs_default().renameSync(tmp, file);
            if (replaces && replaces !== file)
                external_node_fs_default().rmSync(replaces, { force: true });
        }
        catch {
            try {
                external_node_fs_default().rmSync(tmp, { force: true });
            }
            catch {
                // Nothing more can be done about a folder that cannot be written.
            }
        }
    }
}
/**
 * Turns on compile caching for this run of the CLI whose entry file is `entry`: Node's own where
 * the runtime has it, else the code cache of the bundle's chunks. Never throws.
 */
function enableCompileCache(entry, version, env = process.env) {
    try {
        const dir = cacheFolder(env, version);
        if (!dir)
            return;
        const builtin = (external_node_module_default()).enableCompileCache;
        if (typeof builtin === 'function') {
            if (usableFolder(dir))
                builtin(dir);
            return;
        }
        if (!entry)
            return;
        const bundleDir = external_node_path_default().dirname(external_node_fs_default().realpathSync(entry));
        // Only a bundle has chunks to cache (the TypeScript sources run under tests have none).
        if (!external_node_fs_default().readdirSync(bundleDir).some(f => CHUNK.test(f)))
            return;
        cacheChunks(bundleDir, dir);
    }
    catch {
        // A cache that cannot be set up only costs speed.
    }
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
// EXTERNAL MODULE: ./src/config/names.ts
var names = __nccwpck_require__(6234);
;// CONCATENATED MODULE: ./src/shard-spec.ts
/** The most shards a run may be split into (GitHub's matrix allows 256 jobs). */
const MAX_SHARDS = 1024;
/** Parses `K/N` (1 \u2264 K \u2264 N \u2264 MAX_SHARDS); returns a message for anything else. */
function parseShard(text) {
    const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
    if (!m)
        return `--shard takes K/N (for example 2/4), got '${text}'`;
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > MAX_SHARDS)
        return `--shard: N must be between 1 and ${MAX_SHARDS}, got ${count}`;
    if (index < 1 || index > count)
        return `--shard: K must be between 1 and N (${count}), got ${index}`;
    return { index, count };
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line parsing for `model-openness`. Usage mistakes throw UsageError (exit 2).
// Loaded before anything else: it imports nothing heavier than a list of names.



class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const AUDIT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'mof'];
const MERGE_FORMATS = ['json', 'sarif', 'markdown', 'text'];
const USAGE = `Usage:
  model-openness audit [PATH...] [options]
  model-openness merge REPORT.json... [--format json|sarif|markdown|text] [--output FILE]
  model-openness mof FILE... [--format text|json] [--output FILE]
  model-openness --help | --version

Commands:
  audit   Audit the model repository at PATH (default: the current folder). PATH may be
          hf:OWNER/NAME[@REVISION], a model on the Hugging Face Hub (HF_ENDPOINT, HF_TOKEN):
          read through its API, weights never downloaded. Several PATHs make one report.
  merge   Join the JSON reports of the shards of one run (audit --shard K/N) into one report,
          as one run would have written it; or join SARIF logs into one.
  mof     Classify Model Openness Tool YAML entries: MOF class 1-3 (0 = unclassified) and
          the progress toward each class.

Options for audit:
  -c, --config FILE     configuration file (default: PATH/.github/model-openness.yml when present)
  -p, --policy NAME     ${names/* POLICIES */.PQ.join(', ')}
      --fail-on LEVEL   fail when a finding is at or above LEVEL: ${names/* FAIL_ON */.d$.join(', ')}
  -f, --format FORMAT   text (default), json, markdown, sarif, or mof (the repository's MOT entry)
  -o, --output FILE     write the report to FILE instead of standard output
      --summary         text format: only the verdict and one line per model
      --hub-lookup      read base models that are not in the catalogue on the Hugging Face Hub
      --models FILE     also audit the Hub models listed in FILE (OWNER/NAME[@REV], one a line, # comments)
      --api-deadline S  seconds for all Hub requests of the run (default 60)
      --sarif-root DIR  sarif format: paths relative to DIR (default: the git top level of PATH)
      --sarif-category NAME
                        sarif format: automationDetails.id (default model-openness/<path in repo>)
      --unknown-license EFFECT
                        a licence that cannot be read or recognised: fail, warn (default), ignore
      --shard K/N       audit only the K-th of N slices of the model roots (1 <= K <= N); the
                        split depends only on each model's path, so it is the same on every machine
      --color, --no-color
                        colour the text report (default: on a terminal, unless NO_COLOR is set)

Options for merge:
  -f, --format FORMAT   json (default), sarif, markdown or text; SARIF logs merge into sarif only
  -o, --output FILE     write the merged report to FILE instead of standard output
      --summary, --color, --no-color
                        as for audit, with the text format

Options for mof:
  -f, --format FORMAT   text (default) or json
  -o, --output FILE     write the result to FILE instead of standard output

  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 verdict pass, 1 verdict fail, 2 usage or configuration error.
Examples:
  model-openness audit models/heron --policy mof-class-2
  model-openness audit . --format sarif -o results.sarif
  model-openness audit hf:OWNER/NAME --format json
  model-openness audit --models models.txt --format json -o report.json
  model-openness audit . --shard 2/4 --format json -o shard-2.json
  model-openness merge shard-*.json --format markdown -o summary.md`;
/** The synopsis, printed after a usage mistake. */
const SHORT_USAGE = `${USAGE.split('\n\n')[0]}
Run 'model-openness --help' for the options.`;
/** Every option the CLI accepts (the help text lists each one; a test checks it). */
const OPTIONS = {
    config: { type: 'string', short: 'c' },
    policy: { type: 'string', short: 'p' },
    'fail-on': { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    'hub-lookup': { type: 'boolean' },
    'unknown-license': { type: 'string' },
    models: { type: 'string' },
    'api-deadline': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    summary: { type: 'boolean' },
    shard: { type: 'string' },
    'sarif-root': { type: 'string' },
    'sarif-category': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
};
function parseCommand(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: OPTIONS
        });
    }
    catch (err) {
        throw new UsageError(shortParseError(err.message));
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [sub, ...rest] = positionals;
    if (!sub)
        throw new UsageError('missing command: audit, merge or mof');
    if (sub === 'audit') {
        let apiDeadlineMs;
        if (values['api-deadline'] !== undefined) {
            const secs = Number(values['api-deadline']);
            if (!/^\d+(\.\d+)?$/.test(values['api-deadline'].trim()) || !(secs > 0) || secs > 3600)
                throw new UsageError(`--api-deadline must be a positive number of seconds, at most 3600, got '${values['api-deadline']}'`);
            apiDeadlineMs = Math.round(secs * 1000);
        }
        if (values.color && values['no-color'])
            throw new UsageError('give --color or --no-color, not both');
        const format = (values.format ?? 'text');
        if (values.summary && values.format !== undefined && values.format !== 'text')
            throw new UsageError('--summary is for the text format only');
        if (!AUDIT_FORMATS.includes(format))
            throw new UsageError(`--format must be one of ${AUDIT_FORMATS.join(', ')}, got '${values.format}'`);
        if (values.policy !== undefined && !names/* POLICIES */.PQ.includes(values.policy)) {
            throw new UsageError(`--policy must be one of ${names/* POLICIES */.PQ.join(', ')}, got '${values.policy}'`);
        }
        if (values['fail-on'] !== undefined && !names/* FAIL_ON */.d$.includes(values['fail-on'])) {
            throw new UsageError(`--fail-on must be one of ${names/* FAIL_ON */.d$.join(', ')}, got '${values['fail-on']}'`);
        }
        const unknown = values['unknown-license'];
        if (unknown !== undefined && !names/* UNKNOWN_LICENSE */.V8.includes(unknown)) {
            throw new UsageError(`--unknown-license must be one of ${names/* UNKNOWN_LICENSE */.V8.join(', ')}, got '${unknown}'`);
        }
        let shard;
        if (values.shard !== undefined) {
            const parsedShard = parseShard(values.shard);
            if (typeof parsedShard === 'string')
                throw new UsageError(parsedShard);
            shard = parsedShard;
        }
        return {
            kind: 'audit',
            path: rest[0] ?? '.',
            paths: rest,
            models: values.models,
            apiDeadlineMs,
            config: values.config,
            policy: values.policy,
            failOn: values['fail-on'],
            format,
            output: values.output,
            hubLookup: values['hub-lookup'],
            unknownLicense: unknown,
            color: values['no-color'] ? false : values.color ? true : undefined,
            summary: values.summary,
            ...(shard ? { shard } : {}),
            ...(values['sarif-root'] !== undefined ? { sarifRoot: values['sarif-root'] } : {}),
            ...(values['sarif-category'] !== undefined ? { sarifCategory: values['sarif-category'] } : {})
        };
    }
    if (sub === 'merge') {
        if (rest.length === 0)
            throw new UsageError('merge needs at least one report (REPORT.json...)');
        const auditOnly = [
            'config',
            'policy',
            'fail-on',
            'hub-lookup',
            'unknown-license',
            'shard',
            'models',
            'api-deadline',
            'sarif-root',
            'sarif-category'
        ].filter(k => values[k] !== undefined);
        if (auditOnly.length > 0)
            throw new UsageError(`${auditOnly.map(k => `--${k}`).join(', ')}: only for audit, not for merge (the reports carry their policy)`);
        if (values.color && values['no-color'])
            throw new UsageError('give --color or --no-color, not both');
        const format = (values.format ?? 'json');
        if (!MERGE_FORMATS.includes(format))
            throw new UsageError(`merge --format must be one of ${MERGE_FORMATS.join(', ')}, got '${values.format}'`);
        if (values.summary && format !== 'text')
            throw new UsageError('--summary is for the text format only');
        return {
            kind: 'merge',
            files: rest,
            format,
            output: values.output,
            color: values['no-color'] ? false : values.color ? true : undefined,
            summary: values.summary
        };
    }
    if (sub === 'mof') {
        if (rest.length === 0)
            throw new UsageError('mof needs at least one YAML file');
        const auditOnly = [
            'config',
            'policy',
            'fail-on',
            'hub-lookup',
            'unknown-license',
            'models',
            'api-deadline',
            'color',
            'no-color',
            'summary',
            'shard',
            'sarif-root',
            'sarif-category'
        ].filter(k => values[k] !== undefined);
        if (auditOnly.length > 0)
            throw new UsageError(`${auditOnly.map(k => `--${k}`).join(', ')}: only for audit, not for mof`);
        const format = values.format ?? 'text';
        if (format !== 'text' && format !== 'json')
            throw new UsageError(`mof --format must be text or json, got '${format}'`);
        return { kind: 'mof', files: rest, format, output: values.output };
    }
    throw new UsageError(`unknown command '${sub}': use audit, merge or mof`);
}
/** node:util parseArgs explains at length how to pass a positional that starts with '-': keep the point. */
function shortParseError(message) {
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown)
        return `unknown option '${unknown[1]}'`;
    const missing = /^Option '([^']+)' argument missing/.exec(message);
    if (missing)
        return `option '${missing[1].replace(/^-\w, /, '').replace(/ <value>$/, '')}' needs a value`;
    return message.replace(/\. To specify a positional argument.*$/s, '');
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI: parses the arguments first, then loads only what the command needs. `--version` and
// `--help` load nothing else; `audit`, `merge` and `mof` each import their own module (a chunk of
// its own in the bundle).



const defaultIo = {
    stdout: s => process.stdout.write(s),
    stderr: s => process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    env: process.env
};
/** Runs the CLI and returns its exit status: 0 pass, 1 fail, 2 usage or configuration error. */
async function runCli(argv, io = defaultIo) {
    try {
        const cmd = parseCommand(argv);
        switch (cmd.kind) {
            case 'help':
                io.stdout(USAGE + '\n');
                return 0;
            case 'version':
                io.stdout(version/* VERSION */.x + '\n');
                return 0;
            case 'audit':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(815), __nccwpck_require__.e(522), __nccwpck_require__.e(251), __nccwpck_require__.e(492), __nccwpck_require__.e(164), __nccwpck_require__.e(814)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3814))).runAudit(cmd, io);
            case 'merge':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(522), __nccwpck_require__.e(492), __nccwpck_require__.e(186)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7186))).runMerge(cmd, io);
            case 'mof':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(815), __nccwpck_require__.e(164), __nccwpck_require__.e(920)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7920))).runMof(cmd, io);
        }
    }
    catch (err) {
        if (err instanceof UsageError) {
            io.stderr(`model-openness: ${err.message}\n\n${SHORT_USAGE}\n`);
            return 2;
        }
        if (err instanceof cli_io/* InputError */.dz) {
            io.stderr(`model-openness: ${err.message}\n`);
            return 2;
        }
        // An unexpected failure is ours, not the user's: say so plainly, without a stack trace unless asked.
        io.stderr(`model-openness: internal error: ${err.message}\n`);
        if (process.env['MODEL_OPENNESS_DEBUG'])
            io.stderr(String(err.stack) + '\n');
        return 2;
    }
}

// EXTERNAL MODULE: ./src/cli/short-run.ts + 1 modules
var short_run = __nccwpck_require__(6308);
;// CONCATENATED MODULE: ./src/cli/index.ts
// The CLI's entry: small on purpose. It turns on compile caching (later runs skip compiling the
// engine; see compile-cache.ts), then parses the arguments; the engine is imported only by the
// command that needs it.




enableCompileCache(process.argv[1], version/* VERSION */.x);
(0,short_run/* startShortRun */.eQ)(process.env);
runCli(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});

module.exports = __webpack_exports__;
/******/ })()
;