#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4158:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * @license
 * Copyright 2020 Balena Ltd.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *    http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * ------------------------------------------------------------------------
 *
 * Copyright 2018 Zeit, Inc.
 * Licensed under the MIT License. See file LICENSE.md for a full copy.
 *
 * ------------------------------------------------------------------------
 */

/**
 * This module implements the [dockerignore
 * spec](https://docs.docker.com/engine/reference/builder/#dockerignore-file),
 * closely following Docker's (Moby) Golang implementation:
 * https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/archive/archive.go#L825
 *
 * Something the spec is not clear about, but we discovered by reading source code
 * and testing against the "docker build" command, is the handling of backslashes and
 * forward slashes as path separators and escape characters in the .dockerignore file
 * across platforms including Windows, Linux and macOS:
 *
 * * On Linux and macOS, only forward slashes can be used as path separators in the
 *   .dockerignore file, and the backslash works as an escape character.
 * * On Windows, both forward slashes and backslashes are allowed as path separators
 *   in the .dockerignore file, and the backslash is not used as an escape character.
 *
 * This is consistent with how Windows works generally: both forward slashes and
 * backslashes are accepted as path separators by the cmd.exe Command Prompt or
 * PowerShell, and by library functions like the Golang filepath.Clean or the
 * Node.js path.normalize.
 *
 * Similarly, path strings provided to the IgnoreBase.ignores() and IgnoreBase.filter()
 * methods can use either forward slashes or backslashes as path separators on Windows,
 * but only forward slashes are accepted as path separators on Linux and macOS.
 */

const path = __nccwpck_require__(6928);

const factory = options => new IgnoreBase(options); // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L538-L539
// Fixes typescript module import


factory.default = factory;
module.exports = factory;

function make_array(subject) {
  return Array.isArray(subject) ? subject : [subject];
}

const REGEX_TRAILING_SLASH = /(?<=.)\/$/;
const REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
const REGEX_TRAILING_PATH_SEP = path.sep === '\\' ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
const KEY_IGNORE = typeof Symbol !== 'undefined' ? Symbol.for('dockerignore') : 'dockerignore'; // An implementation of Go's filepath.Clean
// https://golang.org/pkg/path/filepath/#Clean
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Note that, like Go, on Windows this function converts forward slashes
// to backslashes.

function cleanPath(file) {
  return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, '');
} // Javascript port of Golang's filepath.ToSlash
// https://golang.org/pkg/path/filepath/#ToSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Convert any OS-specific path separator to '/'. Backslash is converted
// to forward slash on Windows, but not on Linux/macOS.
// Note that both forward slashes and backslashes are valid path separators on
// Windows. As a result, code such as `pattern.split(path.sep).join('/')` fails
// on Windows when forward slashes are used as path separators.


function toSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\\/g, '/');
} // Javascript port of Golang's filepath.FromSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go


function fromSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\//g, path.sep);
}

class IgnoreBase {
  constructor({
    // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
    ignorecase = true
  } = {}) {
    this._rules = [];
    this._ignorecase = ignorecase;
    this[KEY_IGNORE] = true;

    this._initCache();
  }

  _initCache() {
    this._cache = {};
  } // @param {Array.<string>|string|Ignore} pattern


  add(pattern) {
    this._added = false;

    if (typeof pattern === 'string') {
      pattern = pattern.split(/\r?\n/g);
    }

    make_array(pattern).forEach(this._addPattern, this); // Some rules have just added to the ignore,
    // making the behavior changed.

    if (this._added) {
      this._initCache();
    }

    return this;
  } // legacy


  addPattern(pattern) {
    return this.add(pattern);
  }

  _addPattern(pattern) {
    // https://github.com/kaelzhang/node-ignore/issues/32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules);
      this._added = true;
      return;
    }

    if (this._checkPattern(pattern)) {
      const rule = this._createRule(pattern.trim());

      if (rule !== null) {
        this._added = true;

        this._rules.push(rule);
      }
    }
  }

  _checkPattern(pattern) {
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L34-L40
    return pattern && typeof pattern === 'string' && pattern.indexOf('#') !== 0 && pattern.trim() !== "";
  }

  filter(paths) {
    return make_array(paths).filter(path => this._filter(path));
  }

  createFilter() {
    return path => this._filter(path);
  }

  ignores(path) {
    return !this._filter(path);
  } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55


  _createRule(pattern) {
    const origin = pattern;
    let negative = false; // > An optional prefix "!" which negates the pattern;
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L43-L46

    if (pattern[0] === '!') {
      negative = true;
      pattern = pattern.substring(1).trim();
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L47-L53


    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      pattern = toSlash(pattern);

      if (pattern.length > 1 && pattern[0] === '/') {
        pattern = pattern.slice(1);
      }
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L54-L55


    if (negative) {
      pattern = '!' + pattern;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L30


    pattern = pattern.trim();

    if (pattern === "") {
      return null;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L34
    // convert forward slashes to backslashes on Windows


    pattern = cleanPath(pattern); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L36-L42

    if (pattern[0] === '!') {
      if (pattern.length === 1) {
        return null;
      }

      negative = true;
      pattern = pattern.substring(1);
    } else {
      negative = false;
    }

    return {
      origin,
      pattern,
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
      dirs: pattern.split(path.sep),
      negative
    };
  } // @returns `Boolean` true if the `path` is NOT ignored


  _filter(path) {
    if (!path) {
      return false;
    }

    if (path in this._cache) {
      return this._cache[path];
    }

    return this._cache[path] = this._test(path);
  } // @returns {Boolean} true if a file is NOT ignored
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62


  _test(file) {
    file = fromSlash(file); // equivalent to golang filepath.Dir() https://golang.org/src/path/filepath/path.go

    const parentPath = cleanPath(path.dirname(file));
    const parentPathDirs = parentPath.split(path.sep);
    let matched = false;

    this._rules.forEach(rule => {
      let match = this._match(file, rule); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L80


      if (!match && parentPath !== ".") {
        // Check to see if the pattern matches one of our parent dirs.
        if (rule.dirs.includes('**')) {
          // Ah shucks! We have to test every possible parent path that has 
          // a number of dirs _n_ where 
          // `rule.dirs.filter(doubleStar).length <= _n_ <= parentPathDirs.length`
          // since the ** can imply any number of directories including 0
          for (let i = rule.dirs.filter(x => x !== '**').length; i <= parentPathDirs.length; i++) {
            match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule);
          }
        } else if (rule.dirs.length <= parentPathDirs.length) {
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L83
          match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path.sep), rule);
        }
      }

      if (match) {
        matched = !rule.negative;
      }
    });

    return !matched;
  } // @returns {Boolean} true if a file is matched by a rule


  _match(file, rule) {
    return this._compile(rule).regexp.test(file);
  } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139


  _compile(rule) {
    if (rule.regexp) {
      return rule;
    }

    let regStr = '^'; // Go through the pattern and convert it to a regexp.

    let escapedSlash = path.sep === '\\' ? '\\\\' : path.sep;

    for (let i = 0; i < rule.pattern.length; i++) {
      const ch = rule.pattern[i];

      if (ch === '*') {
        if (rule.pattern[i + 1] === '*') {
          // is some flavor of "**"
          i++; // Treat **/ as ** so eat the "/"

          if (rule.pattern[i + 1] === path.sep) {
            i++;
          }

          if (rule.pattern[i + 1] === undefined) {
            // is "**EOF" - to align with .gitignore just accept all
            regStr += ".*";
          } else {
            // is "**"
            // Note that this allows for any # of /'s (even 0) because
            // the .* will eat everything, even /'s
            regStr += `(.*${escapedSlash})?`;
          }
        } else {
          // is "*" so map it to anything but "/"
          regStr += `[^${escapedSlash}]*`;
        }
      } else if (ch === '?') {
        // "?" is any char except "/"
        regStr += `[^${escapedSlash}]`;
      } else if (ch === '.' || ch === '$') {
        // Escape some regexp special chars that have no meaning
        // in golang's filepath.Match
        regStr += `\\${ch}`;
      } else if (ch === '\\') {
        // escape next char. Note that a trailing \ in the pattern
        // will be left alone (but need to escape it)
        if (path.sep === '\\') {
          // On windows map "\" to "\\", meaning an escaped backslash,
          // and then just continue because filepath.Match on
          // Windows doesn't allow escaping at all
          regStr += escapedSlash;
          continue;
        }

        if (rule.pattern[i + 1] !== undefined) {
          regStr += '\\' + rule.pattern[i + 1];
          i++;
        } else {
          regStr += '\\';
        }
      } else {
        regStr += ch;
      }
    }

    regStr += "$";
    rule.regexp = new RegExp(regStr, this._ignorecase ? 'i' : '');
    return rule;
  }

}


/***/ }),

/***/ 4529:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   KW: () => (/* binding */ parseIncrease),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
class ConfigError extends Error {
    name = 'ConfigError';
}
/** `500m`: kept apart so that parseIncrease passes its precise message through. */
class AmbiguousUnitError extends ConfigError {
}
const SIZE_EXAMPLE = 'use e.g. 3GB, 2.5GiB or 3000000000';
const DURATION_EXAMPLE = 'use e.g. 5m, 300s, 1h30m or 90';
const SIZE_UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
};
/** Bytes from `3GB`, `3 GB`, `2.5GiB`, `2500MB`, `500kB` or plain bytes; GB = 10^9, GiB = 2^30. */
function parseSize(inputName, text) {
    const trimmed = text.trim();
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(trimmed);
    if (!match)
        throw new ConfigError(`${inputName}: ${quote(text)} is not a size; ${SIZE_EXAMPLE}`);
    const [, amountText, unitText] = match;
    const unit = unitText.toLowerCase();
    const amount = Number(amountText);
    if (unit === '') {
        if (!Number.isInteger(amount)) {
            throw new ConfigError(`${inputName}: ${quote(text)} has no unit and is not a whole number of bytes; ${SIZE_EXAMPLE}`);
        }
        return amount;
    }
    if (['k', 'm', 'g', 't'].includes(unit)) {
        const upper = unit.toUpperCase();
        throw new AmbiguousUnitError(`${inputName}: ${quote(text)} is ambiguous (${upper}B = 10^n or ${upper}iB = 2^n?); use e.g. ${amountText}${upper}B or ${amountText}${upper}iB`);
    }
    const factor = SIZE_UNITS[unit];
    if (factor === undefined) {
        throw new ConfigError(`${inputName}: ${quote(text)} is not a size (unknown unit "${unitText}"); ${SIZE_EXAMPLE}`);
    }
    return Math.round(amount * factor);
}
/** Seconds from `5m`, `300s`, `1h30m`, `1h 30m` or plain seconds (`90`). */
function parseDuration(inputName, text) {
    const compact = text.trim().toLowerCase().replace(/\s+/g, '');
    if (/^\d+(?:\.\d+)?$/.test(compact))
        return Number(compact);
    const match = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(compact);
    if (!match || compact === '') {
        throw new ConfigError(`${inputName}: ${quote(text)} is not a duration; ${DURATION_EXAMPLE}`);
    }
    const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0));
    return hours * 3600 + minutes * 60 + seconds;
}
/** A regression limit: `10%`, `+10%`, `200MB`/`+200MB` (size) or `30s`/`+2m` (time); `off` turns it off. */
function parseIncrease(inputName, text, kind) {
    const trimmed = text.trim();
    if (/^(off|none|false)$/i.test(trimmed))
        return null;
    const example = kind === 'size' ? 'use e.g. 10%, +200MB or off' : 'use e.g. 20%, +30s, 2m or off';
    const percent = /^\+?\s*(\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
    if (percent)
        return { kind: 'percent', value: Number(percent[1]) };
    const amount = trimmed.replace(/^\+\s*/, '');
    const parse = kind === 'size' ? parseSize : parseDuration;
    try {
        return { kind: 'absolute', value: parse(inputName, amount) };
    }
    catch (error) {
        if (error instanceof AmbiguousUnitError || !(error instanceof ConfigError))
            throw error;
        throw new ConfigError(`${inputName}: ${quote(text)} is not a ${kind} increase; ${example}`);
    }
}
const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** `2.61 GB`, or `2.61 GB (2.43 GiB)` with `both`; negative values keep their sign. */
function formatBytes(bytes, options = {}) {
    const decimal = scaled(bytes, 1000, DECIMAL_UNITS);
    if (!options.both || Math.abs(bytes) < 1000)
        return decimal;
    return `${decimal} (${scaled(bytes, 1024, BINARY_UNITS)})`;
}
function scaled(bytes, base, units) {
    let value = Math.abs(bytes);
    let index = 0;
    while (value >= base && index < units.length - 1) {
        value /= base;
        index += 1;
    }
    const digits = index === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
    const sign = bytes < 0 ? '-' : '';
    return `${sign}${Number(value.toFixed(digits))} ${units[index]}`;
}
/** `42s`, `4.5s`, `4m 05s`, `1h 02m`. */
function formatDuration(seconds) {
    const sign = seconds < 0 ? '-' : '';
    const total = Math.abs(seconds);
    if (total < 60)
        return `${sign}${Number(total.toFixed(total < 10 ? 1 : 0))}s`;
    const rounded = Math.round(total);
    const hours = Math.floor(rounded / 3600);
    const minutes = Math.floor((rounded % 3600) / 60);
    const secs = rounded % 60;
    if (hours > 0)
        return `${sign}${hours}h ${String(minutes).padStart(2, '0')}m`;
    return `${sign}${minutes}m ${String(secs).padStart(2, '0')}s`;
}
function quote(text) {
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}


/***/ }),

/***/ 422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LM: () => (/* binding */ buildFileIndex),
/* harmony export */   QM: () => (/* binding */ bytesByLayer),
/* harmony export */   Sd: () => (/* binding */ largestFiles),
/* harmony export */   mC: () => (/* binding */ allLayerFiles)
/* harmony export */ });
/* harmony import */ var _util_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1251);

function buildFileIndex(layers) {
    const nodes = new Map();
    const children = new Map();
    const hidden = [];
    let totalBytes = 0;
    const hide = (path, node, by, how) => {
        if (node.type === 'file' && node.size > 0) {
            const added = layers[node.layer];
            hidden.push({ path, size: node.size, layer: node.layer, line: added.line, how, byLayer: by.position, byLine: by.line });
        }
    };
    const removeTree = (path, by, keepRoot) => {
        for (const child of children.get(path) ?? [])
            removeTree(child, by, false);
        children.delete(path);
        if (keepRoot)
            return;
        const node = nodes.get(path);
        if (node)
            hide(path, node, by, 'deleted');
        nodes.delete(path);
        children.get(parentOf(path))?.delete(path);
    };
    // Tars need not list parent directories: link every ancestor so deleting one reaches all.
    const link = (path) => {
        for (let child = path; child !== '/'; child = parentOf(child)) {
            const parent = parentOf(child);
            let siblings = children.get(parent);
            if (!siblings)
                children.set(parent, (siblings = new Set()));
            if (siblings.has(child))
                return;
            siblings.add(child);
        }
    };
    for (const layer of layers) {
        if (!layer.entries)
            continue;
        // Whiteouts hide lower layers' content only, so they apply before this layer's entries.
        for (const whiteout of layer.whiteouts)
            removeTree(whiteout.path, layer, whiteout.opaque);
        for (const entry of layer.entries) {
            const existing = nodes.get(entry.path);
            if (existing && !(existing.type === 'dir' && entry.type === 'dir')) {
                if (existing.type === 'dir')
                    removeTree(entry.path, layer, true);
                hide(entry.path, existing, layer, 'overwritten');
            }
            nodes.set(entry.path, { type: entry.type, size: entry.size, layer: layer.position });
            link(entry.path);
            if (entry.type === 'file')
                totalBytes += entry.size;
        }
    }
    const files = [];
    for (const [path, node] of nodes) {
        if (node.type === 'file')
            files.push({ path, size: node.size, layer: node.layer, line: layers[node.layer].line });
    }
    return { layers: [...layers], files, hidden, totalBytes, complete: layers.every((l) => l.entries !== null) };
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash <= 0 ? '/' : path.slice(0, slash);
}
/** Every regular file of every walked layer, hidden or not (secrets stay in their layer). */
function* allLayerFiles(index) {
    for (const layer of index.layers) {
        for (const entry of layer.entries ?? []) {
            if (entry.type === 'file')
                yield { path: entry.path, size: entry.size, layer: layer.position, line: layer.line };
        }
    }
}
/** Per layer: bytes it adds and how many of those are hidden later. */
function bytesByLayer(index) {
    const wasted = new Map();
    for (const file of index.hidden)
        wasted.set(file.layer, (wasted.get(file.layer) ?? 0) + file.size);
    return index.layers.map((layer) => ({
        layer: layer.position,
        line: layer.line,
        createdBy: layer.createdBy,
        added: (layer.entries ?? []).reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0),
        wasted: wasted.get(layer.position) ?? 0,
    }));
}
/** The largest visible files, biggest first. */
function largestFiles(index, count) {
    return [...index.files].sort((a, b) => b.size - a.size || (0,_util_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.path, b.path)).slice(0, count);
}


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qb: () => (/* binding */ imageFindings),
  W3: () => (/* binding */ imageRuleMetas)
});

// UNUSED EXPORTS: imageRules

// NAMESPACE OBJECT: ./src/image/rules/MLG101.ts
var MLG101_namespaceObject = {};
__nccwpck_require__.r(MLG101_namespaceObject);
__nccwpck_require__.d(MLG101_namespaceObject, {
  HUGE_FILE_BYTES: () => (HUGE_FILE_BYTES),
  check: () => (check),
  isWeights: () => (isWeights),
  meta: () => (meta)
});

// NAMESPACE OBJECT: ./src/image/rules/MLG102.ts
var MLG102_namespaceObject = {};
__nccwpck_require__.r(MLG102_namespaceObject);
__nccwpck_require__.d(MLG102_namespaceObject, {
  CACHE_KINDS: () => (CACHE_KINDS),
  check: () => (MLG102_check),
  meta: () => (MLG102_meta)
});

// NAMESPACE OBJECT: ./src/image/rules/MLG103.ts
var MLG103_namespaceObject = {};
__nccwpck_require__.r(MLG103_namespaceObject);
__nccwpck_require__.d(MLG103_namespaceObject, {
  MIN_WASTED_BYTES: () => (MIN_WASTED_BYTES),
  check: () => (MLG103_check),
  meta: () => (MLG103_meta)
});

// NAMESPACE OBJECT: ./src/image/rules/MLG104.ts
var MLG104_namespaceObject = {};
__nccwpck_require__.r(MLG104_namespaceObject);
__nccwpck_require__.d(MLG104_namespaceObject, {
  DEVEL_KINDS: () => (DEVEL_KINDS),
  MIN_KIND_BYTES: () => (MIN_KIND_BYTES),
  check: () => (MLG104_check),
  meta: () => (MLG104_meta)
});

// NAMESPACE OBJECT: ./src/image/rules/MLG105.ts
var MLG105_namespaceObject = {};
__nccwpck_require__.r(MLG105_namespaceObject);
__nccwpck_require__.d(MLG105_namespaceObject, {
  check: () => (MLG105_check),
  isSecretFile: () => (isSecretFile),
  meta: () => (MLG105_meta)
});

// EXTERNAL MODULE: ./src/lint/rule-meta.ts
var rule_meta = __nccwpck_require__(5721);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __nccwpck_require__(4529);
;// CONCATENATED MODULE: ./src/image/rules/common.ts
// Helpers the image rules share: where a file came from, in words, and grouping by layer.


/** "layer 3 (Dockerfile line 16)" or "layer 0 (base image)". */
function origin(layer, line) {
    return line === null ? `layer ${layer} (base image)` : `layer ${layer} (Dockerfile line ${line})`;
}
/** Findings point at the instruction that added the content; base-image content at the file (0). */
const findingLine = (line) => line ?? 0;
function groupByLayer(files) {
    const groups = new Map();
    for (const file of files) {
        const group = groups.get(file.layer);
        if (group)
            group.push(file);
        else
            groups.set(file.layer, [file]);
    }
    return groups;
}
const sum = (files) => files.reduce((total, f) => total + f.size, 0);
/** "a (1.2 MB), b (3 kB) and 4 more", biggest first. */
function listFiles(files, shown = 3) {
    const sorted = [...files].sort((a, b) => b.size - a.size);
    const named = sorted.slice(0, shown).map((f) => `${f.path} (${(0,units/* formatBytes */.z3)(f.size)})`);
    const more = sorted.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

;// CONCATENATED MODULE: ./src/image/rules/MLG101.ts
// Model weights shipped inside the image: every pull and every replica start pays for them.


const meta = {
    id: 'MLG101',
    name: 'weights-in-image',
    severity: 'error',
    description: 'Model weights (or any file over 500 MB) in the final image.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG101'),
    kind: 'image',
};
const WEIGHTS = /\.(safetensors|bin|pt|pth|ckpt|onnx|gguf|ggml|h5|keras|pb|tflite|engine|plan|msgpack|npz)$/i;
const PICKLE_IN_MODELS_DIR = /\/(models?|checkpoints?|weights|hf_cache|ckpts?)\/.*\.(pkl|joblib)$/i;
const HUGE_FILE_BYTES = 500 * 1000 * 1000;
// Libraries ship small files with these extensions (test fixtures, tiny vocabularies): only a
// file of real model size is worth an error.
const MIN_WEIGHTS_BYTES = 1024 * 1024;
function isWeights(file) {
    if (file.size >= HUGE_FILE_BYTES)
        return true;
    return file.size >= MIN_WEIGHTS_BYTES && (WEIGHTS.test(file.path) || PICKLE_IN_MODELS_DIR.test(file.path));
}
function check(index) {
    const findings = [];
    for (const [layer, files] of groupByLayer(index.files.filter(isWeights))) {
        const bytes = sum(files);
        const line = files[0].line;
        findings.push({
            line: findingLine(line),
            bytes,
            message: `${(0,units/* formatBytes */.z3)(bytes)} of model weights in ${origin(layer, line)}: ${listFiles(files)}. ` +
                'Load weights at start-up from a model store or a mounted volume instead of baking them into the image.',
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/image/rules/MLG102.ts
// Package-manager caches and build debris that nothing reads at run time.


const MLG102_meta = {
    id: 'MLG102',
    name: 'cache-in-image',
    severity: 'warning',
    description: 'Package-manager caches, apt lists, stray __pycache__ or .git directories in the final image.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG102'),
    kind: 'image',
};
const CACHE_KINDS = [
    { name: 'pip cache', matches: (p) => /\/\.cache\/pip\//.test(p), fix: 'pip install --no-cache-dir, or a cache mount' },
    { name: 'uv cache', matches: (p) => /\/\.cache\/uv\//.test(p), fix: 'UV_NO_CACHE=1 or a cache mount' },
    {
        name: 'conda package cache',
        matches: (p) => /\/(conda|miniconda\d?|anaconda\d?|miniforge\d?|mambaforge|micromamba|\.conda)\/pkgs\//.test(p),
        fix: 'conda clean -afy in the same RUN',
    },
    { name: 'apt lists', matches: (p) => p.startsWith('/var/lib/apt/lists/') && !/\/(lock|partial)$/.test(p), fix: 'rm -rf /var/lib/apt/lists/* in the same RUN' },
    { name: 'apt cache', matches: (p) => p.startsWith('/var/cache/apt/') && !/\/(lock|partial)$/.test(p), fix: 'apt-get clean in the same RUN' },
    {
        name: '__pycache__ outside site-packages',
        matches: (p) => p.includes('/__pycache__/') && !/\/(site|dist)-packages\//.test(p),
        fix: 'PYTHONDONTWRITEBYTECODE=1 and a .dockerignore entry for __pycache__',
    },
    { name: '.git directory', matches: (p) => p.includes('/.git/'), fix: 'add .git to .dockerignore' },
];
function MLG102_check(index) {
    const findings = [];
    for (const kind of CACHE_KINDS) {
        const files = index.files.filter((f) => kind.matches(f.path));
        for (const [layer, group] of groupByLayer(files)) {
            const bytes = sum(group);
            if (bytes === 0)
                continue;
            const line = group[0].line;
            findings.push({
                line: findingLine(line),
                bytes,
                message: `${kind.name}: ${(0,units/* formatBytes */.z3)(bytes)} in ${group.length} files from ${origin(layer, line)}, e.g. ${listFiles(group, 2)}. Fix: ${kind.fix}.`,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/image/rules/MLG103.ts
// Bytes that ship but are invisible: a later layer deleted or overwrote them, yet every pull
// still downloads the layer that added them.


const MLG103_meta = {
    id: 'MLG103',
    name: 'wasted-bytes',
    severity: 'warning',
    description: 'Files deleted or overwritten by a later layer still ship in the earlier one.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG103'),
    kind: 'image',
};
// Small config files overwritten by a later COPY are normal; this is about real weight.
const MIN_WASTED_BYTES = 1024 * 1024;
function MLG103_check(index) {
    const findings = [];
    for (const [layer, files] of groupByLayer(index.hidden)) {
        const bytes = sum(files);
        if (bytes < MIN_WASTED_BYTES)
            continue;
        const line = files[0].line;
        const share = index.totalBytes > 0 ? ` (${((100 * bytes) / index.totalBytes).toFixed(1)}% of the bytes in the layers)` : '';
        findings.push({
            line: findingLine(line),
            bytes,
            message: `${(0,units/* formatBytes */.z3)(bytes)}${share} added by ${origin(layer, line)} is hidden by later layers but still ships: ` +
                `${describe(files)}. Remove files in the same RUN that creates them, or build them in a separate stage and COPY only the result.`,
        });
    }
    return findings;
}
function describe(files) {
    const sorted = [...files].sort((a, b) => b.size - a.size);
    const shown = sorted.slice(0, 3).map((f) => `${f.path} (${(0,units/* formatBytes */.z3)(f.size)}, ${f.how} ${by(f)})`);
    return sorted.length > 3 ? `${shown.join(', ')} and ${sorted.length - 3} more` : shown.join(', ');
}
const by = (f) => (f.byLine === null ? `in layer ${f.byLayer}` : `at line ${f.byLine}`);

;// CONCATENATED MODULE: ./src/image/rules/MLG104.ts
// Compilers, headers, static libraries and CUDA toolkit parts: needed to build, not to run.


const MLG104_meta = {
    id: 'MLG104',
    name: 'devel-artifacts',
    severity: 'warning',
    description: 'Compilers, headers, static libraries or CUDA toolkit directories in the final image.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG104'),
    kind: 'image',
};
const DEVEL_KINDS = [
    {
        name: 'compilers',
        matches: (p) => /^\/usr(\/local)?\/bin\/([\w-]*-)?(gcc|g\+\+|cc1|cc1plus|clang|clang\+\+|gfortran|nvcc)(-[\d.]+)?$/.test(p) ||
            /^\/usr\/(lib|libexec)\/gcc\//.test(p) ||
            /^\/usr\/local\/cuda[^/]*\/(bin\/nvcc|nvvm)\b/.test(p),
    },
    {
        name: 'headers',
        matches: (p) => /^\/usr(\/local)?\/include\//.test(p) || /^\/usr\/local\/cuda[^/]*\/(targets\/[^/]+\/)?include\//.test(p),
    },
    { name: 'static libraries', matches: (p) => /\.a$/.test(p) },
    {
        name: 'CUDA toolkit tools',
        matches: (p) => /^\/usr\/local\/cuda[^/]*\/(nsight[^/]*|libnvvp|extras|compute-sanitizer|samples|doc)\//.test(p) || /^\/opt\/nvidia\/nsight/.test(p),
    },
];
// A few MB of headers come with most runtimes (Python's own, for example): flag a kind only
// when it is worth a builder stage.
const MIN_KIND_BYTES = 4 * 1024 * 1024;
function MLG104_check(index) {
    const findings = [];
    for (const kind of DEVEL_KINDS) {
        const files = index.files.filter((f) => kind.matches(f.path));
        if (sum(files) < MIN_KIND_BYTES)
            continue;
        for (const [layer, group] of groupByLayer(files)) {
            const bytes = sum(group);
            const line = group[0].line;
            findings.push({
                line: findingLine(line),
                bytes,
                message: `${kind.name}: ${(0,units/* formatBytes */.z3)(bytes)} from ${origin(layer, line)}, e.g. ${listFiles(group, 2)}. ` +
                    'Build in a builder stage (or a -devel base) and copy only the runtime artifacts into a -runtime or slim final stage.',
            });
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/image/filesystem.ts
var filesystem = __nccwpck_require__(422);
;// CONCATENATED MODULE: ./src/image/rules/MLG105.ts
// Credentials files in any layer, even when a later layer deletes them: `docker save` or a
// registry pull hands out every layer. Only names are looked at; contents are never read.



const MLG105_meta = {
    id: 'MLG105',
    name: 'secret-file-in-image',
    severity: 'error',
    description: 'Files that look like credentials (.env, SSH keys, .netrc, cloud and Hugging Face tokens) in any layer.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG105'),
    kind: 'image',
};
const TEMPLATE = /\.(example|sample|template|dist|defaults?)$/i;
const SECRET_FILES = [
    /\/\.env(\.[^/]+)?$/,
    /\/id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/,
    /\/\.netrc$/,
    /\/\.pypirc$/,
    /\/\.git-credentials$/,
    /\/credentials\.json$/,
    /\/\.aws\/credentials$/,
    /\/\.huggingface\/token$/,
    /\/\.cache\/huggingface\/token$/,
    /\/\.docker\/config\.json$/,
    // Certificates are public; keys are not. Without reading content, the name must say "key".
    /\/[^/]*(key|private)[^/]*\.pem$/i,
];
function isSecretFile(path) {
    return !TEMPLATE.test(path) && SECRET_FILES.some((pattern) => pattern.test(path));
}
function MLG105_check(index) {
    const visible = new Set(index.files.map((f) => `${f.layer}\0${f.path}`));
    const findings = [];
    for (const file of (0,filesystem/* allLayerFiles */.mC)(index)) {
        if (!isSecretFile(file.path))
            continue;
        findings.push({ line: findingLine(file.line), bytes: file.size, message: message(file, visible.has(`${file.layer}\0${file.path}`)) });
    }
    return findings;
}
function message(file, visible) {
    const where = `${file.path} in ${origin(file.layer, file.line)}`;
    const state = visible
        ? 'It is in the final filesystem.'
        : 'A later layer hides it, but the layer still ships it: anyone who pulls the image can read it.';
    return `Possible credentials file ${where}. ${state} Rotate the credential, keep it out of the build context (.dockerignore) and pass it with RUN --mount=type=secret.`;
}

;// CONCATENATED MODULE: ./src/image/rules/index.ts





const imageRules = [MLG101_namespaceObject, MLG102_namespaceObject, MLG103_namespaceObject, MLG104_namespaceObject, MLG105_namespaceObject];
const imageRuleMetas = imageRules.map((rule) => rule.meta);
/** Every image rule's findings, with the rule they belong to. */
function imageFindings(index) {
    return imageRules.flatMap((rule) => rule.check(index).map((finding) => ({ meta: rule.meta, finding })));
}


/***/ }),

/***/ 2730:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gy: () => (/* binding */ LINT_FAILED),
  W7: () => (/* binding */ addFindings),
  Ux: () => (/* binding */ finishReport),
  AC: () => (/* binding */ lintReport)
});

// UNUSED EXPORTS: newReport

// EXTERNAL MODULE: ./src/report/types.ts
var types = __nccwpck_require__(2563);
// EXTERNAL MODULE: ./src/lint/index.ts + 1 modules
var src_lint = __nccwpck_require__(5617);
// EXTERNAL MODULE: ./src/lint/engine.ts
var engine = __nccwpck_require__(807);
// EXTERNAL MODULE: ./src/report/evaluate.ts
var evaluate = __nccwpck_require__(8323);
// EXTERNAL MODULE: ./src/lint/dockerfile.ts + 5 modules
var dockerfile = __nccwpck_require__(8765);
// EXTERNAL MODULE: ./src/lint/ml.ts
var ml = __nccwpck_require__(3580);
;// CONCATENATED MODULE: ./src/report/redact.ts
// Secret values never leave the run: values that the Dockerfile itself puts into ENV/ARG under a
// secret-looking name, or that have a known token shape, are collected once after parsing, masked
// in the log (core.setSecret in the action) and replaced by *** everywhere in the report, so no
// rendering (comment, summary, SARIF, report.json) can leak them through layer history or step names.


const MIN_SECRET_LENGTH = 4; // shorter values would redact ordinary words
function secretValues(model) {
    const values = new Set();
    const consider = (name, value) => {
        if (!value || value.length < MIN_SECRET_LENGTH || value.startsWith('$'))
            return;
        if ((0,ml/* isSecretName */.eh)(name) || (0,ml/* findTokenShape */.kf)(value))
            values.add(value);
    };
    for (const [name, value] of Object.entries(model.globalArgs))
        consider(name, value);
    for (const instruction of (0,dockerfile/* allInstructions */.$Z)(model)) {
        if ((0,dockerfile/* isEnv */.Ix)(instruction))
            for (const { name, value } of instruction.pairs)
                consider(name, value);
        if ((0,dockerfile/* isArg */.L)(instruction))
            consider(instruction.name, instruction.defaultValue);
    }
    return [...values];
}
function redactText(text, values) {
    let result = text;
    for (const value of values)
        result = result.split(value).join('***');
    return result;
}
function redactReport(report, values) {
    if (values.length === 0)
        return report;
    const json = JSON.stringify(report);
    // Replace the value as it appears inside JSON strings (quotes and backslashes escaped).
    const escaped = values.map((v) => JSON.stringify(v).slice(1, -1));
    return JSON.parse(redactText(json, escaped));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/report/defaults.ts
var defaults = __nccwpck_require__(5118);
;// CONCATENATED MODULE: ./src/lint-report.ts







/** Prefix of the report note that says the Dockerfile could not be read or parsed. */
const LINT_FAILED = 'Lint failed: ';
function newReport(config, git) {
    return {
        schemaVersion: types/* SCHEMA_VERSION */.f$,
        tool: { name: 'ml-image-guard', version: version/* VERSION */.x },
        createdAt: new Date().toISOString(),
        key: config.comment.key,
        dockerfile: config.dockerfile,
        context: config.context,
        target: config.target,
        git: { repository: git.repository, sha: git.sha, ref: git.ref, branch: git.branch, pr: git.pr },
        ...(0,defaults/* emptySections */._)(),
        buildContext: null,
    };
}
function lintReport(config, git, baseLog) {
    const report = newReport(config, git);
    const lint = (0,src_lint/* lintStage */.Ig)(config);
    // Before anything else is logged (the build log echoes ENV lines): mask the Dockerfile's secrets.
    const secrets = lint.result ? secretValues(lint.result.model) : [];
    secrets.forEach((value) => baseLog.mask(value));
    applyLint(report, lint);
    return { report, lint, secrets, log: redactingLogger(baseLog, secrets) };
}
/** Gates, then redaction: the report every rendering and the baseline see. */
function finishReport({ report, lint, secrets }, config) {
    const { budgets, passed } = (0,evaluate/* evaluate */._3)(report, config.budgets, config.failOn);
    report.budgets = budgets;
    // A build that failed or a Dockerfile that could not be read is never a pass, whatever the budgets say.
    report.passed = passed && lint.error === null && report.build?.status !== 'failed';
    return redactReport(report, secrets);
}
function applyLint(report, lint) {
    if (lint.error)
        report.notes.push(`${LINT_FAILED}${lint.error}`);
    if (lint.context) {
        const largest = [...lint.context.files].sort((a, b) => b.size - a.size).slice(0, 5);
        report.buildContext = { bytes: lint.context.totalBytes, files: lint.context.files.length, largest };
    }
    addFindings(report, lint.findings);
}
function addFindings(report, findings) {
    report.findings = (0,engine/* sortFindings */.Tc)([...report.findings, ...findings]);
    report.summary = (0,src_lint/* summarize */.eh)(report.findings);
}
function redactingLogger(log, secrets) {
    if (secrets.length === 0)
        return log;
    return {
        ...log,
        info: (message) => log.info(redactText(message, secrets)),
        warning: (message) => log.warning(redactText(message, secrets)),
    };
}


/***/ }),

/***/ 2387:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ pipInstalls),
/* harmony export */   FR: () => (/* binding */ commandsAfter),
/* harmony export */   UR: () => (/* binding */ removesAfter),
/* harmony export */   Y7: () => (/* binding */ systemInstalls),
/* harmony export */   oZ: () => (/* binding */ packageName),
/* harmony export */   rF: () => (/* binding */ hasCacheMountOn),
/* harmony export */   wd: () => (/* binding */ parseNote)
/* harmony export */ });
const PIP_VALUE_FLAGS = new Set([
    '-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links',
    '-t', '--target', '--prefix', '--root', '--platform', '--python-version', '--implementation', '--abi',
    '--src', '--upgrade-strategy', '--progress-bar', '--cache-dir', '--trusted-host', '--no-binary',
    '--only-binary', '--config-settings', '-C', '--global-option', '--python', '-p', '--log', '--timeout',
    '--retries', '--proxy', '--cert', '--client-cert', '--exists-action', '--root-user-action', '--report',
    '--index-strategy', '--extra', '--group', '--torch-backend',
]);
// Several rules ask for the same RUN's installs: read once per RUN (the model never changes).
const pipInstallsOf = new WeakMap();
const systemInstallsOf = new WeakMap();
/** Commands that are `pip install`, `pip3 install`, `python -m pip install` or `uv pip install`. */
function pipInstalls(run) {
    let installs = pipInstallsOf.get(run);
    if (!installs) {
        const found = [];
        for (const command of run.shell().commands) {
            const rest = pipInstallArgs(command);
            if (rest)
                found.push(readPipArgs(command, rest.tool, rest.args));
        }
        pipInstallsOf.set(run, (installs = found));
    }
    return installs;
}
function pipInstallArgs(command) {
    const { program, args } = command;
    if (/^pip(\d+(\.\d+)?)?$/.test(program) && args[0] === 'install')
        return { tool: 'pip', args: args.slice(1) };
    if (/^python(\d+(\.\d+)?)?$/.test(program)) {
        const m = args.indexOf('-m');
        if (m >= 0 && /^pip\d*$/.test(args[m + 1] ?? '') && args[m + 2] === 'install')
            return { tool: 'pip', args: args.slice(m + 3) };
    }
    if (program === 'uv' && args[0] === 'pip' && args[1] === 'install')
        return { tool: 'uv', args: args.slice(2) };
    return null;
}
function readPipArgs(command, tool, args) {
    const install = {
        command,
        tool,
        packages: [],
        requirementFiles: [],
        constraintFiles: [],
        localTargets: [],
        options: [],
        indexUrls: [],
    };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg.startsWith('-')) {
            const [flag, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
            install.options.push(flag);
            const takesValue = PIP_VALUE_FLAGS.has(flag) || flag === '-e' || flag === '--editable';
            const value = inlineValue ?? (takesValue ? args[++i] : undefined);
            if (value === undefined)
                continue;
            if (flag === '-r' || flag === '--requirement')
                install.requirementFiles.push(value);
            else if (flag === '-c' || flag === '--constraint')
                install.constraintFiles.push(value);
            else if (flag === '-i' || flag === '--index-url' || flag === '--extra-index-url')
                install.indexUrls.push(value);
            else if (flag === '-e' || flag === '--editable')
                install.localTargets.push(value);
            continue;
        }
        if (isLocalTarget(arg))
            install.localTargets.push(arg);
        else
            install.packages.push(arg);
    }
    return install;
}
function isLocalTarget(arg) {
    return (arg === '.' ||
        arg.startsWith('./') ||
        arg.startsWith('/') ||
        arg.startsWith('../') ||
        /^[\w+.-]+:\/\//.test(arg) ||
        /\.(whl|tar\.gz|zip)$/.test(arg) ||
        arg.startsWith('$'));
}
/** The distribution name of a requirement string: "torch[cuda]>=2; python_version>'3'" → torch. */
function packageName(requirement) {
    return (/^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(requirement.trim())?.[0] ?? requirement).toLowerCase().replace(/_/g, '-');
}
const INSTALL_VERBS = {
    'apt-get': ['install'],
    apt: ['install'],
    yum: ['install'],
    dnf: ['install'],
    microdnf: ['install'],
    apk: ['add'],
    conda: ['install', 'create'],
    mamba: ['install', 'create'],
    micromamba: ['install', 'create'],
};
// apk's -t/--virtual takes the group name (`apk add --virtual .build-deps gcc`).
const SYSTEM_VALUE_FLAGS = new Set(['-o', '-t', '--virtual', '--target-release', '-c', '--channel', '-n', '--name', '-p', '--prefix', '--repository', '-X', '--setopt', '-f', '--file']);
/** apt/yum/dnf/apk/conda install commands with the packages they name. */
function systemInstalls(run) {
    const known = systemInstallsOf.get(run);
    if (known)
        return known;
    const installs = [];
    for (const command of run.shell().commands) {
        const manager = command.program;
        const verbs = INSTALL_VERBS[manager];
        if (!verbs)
            continue;
        const verbIndex = command.args.findIndex((a) => !a.startsWith('-'));
        if (verbIndex < 0 || !verbs.includes(command.args[verbIndex]))
            continue;
        const packages = [];
        const options = [];
        const rest = command.args.filter((_, i) => i !== verbIndex);
        for (let i = 0; i < rest.length; i++) {
            const arg = rest[i];
            if (arg.startsWith('-')) {
                options.push(arg);
                if (SYSTEM_VALUE_FLAGS.has(arg))
                    i++;
            }
            else
                packages.push(arg);
        }
        installs.push({ command, manager, packages, options });
    }
    systemInstallsOf.set(run, installs);
    return installs;
}
/** Does the RUN have a cache (or tmpfs) mount whose target covers `path`? */
function hasCacheMountOn(run, ...paths) {
    return run.mounts.some((m) => (m.type === 'cache' || m.type === 'tmpfs') &&
        m.target !== null &&
        paths.some((p) => p === m.target || p.startsWith(m.target.replace(/\/+$/, '') + '/') || m.target.startsWith(p)));
}
/** A note to add to a message when the RUN's shell could not be parsed and a tokenizer stood in. */
function parseNote(run) {
    const error = run.shell().error;
    return error ? ` (this RUN's shell could not be parsed: ${error}; checked with a simple tokenizer)` : '';
}
/** The commands that run after `command` in the same RUN: a cleanup only shrinks the layer when it follows. */
function commandsAfter(run, command) {
    const commands = run.shell().commands;
    return commands.slice(commands.indexOf(command) + 1);
}
/** Does the RUN delete, after `command`, a path that `target` matches (`rm -rf /var/lib/apt/lists/*`)? */
function removesAfter(run, command, target) {
    return commandsAfter(run, command).some((c) => c.program === 'rm' && c.args.some((a) => !a.startsWith('-') && target.test(a)));
}


/***/ }),

/***/ 2432:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ PIP_CACHE),
/* harmony export */   NI: () => (/* binding */ TORCH_CPU_WHEELS),
/* harmony export */   dT: () => (/* binding */ RUNTIME_DUPLICATES_TORCH),
/* harmony export */   oN: () => (/* binding */ DEVEL_TO_RUNTIME),
/* harmony export */   sP: () => (/* binding */ savingRange)
/* harmony export */ });
// Publicly reported sizes for ML base images, copied from shared/data/base-images.json with
// their sources (each is one project's image; messages quote the range, never a single point).
// The docs pages (docs/rules/MLG001.md, MLG014.md, MLG019.md) list the same sources.
/** Final stage on a CUDA devel image → runtime/base. */
const DEVEL_TO_RUNTIME = [
    { source: 'https://github.com/saturncloud/images/pull/256', diskGb: 6.42 - 3.87 },
    { source: 'https://github.com/vllm-project/vllm/pull/29270', diskGb: 8, compressedGb: 5 },
    { source: 'https://github.com/gke-labs/open-rl/pull/232', diskGb: 24.5 - 15.4, compressedGb: 12.1 - 6.8 },
    { source: 'https://github.com/kubeflow/kubeflow/issues/1783', compressedGb: 2.584 - 1.148 },
];
/** CUDA torch wheels in an image without a GPU → CPU wheels. */
const TORCH_CPU_WHEELS = [
    { source: 'https://github.com/snowzach/doods2/issues/90', diskGb: 2.6 },
    { source: 'https://github.com/mtrnix/metronix-memory/pull/39', diskGb: 9.4 - 2.9 },
];
/** CUDA runtime image + torch's own nvidia-* wheels → plain/base image. */
const RUNTIME_DUPLICATES_TORCH = [
    { source: 'https://github.com/IBM/text-generation-inference/pull/50', diskGb: 2.3 },
];
/** pip's wheel cache left in the image → --no-cache-dir or a cache mount. */
const PIP_CACHE = [
    { source: 'https://github.com/bentoml/BentoML/pull/916', diskGb: 0.75 },
    { source: 'https://github.com/ZettaAI/zetta_utils/pull/738', compressedGb: (8 - 5.5) * 1.073741824 },
];
const gb = (n) => `${Number(n.toFixed(1))}`;
function range(values) {
    if (values.length === 0)
        return null;
    const low = Math.min(...values);
    const high = Math.max(...values);
    return low === high ? `about ${gb(low)} GB` : `${gb(low)}–${gb(high)} GB`;
}
/** "2.5–9.1 GB on disk, 1.4–5.3 GB compressed" from the reports. */
function savingRange(reports) {
    // The tables are constant and rules quote them on every file: formatted once per table.
    let text = ranges.get(reports);
    if (text === undefined)
        ranges.set(reports, (text = formatRange(reports)));
    return text;
}
const ranges = new WeakMap();
function formatRange(reports) {
    const disk = range(reports.flatMap((r) => (r.diskGb === undefined ? [] : [r.diskGb])));
    const compressed = range(reports.flatMap((r) => (r.compressedGb === undefined ? [] : [r.compressedGb])));
    return [disk && `${disk} on disk`, compressed && `${compressed} compressed`].filter(Boolean).join(', ');
}


/***/ }),

/***/ 8765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tP: () => (/* binding */ DockerfileError),
  $Z: () => (/* binding */ allInstructions),
  fF: () => (/* binding */ baseImage),
  dv: () => (/* binding */ chainInstructions),
  zE: () => (/* binding */ envBefore),
  ZR: () => (/* binding */ execFormWords),
  BD: () => (/* binding */ finalStage),
  U9: () => (/* binding */ findStage),
  L: () => (/* binding */ isArg),
  sN: () => (/* binding */ isCopy),
  Ix: () => (/* binding */ isEnv),
  yz: () => (/* binding */ isRun),
  Ai: () => (/* binding */ parseDockerfile),
  tO: () => (/* binding */ shipsInFinal),
  s5: () => (/* binding */ splitImage),
  ap: () => (/* binding */ stageChain)
});

// UNUSED EXPORTS: substituteArgs

;// CONCATENATED MODULE: ./src/lint/shell-parser.ts
// A shell parser for what Dockerfile RUN scripts are made of: simple commands with their
// assignment prefixes and 1-based lines, across &&, ||, ;, |, &, newlines, subshells, { },
// if/for/while/case, functions, $(...), backticks, <(...), redirections and heredocs, with
// POSIX quoting (' " \ $'...'). Written here because mvdan-sh costs ~0.2 s of CPU to load and
// sh-syntax several ms a parse, while the lint budget is a fraction of a ms per Dockerfile;
// a differential test checks this parser against mvdan-sh on every Dockerfile we have.
class ShellSyntaxError extends Error {
}
/** Words that open or close compound commands; dropped where a command would start. */
const RESERVED = new Set(['{', '}', '!', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'esac', 'in']);
/** A character of a shell NAME ([A-Za-z_][A-Za-z0-9_]*), at its start or further in. */
function isNameChar(c, first) {
    const code = c.charCodeAt(0);
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || (!first && code >= 48 && code <= 57);
}
function parseSimpleCommands(script) {
    const parser = new Parser(script);
    parser.parseList(null);
    return parser.commands;
}
class Parser {
    src;
    commands = [];
    pos = 0;
    line = 1;
    pendingHeredocs = [];
    backtickDepth = 0;
    constructor(src) {
        this.src = src;
    }
    /** Parses commands until `terminator` (')' of $( or '`') or the end; returns after it. */
    parseList(terminator) {
        if (terminator === '`')
            this.backtickDepth++;
        try {
            this.parseCommands(terminator);
        }
        finally {
            if (terminator === '`')
                this.backtickDepth--;
        }
    }
    parseCommands(terminator) {
        const src = this.src;
        let words = [];
        let parenDepth = 0;
        const endCommand = () => {
            this.finishCommand(words);
            words = [];
        };
        while (this.pos < src.length) {
            const c = src[this.pos];
            if (c === ' ' || c === '\t' || c === '\r') {
                this.pos++;
            }
            else if (c === '\\' && src[this.pos + 1] === '\n') {
                this.pos += 2;
                this.line++;
            }
            else if (c === '\n') {
                this.pos++;
                this.line++;
                endCommand();
                this.readHeredocBodies();
            }
            else if (c === '#') {
                while (this.pos < src.length && src[this.pos] !== '\n')
                    this.pos++;
            }
            else if (c === ';' || c === '&' || c === '|') {
                if (c === '&' && src[this.pos + 1] === '>') {
                    this.pos += src[this.pos + 2] === '>' ? 3 : 2;
                    this.readWord(); // &>file: a redirection target, not an argument
                    continue;
                }
                const doubled = src[this.pos + 1] === c || (c === '|' && src[this.pos + 1] === '&');
                this.pos += doubled ? 2 : 1;
                endCommand();
            }
            else if (c === '(') {
                this.pos++;
                if (this.peekNonBlank() === ')') {
                    // name() { ...; }: a function definition, its name is not a command.
                    this.pos = this.src.indexOf(')', this.pos) + 1;
                    words = [];
                    continue;
                }
                endCommand();
                parenDepth++;
            }
            else if (c === ')') {
                if (parenDepth === 0 && terminator === ')') {
                    this.pos++;
                    endCommand();
                    return;
                }
                this.pos++;
                if (parenDepth > 0) {
                    parenDepth--;
                    endCommand();
                }
                else {
                    words = []; // a case pattern: `pat)` precedes the branch's commands
                }
            }
            else if (c === '`' && terminator === '`') {
                this.pos++;
                endCommand();
                return;
            }
            else if ((c === '<' || c === '>') && src[this.pos + 1] === '(') {
                const line = this.line;
                this.pos += 2;
                this.parseList(')');
                words.push({ text: '$(...)', line, assignment: null });
            }
            else if (c === '<' || c === '>') {
                this.readRedirection(words);
            }
            else {
                const before = this.pos;
                const word = this.readWord();
                // A backtick that closes an outer substitution inside $(...): the nesting is broken.
                if (this.pos === before)
                    throw new ShellSyntaxError(`line ${this.line}: unexpected ${JSON.stringify(c)}`);
                if (word)
                    words.push(word);
            }
        }
        if (terminator)
            throw new ShellSyntaxError(`line ${this.line}: reached the end without closing ${terminator === ')' ? '$(' : '`'}`);
        if (parenDepth > 0)
            throw new ShellSyntaxError(`line ${this.line}: reached the end without closing (`);
        endCommand();
    }
    finishCommand(words) {
        let start = 0;
        while (start < words.length && RESERVED.has(words[start].text))
            start++;
        const rest = words.slice(start);
        if (rest.length === 0)
            return;
        const first = rest[0].text;
        // Headers of for/case/select list values, not commands: `for f in *.whl; do`.
        if (first === 'for' || first === 'case' || first === 'select')
            return;
        this.commands.push({ words: rest, line: rest[0].line });
    }
    peekNonBlank() {
        let i = this.pos;
        while (this.src[i] === ' ' || this.src[i] === '\t')
            i++;
        return this.src[i];
    }
    /** `>`, `>>`, `<`, `2>&1`, `<<EOF`, `<<-EOF`, `<<<word`: the target is not an argument. */
    readRedirection(words) {
        const src = this.src;
        // A file descriptor number written right before the operator belongs to it.
        const last = words[words.length - 1];
        if (last && /^\d+$/.test(last.text) && /\d/.test(src[this.pos - 1] ?? ''))
            words.pop();
        if (src.startsWith('<<<', this.pos)) {
            this.pos += 3;
            this.skipBlanks();
            this.readWord();
            return;
        }
        if (src.startsWith('<<', this.pos)) {
            const stripTabs = src[this.pos + 2] === '-';
            this.pos += stripTabs ? 3 : 2;
            this.skipBlanks();
            const delimiter = this.readWord();
            if (delimiter)
                this.pendingHeredocs.push({ delimiter: delimiter.text, stripTabs });
            return;
        }
        this.pos++;
        if (src[this.pos] === '>' || src[this.pos] === '&' || src[this.pos] === '|')
            this.pos++;
        this.skipBlanks();
        this.readWord();
    }
    skipBlanks() {
        while (this.src[this.pos] === ' ' || this.src[this.pos] === '\t')
            this.pos++;
    }
    readHeredocBodies() {
        for (const { delimiter, stripTabs } of this.pendingHeredocs) {
            while (this.pos < this.src.length) {
                const end = this.src.indexOf('\n', this.pos);
                const lineEnd = end < 0 ? this.src.length : end;
                let text = this.src.slice(this.pos, lineEnd).replace(/\r$/, '');
                if (stripTabs)
                    text = text.replace(/^\t+/, '');
                this.pos = end < 0 ? this.src.length : end + 1;
                this.line++;
                if (text === delimiter)
                    break;
            }
        }
        this.pendingHeredocs = [];
    }
    /** One word with quotes removed; null at an operator. */
    readWord() {
        const src = this.src;
        const line = this.line;
        let text = '';
        let unquotedPrefix = true; // everything so far was unquoted literal text
        let identifierSoFar = false; // the unquoted text so far is a NAME (tracked per character: no rescan at each '=')
        let assignmentAt = -1;
        while (this.pos < src.length) {
            const c = src[this.pos];
            if (' \t\r\n;&|()<>'.includes(c)) {
                // `a=(x y)`: a bash array assignment keeps its parenthesised value.
                if (c === '(' && assignmentAt === text.length - 1 && assignmentAt >= 0) {
                    const close = src.indexOf(')', this.pos);
                    if (close < 0)
                        throw new ShellSyntaxError(`line ${this.line}: reached the end without closing (`);
                    text += src.slice(this.pos, close + 1);
                    this.line += countNewlines(src, this.pos, close);
                    this.pos = close + 1;
                    continue;
                }
                break;
            }
            if (c === '`') {
                if (this.backtickDepth > 0)
                    break; // the closing backtick of the substitution we are in
                this.pos++;
                this.parseList('`');
                text += '$(...)';
                unquotedPrefix = false;
            }
            else if (c === '\\') {
                if (src[this.pos + 1] === '\n') {
                    this.pos += 2;
                    this.line++;
                    continue;
                }
                text += src[this.pos + 1] ?? '';
                this.pos += 2;
                unquotedPrefix = false;
            }
            else if (c === "'") {
                const close = src.indexOf("'", this.pos + 1);
                if (close < 0)
                    throw new ShellSyntaxError(`line ${this.line}: reached the end without closing quote '`);
                text += src.slice(this.pos + 1, close);
                this.line += countNewlines(src, this.pos, close);
                this.pos = close + 1;
                unquotedPrefix = false;
            }
            else if (c === '"') {
                this.pos++;
                text += this.readDoubleQuoted();
                unquotedPrefix = false;
            }
            else if (c === '$') {
                text += this.readDollar();
                unquotedPrefix = false;
            }
            else {
                if (c === '=' && unquotedPrefix && assignmentAt < 0 && identifierSoFar)
                    assignmentAt = text.length;
                if (unquotedPrefix && assignmentAt < 0)
                    identifierSoFar = isNameChar(c, text === '') && (text === '' || identifierSoFar);
                text += c;
                this.pos++;
            }
        }
        if (text === '' && this.pos < src.length && ' \t\r\n;&|()<>'.includes(src[this.pos]) && line === this.line) {
            // Only quotes that held nothing ("" or '') make an empty word; an operator makes none.
            return src[this.pos - 1] === '"' || src[this.pos - 1] === "'" ? { text: '', line, assignment: null } : null;
        }
        const assignment = assignmentAt > 0 ? { name: text.slice(0, assignmentAt), value: text.slice(assignmentAt + 1) } : null;
        return { text, line, assignment };
    }
    readDoubleQuoted() {
        const src = this.src;
        let text = '';
        while (this.pos < src.length) {
            const c = src[this.pos];
            if (c === '"') {
                this.pos++;
                return text;
            }
            if (c === '\\') {
                const next = src[this.pos + 1];
                if (next === '\n')
                    this.line++;
                else if (next === '$' || next === '`' || next === '"' || next === '\\')
                    text += next;
                else
                    text += c + (next ?? '');
                this.pos += 2;
            }
            else if (c === '$') {
                text += this.readDollar();
            }
            else if (c === '`') {
                this.pos++;
                this.parseList('`');
                text += '$(...)';
            }
            else {
                if (c === '\n')
                    this.line++;
                text += c;
                this.pos++;
            }
        }
        throw new ShellSyntaxError(`line ${this.line}: reached the end without closing quote "`);
    }
    /** $NAME, ${...}, $(...), $((...)), $'...': expansions render as written, command substitutions are parsed. */
    readDollar() {
        const src = this.src;
        const next = src[this.pos + 1];
        if (next === '(' && src[this.pos + 2] === '(') {
            this.pos = this.skipBalanced(this.pos + 3, '(', ')', 2);
            return '$((...))';
        }
        if (next === '(') {
            this.pos += 2;
            this.parseList(')');
            return '$(...)';
        }
        if (next === '{') {
            const start = this.pos + 2;
            this.pos = this.skipBalanced(start, '{', '}', 1);
            return '$' + (/^[#!]?([A-Za-z_][A-Za-z0-9_]*|\d+|[@*?#$!-])/.exec(src.slice(start, this.pos - 1))?.[1] ?? '');
        }
        if (next === "'") {
            let i = this.pos + 2;
            let text = '';
            while (i < src.length && src[i] !== "'") {
                if (src[i] === '\\') {
                    text += ansiEscape(src[i + 1] ?? '');
                    i += 2;
                }
                else
                    text += src[i++];
            }
            if (i >= src.length)
                throw new ShellSyntaxError(`line ${this.line}: reached the end without closing quote '`);
            this.line += countNewlines(src, this.pos, i);
            this.pos = i + 1;
            return text;
        }
        const name = /^([A-Za-z_][A-Za-z0-9_]*|\d|[@*?#$!-])/.exec(src.slice(this.pos + 1, this.pos + 65))?.[1];
        if (!name) {
            this.pos++;
            return '$';
        }
        this.pos += 1 + name.length;
        return '$' + name;
    }
    /** Index after the bracket that closes `depth` open ones, counting lines; quotes respected. */
    skipBalanced(from, open, close, depth) {
        const src = this.src;
        let i = from;
        while (i < src.length && depth > 0) {
            const c = src[i];
            if (c === '\\')
                i++;
            else if (c === "'" && open === '{') {
                const end = src.indexOf("'", i + 1);
                if (end < 0)
                    break;
                this.line += countNewlines(src, i, end);
                i = end;
            }
            else if (c === open)
                depth++;
            else if (c === close)
                depth--;
            else if (c === '\n')
                this.line++;
            i++;
        }
        if (depth > 0)
            throw new ShellSyntaxError(`line ${this.line}: reached the end without closing ${open}`);
        return i;
    }
}
function countNewlines(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i++)
        if (text.charCodeAt(i) === 10)
            n++;
    return n;
}
function ansiEscape(c) {
    return { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' }[c] ?? c;
}

;// CONCATENATED MODULE: ./src/lint/shell.ts
// RUN scripts through the shell parser (shell-parser.ts): simple commands with their
// env prefixes, across &&, ;, |, subshells, $(...), `sh -c` strings and heredocs. When the
// script cannot be parsed, a plain tokenizer takes over and `error` says so, so a rule can
// still answer and mention it.

const WRAPPERS = new Set(['sudo', 'env', 'time', 'nice', 'exec', 'nohup', 'command', 'xargs', 'timeout']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh']);
/** Parses a shell script whose first line is Dockerfile line `firstLine`. */
function parseShell(script, firstLine, depth = 0) {
    let commands;
    try {
        commands = parseSimpleCommands(script);
    }
    catch (e) {
        if (!(e instanceof ShellSyntaxError))
            throw e;
        return fallbackParse(script, firstLine, e.message);
    }
    const result = { commands: [], error: null, assignments: [] };
    for (const command of commands) {
        const line = firstLine + command.line - 1;
        const env = {};
        let i = 0;
        for (; i < command.words.length && command.words[i].assignment; i++) {
            const { name, value } = command.words[i].assignment;
            env[name] = value;
        }
        const words = command.words.slice(i).map((w) => w.text);
        if (words.length === 0) {
            for (const [name, value] of Object.entries(env))
                result.assignments.push({ name, value, line });
            continue;
        }
        addCommand(result, words, env, line, depth);
    }
    return result;
}
/** RUN ["prog", "arg"]: no shell, unless the program is one (`["sh", "-c", "..."]`). */
function commandsFromExecForm(words, line) {
    const result = { commands: [], error: null, assignments: [] };
    if (words.length > 0)
        addCommand(result, words, {}, line, 0);
    return result;
}
function addCommand(result, words, env, line, depth) {
    let rest = words;
    // Unwrap `sudo`, `env A=1`, `time` ... so the real program is what rules see.
    while (rest.length > 0 && WRAPPERS.has(basename(rest[0]))) {
        rest = rest.slice(1);
        while (rest.length > 0 && (rest[0].startsWith('-') || /^\w+=/.test(rest[0]))) {
            const eq = rest[0].indexOf('=');
            if (!rest[0].startsWith('-') && eq > 0)
                env[rest[0].slice(0, eq)] = rest[0].slice(eq + 1);
            rest = rest.slice(1);
        }
    }
    if (rest.length === 0)
        return;
    const [name, ...args] = rest;
    const program = basename(name);
    if (program === 'export' || ((program === 'declare' || program === 'typeset') && args.includes('-x'))) {
        for (const arg of args.filter((a) => !a.startsWith('-'))) {
            const eq = arg.indexOf('=');
            if (eq > 0)
                result.assignments.push({ name: arg.slice(0, eq), value: arg.slice(eq + 1), line });
        }
        return;
    }
    result.commands.push({ name, program, args, env, line });
    // `sh -c "pip install ..."`: the string is a script too.
    const dashC = args.indexOf('-c');
    if (SHELLS.has(program) && dashC >= 0 && args[dashC + 1] !== undefined && depth < 3) {
        const inner = parseShell(args[dashC + 1], line, depth + 1);
        result.commands.push(...inner.commands.map((c) => ({ ...c, line })));
        result.assignments.push(...inner.assignments);
    }
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/**
 * Splits on control operators and whitespace with simple quote handling. Good enough to
 * name programs and flags in a script the real parser rejected.
 */
function fallbackParse(script, firstLine, error) {
    const result = { commands: [], error, assignments: [] };
    const lines = script.replace(/\\\n/g, ' \u0000').split('\n');
    let lineNo = firstLine;
    for (const text of lines) {
        const start = lineNo;
        lineNo += 1 + (text.match(/\u0000/g)?.length ?? 0);
        for (const segment of text.split(/&&|\|\||[;|&]/)) {
            const words = (segment.match(/"[^"]*"|'[^']*'|\S+/g) ?? [])
                .map((w) => w.replace(/^["']|["']$/g, '').replace(/\u0000/g, ''))
                .filter((w) => w.length > 0);
            const env = {};
            while (words.length > 0 && /^\w+=/.test(words[0])) {
                const [k, ...v] = words.shift().split('=');
                env[k] = v.join('=');
            }
            if (words.length > 0)
                addCommand(result, words, env, start, 3);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/lint/chars.ts
// Character codes the Dockerfile scanners (syntax.ts, arguments.ts) compare with charCodeAt.
const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;
const DOLLAR = 36;
const EQUALS = 61;
/** Space or tab: what separates words (a newline ends the line). */
const isBlank = (c) => c === SPACE || c === TAB;
/** \n or \r: dockerfile-ast, and so our line numbers, count a lone \r as a line break too. */
const isNewline = (c) => c === LF || c === CR;

;// CONCATENATED MODULE: ./src/lint/arguments.ts
// An instruction's arguments as Docker splits them, read straight from the source text: words,
// --flags, and the arguments joined across continuations. The same results as dockerfile-ast's
// getArguments/getFlags/getArgumentsContent (a test compares them on every instruction of the
// repository's Dockerfiles, variants of them and random input), in one pass over offsets.

// Which instructions take --flags, and where dockerfile-ast stops looking for them: at the first
// word without `--` (FROM, RUN, COPY, ADD) or at CMD/NONE (HEALTHCHECK).
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const endsFlags = (keyword, word) => (keyword === 'HEALTHCHECK' ? /^(cmd|none)$/i.test(word) : !word.includes('--'));
/**
 * The words of source[from, to) after the instruction's flags, and the flags. `skip` leading
 * words are dropped first (ONBUILD's trigger keyword).
 */
function instructionArguments(source, keyword, from, to, escape, skip = 0) {
    const scanned = scanArguments(source, from, to, escape);
    const flags = [];
    if (FLAG_KEYWORDS.has(keyword)) {
        for (let i = skip; i < scanned.words.length; i++) {
            const word = scanned.words[i];
            if (endsFlags(keyword, word))
                break;
            if (!word.startsWith('--'))
                continue;
            const eq = word.indexOf('=');
            flags.push(eq < 0 ? { name: word.slice(2).toLowerCase(), value: null } : { name: word.slice(2, eq).toLowerCase(), value: word.slice(eq + 1) });
        }
    }
    // As dockerfile-ast: as many leading words as there are flags are dropped.
    const first = skip + flags.length;
    if (first === 0)
        return { words: scanned.words, starts: scanned.starts, ends: scanned.ends, flags };
    return { words: scanned.words.slice(first), starts: scanned.starts.slice(first), ends: scanned.ends.slice(first), flags };
}
/** The arguments as one string, from the first word to the last, continuations removed. */
function argumentsText(source, args, escape) {
    const last = args.words.length - 1;
    return last < 0 ? '' : joinedContent(source, args.starts[0], args.ends[last], escape);
}
/**
 * Splits source[from, to) (everything after the keyword) into words. A line continuation is the
 * escape character followed by optional blanks and a newline; after one, a line whose first
 * character is `#` is a comment and blank lines are skipped. A word goes on across a continuation
 * unless the next line starts with blanks.
 */
function scanArguments(source, from, to, escape) {
    const escapeCode = escape.charCodeAt(0);
    const words = [];
    const starts = [];
    const ends = [];
    let value = ''; // the current word so far, without the run of plain characters from pieceStart
    let pieceStart = -1;
    let wordStart = -1;
    let cut = -1; // where the current word ends when a continuation interrupts it
    let afterContinuation = false;
    let blankAfterContinuation = false;
    let lineStart = false; // at the start of a line after a continuation: `#` opens a comment
    let inComment = false;
    // Written out rather than as closures: this loop runs for every instruction of every file.
    let i = from;
    for (; i < to; i++) {
        const c = source.charCodeAt(i);
        if (isBlank(c) || isNewline(c)) {
            if (pieceStart >= 0)
                value += source.slice(pieceStart, i);
            pieceStart = -1;
            if (afterContinuation) {
                blankAfterContinuation = !isNewline(c);
                if (isNewline(c) && inComment) {
                    inComment = false;
                    lineStart = true;
                }
            }
            else if (wordStart >= 0) {
                words.push(value);
                starts.push(wordStart);
                ends.push(cut >= 0 ? cut : i);
                value = '';
                wordStart = -1;
                cut = -1;
            }
            continue;
        }
        const next = c === escapeCode ? (i + 1 < to ? source.charCodeAt(i + 1) : -1) : 0;
        const escapedChar = c === escapeCode && !isBlank(next) && !isNewline(next);
        const plainChar = c !== escapeCode && !inComment && !(lineStart && c === HASH);
        if (escapedChar || plainChar) {
            // A character of a word. On a line that a continuation led into with blanks, it starts a new word.
            if (blankAfterContinuation && cut >= 0) {
                if (pieceStart >= 0)
                    value += source.slice(pieceStart, i);
                pieceStart = -1;
                words.push(value);
                starts.push(wordStart);
                ends.push(cut);
                value = '';
                wordStart = -1;
            }
            blankAfterContinuation = false;
            afterContinuation = false;
            cut = -1;
        }
        if (c === escapeCode) {
            if (pieceStart >= 0)
                value += source.slice(pieceStart, i);
            pieceStart = -1;
            if (isBlank(next)) {
                let j = i + 2;
                while (j < to && isBlank(source.charCodeAt(j)))
                    j++;
                if (j < to && isNewline(source.charCodeAt(j))) {
                    // A continuation with blanks after the escape character.
                    inComment = false;
                    afterContinuation = true;
                    lineStart = true;
                    if (wordStart >= 0)
                        cut = i;
                    i = source.charCodeAt(j) === CR ? j + 1 : j;
                }
                else if (j < to) {
                    // An escaped blank separates words like a blank does.
                    cut = i;
                    if (wordStart < 0)
                        i = j - 1;
                }
            }
            else if (next === CR || next === LF) {
                inComment = false;
                afterContinuation = true;
                lineStart = true;
                if (wordStart >= 0 && cut < 0)
                    cut = i;
                i += next === CR ? 2 : 1;
            }
            else {
                if (next === -1)
                    break; // a lone escape character at the very end
                value += next === DOLLAR ? source.slice(i, i + 2) : source[i + 1];
                if (wordStart < 0)
                    wordStart = i;
                i++;
            }
        }
        else if (!inComment) {
            if (plainChar) {
                if (pieceStart < 0)
                    pieceStart = i;
                if (wordStart < 0)
                    wordStart = i;
            }
            else {
                inComment = true; // `#` first on a line after a continuation
            }
            lineStart = false;
        }
    }
    if (pieceStart >= 0)
        value += source.slice(pieceStart, Math.min(i, to));
    if (wordStart >= 0) {
        words.push(value);
        starts.push(wordStart);
        ends.push(cut >= 0 ? cut : to);
    }
    return { words, starts, ends };
}
/**
 * The text from offset `from` to `to` (a first and last word's bounds) with continuations
 * removed: each continued line up to its escape character, the next from its line start
 * (leading blanks kept), comment lines inside the continuation left out.
 */
function joinedContent(source, from, to, escape) {
    if (!hasNewline(source, from, to))
        return source.slice(from, to); // one line: as written
    const escapeCode = escape.charCodeAt(0);
    let content = '';
    let segmentStart = from; // -1 between a continuation and the next line's first character
    let end = from - 1; // last character that belongs to the content
    let inComment = false;
    for (let i = from; i < to; i++) {
        const c = source.charCodeAt(i);
        if (c === escapeCode) {
            const next = i + 1 < to ? source.charCodeAt(i + 1) : -1;
            let newlineAt = -1;
            if (isBlank(next)) {
                let j = i + 2;
                while (j < to && isBlank(source.charCodeAt(j)))
                    j++;
                if (j < to && isNewline(source.charCodeAt(j)))
                    newlineAt = source.charCodeAt(j) === CR ? j + 1 : j;
            }
            else if (next === CR) {
                newlineAt = i + 2;
            }
            else if (next === LF) {
                newlineAt = i + 1;
            }
            else {
                i++; // an escaped character
                continue;
            }
            if (newlineAt < 0)
                continue;
            if (segmentStart >= 0)
                content += source.slice(segmentStart, end + 1);
            segmentStart = -1;
            inComment = false;
            i = newlineAt;
        }
        else if (isNewline(c)) {
            if (inComment) {
                segmentStart = -1;
                inComment = false;
            }
        }
        else if (!inComment) {
            if (segmentStart < 0) {
                if (c === HASH) {
                    inComment = true;
                    continue;
                }
                const start = lineStartOf(source, i);
                if (start !== i)
                    segmentStart = start;
            }
            end = i;
        }
    }
    // A last line whose only character sits at column 0 keeps that character.
    content += segmentStart < 0 ? source.slice(end, end + 1) : source.slice(segmentStart, end + 1);
    return content;
}
function hasNewline(source, from, to) {
    for (let i = from; i < to; i++)
        if (isNewline(source.charCodeAt(i)))
            return true;
    return false;
}
function lineStartOf(source, offset) {
    let i = offset;
    while (i > 0 && !isNewline(source.charCodeAt(i - 1)))
        i--;
    return i;
}
/**
 * ENV/ARG pairs from the joined arguments: `name=value ...` (values may be quoted and contain
 * blanks), or ENV's old `ENV name value words` form when the first word has no `=`.
 */
function properties(keyword, args, escape) {
    const words = quotedWords(args, escape);
    if (words.length === 0)
        return [];
    if (keyword === 'ENV' && !words[0].raw.includes('=')) {
        const rest = args.trim().slice(words[0].raw.length).trim();
        return [{ name: words[0].raw, value: rest === '' ? null : rest }];
    }
    return words.map(({ raw, value }) => {
        const eq = raw.indexOf('=');
        return eq < 0 ? { name: raw, value: null } : { name: raw.slice(0, eq), value: value.slice(value.indexOf('=') + 1) };
    });
}
/** Words split at blanks outside quotes: as written, and with quotes removed and escapes applied. */
function quotedWords(text, escape) {
    const words = [];
    let value = '';
    let start = -1;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === '' && (c === ' ' || c === '\t')) {
            if (start >= 0)
                words.push({ raw: text.slice(start, i), value });
            start = -1;
            value = '';
            continue;
        }
        if (start < 0)
            start = i;
        if (c === escape && quote !== "'") {
            if (i + 1 === text.length)
                break; // a lone escape character at the very end
            const next = text[i + 1];
            // Inside double quotes only a quote, the escape character and $ are escaped.
            value += quote === '"' && next !== '"' && next !== escape && next !== '$' ? c + next : next;
            i++;
        }
        else if ((c === '"' || c === "'") && (quote === '' || quote === c)) {
            quote = quote === '' ? c : '';
        }
        else {
            value += c;
        }
    }
    if (start >= 0)
        words.push({ raw: text.slice(start), value });
    return words;
}

;// CONCATENATED MODULE: ./src/lint/syntax.ts
// Splits a Dockerfile into parser directives, comments and instructions (keyword and source
// offsets), as dockerfile-ast does: continuations (blank and comment lines inside them), the
// escape directive, heredoc bodies after RUN/COPY/ADD. dockerfile-ast builds a language-server
// AST (a position and range object for every token) and that parse alone cost more than all our
// rules; this pass keeps offsets only. A test checks that both split every Dockerfile in the
// repository, variants of them and random inputs the same way (__tests__/lint/dockerfile-oracle.test.ts).


/** Parses Dockerfile text (without a BOM). Never throws. */
function parseSyntax(source) {
    const lineOffsets = computeLineOffsets(source);
    const directives = readDirectives(source, lineOffsets);
    const escapeDirective = directives.find((d) => d.name.toLowerCase() === 'escape');
    const escape = escapeDirective && (escapeDirective.value === '\\' || escapeDirective.value === '`') ? escapeDirective.value : '\\';
    const parser = new SyntaxParser(source, lineOffsets, escape);
    // Directives occupy the first lines; the body starts after them.
    const bodyStart = directives.length === 0 ? 0 : (lineOffsets[directives.length] ?? source.length);
    for (let i = bodyStart; i < source.length; i++) {
        const c = source.charCodeAt(i);
        if (isBlank(c) || isNewline(c))
            continue;
        i = c === HASH ? parser.comment(i) : parser.instruction(i);
    }
    return { source, lineOffsets, escape, directives, comments: parser.comments, instructions: parser.instructions };
}
function computeLineOffsets(source) {
    const offsets = [0];
    for (let i = 0; i < source.length; i++) {
        const c = source.charCodeAt(i);
        if (c === CR && source.charCodeAt(i + 1) === LF)
            i++;
        if (c === LF || c === CR)
            offsets.push(i + 1);
    }
    return offsets;
}
/** A line's text (0-based index) without its line break. */
function lineText(syntax, line) {
    const { source, lineOffsets } = syntax;
    const start = lineOffsets[line];
    if (start === undefined)
        return '';
    let end = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : source.length;
    if (end > start && source.charCodeAt(end - 1) === LF)
        end--;
    if (end > start && source.charCodeAt(end - 1) === CR)
        end--;
    return source.slice(start, end);
}
/** The 0-based line holding a source offset. */
function lineAt(lineOffsets, offset) {
    let low = 0;
    let high = lineOffsets.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineOffsets[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
/**
 * `# name=value` lines at the very top. A blank line, an instruction, or a comment without `=`
 * ends them; so does trailing whitespace after a value (dockerfile-ast reads what follows it
 * as a blank line).
 */
function readDirectives(source, lineOffsets) {
    const directives = [];
    scan: for (let i = 0; i < source.length; i++) {
        const c = source.charCodeAt(i);
        if (isBlank(c))
            continue;
        if (c !== HASH)
            break;
        let nameStart = -1;
        let nameEnd = -1;
        for (let j = i + 1; j < source.length; j++) {
            const d = source.charCodeAt(j);
            if (isNewline(d))
                break scan;
            if (isBlank(d)) {
                if (nameStart >= 0 && nameEnd < 0)
                    nameEnd = j;
            }
            else if (d === EQUALS) {
                if (nameEnd < 0)
                    nameEnd = j;
                if (nameStart < 0)
                    break scan; // `# =x`: a plain comment
                let valueStart = -1;
                let valueEnd = -1;
                let k = j + 1;
                for (; k < source.length && !isNewline(source.charCodeAt(k)); k++) {
                    if (isBlank(source.charCodeAt(k))) {
                        if (valueStart >= 0 && valueEnd < 0)
                            valueEnd = k;
                    }
                    else if (valueStart < 0) {
                        valueStart = k;
                    }
                }
                if (valueStart < 0)
                    valueStart = valueEnd = j + 1;
                else if (valueEnd < 0)
                    valueEnd = k;
                directives.push({ line: lineAt(lineOffsets, i) + 1, name: source.slice(nameStart, nameEnd), value: source.slice(valueStart, valueEnd) });
                i = source.charCodeAt(valueEnd) === CR ? valueEnd + 1 : valueEnd;
                continue scan;
            }
            else if (nameStart < 0) {
                nameStart = j;
            }
        }
        break;
    }
    return directives;
}
class SyntaxParser {
    source;
    lineOffsets;
    escape;
    comments = [];
    instructions = [];
    escapeCode;
    constructor(source, lineOffsets, escape) {
        this.source = source;
        this.lineOffsets = lineOffsets;
        this.escape = escape;
        this.escapeCode = escape.charCodeAt(0);
    }
    /** A comment from `#` to the end of its line; returns the offset of that line end. */
    comment(start) {
        let end = this.source.length;
        for (let i = start + 1; i < this.source.length; i++) {
            if (isNewline(this.source.charCodeAt(i))) {
                end = i;
                break;
            }
        }
        this.comments.push({ line: lineAt(this.lineOffsets, start) + 1, text: this.source.slice(start + 1, end).trim() });
        return end;
    }
    /** An instruction from its keyword's first character; returns the offset where it ends. */
    instruction(start) {
        const { source, escapeCode } = this;
        let keyword = source[start];
        let keywordEnd = -1;
        let afterEscape = false; // the keyword itself is continued on the next line
        let i = start + 1;
        scan: for (; i < source.length; i++) {
            const c = source.charCodeAt(i);
            if (c === escapeCode) {
                afterEscape = true;
                const next = source.charCodeAt(i + 1);
                if (isNewline(next)) {
                    if (keywordEnd < 0)
                        keywordEnd = i;
                    i++;
                }
                else if (isBlank(next)) {
                    let j = i + 2;
                    for (; j < source.length; j++) {
                        const d = source.charCodeAt(j);
                        if (isBlank(d))
                            continue;
                        if (isNewline(d)) {
                            i = j;
                            continue scan;
                        }
                        keywordEnd = i + 1;
                        keyword += this.escape;
                        i = j - 2;
                        continue scan;
                    }
                    keywordEnd = i + 1;
                    keyword += this.escape;
                    break scan;
                }
                else {
                    keywordEnd = i + 1;
                    keyword += this.escape;
                    afterEscape = false;
                }
            }
            else if (isBlank(c)) {
                if (afterEscape) {
                    let j = i + 1;
                    for (; j < source.length && isBlank(source.charCodeAt(j)); j++)
                        ;
                    if (j < source.length && isNewline(source.charCodeAt(j))) {
                        i = j;
                        continue;
                    }
                }
                if (keywordEnd < 0)
                    keywordEnd = i;
                const end = this.arguments(keyword, keywordEnd, i);
                this.push(keyword, start, keywordEnd, end);
                return end;
            }
            else if (isNewline(c)) {
                if (afterEscape)
                    continue;
                if (keywordEnd < 0)
                    keywordEnd = i;
                this.push(keyword, start, keywordEnd, i);
                return i;
            }
            else if (c === HASH && afterEscape) {
                continue;
            }
            else {
                keywordEnd = i + 1;
                keyword += source[i];
                afterEscape = false;
            }
        }
        if (keywordEnd < 0)
            keywordEnd = source.length;
        this.push(keyword, start, keywordEnd, source.length);
        return source.length;
    }
    /**
     * The arguments from `offset` to the first newline that is not escaped; after a continuation,
     * a line starting with `#` is a comment. Heredoc bodies follow. Returns the end offset.
     */
    arguments(keyword, keywordEnd, offset) {
        const { source, escapeCode } = this;
        let continued = false;
        for (let i = offset + 1; i < source.length; i++) {
            const c = source.charCodeAt(i);
            if (isNewline(c)) {
                if (continued)
                    continue;
                return this.heredocs(keyword.toUpperCase(), keywordEnd, i);
            }
            if (c === escapeCode) {
                const next = source.charCodeAt(i + 1);
                if (isNewline(next)) {
                    continued = true;
                    i++;
                }
                else if (isBlank(next)) {
                    let j = i + 2;
                    for (; j < source.length && isBlank(source.charCodeAt(j)); j++)
                        ;
                    if (j >= source.length)
                        return source.length;
                    if (isNewline(source.charCodeAt(j)))
                        continued = true;
                    i = j; // as dockerfile-ast: the character after `\ ` is passed over
                }
            }
            else if (c === HASH) {
                if (continued)
                    i = this.comment(i);
            }
            else if (!isBlank(c)) {
                continued = false;
            }
        }
        return source.length;
    }
    /** Skips the heredoc bodies that RUN/COPY/ADD (also under ONBUILD) open with `<<NAME` words. */
    heredocs(keyword, keywordEnd, end) {
        if (!this.source.slice(keywordEnd, end).includes('<<'))
            return end; // the common case: no heredoc
        let args = instructionArguments(this.source, keyword, keywordEnd, end, this.escape).words;
        if (keyword === 'ONBUILD') {
            keyword = (args[0] ?? '').toUpperCase();
            args = instructionArguments(this.source, keyword, keywordEnd, end, this.escape, 1).words;
        }
        if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD')
            return end;
        const names = [];
        let tabbed = false;
        for (const word of args) {
            if (!word.startsWith('<<') || word.length <= 2)
                continue;
            if (word.startsWith('<<-'))
                tabbed = true;
            const name = heredocName(word);
            if (name !== null)
                names.push(name);
        }
        let offset = end;
        for (const name of names)
            offset = this.heredocEnd(name, offset, tabbed);
        return offset;
    }
    /** The end of the line that closes a heredoc: the name alone, from column 0 (after tabs for <<-). */
    heredocEnd(name, offset, tabbed) {
        const { source } = this;
        let wordStart = -1;
        let lineStart = true;
        for (let i = offset; i < source.length; i++) {
            const c = source.charCodeAt(i);
            if (c === SPACE || (c === TAB && !tabbed)) {
                lineStart = false;
            }
            else if (isNewline(c)) {
                if (wordStart >= 0 && source.slice(wordStart, i) === name)
                    return i;
                wordStart = -1;
                lineStart = true;
            }
            else if (c !== TAB && lineStart) {
                wordStart = i;
                lineStart = false;
            }
        }
        return source.length;
    }
    push(keyword, start, keywordEnd, end) {
        this.instructions.push({
            keyword: keyword.toUpperCase(),
            start,
            keywordEnd,
            end,
            line: lineAt(this.lineOffsets, start) + 1,
            endLine: lineAt(this.lineOffsets, end) + 1,
        });
    }
}
/** `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'` → EOF; null for `<<<` or an unclosed quote. */
function heredocName(word) {
    let name = word.slice(word.startsWith('<<-') ? 3 : 2);
    for (const quote of ['"', "'"]) {
        if (name.startsWith(quote)) {
            if (!name.endsWith(quote))
                return null;
            name = name.slice(1, -1);
        }
    }
    return name.startsWith('<') ? null : name;
}

;// CONCATENATED MODULE: ./src/lint/dockerfile.ts
// The Dockerfile model the rules read: stages resolved (ARG defaults in FROM, FROM <stage>
// chains, --target), instructions with 1-based lines, RUN scripts ready for the shell parser.
// Built once per file from our parser (syntax.ts, arguments.ts); pure (no I/O).



class DockerfileError extends Error {
}
/** Parses a Dockerfile's text. Throws DockerfileError when it has no FROM at all. */
function parseDockerfile(text) {
    const syntax = parseSyntax(text.replace(/^\uFEFF/, ''));
    const globalArgs = {};
    const preludeArgs = [];
    const stages = [];
    for (const node of syntax.instructions) {
        if (node.keyword === 'FROM') {
            stages.push(makeStage(node, syntax, stages, globalArgs));
            continue;
        }
        const stage = stages[stages.length - 1];
        if (stage) {
            stage.instructions.push(makeInstruction(node, stage, syntax, stages));
        }
        else if (node.keyword === 'ARG') {
            // ARGs before the first FROM: usable in FROM lines. One without a default stays a
            // $reference: its value comes from --build-arg.
            for (const { name, value } of argProperties(node, syntax)) {
                if (value !== null)
                    globalArgs[name] = value;
                preludeArgs.push({ name, defaultValue: value, line: node.line });
            }
        }
    }
    if (stages.length === 0)
        throw new DockerfileError('no FROM instruction found: is this a Dockerfile?');
    // Most rules walk these: computed once here rather than on every call.
    for (const stage of stages) {
        const chain = [];
        for (let s = stage; s && !chain.includes(s); s = s.parent)
            chain.push(s);
        stage.chain = chain;
        stage.chainInstructions = chain.length === 1 ? stage.instructions : [...chain].reverse().flatMap((s) => s.instructions);
    }
    return {
        stages,
        instructions: stages.length === 1 ? stages[0].instructions : stages.flatMap((s) => s.instructions),
        comments: [...syntax.directives.map((d) => ({ line: d.line, text: lineText(syntax, d.line - 1).replace(/^\s*#\s*/, '') })), ...syntax.comments],
        globalArgs,
        preludeArgs,
        escape: syntax.escape,
    };
}
function argumentsOf(node, syntax) {
    return instructionArguments(syntax.source, node.keyword, node.keywordEnd, node.end, syntax.escape);
}
function argProperties(node, syntax) {
    return properties('ARG', argumentsText(syntax.source, argumentsOf(node, syntax), syntax.escape), syntax.escape);
}
function makeStage(node, syntax, stages, globalArgs) {
    const { words, flags } = argumentsOf(node, syntax);
    const asIndex = words.findIndex((w) => w.toLowerCase() === 'as');
    const rawImage = words[0] ?? '';
    const image = substituteArgs(rawImage, globalArgs);
    const parent = findStage(stages, image);
    const platform = flags.find((f) => f.name === 'platform')?.value ?? null;
    return {
        index: stages.length,
        name: asIndex >= 0 && words[asIndex + 1] ? words[asIndex + 1].toLowerCase() : null,
        fromLine: node.line,
        image,
        parent,
        platform,
        instructions: [],
        chain: [],
        chainInstructions: [],
    };
}
/** A stage by name (case-insensitive, as Docker) or by numeric index. */
function findStage(stages, reference) {
    const ref = reference.toLowerCase();
    const byName = stages.find((s) => s.name === ref);
    if (byName)
        return byName;
    return /^\d+$/.test(ref) ? (stages[Number(ref)] ?? null) : null;
}
function makeInstruction(node, stage, syntax, stages) {
    const args = argumentsOf(node, syntax);
    const keyword = node.keyword;
    const base = {
        keyword,
        line: node.line,
        endLine: node.endLine,
        args: argumentsText(syntax.source, args, syntax.escape),
        words: args.words,
        flags: args.flags,
        stage,
        index: stage.instructions.length,
    };
    switch (keyword) {
        case 'RUN':
            return makeRun(base, args.starts[0] ?? -1, syntax);
        case 'COPY':
        case 'ADD':
            return makeCopy(base, stages);
        case 'ENV': {
            const pairs = properties('ENV', base.args, syntax.escape).map((p) => ({ name: p.name, value: p.value ?? '' }));
            return { ...base, pairs };
        }
        case 'ARG': {
            // `ARG a=1 b=2` declares both; the model keeps the first.
            const [first] = properties('ARG', base.args, syntax.escape);
            return { ...base, name: first?.name ?? '', defaultValue: first?.value ?? null };
        }
        default:
            return base;
    }
}
/** Whether a word opens a heredoc (`<<EOF`, `<<-"EOF"`). */
const hasHeredocs = (words) => words.some((w) => w.length > 2 && w.startsWith('<<') && heredocName(w) !== null);
function makeRun(base, argsStart, syntax) {
    const mounts = base.flags.filter((f) => f.name === 'mount').map((f) => parseMount(f.value ?? ''));
    const execForm = execFormWords(base.args);
    const jsonForm = execForm !== null;
    const startLine = argsStart >= 0 ? lineAt(syntax.lineOffsets, argsStart) : -1;
    const firstArgsLine = startLine >= 0 ? startLine + 1 : base.line;
    const script = startLine >= 0 && !execForm ? scriptText(syntax, startLine, argsStart - syntax.lineOffsets[startLine], base.endLine) : '';
    let parsed;
    // One literal with every field (no spread of base): these objects are built for every RUN of every file.
    return {
        keyword: 'RUN',
        line: base.line,
        endLine: base.endLine,
        args: base.args,
        words: base.words,
        flags: base.flags,
        stage: base.stage,
        index: base.index,
        jsonForm,
        mounts,
        hasHeredoc: hasHeredocs(base.words),
        text: execForm ? execForm.join(' ') : script,
        shell: () => {
            parsed ??= execForm ? commandsFromExecForm(execForm, base.line) : parseShell(shellSource(script), firstArgsLine);
            return parsed;
        },
    };
}
/** `RUN ["prog", "arg"]`: the words when the arguments are a JSON array of strings, else null. */
function execFormWords(args) {
    const trimmed = args.trim();
    if (!trimmed.startsWith('['))
        return null;
    try {
        const words = JSON.parse(trimmed);
        return Array.isArray(words) && words.length > 0 && words.every((w) => typeof w === 'string') ? words : null;
    }
    catch {
        return null; // not valid JSON: Docker runs it through the shell as written
    }
}
/**
 * The RUN's arguments as the original lines (so shell positions map to Dockerfile lines),
 * with Dockerfile-only syntax made shell-neutral without changing the line count:
 * comment and blank lines inside a continuation become a lone continuation.
 */
function scriptText(syntax, startLine, startChar, endLine1) {
    const { escape } = syntax;
    const out = [];
    let continued = false;
    for (let i = startLine; i < endLine1 && i < syntax.lineOffsets.length; i++) {
        let line = i === startLine ? lineText(syntax, i).slice(startChar) : lineText(syntax, i);
        if (continued && (line.trim() === '' || line.trimStart().startsWith('#'))) {
            out.push('\\');
            continue;
        }
        if (escape !== '\\' && line.endsWith(escape))
            line = line.slice(0, -1) + '\\';
        continued = line.endsWith('\\');
        out.push(line);
    }
    return out.join('\n');
}
/**
 * `RUN <<EOF` with no command runs the heredoc body as the script; a body whose shebang names
 * another interpreter (`#!/usr/bin/env python3`) runs under it and holds no shell commands.
 */
function shellSource(script) {
    const match = /^\s*<<-?\s*["']?(\w+)["']?\s*\n([\s\S]*?)\n\s*\1\s*$/.exec(script);
    if (!match)
        return script;
    const shebang = /^#!(.*)/.exec(match[2])?.[1];
    if (shebang !== undefined && !/\b(ba|da|a|z|k)?sh\b/.test(shebang))
        return '';
    return '\n' + match[2];
}
function parseMount(value) {
    const options = {};
    for (const part of value.split(',')) {
        const eq = part.indexOf('=');
        if (eq < 0)
            options[part.trim()] = 'true';
        else
            options[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    return {
        type: options.type ?? 'bind',
        target: options.target ?? options.dst ?? options.destination ?? null,
        options,
    };
}
function makeCopy(base, stages) {
    const hasHeredoc = hasHeredocs(base.words);
    const from = base.flags.find((f) => f.name === 'from')?.value ?? null;
    // JSON form only when it is an array of strings (`ADD [1, 2]` is not); otherwise the shell-like form, as Docker.
    const paths = execFormWords(base.args) ?? base.words;
    return {
        keyword: base.keyword,
        line: base.line,
        endLine: base.endLine,
        args: base.args,
        words: base.words,
        flags: base.flags,
        stage: base.stage,
        index: base.index,
        sources: hasHeredoc ? [] : paths.slice(0, -1),
        destination: paths[paths.length - 1] ?? '',
        from,
        fromStage: from ? findStage(stages.slice(0, base.stage.index), from) : null,
        hasHeredoc,
    };
}
/** Replaces $VAR / ${VAR} / ${VAR:-default} with global ARG values, as Docker does in FROM. */
function substituteArgs(text, args) {
    return text.replace(/\$\{(\w+)(?::?[-+]([^}]*))?\}|\$(\w+)/g, (whole, braced, fallback, bare) => {
        const name = braced ?? bare;
        const value = args[name];
        if (value !== undefined && value !== '')
            return value;
        return fallback ?? (value === undefined ? whole : '');
    });
}
// ---- Queries the rules share ----
/** The stage that is built: the --target stage, else the last one. */
function finalStage(model, target) {
    if (target) {
        const stage = findStage(model.stages, target);
        if (!stage)
            throw new DockerfileError(`target stage "${target}" not found in the Dockerfile`);
        return stage;
    }
    return model.stages[model.stages.length - 1];
}
/** The stage and its FROM <stage> ancestors, nearest first. */
const stageChain = (stage) => stage.chain;
/** The external image a stage is ultimately built on, through FROM <stage> chains. */
function baseImage(stage) {
    const chain = stageChain(stage);
    return chain[chain.length - 1].image;
}
/** Instructions of the stage and its ancestors in build order (ancestors first). */
const chainInstructions = (stage) => stage.chainInstructions;
/** ENV values in force before `before` (an instruction of the stage), ancestors included. */
function envBefore(stage, before) {
    const env = {};
    for (const instruction of chainInstructions(stage)) {
        if (instruction === before)
            break;
        if (isEnv(instruction))
            for (const { name, value } of instruction.pairs)
                env[name] = value;
    }
    return env;
}
const isRun = (i) => i.keyword === 'RUN';
const isCopy = (i) => i.keyword === 'COPY' || i.keyword === 'ADD';
const isEnv = (i) => i.keyword === 'ENV';
const isArg = (i) => i.keyword === 'ARG';
const allInstructions = (model) => model.instructions;
/** Stages whose content reaches the final image: its FROM chain (COPY --from copies files, not layers). */
function shipsInFinal(stage, final) {
    return stageChain(final).includes(stage);
}
/** Splits an image reference into repository path and tag (digest and registry kept in `name`). */
function splitImage(image) {
    const [withoutDigest, digest = null] = image.split('@');
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    if (colon > slash)
        return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1), digest };
    return { name: withoutDigest, tag: null, digest };
}


/***/ }),

/***/ 807:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ readSuppressions),
/* harmony export */   N6: () => (/* binding */ toFinding),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   cy: () => (/* binding */ lintDockerfile)
/* harmony export */ });
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8765);
/* harmony import */ var _util_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1251);


const DIRECTIVE = /^\s*ml-image-guard\s+(ignore|ignore-file)\s*=\s*([\w\s,-]+)$/i;
/** Throws DockerfileError for input that is not a Dockerfile or a missing --target stage. */
function lintDockerfile(options) {
    const model = (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfile */ .Ai)(options.text);
    const input = {
        model,
        final: (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .finalStage */ .BD)(model, options.target),
        target: options.target,
        dockerfile: options.dockerfile,
        context: options.context,
    };
    const suppressions = readSuppressions(model, options.rules.map((r) => r.meta));
    const findings = [];
    for (const rule of options.rules) {
        const meta = rule.meta;
        const setting = options.settings[meta.id];
        if (setting === 'off')
            continue;
        for (const raw of rule.check(input)) {
            const finding = toFinding(meta, raw, options.dockerfile, setting);
            finding.suppressed = suppressions.isSuppressed(meta.id, finding.line);
            findings.push(finding);
        }
    }
    return { model, input, findings: sortFindings(findings) };
}
function toFinding(meta, raw, file, setting) {
    const severity = setting && setting !== 'off' ? setting : (raw.severity ?? meta.severity);
    const finding = {
        rule: meta.id,
        name: meta.name,
        severity,
        message: raw.message,
        file,
        line: raw.line,
        endLine: raw.endLine ?? raw.line,
        suppressed: false,
    };
    if (raw.bytes !== undefined)
        finding.bytes = raw.bytes;
    return finding;
}
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
/** Errors first, then by line, then by rule: the order every rendering shows. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (0,_util_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a.file, b.file) ||
        a.line - b.line ||
        (0,_util_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a.rule, b.rule));
}
/**
 * `# ml-image-guard ignore=MLG007,pip-cache` in the comment block directly above an
 * instruction suppresses those rules for that instruction's lines;
 * `# ml-image-guard ignore-file=MLG013` anywhere suppresses them for the whole file.
 */
function readSuppressions(model, metas) {
    const directives = [];
    for (const comment of model.comments) {
        const match = DIRECTIVE.exec(comment.text);
        if (match)
            directives.push({ comment, match });
    }
    // Most Dockerfiles have no directive: nothing to index then.
    if (directives.length === 0)
        return NO_SUPPRESSIONS;
    const idOf = new Map();
    for (const meta of metas) {
        idOf.set(meta.id.toLowerCase(), meta.id);
        idOf.set(meta.name.toLowerCase(), meta.id);
    }
    const resolve = (list) => list
        .split(/[\s,]+/)
        .map((token) => idOf.get(token.toLowerCase()))
        .filter((id) => id !== undefined);
    const fileWide = new Set();
    const byCommentLine = new Map();
    for (const { comment, match } of directives) {
        if (match[1].toLowerCase() === 'ignore-file')
            resolve(match[2]).forEach((id) => fileWide.add(id));
        else
            byCommentLine.set(comment.line, resolve(match[2]));
    }
    const commentLines = new Set(model.comments.map((c) => c.line));
    const byInstructionLine = new Map(); // every line of a suppressed instruction
    for (const instruction of [...(0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .allInstructions */ .$Z)(model), ...model.stages.map(fromAsInstruction)]) {
        const ids = new Set();
        for (let line = instruction.line - 1; commentLines.has(line); line--) {
            byCommentLine.get(line)?.forEach((id) => ids.add(id));
        }
        if (ids.size === 0)
            continue;
        for (let line = instruction.line; line <= instruction.endLine; line++)
            byInstructionLine.set(line, ids);
    }
    return {
        isSuppressed: (id, line) => fileWide.has(id) || (byInstructionLine.get(line)?.has(id) ?? false),
    };
}
const NO_SUPPRESSIONS = { isSuppressed: (_id, _line) => false };
function fromAsInstruction(stage) {
    return { line: stage.fromLine, endLine: stage.fromLine };
}


/***/ }),

/***/ 5617:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  py: () => (/* binding */ finalChainView),
  Gv: () => (/* binding */ instructionView),
  Ig: () => (/* binding */ lintStage),
  eh: () => (/* binding */ summarize)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __nccwpck_require__(4158);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/lint/context.ts
// The build context as the rules see it: which files Docker would send (after .dockerignore)
// and their sizes. Built by stat-ing the tree (never reading file contents), pruning ignored
// folders; or from memory in tests. Reading a file's text (requirements) is on demand.



// A CommonJS module typed as an ES default export: at run time the import is the factory.
const context_ignore = (ignore_default());
const MAX_FILES = 200_000;
const MAX_TEXT_BYTES = 1024 * 1024;
/** Docker's rule: `<Dockerfile>.dockerignore` beside the Dockerfile wins over `<context>/.dockerignore`. */
function findDockerignore(contextDir, dockerfilePath) {
    const beside = (0,external_node_path_.join)((0,external_node_path_.dirname)(dockerfilePath), (0,external_node_path_.basename)(dockerfilePath) + '.dockerignore');
    if ((0,external_node_fs_.existsSync)(beside))
        return beside;
    const root = (0,external_node_path_.join)(contextDir, '.dockerignore');
    return (0,external_node_fs_.existsSync)(root) ? root : null;
}
function parseDockerignore(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/**
 * Walks the context on disk. `displayBase` makes the .dockerignore path repository-relative;
 * `skipPaths` (the config file's ignore-paths, .dockerignore syntax) are left out of our checks
 * although Docker still sends them.
 */
function scanContext(contextDir, dockerfilePath, displayBase = process.cwd(), skipPaths = []) {
    const ignorePath = findDockerignore(contextDir, dockerfilePath);
    const patterns = ignorePath ? parseDockerignore((0,external_node_fs_.readFileSync)(ignorePath, 'utf8')) : [];
    const matcher = context_ignore().add(patterns);
    const skipped = context_ignore().add(skipPaths);
    const negations = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/^\/+/, ''));
    const files = [];
    let totalBytes = 0;
    let truncated = false;
    const walk = (dir) => {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir);
        }
        catch {
            return; // unreadable folder: Docker would fail too, the build stage reports it
        }
        for (const name of names) {
            if (files.length >= MAX_FILES) {
                truncated = true;
                return;
            }
            const full = (0,external_node_path_.join)(dir, name);
            const rel = (0,external_node_path_.relative)(contextDir, full).split(external_node_path_.sep).join(external_node_path_.posix.sep);
            let stat;
            try {
                stat = (0,external_node_fs_.lstatSync)(full);
            }
            catch {
                continue;
            }
            if (skipPaths.length > 0 && skipped.ignores(rel))
                continue;
            const ignored = matcher.ignores(rel);
            if (stat.isDirectory()) {
                if (ignored && !negations.some((n) => mayReinclude(n, rel)))
                    continue;
                walk(full);
            }
            else if (!ignored) {
                files.push({ path: rel, size: stat.size });
                totalBytes += stat.size;
            }
        }
    };
    walk(contextDir);
    return makeIndex(ignorePath ? { path: (0,external_node_path_.relative)(displayBase, ignorePath).split(external_node_path_.sep).join(external_node_path_.posix.sep), patterns } : null, matcher, files, totalBytes, truncated, (path) => {
        try {
            const full = (0,external_node_path_.join)(contextDir, path);
            if ((0,external_node_fs_.statSync)(full).size > MAX_TEXT_BYTES)
                return null;
            return (0,external_node_fs_.readFileSync)(full, 'utf8');
        }
        catch {
            return null;
        }
    });
}
/** An exception pattern could re-include something under `dir` unless it clearly lies elsewhere. */
function mayReinclude(negation, dir) {
    const firstWildcard = negation.search(/[*?[]/);
    const literalPrefix = firstWildcard < 0 ? negation : negation.slice(0, firstWildcard);
    return literalPrefix.startsWith(dir + '/') || (dir + '/').startsWith(literalPrefix) || literalPrefix === '';
}
/** An in-memory context: path → text content or size in bytes. For tests and the fuzz harness. */
function memoryContext(entries, dockerignore) {
    const patterns = dockerignore === undefined ? [] : parseDockerignore(dockerignore);
    const matcher = context_ignore().add(patterns);
    const files = Object.entries(entries)
        .filter(([path]) => !matcher.ignores(path))
        .map(([path, content]) => ({ path, size: typeof content === 'number' ? content : Buffer.byteLength(content) }));
    return makeIndex(dockerignore === undefined ? null : { path: '.dockerignore', patterns }, matcher, files, files.reduce((sum, f) => sum + f.size, 0), false, (path) => {
        const content = entries[path.replace(/^\.?\//, '')];
        return typeof content === 'string' && !matcher.ignores(path) ? content : null;
    });
}
function makeIndex(dockerignore, matcher, files, totalBytes, truncated, read) {
    const texts = new Map();
    return {
        dockerignore,
        files,
        totalBytes,
        truncated,
        isIgnored: (path) => matcher.ignores(normalize(path)),
        // Rules ask for the same requirements file once per install that names it: read it once.
        readText: (path) => {
            const key = normalize(path);
            if (!texts.has(key))
                texts.set(key, matcher.ignores(key) ? null : read(key));
            return texts.get(key);
        },
    };
}
function normalize(path) {
    return external_node_path_.posix.normalize(path.replace(/\\/g, '/')).replace(/^(\.\/|\/)+/, '');
}

// EXTERNAL MODULE: ./src/lint/dockerfile.ts + 5 modules
var dockerfile = __nccwpck_require__(8765);
// EXTERNAL MODULE: ./src/lint/engine.ts
var engine = __nccwpck_require__(807);
// EXTERNAL MODULE: ./src/lint/rules/index.ts + 21 modules
var rules = __nccwpck_require__(8727);
;// CONCATENATED MODULE: ./src/lint/index.ts
// The lint stage's edge: read the Dockerfile and walk the build context, then run the pure
// engine. Unreadable or unparseable input becomes a LintFailure with a one-line message.






const MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;
function lintStage(config) {
    const dockerfilePath = (0,external_node_path_.resolve)(config.workspace, config.dockerfile);
    const contextDir = (0,external_node_path_.resolve)(config.workspace, config.context);
    let text;
    try {
        const buffer = (0,external_node_fs_.readFileSync)(dockerfilePath);
        if (buffer.length > MAX_DOCKERFILE_BYTES)
            return failure(`${config.dockerfile} is ${buffer.length} bytes, too large to be a Dockerfile (limit 4 MiB)`);
        if (buffer.includes(0))
            return failure(`${config.dockerfile} is a binary file, not a Dockerfile`);
        text = buffer.toString('utf8');
    }
    catch (e) {
        return failure(`cannot read ${config.dockerfile}: ${describeFsError(e)}; set the dockerfile input (or pass the path) to the right file`);
    }
    let context;
    try {
        context = scanContext(contextDir, dockerfilePath, config.workspace, config.ignorePaths);
    }
    catch (e) {
        return failure(`cannot read the build context ${config.context}: ${describeFsError(e)}; set the context input to a folder`);
    }
    try {
        const result = (0,engine/* lintDockerfile */.cy)({
            text,
            dockerfile: config.dockerfile,
            target: config.target,
            context,
            rules: rules/* dockerfileRules */.M,
            settings: config.rules,
        });
        return { findings: result.findings, result, context, error: null };
    }
    catch (e) {
        if (e instanceof dockerfile/* DockerfileError */.tP)
            return { ...failure(`${config.dockerfile}: ${e.message}`), context };
        throw e;
    }
}
function failure(error) {
    return { findings: [], result: null, context: null, error };
}
function describeFsError(e) {
    const err = e;
    if (err.code === 'ENOENT')
        return 'no such file or folder';
    if (err.code === 'EISDIR')
        return 'it is a folder';
    if (err.code === 'EACCES')
        return 'permission denied';
    return err.message;
}
/** What the build and image stages need to point steps and layers back at lines. */
function instructionView(result) {
    return result.model.stages.map((stage) => ({
        name: stage.name,
        fromLine: stage.fromLine,
        instructions: stage.instructions.map((i) => ({ line: i.line, keyword: i.keyword, args: i.args })),
    }));
}
/** The final stage's instructions through its FROM <stage> chain, in build order. */
function finalChainView(result) {
    return (0,dockerfile/* chainInstructions */.dv)(result.input.final).map((i) => ({ line: i.line, keyword: i.keyword, args: i.args }));
}
function summarize(findings) {
    const active = findings.filter((f) => !f.suppressed);
    return {
        errors: active.filter((f) => f.severity === 'error').length,
        warnings: active.filter((f) => f.severity === 'warning').length,
        infos: active.filter((f) => f.severity === 'info').length,
        suppressed: findings.length - active.length,
    };
}


/***/ }),

/***/ 3580:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ classifyCudaImage),
/* harmony export */   BX: () => (/* binding */ requirementCuda),
/* harmony export */   D0: () => (/* binding */ isSecretFile),
/* harmony export */   Ej: () => (/* binding */ isNvidiaCudaWheel),
/* harmony export */   JI: () => (/* binding */ isWeightsPath),
/* harmony export */   Kz: () => (/* binding */ isCpuImage),
/* harmony export */   M6: () => (/* binding */ envBeforeEach),
/* harmony export */   PK: () => (/* binding */ imageVariant),
/* harmony export */   RR: () => (/* binding */ torchBuild),
/* harmony export */   Ur: () => (/* binding */ wheelInstalls),
/* harmony export */   XI: () => (/* binding */ inModelsDir),
/* harmony export */   XK: () => (/* binding */ pytorchIndexCuda),
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   kf: () => (/* binding */ findTokenShape),
/* harmony export */   nq: () => (/* binding */ systemPackageName),
/* harmony export */   tP: () => (/* binding */ TORCH_PACKAGES),
/* harmony export */   vP: () => (/* binding */ formatCuda)
/* harmony export */ });
/* unused harmony export isModelsDirName */
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8765);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2387);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6943);
/* harmony import */ var _util_remember_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1557);
// ML knowledge the rules share: what a base image is (CUDA devel/runtime/base, CPU-only),
// which CUDA version a wheel is built for, what weights and secrets look like.




/** The repository path without registry host: nvcr.io/nvidia/cuda → nvidia/cuda. */
function repositoryPath(name) {
    const parts = name.toLowerCase().split('/');
    const hasHost = parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost');
    return (hasHost ? parts.slice(1) : parts).join('/');
}
const tagTokens = (tag) => tag.toLowerCase().split(/[-_]/);
/**
 * Classifies CUDA images by their tag: nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04,
 * pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime, and other vendors' tags that mark a
 * devel/SDK variant (tensorflow:2.11.0-devel-gpu, tritonserver:24.01-py3-sdk, nvidia/cudagl).
 * Null for anything else (including CPU images and unresolved $ARG tags without a marker).
 */
const classifyCudaImage = (0,_util_remember_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberByKey */ .u)(classify, 1000);
function classify(image) {
    const { name, tag } = (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .splitImage */ .s5)(image);
    const path = repositoryPath(name);
    const tokens = tag ? tagTokens(tag) : [];
    const cudnn = tokens.some((t) => t.startsWith('cudnn'));
    if (path === 'nvidia/cuda' || path.endsWith('/nvidia/cuda') || path === 'nvidia/cudagl') {
        const variant = ['devel', 'runtime', 'base'].find((v) => tokens.includes(v));
        if (!variant)
            return null;
        return { image, family: 'nvidia-cuda', variant, cudnn, cuda: parseCudaVersion(/^(\d+)\.(\d+)/.exec(tag ?? '')) };
    }
    if (path === 'pytorch/pytorch' || path.endsWith('/pytorch/pytorch')) {
        const variant = tokens.includes('devel') ? 'devel' : tokens.includes('runtime') ? 'runtime' : null;
        if (!variant)
            return null;
        return { image, family: 'pytorch', variant, cudnn, cuda: parseCudaVersion(/cuda(\d+)\.(\d+)/.exec(tag ?? '')) };
    }
    if (tokens.includes('devel') || tokens.includes('sdk')) {
        return { image, family: 'vendor', variant: 'devel', cudnn, cuda: parseCudaVersion(/cuda(\d+)\.(\d+)/.exec(tag ?? '')) };
    }
    return null;
}
function parseCudaVersion(match) {
    return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}
const formatCuda = (v) => (v.minor === null ? `${v.major}.x` : `${v.major}.${v.minor}`);
/** The same image with the tag's variant token replaced: devel → runtime, or → base. */
function imageVariant(cuda, to) {
    const { name, tag } = (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .splitImage */ .s5)(cuda.image);
    if (!tag)
        return null;
    if (cuda.family === 'vendor') {
        // tritonserver:24.01-py3-sdk → 24.01-py3; tensorflow:2.11.0-devel-gpu → 2.11.0-gpu.
        const withoutMarker = tag.replace(/[-_](devel|sdk)(?=$|[-_])/i, '');
        return withoutMarker !== tag ? `${name}:${withoutMarker}` : null;
    }
    if (to === 'base') {
        if (cuda.family !== 'nvidia-cuda')
            return null; // pytorch/pytorch has no base variant
        return `${name}:${tag.replace(/-cudnn\d*/i, '').replace(/devel|runtime/i, 'base')}`;
    }
    return `${name}:${tag.replace(/devel/i, 'runtime')}`;
}
// Official CPU images: torch from PyPI there means CUDA wheels for a GPU the image cannot see.
const CPU_IMAGE_PATHS = new Set([
    'python', 'library/python', 'debian', 'library/debian', 'ubuntu', 'library/ubuntu', 'alpine', 'library/alpine',
    'continuumio/miniconda3', 'continuumio/anaconda3', 'condaforge/miniforge3', 'condaforge/mambaforge',
    'mambaorg/micromamba', 'amazonlinux', 'fedora', 'rockylinux', 'almalinux', 'centos',
    'redhat/ubi8', 'redhat/ubi9', 'redhat/ubi8-minimal', 'redhat/ubi9-minimal',
    'gcr.io/distroless/python3', 'distroless/python3', 'cgr.dev/chainguard/python', 'chainguard/python',
]);
/** A well-known image without CUDA (python:3.11-slim, ubuntu:22.04, miniconda …). */
function isCpuImage(image) {
    if (image.includes('$'))
        return false;
    const path = repositoryPath((0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .splitImage */ .s5)(image).name);
    return CPU_IMAGE_PATHS.has(path) || CPU_IMAGE_PATHS.has(path.replace(/^(library|docker\/library)\//, ''));
}
// ---- System packages ----
/** apt `gcc=4:11.2`, `libfoo-dev:arm64`; conda `conda-forge::cmake>=3.26`; apk `gcc~12` → the bare name. */
const systemPackageName = (spec) => spec.replace(/^[\w.-]+::/, '').split(/[=<>:~]/)[0].toLowerCase();
// ---- Python packages and their CUDA ----
const TORCH_PACKAGES = new Set(['torch', 'torchvision', 'torchaudio']);
/** pip `nvidia-*` wheels that carry CUDA libraries (not nvidia-ml-py or nvidia-pyindex). */
function isNvidiaCudaWheel(requirement) {
    return /^nvidia-(cuda-[a-z-]+|cublas|cudnn|cufft|cufile|curand|cusolver|cusparse|cusparselt|nccl|nvjitlink|nvtx|npp|nvjpeg)(-cu\d+)?$/.test((0,_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .packageName */ .oZ)(requirement));
}
/** `https://download.pytorch.org/whl/cu121` → 12.1; `/whl/cpu` → 'cpu'; anything else null. */
function pytorchIndexCuda(url) {
    const match = /download\.pytorch\.org\/whl\/(?:nightly\/)?(cpu|cu(\d+))\b/.exec(url);
    if (!match)
        return null;
    return match[1] === 'cpu' ? 'cpu' : cudaFromDigits(match[2]);
}
/** "121" → 12.1, "118" → 11.8, "92" → 9.2. */
function cudaFromDigits(digits) {
    return { major: Number(digits.slice(0, digits.length - 1)), minor: Number(digits.slice(-1)) };
}
/**
 * The CUDA version a requirement's wheel is built for, when the requirement says so:
 * torch==2.3.0+cu121, jax[cuda12], cupy-cuda12x, nvidia-cudnn-cu12, onnxruntime-gpu==1.18.1,
 * tensorflow[and-cuda]==2.15.0. Null when it does not.
 */
function requirementCuda(requirement) {
    const text = requirement.trim().toLowerCase();
    const name = (0,_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .packageName */ .oZ)(text);
    const local = /\+cu(\d{2,3})\b/.exec(text);
    if (local)
        return cudaFromDigits(local[1]);
    const jax = /^jax(lib)?\[[^\]]*\bcuda(\d+)/.exec(text);
    if (jax)
        return { major: Number(jax[2]), minor: null };
    const cupy = /^cupy-cuda(\d+)(x|\d)$/.exec(name);
    if (cupy)
        return cupy[2] === 'x' ? { major: Number(cupy[1]), minor: null } : cudaFromDigits(cupy[1] + cupy[2]);
    const nvidia = /^nvidia-[a-z-]+-cu(\d+)$/.exec(name);
    if (nvidia)
        return { major: Number(nvidia[1]), minor: null };
    const version = /==\s*(\d+)\.(\d+)/.exec(text);
    // onnxruntime-gpu defaults to CUDA 12 from 1.19 (11.8 before); tensorflow[and-cuda] to 12 from 2.15.
    if (name === 'onnxruntime-gpu' && version) {
        return Number(version[1]) > 1 || Number(version[2]) >= 19 ? { major: 12, minor: null } : { major: 11, minor: 8 };
    }
    if (name === 'tensorflow' && text.includes('and-cuda') && version) {
        return Number(version[1]) > 2 || Number(version[2]) >= 15 ? { major: 12, minor: null } : { major: 11, minor: 8 };
    }
    return null;
}
const INDEX_VARIABLES = ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_INDEX'];
const ENV_VARIABLES = [...INDEX_VARIABLES, 'UV_TORCH_BACKEND'];
/**
 * envBefore(stage, instruction) for every instruction of the stage chain, from one pass over it,
 * keeping only the variables in `names`. The records returned are shared: do not modify them.
 * An instruction outside the chain gets the values at its end, as envBefore does.
 */
function envBeforeEach(stage, names) {
    const wanted = new Set(names);
    const at = new Map();
    let env = {};
    for (const instruction of (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .chainInstructions */ .dv)(stage)) {
        if (!at.has(instruction))
            at.set(instruction, env);
        if (!(0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnv */ .Ix)(instruction) || !instruction.pairs.some((p) => wanted.has(p.name)))
            continue;
        env = { ...env };
        for (const { name, value } of instruction.pairs)
            if (wanted.has(name))
                env[name] = value;
    }
    const end = env;
    return (before) => (before === null ? end : (at.get(before) ?? end));
}
const INDEX_OPTION_LINE = /^\s*(?:-i|--index-url|--extra-index-url)(?:\s*=\s*|\s+)(\S+)/gm;
const isTorch = (requirement) => TORCH_PACKAGES.has((0,_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .packageName */ .oZ)(requirement));
/**
 * pip/uv installs in a stage's own RUNs (only those whose text matches `trigger`, if given), with
 * the indexes they use. With `context`, -r files are read too (found through the COPY that brought them).
 */
function wheelInstalls(stage, trigger, context) {
    // MLG014 and MLG018 both ask for every install of a stage with the context: read once.
    const cacheable = trigger === undefined && context !== undefined;
    const known = cacheable ? allWheelInstalls.get(stage) : undefined;
    if (known && known.context === context)
        return known.installs;
    const found = [];
    // One pass over the stage chain for the ENV values, not one per install: a stage with
    // thousands of RUNs made envBefore (a walk from the chain's start) quadratic.
    let stageEnv;
    for (const run of stage.instructions) {
        if (!(0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .isRun */ .yz)(run) || (trigger && !trigger.test(run.text)) || !/\b(pip\d*|uv)\b/.test(run.text))
            continue;
        stageEnv ??= envBeforeEach(stage, ENV_VARIABLES);
        const before = stageEnv(run);
        const exported = Object.fromEntries(run.shell().assignments.map((a) => [a.name, a.value]));
        // The command's own prefix, then the RUN's exports, then ENV: { ...ENV, ...exported, ...prefix }[name].
        const envValue = (prefix, name) => Object.hasOwn(prefix, name) ? prefix[name] : Object.hasOwn(exported, name) ? exported[name] : before[name];
        for (const install of (0,_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .pipInstalls */ .CR)(run)) {
            const prefix = install.command.env;
            const fromEnv = INDEX_VARIABLES.flatMap((name) => {
                const value = envValue(prefix, name);
                return value ? value.split(/\s+/) : [];
            });
            const args = install.command.args;
            const backendFlag = args.find((a) => a.startsWith('--torch-backend'));
            const backendValue = backendFlag?.includes('=') ? backendFlag.split('=')[1] : backendFlag ? args[args.indexOf(backendFlag) + 1] : undefined;
            const files = context ? install.requirementFiles.flatMap((file) => torchInRequirementsFile(run, install, file, context)) : [];
            found.push({
                run,
                install,
                indexUrls: [...install.indexUrls, ...fromEnv, ...files.flatMap((f) => f.indexUrls)],
                torchBackend: backendValue ?? envValue(prefix, 'UV_TORCH_BACKEND') ?? null,
                torch: [...install.packages.filter(isTorch), ...files.flatMap((f) => f.torch)],
                torchFiles: files.filter((f) => f.torch.length > 0).map((f) => f.path),
            });
        }
    }
    if (cacheable)
        allWheelInstalls.set(stage, { context, installs: found });
    return found;
}
const allWheelInstalls = new WeakMap();
/** The torch lines and index options of one -r file, read with the requirements parser. */
function torchInRequirementsFile(run, install, file, context) {
    const path = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .contextPathOf */ .ce)(run, install.command, file, context);
    const text = path === null ? null : context.readText(path);
    if (path === null || text === null)
        return [];
    const lines = text.split(/\r?\n/);
    const torch = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRequirements */ .Ez)(text)
        .entries.filter((entry) => TORCH_PACKAGES.has(entry.name))
        .map((entry) => lines[entry.line - 1].replace(/\s(#|--?[A-Za-z]).*$/, '').trim());
    return [{ path, torch, indexUrls: [...text.matchAll(INDEX_OPTION_LINE)].map((m) => m[1]) }];
}
/** Which torch build an install asks for: 'cpu', a CUDA version, or 'default' (PyPI: CUDA on linux/amd64, CPU on arm64). */
function torchBuild(wheels) {
    const backend = wheels.torchBackend;
    if (backend === 'cpu')
        return 'cpu';
    if (backend && /^cu\d+$/.test(backend))
        return cudaFromDigits(backend.slice(2));
    for (const requirement of wheels.torch) {
        if (/\+cpu\b/.test(requirement))
            return 'cpu';
        const cuda = requirementCuda(requirement);
        if (cuda)
            return cuda;
    }
    for (const url of wheels.indexUrls) {
        const build = pytorchIndexCuda(url);
        if (build)
            return build;
    }
    return 'default';
}
// ---- Model weights ----
/** Extensions that are weights wherever they appear. */
const WEIGHTS_EXTENSIONS = /\.(safetensors|bin|pt|pth|ckpt|onnx|gguf|ggml|h5|keras|pb|tflite|engine|plan)$/i;
/** Generic serialisation formats: weights only inside a models-like folder or with a model-ish name. */
const WEAK_WEIGHTS_EXTENSIONS = /\.(msgpack|npz|joblib|pkl|pickle)$/i;
const MODELS_DIR = /^(models?|checkpoints?|ckpts?|weights|model[-_]weights|pretrained([-_]models)?|hf[-_]cache|huggingface|\.huggingface)$/i;
const isModelsDirName = (segment) => MODELS_DIR.test(segment);
/** Does this path (file or glob) look like model weights? */
const isWeightsPath = (0,_util_remember_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberByKey */ .u)(looksLikeWeights, 100_000);
function looksLikeWeights(path) {
    const segments = path.replace(/\\/g, '/').split('/').filter(Boolean);
    const file = segments[segments.length - 1] ?? '';
    if (WEIGHTS_EXTENSIONS.test(file))
        return true;
    if (!WEAK_WEIGHTS_EXTENSIONS.test(file))
        return false;
    return segments.slice(0, -1).some(isModelsDirName) || /model|weight|checkpoint|ckpt/i.test(file);
}
/** A models-like folder anywhere in the path (models/, checkpoints/, hf_cache/ …). */
function inModelsDir(path) {
    return path.split('/').some(isModelsDirName);
}
// ---- Secrets ----
const SECRET_WORDS = new Set(['TOKEN', 'SECRET', 'PASSWORD', 'PASSWD']);
const SECRET_PARTS = ['API_KEY', 'ACCESS_KEY', 'PRIVATE_KEY', 'CREDENTIALS'];
/** Names that hold where a secret is, not the secret (POSTGRES_PASSWORD_FILE, HF_TOKEN_PATH). */
const SECRET_POINTER_SUFFIX = /_(FILE|PATH|DIR)$/;
/** HF_TOKEN, AWS_SECRET_ACCESS_KEY, OPENAI_API_KEY … but not TOKENIZERS_PARALLELISM or MAX_TOKENS. */
function isSecretName(name) {
    const upper = name.toUpperCase();
    if (SECRET_POINTER_SUFFIX.test(upper))
        return false;
    return upper.split('_').some((word) => SECRET_WORDS.has(word)) || SECRET_PARTS.some((part) => upper.includes(part));
}
const TOKEN_SHAPES = [
    { kind: 'Hugging Face token', prefix: 'hf_', pattern: /\bhf_[A-Za-z0-9]{30,}\b/ },
    { kind: 'OpenAI-style API key', prefix: 'sk-', pattern: /\bsk-[A-Za-z0-9_-]{20,}/ },
    { kind: 'AWS access key id', prefix: 'AKIA', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
    { kind: 'GitHub token', prefix: 'ghp_', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
    { kind: 'GitHub token', prefix: 'github_pat_', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}/ },
    { kind: 'Slack token', prefix: 'xox', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
];
/** The kind and redacted form (hf_***) of the first token-shaped string in `text`, if any. */
function findTokenShape(text) {
    for (const shape of TOKEN_SHAPES) {
        if (shape.pattern.test(text))
            return { kind: shape.kind, redacted: `${shape.prefix}***` };
    }
    return null;
}
/** Files that hold credentials: .env, private keys, .netrc, cloud credentials. */
const isSecretFile = (0,_util_remember_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberByKey */ .u)(looksLikeSecretFile, 100_000);
function looksLikeSecretFile(path) {
    const file = (path.replace(/\\/g, '/').split('/').filter(Boolean).pop() ?? '').toLowerCase();
    if (file === '.env' || (file.startsWith('.env.') && !/\.(example|sample|template|dist|defaults?)$/.test(file)))
        return true;
    if (/^id_(rsa|dsa|ecdsa|ed25519)$/.test(file))
        return true;
    if (['.netrc', '.pypirc', '.git-credentials', '.npmrc', 'credentials', 'credentials.json', 'kaggle.json'].includes(file))
        return true;
    if (/^service[-_]?account.*\.json$/.test(file) || path.replace(/\\/g, '/').endsWith('huggingface/token'))
        return true;
    if (/\.(key|p12|pfx)$/.test(file))
        return true;
    // A .pem is a private key unless its name says certificate (ca.pem, fullchain.pem): those are public.
    return file.endsWith('.pem') && !/(^|[-_.])(ca|cacert|cert|certificate|chain|fullchain|bundle|root)([-_.]|$)/.test(file);
}


/***/ }),

/***/ 6943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* binding */ checkRequirementsFile),
  MS: () => (/* binding */ classifyRequirement),
  ce: () => (/* binding */ contextPathOf),
  Ez: () => (/* binding */ parseRequirements),
  IW: () => (/* binding */ pinnedNamesIn)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/lint/pep508.ts
// One PEP 508 dependency specifier (https://peps.python.org/pep-0508/#complete-grammar), read by
// a small recursive-descent parser. Hand-written because pip-requirements-js builds an ohm-js
// grammar when it is loaded, ~40 ms of every CLI start; this one costs nothing until it is called.
// The marker is checked and kept as text: MLG009 needs names, versions and URLs, not evaluation.
class RequirementSyntaxError extends Error {
    column;
    constructor(expected, 
    /** 1-based column where the parser stopped. */
    column) {
        super(`expected ${expected} at column ${column}`);
        this.column = column;
        this.name = 'RequirementSyntaxError';
    }
}
// Longest first, so `===` is not read as `==` and `<=` not as `<`.
const OPERATOR = /===|==|!=|<=|>=|~=|<|>/y;
const MARKER_OPERATOR = /===|==|!=|<=|>=|~=|<|>|in|not[ \t]+in/y;
const ENV_VAR = /python_version|python_full_version|os_name|sys_platform|platform_release|platform_system|platform_version|platform_machine|platform_python_implementation|implementation_name|implementation_version|extra/y;
const MARKER_END = '"and", "or" or the end';
// Far beyond any real marker, well before the call stack runs out (RangeError near 3000 levels).
const MAX_NESTING = 100;
const IDENTIFIER = /[A-Za-z0-9](?:[-_.]*[A-Za-z0-9])*/y;
const VERSION = /[A-Za-z0-9\-_.*+!]+/y;
// RFC 3986 characters, `%` only as an escape. `;` is one of them, hence the space PEP 508 wants before a marker.
const URL = /(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+/y;
// Printable ASCII and tabs except backslash and the closing quote (PEP 508's python_str_c).
const STRING = /'[\t\x20-\x26\x28-\x5b\x5d-\x7e]*'|"[\t\x20\x21\x23-\x5b\x5d-\x7e]*"/y;
/** Parses one specifier such as `torch[cuda]>=2.1,<3; python_version >= "3.9"`. Throws RequirementSyntaxError. */
function parseRequirementSpec(spec) {
    return new Parser(spec).requirement();
}
class Parser {
    text;
    pos = 0;
    nesting = 0;
    constructor(text) {
        this.text = text;
    }
    requirement() {
        this.space();
        const name = this.token(IDENTIFIER, 'a package name');
        this.space();
        const extras = this.text[this.pos] === '[' ? this.extras() : [];
        this.space();
        if (this.eat('@')) {
            this.space();
            const url = this.token(URL, 'a URL after "@"');
            const spaced = this.space();
            const marker = spaced ? this.quotedMarker() : null;
            this.end(marker !== null ? MARKER_END : spaced ? '";" or the end' : 'a space after the URL');
            return { kind: 'url', name, extras, url, marker };
        }
        const parenthesised = this.text[this.pos] === '(';
        const specifiers = this.versionSpec();
        this.space();
        const marker = this.quotedMarker();
        if (marker !== null)
            this.end(MARKER_END);
        else if (parenthesised)
            this.end('";" or the end');
        else
            this.end(specifiers.length > 0 ? '",", ";" or the end' : 'a version operator, "@", ";" or the end');
        return { kind: 'name', name, extras, specifiers, marker };
    }
    extras() {
        this.pos++; // the `[`
        this.space();
        const extras = [];
        if (this.eat(']'))
            return extras;
        do {
            this.space();
            extras.push(this.token(IDENTIFIER, 'an extra name'));
            this.space();
        } while (this.eat(','));
        this.expect(']', '"," or "]"');
        return extras;
    }
    versionSpec() {
        if (!this.eat('('))
            return this.operatorAhead() ? this.versionMany() : [];
        // PEP 508's grammar wants a clause inside, but pip (packaging) accepts `name()`, as does pip-requirements-js.
        const clauses = this.operatorAhead() ? this.versionMany() : [];
        this.space();
        this.expect(')', clauses.length > 0 ? '"," or ")"' : 'a version operator or ")"');
        return clauses;
    }
    versionMany() {
        const clauses = [];
        do {
            this.space();
            const operator = this.token(OPERATOR, 'a version operator such as "==" or ">="');
            this.space();
            clauses.push({ operator, version: this.token(VERSION, `a version after "${operator}"`) });
            this.space();
        } while (this.eat(','));
        return clauses;
    }
    operatorAhead() {
        this.space();
        return /[=!<>~]/.test(this.text[this.pos] ?? '');
    }
    /** `; marker`: null without the `;`, else the marker checked against the grammar and returned as written. */
    quotedMarker() {
        if (!this.eat(';'))
            return null;
        this.space();
        const start = this.pos;
        this.markerOr();
        return this.text.slice(start, this.pos);
    }
    // `a and b and c` chains, as in packaging; PEP 508's grammar literally allows one `and` per level.
    markerOr() {
        this.markerAnd();
        while (this.keyword('or'))
            this.markerAnd();
    }
    markerAnd() {
        this.markerExpr();
        while (this.keyword('and'))
            this.markerExpr();
    }
    markerExpr() {
        this.space();
        if (this.text[this.pos] === '(') {
            if (this.nesting++ === MAX_NESTING)
                throw this.error(`at most ${MAX_NESTING} nested parentheses`);
            this.pos++;
            this.markerOr();
            this.space();
            this.expect(')', '"and", "or" or ")"');
            this.nesting--;
            return;
        }
        this.markerVar();
        this.space();
        this.token(MARKER_OPERATOR, 'a marker operator such as "==" or "in"');
        this.markerVar();
    }
    markerVar() {
        this.space();
        if (this.match(ENV_VAR) === null)
            this.token(STRING, 'a marker variable such as python_version, or a quoted string');
    }
    keyword(word) {
        const start = this.pos;
        this.space();
        if (this.eat(word))
            return true;
        this.pos = start; // so the marker text ends at its last token, not at trailing spaces
        return false;
    }
    /** Skips spaces and tabs (PEP 508's wsp); whether there were any. */
    space() {
        const start = this.pos;
        while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')
            this.pos++;
        return this.pos > start;
    }
    eat(literal) {
        if (!this.text.startsWith(literal, this.pos))
            return false;
        this.pos += literal.length;
        return true;
    }
    expect(literal, expected) {
        if (!this.eat(literal))
            throw this.error(expected);
    }
    match(pattern) {
        pattern.lastIndex = this.pos;
        const found = pattern.exec(this.text);
        if (found)
            this.pos = pattern.lastIndex;
        return found ? found[0] : null;
    }
    token(pattern, expected) {
        const found = this.match(pattern);
        if (found === null)
            throw this.error(expected);
        return found;
    }
    end(expected) {
        this.space();
        if (this.pos < this.text.length)
            throw this.error(expected);
    }
    error(expected) {
        return new RequirementSyntaxError(expected, this.pos + 1);
    }
}

// EXTERNAL MODULE: ./src/lint/dockerfile.ts + 5 modules
var dockerfile = __nccwpck_require__(8765);
// EXTERNAL MODULE: ./src/lint/commands.ts
var commands = __nccwpck_require__(2387);
// EXTERNAL MODULE: ./src/util/remember.ts
var remember = __nccwpck_require__(1557);
;// CONCATENATED MODULE: ./src/lint/requirements.ts
// Requirements files as pip reads them, for MLG009: which entries are pinned to one version.
// Our PEP 508 parser (pep508.ts) reads the specifier part of each line; pip's own syntax around
// it (continuations, comments, global options, per-requirement --hash, -e, bare URLs and paths)
// is handled here because PEP 508 has none of it. Also maps a container path in a RUN back to
// the build-context file that a COPY or bind mount put there.





const MAX_INCLUDE_DEPTH = 5;
/**
 * Reads a requirements file and the files it includes with -r (relative to the including
 * file, as pip resolves them). Names pinned in a -c constraints file count as pinned; an
 * unreadable constraints file is trusted to pin everything. Null when the file is not in the context.
 */
function checkRequirementsFile(context, path, extraConstraints = []) {
    const top = context.readText(path);
    if (top === null)
        return null;
    const entries = [];
    const errors = [];
    const constraintFiles = [...extraConstraints];
    const visited = new Set();
    const visit = (file, text, depth) => {
        visited.add(file);
        const parsed = parseRequirements(text);
        entries.push(...parsed.entries.map((e) => ({ ...e, file })));
        errors.push(...parsed.errors.map((e) => `${file} line ${e.line}: ${e.message}`));
        for (const include of parsed.includes) {
            const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), include.path));
            if (include.kind === 'constraint')
                constraintFiles.push(target);
            else if (depth < MAX_INCLUDE_DEPTH && !visited.has(target)) {
                const included = context.readText(target);
                if (included !== null)
                    visit(target, included, depth + 1);
            }
        }
    };
    visit(path, top, 0);
    const constrained = pinnedNamesIn(context, constraintFiles);
    const unpinned = new Set();
    for (const entry of entries) {
        if (entry.pinned || constrained === 'all' || constrained.has(entry.name))
            continue;
        unpinned.add(entry.file === path ? entry.name : `${entry.name} (in ${entry.file})`);
    }
    return { path, unpinned: [...unpinned], errors };
}
/** Names pinned by the constraints files, or 'all' when one cannot be read (trust it). */
function pinnedNamesIn(context, files) {
    const names = new Set();
    for (const file of files) {
        const text = context.readText(file);
        if (text === null)
            return 'all';
        for (const entry of parseRequirements(text).entries)
            if (entry.pinned)
                names.add(entry.name);
    }
    return names;
}
const INCLUDE = /^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/;
const EDITABLE = /^(-e|--editable)(?:\s*=\s*|\s+)(\S+)/;
/**
 * Parses requirements text (pip's file format). Never throws: bad lines land in `errors`.
 * Several rules read the same file in one lint: results are remembered per text and shared
 * (do not modify them).
 */
const parseRequirements = (0,remember/* rememberByKey */.u)(parseRequirementsText, 1000);
function parseRequirementsText(text) {
    const result = { entries: [], includes: [], errors: [] };
    for (const { line, content } of logicalLines(text)) {
        const include = INCLUDE.exec(content);
        if (include) {
            result.includes.push({ kind: include[1].startsWith('-c') || include[1] === '--constraint' ? 'constraint' : 'requirements', path: include[2] });
            continue;
        }
        const editable = EDITABLE.exec(content);
        const requirement = editable ? editable[2] : content;
        if (!editable && content.startsWith('-'))
            continue; // a global option: --index-url, --pre, -f …
        // Per-requirement options follow the requirement: `torch==2.3.0 --hash=sha256:…`.
        const optionStart = requirement.search(/\s--?[A-Za-z]/);
        const spec = (optionStart < 0 ? requirement : requirement.slice(0, optionStart)).trim();
        const hashed = optionStart >= 0 && requirement.slice(optionStart).includes('--hash');
        const entry = classifyRequirement(spec);
        if (entry === null)
            continue; // a local project directory: built from the context, nothing to pin
        if ('error' in entry)
            result.errors.push({ line, message: entry.error });
        else
            result.entries.push({ name: entry.name, pinned: entry.pinned || hashed, line });
    }
    return result;
}
/** Joins `\` continuations and drops comments, keeping the first physical line number. */
function logicalLines(text) {
    const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const lines = [];
    let pending = null;
    for (const [i, raw] of physical.entries()) {
        const withoutComment = raw.replace(/(^|\s)#.*$/, '');
        const continued = /\\\s*$/.test(withoutComment);
        const part = withoutComment.replace(/\\\s*$/, '');
        pending = pending ? { line: pending.line, content: pending.content + ' ' + part } : { line: i + 1, content: part };
        if (continued)
            continue;
        if (pending.content.trim() !== '')
            lines.push({ line: pending.line, content: pending.content.trim() });
        pending = null;
    }
    if (pending && pending.content.trim() !== '')
        lines.push({ line: pending.line, content: pending.content.trim() });
    return lines;
}
/**
 * Whether one requirement (without options) is pinned. Null for a local project directory.
 * VCS URLs pin with a commit or version tag; archive URLs and wheel files pin by their file;
 * named requirements pin with `==` (no wildcard) or `===`.
 */
function classifyRequirement(spec) {
    if (/^(git|hg|svn|bzr)\+/.test(spec) || /^[a-z]+:\/\//i.test(spec)) {
        return { name: urlName(spec), pinned: urlPins(spec) };
    }
    if (/^(\.{1,2}\/|\/|~)/.test(spec) || /^[\w.-]+\/[\w./-]*$/.test(spec) || spec === '.') {
        return isArchive(spec) ? { name: urlName(spec), pinned: true } : null;
    }
    if (isArchive(spec) && !spec.includes('@'))
        return { name: urlName(spec), pinned: true }; // a wheel/sdist file name
    // `==` with a build-arg or env value (torch==${TORCH_VERSION}) is a pin whose value we cannot see.
    if (/===?\s*\$/.test(spec))
        return { name: (0,commands/* packageName */.oZ)(spec), pinned: true };
    // The common shapes (`torch`, `torch[cuda]`, `torch==2.1.0`, `transformers>=4.40,<5`) take one
    // regex; the rest go through the PEP 508 parser (~1 µs a spec, about twice the regex path), so a
    // 1 MB `pip install a b c ...` stays fast. Pinned means an exact `==` (or `===`) without a
    // wildcard, as the parser path decides.
    const simple = SIMPLE_REQUIREMENT.exec(spec);
    if (simple) {
        const exact = simple[2]?.split(',').some((clause) => /^\s*===?\s*[^*\s]+\s*$/.test(clause)) ?? false;
        return { name: normalise(simple[1]), pinned: exact };
    }
    if (spec.trim() === '')
        return null; // an empty argument (`pip install ""`) names nothing
    let parsed;
    try {
        parsed = parseRequirementSpec(spec);
    }
    catch (error) {
        if (error instanceof RequirementSyntaxError)
            return { error: error.message };
        throw error;
    }
    if (parsed.kind === 'url')
        return { name: normalise(parsed.name), pinned: urlPins(parsed.url) };
    // `===` (PEP 440 arbitrary equality) pins like `==`.
    const pinned = parsed.specifiers.some((c) => (c.operator === '==' || c.operator === '===') && !c.version.includes('*'));
    return { name: normalise(parsed.name), pinned };
}
const VERSION_CLAUSE = '\\s*(?:===|==|>=|<=|~=|!=|<|>)\\s*[A-Za-z0-9.*+!_-]+\\s*';
const SIMPLE_REQUIREMENT = new RegExp(`^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?:\\[[A-Za-z0-9._,\\s-]*\\])?((?:${VERSION_CLAUSE})(?:,${VERSION_CLAUSE})*)?$`);
const normalise = (name) => name.toLowerCase().replace(/[_.]+/g, '-');
const isArchive = (spec) => /\.(whl|tar\.gz|tgz|tar\.bz2|zip)(#.*)?$/i.test(spec);
/** git+https://…/repo.git@<sha or v1.2.3>, an archive named with a version, or a #sha256= fragment. */
function urlPins(url) {
    if (/#sha(256|384|512)=/.test(url))
        return true;
    const withoutFragment = url.split('#')[0];
    if (/^(git|hg|svn|bzr)\+/.test(url)) {
        // The ref follows the last @ of the path (an @ before the first / is user@host).
        const path = withoutFragment.replace(/^[a-z+]+:\/\//i, '');
        const at = path.lastIndexOf('@');
        const ref = at >= 0 && path.slice(0, at).includes('/') ? path.slice(at + 1) : '';
        return /^[0-9a-f]{7,40}$/i.test(ref) || /^v?\d+(\.\d+)+([.-]?\w+)?$/.test(ref);
    }
    return isArchive(withoutFragment) && /\d+\.\d+/.test(withoutFragment.split('/').pop() ?? '');
}
/** A readable name for a URL or file requirement: #egg=name, else the repository or file name. */
function urlName(spec) {
    const egg = /[#&]egg=([\w.-]+)/.exec(spec);
    if (egg)
        return normalise(egg[1]);
    const last = spec.split('#')[0].replace(/@[^/]*$/, '').replace(/\/+$/, '').split('/').pop() ?? spec;
    return last.replace(/\.git$/, '').replace(/-\d.*$/, '').toLowerCase();
}
// ---- Container path → build-context path ----
/**
 * The build-context file that sits at `containerPath` when `command` runs: through a bind
 * mount of the RUN, or the latest COPY/ADD (from the context, not --from) in the stage chain
 * whose destination covers it. Relative paths resolve against WORKDIR and any `cd` earlier in the RUN.
 */
function contextPathOf(run, command, containerPath, context) {
    const absolute = external_node_path_.posix.resolve(runDirectory(run, command), containerPath);
    for (const mount of run.mounts) {
        if (mount.type !== 'bind' || mount.options.from || !mount.target)
            continue;
        const source = mount.options.source ?? mount.options.src ?? '.';
        const found = mapCopied(absolute, [source], external_node_path_.posix.resolve(workdirAt(run), mount.target), false, context);
        if (found)
            return found;
    }
    const { copies, positions } = layoutOf(run.stage);
    const runPosition = positions.get(run) ?? 0;
    for (let i = copies.length - 1; i >= 0; i--) {
        const { position, copy: instruction } = copies[i];
        if (position >= runPosition)
            continue;
        if (instruction.from || instruction.hasHeredoc || instruction.sources.some((s) => /^[a-z]+:\/\//i.test(s)))
            continue;
        const destinationIsDir = instruction.destination.endsWith('/') || instruction.sources.length > 1 || /^\.?$/.test(instruction.destination);
        const destination = external_node_path_.posix.resolve(workdirAt(instruction), instruction.destination);
        const found = mapCopied(absolute, instruction.sources, destination, destinationIsDir, context);
        if (found)
            return found;
    }
    return null;
}
/** Which source of one COPY lands on `absolute`, as a context path that exists. */
function mapCopied(absolute, sources, destination, destinationIsDir, context) {
    for (const rawSource of sources) {
        const source = external_node_path_.posix.normalize(rawSource).replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
        const candidates = [];
        // A directory's contents are copied into the destination.
        if (absolute.startsWith(destination + '/'))
            candidates.push(external_node_path_.posix.join(source, absolute.slice(destination.length + 1)));
        // A file lands on the destination itself, or inside it when it is a directory.
        if (!destinationIsDir && absolute === destination)
            candidates.push(source);
        if (absolute === external_node_path_.posix.join(destination, external_node_path_.posix.basename(source)))
            candidates.push(source);
        if (/[*?[]/.test(source) && external_node_path_.posix.dirname(absolute) === destination) {
            const glob = new RegExp('^' + external_node_path_.posix.basename(source).replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
            if (glob.test(external_node_path_.posix.basename(absolute)))
                candidates.push(external_node_path_.posix.join(external_node_path_.posix.dirname(source), external_node_path_.posix.basename(absolute)));
        }
        const found = candidates.map((c) => external_node_path_.posix.normalize(c).replace(/^\.\//, '')).find((c) => context.readText(c) !== null);
        if (found)
            return found;
    }
    return null;
}
/** WORKDIR in force at an instruction (each relative WORKDIR builds on the previous; default /). */
function workdirAt(instruction) {
    return layoutOf(instruction.stage).workdirs.get(instruction) ?? '/';
}
const layoutCache = new WeakMap();
function layoutOf(stage) {
    let layout = layoutCache.get(stage);
    if (!layout) {
        layout = { workdirs: new Map(), positions: new Map(), copies: [] };
        let dir = '/';
        for (const [position, instruction] of (0,dockerfile/* chainInstructions */.dv)(stage).entries()) {
            layout.workdirs.set(instruction, dir);
            layout.positions.set(instruction, position);
            if ((0,dockerfile/* isCopy */.sN)(instruction))
                layout.copies.push({ position, copy: instruction });
            if (instruction.keyword === 'WORKDIR' && instruction.args.trim())
                dir = external_node_path_.posix.resolve(dir, instruction.args.trim());
        }
        layoutCache.set(stage, layout);
    }
    return layout;
}
/** The directory `command` runs in: WORKDIR, then `cd` commands earlier in the same RUN. */
function runDirectory(run, command) {
    let dir = workdirAt(run);
    for (const earlier of run.shell().commands) {
        if (earlier === command)
            break;
        if (earlier.program === 'cd' && earlier.args[0] && !earlier.args[0].startsWith('$'))
            dir = external_node_path_.posix.resolve(dir, earlier.args[0]);
    }
    return dir;
}


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ docsUrl)
/* harmony export */ });
/* unused harmony export DOCS_BASE */
const DOCS_BASE = 'https://github.com/ml-image-guard/ml-image-guard/blob/main/docs/rules';
const docsUrl = (id) => `${DOCS_BASE}/${id}.md`;


/***/ }),

/***/ 8727:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ dockerfileRules)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG001.ts
var MLG001_namespaceObject = {};
__nccwpck_require__.r(MLG001_namespaceObject);
__nccwpck_require__.d(MLG001_namespaceObject, {
  check: () => (check),
  meta: () => (meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG002.ts
var MLG002_namespaceObject = {};
__nccwpck_require__.r(MLG002_namespaceObject);
__nccwpck_require__.d(MLG002_namespaceObject, {
  check: () => (MLG002_check),
  meta: () => (MLG002_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG003.ts
var MLG003_namespaceObject = {};
__nccwpck_require__.r(MLG003_namespaceObject);
__nccwpck_require__.d(MLG003_namespaceObject, {
  check: () => (MLG003_check),
  meta: () => (MLG003_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG004.ts
var MLG004_namespaceObject = {};
__nccwpck_require__.r(MLG004_namespaceObject);
__nccwpck_require__.d(MLG004_namespaceObject, {
  check: () => (MLG004_check),
  meta: () => (MLG004_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG005.ts
var MLG005_namespaceObject = {};
__nccwpck_require__.r(MLG005_namespaceObject);
__nccwpck_require__.d(MLG005_namespaceObject, {
  check: () => (MLG005_check),
  meta: () => (MLG005_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG006.ts
var MLG006_namespaceObject = {};
__nccwpck_require__.r(MLG006_namespaceObject);
__nccwpck_require__.d(MLG006_namespaceObject, {
  check: () => (MLG006_check),
  meta: () => (MLG006_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG007.ts
var MLG007_namespaceObject = {};
__nccwpck_require__.r(MLG007_namespaceObject);
__nccwpck_require__.d(MLG007_namespaceObject, {
  check: () => (MLG007_check),
  meta: () => (MLG007_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG008.ts
var MLG008_namespaceObject = {};
__nccwpck_require__.r(MLG008_namespaceObject);
__nccwpck_require__.d(MLG008_namespaceObject, {
  check: () => (MLG008_check),
  meta: () => (MLG008_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG009.ts
var MLG009_namespaceObject = {};
__nccwpck_require__.r(MLG009_namespaceObject);
__nccwpck_require__.d(MLG009_namespaceObject, {
  check: () => (MLG009_check),
  meta: () => (MLG009_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG010.ts
var MLG010_namespaceObject = {};
__nccwpck_require__.r(MLG010_namespaceObject);
__nccwpck_require__.d(MLG010_namespaceObject, {
  check: () => (MLG010_check),
  meta: () => (MLG010_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG011.ts
var MLG011_namespaceObject = {};
__nccwpck_require__.r(MLG011_namespaceObject);
__nccwpck_require__.d(MLG011_namespaceObject, {
  check: () => (MLG011_check),
  meta: () => (MLG011_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG012.ts
var MLG012_namespaceObject = {};
__nccwpck_require__.r(MLG012_namespaceObject);
__nccwpck_require__.d(MLG012_namespaceObject, {
  check: () => (MLG012_check),
  meta: () => (MLG012_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG013.ts
var MLG013_namespaceObject = {};
__nccwpck_require__.r(MLG013_namespaceObject);
__nccwpck_require__.d(MLG013_namespaceObject, {
  check: () => (MLG013_check),
  meta: () => (MLG013_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG014.ts
var MLG014_namespaceObject = {};
__nccwpck_require__.r(MLG014_namespaceObject);
__nccwpck_require__.d(MLG014_namespaceObject, {
  check: () => (MLG014_check),
  meta: () => (MLG014_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG015.ts
var MLG015_namespaceObject = {};
__nccwpck_require__.r(MLG015_namespaceObject);
__nccwpck_require__.d(MLG015_namespaceObject, {
  check: () => (MLG015_check),
  meta: () => (MLG015_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG016.ts
var MLG016_namespaceObject = {};
__nccwpck_require__.r(MLG016_namespaceObject);
__nccwpck_require__.d(MLG016_namespaceObject, {
  check: () => (MLG016_check),
  meta: () => (MLG016_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG017.ts
var MLG017_namespaceObject = {};
__nccwpck_require__.r(MLG017_namespaceObject);
__nccwpck_require__.d(MLG017_namespaceObject, {
  check: () => (MLG017_check),
  meta: () => (MLG017_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG018.ts
var MLG018_namespaceObject = {};
__nccwpck_require__.r(MLG018_namespaceObject);
__nccwpck_require__.d(MLG018_namespaceObject, {
  check: () => (MLG018_check),
  meta: () => (MLG018_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG019.ts
var MLG019_namespaceObject = {};
__nccwpck_require__.r(MLG019_namespaceObject);
__nccwpck_require__.d(MLG019_namespaceObject, {
  check: () => (MLG019_check),
  meta: () => (MLG019_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG020.ts
var MLG020_namespaceObject = {};
__nccwpck_require__.r(MLG020_namespaceObject);
__nccwpck_require__.d(MLG020_namespaceObject, {
  check: () => (MLG020_check),
  meta: () => (MLG020_meta)
});

// NAMESPACE OBJECT: ./src/lint/rules/MLG021.ts
var MLG021_namespaceObject = {};
__nccwpck_require__.r(MLG021_namespaceObject);
__nccwpck_require__.d(MLG021_namespaceObject, {
  check: () => (MLG021_check),
  meta: () => (MLG021_meta)
});

// EXTERNAL MODULE: ./src/lint/rule-meta.ts
var rule_meta = __nccwpck_require__(5721);
// EXTERNAL MODULE: ./src/lint/dockerfile.ts + 5 modules
var dockerfile = __nccwpck_require__(8765);
// EXTERNAL MODULE: ./src/lint/commands.ts
var lint_commands = __nccwpck_require__(2387);
// EXTERNAL MODULE: ./src/lint/ml.ts
var ml = __nccwpck_require__(3580);
// EXTERNAL MODULE: ./src/lint/data/base-images.ts
var base_images = __nccwpck_require__(2432);
;// CONCATENATED MODULE: ./src/lint/rules/MLG001.ts
// A CUDA devel image carries nvcc, headers and static libraries: gigabytes that serving a
// model never touches. Build with it in a builder stage; ship on the runtime (or base) image.





const meta = {
    id: 'MLG001',
    name: 'cuda-devel-final',
    severity: 'error',
    description: 'The final stage is based on a CUDA devel image; ship on the runtime (or base) variant and compile in a builder stage.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG001'),
    kind: 'dockerfile',
};
// Wheels that bundle their own CUDA libraries: with them the image needs no CUDA libraries at all.
const SELF_CONTAINED_CUDA_WHEELS = new Set([...ml/* TORCH_PACKAGES */.tP, 'jax', 'tensorflow', 'vllm', 'cupy-cuda12x', 'cupy-cuda11x']);
function check({ final }) {
    const chain = (0,dockerfile/* stageChain */.ap)(final);
    const root = chain[chain.length - 1];
    const cuda = (0,ml/* classifyCudaImage */.BG)(root.image);
    if (!cuda || cuda.variant !== 'devel')
        return [];
    const runtime = (0,ml/* imageVariant */.PK)(cuda, 'runtime');
    const base = (0,ml/* imageVariant */.PK)(cuda, 'base');
    const via = root === final ? '' : ` through FROM ${chain.slice(1).map(describeStage).join(' → ')} (line ${root.fromLine})`;
    const wheelsBringCuda = installsSelfContainedWheels(final);
    let instead;
    if (runtime && base && wheelsBringCuda) {
        instead = `Use ${base}: the pip wheels installed here bring their own CUDA libraries (use ${runtime} if something needs the system CUDA libraries).`;
    }
    else if (runtime && base) {
        instead = `Use ${runtime} (or ${base} when nothing in the image needs the CUDA libraries, e.g. torch wheels that bring their own).`;
    }
    else if (runtime) {
        instead = `Use ${runtime}.`;
    }
    else {
        instead = `Use the vendor's runtime variant of this image.`;
    }
    return [
        {
            line: final.fromLine,
            message: `The final stage${final.name ? ` "${final.name}"` : ''} is built${via} on the CUDA development image ${root.image}: nvcc, headers and static libraries ship to every node that pulls it. ` +
                `${instead} Compile CUDA extensions in a devel builder stage and COPY --from it only what they produce. ` +
                `Publicly reported savings: ${(0,base_images/* savingRange */.sP)(base_images/* DEVEL_TO_RUNTIME */.oN)} (sources in the rule's doc page).`,
        },
    ];
}
function describeStage(stage) {
    return stage.name ? `"${stage.name}"` : `stage ${stage.index}`;
}
function installsSelfContainedWheels(final) {
    return (0,dockerfile/* chainInstructions */.dv)(final).some((instruction) => (0,dockerfile/* isRun */.yz)(instruction) &&
        /torch|jax|tensorflow|vllm|cupy/.test(instruction.text) &&
        (0,lint_commands/* pipInstalls */.CR)(instruction).some((install) => install.packages.some((p) => SELF_CONTAINED_CUDA_WHEELS.has((0,lint_commands/* packageName */.oZ)(p)))));
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG002.ts
// Compilers, headers and CUDA toolkits in the final stage ship to every serving node, are never
// used there, and add attack surface. Build in a builder stage and copy only the results.




const MLG002_meta = {
    id: 'MLG002',
    name: 'build-tools-in-final',
    severity: 'warning',
    description: 'The final stage installs compilers or build-only packages; build in a builder stage and copy the results.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG002'),
    kind: 'dockerfile',
};
const BUILD_TOOLS = new Set([
    'build-essential', 'build-base', 'make', 'cmake', 'ninja-build', 'ninja', 'autoconf', 'automake', 'libtool',
    'pkg-config', 'pkgconf', 'gcc-c++', 'musl-dev', 'linux-headers', 'compilers', 'c-compiler', 'cxx-compiler',
    'fortran-compiler', 'gxx', 'meson', 'scons', 'bazel', 'swig', 'cython',
]);
const COMPILER = /^(gcc|g\+\+|gfortran|clang|clang\+\+|cpp)(-\d+(\.\d+)?)?$|^(gcc|gxx|gfortran)_linux-(64|aarch64)$/;
const CUDA_COMPILER = /^cuda-(toolkit|nvcc|compiler)(-\d+(-\d+)?)?$/;
/** Header/development packages: python3-dev, libcudnn8-dev, cuda-libraries-dev-12-1, openssl-devel. */
const DEV_PACKAGE = /-dev(el)?(-|$)/;
const INSTALL_TRIGGER = /\b(apt(-get)?|yum|dnf|microdnf|apk|conda|mamba|micromamba)\b/;
const REMOVE_VERBS = {
    'apt-get': ['purge', 'remove'],
    apt: ['purge', 'remove'],
    yum: ['remove', 'erase'],
    dnf: ['remove', 'erase'],
    microdnf: ['remove'],
    apk: ['del'],
    conda: ['remove', 'uninstall'],
    mamba: ['remove', 'uninstall'],
    micromamba: ['remove', 'uninstall'],
};
function isBuildOnly(name) {
    return BUILD_TOOLS.has(name) || COMPILER.test(name) || CUDA_COMPILER.test(name) || DEV_PACKAGE.test(name);
}
function MLG002_check({ model, final }) {
    const instructions = (0,dockerfile/* chainInstructions */.dv)(final);
    const runs = instructions.filter(dockerfile/* isRun */.yz);
    const gitUsedToBuild = runs.some((run) => /\bgit\b/.test(run.text) && usesGit(run));
    const singleStage = model.stages.length === 1;
    const findings = [];
    for (const run of runs) {
        if (!INSTALL_TRIGGER.test(run.text))
            continue;
        for (const install of (0,lint_commands/* systemInstalls */.Y7)(run)) {
            const removed = removedLater(run, install);
            const buildOnly = install.packages
                .map(ml/* systemPackageName */.nq)
                .filter((name) => (isBuildOnly(name) || (name === 'git' && gitUsedToBuild)) && !removed.has(name));
            if (buildOnly.length === 0)
                continue;
            const where = singleStage
                ? 'This Dockerfile has a single stage: add a builder stage'
                : 'Move them to a builder stage';
            findings.push({
                line: install.command.line,
                message: `The final stage installs build-only packages with ${install.manager}: ${[...new Set(buildOnly)].join(', ')}. ` +
                    `Compilers, headers and toolkits add hundreds of MB (GBs for CUDA) to every serving node and widen its attack surface. ` +
                    `${where} (build wheels or a venv there, e.g. \`pip wheel\` or \`pip install --prefix=/install\`) and COPY --from it only the results; ` +
                    `or purge them in this same RUN after use.${(0,lint_commands/* parseNote */.wd)(run)}`,
            });
        }
    }
    return findings;
}
/** git in the final stage is a build tool when a RUN clones or pip-installs from git. */
function usesGit(run) {
    return run.shell().commands.some((c) => c.program === 'git' || c.args.some((a) => a.startsWith('git+')));
}
/** Packages (or an apk --virtual group) that a later command of the same RUN removes again. */
function removedLater(run, install) {
    const virtualFlag = install.command.args.findIndex((a) => a === '--virtual' || a === '-t');
    const virtualGroup = install.manager === 'apk' && virtualFlag >= 0 ? install.command.args[virtualFlag + 1] : null;
    const removed = new Set();
    for (const command of (0,lint_commands/* commandsAfter */.FR)(run, install.command)) {
        const verb = command.args.find((a) => !a.startsWith('-'));
        if (!verb || !REMOVE_VERBS[command.program]?.includes(verb))
            continue;
        const names = command.args.filter((a) => !a.startsWith('-') && a !== verb).map(ml/* systemPackageName */.nq);
        if (virtualGroup && names.includes(virtualGroup))
            install.packages.forEach((p) => removed.add((0,ml/* systemPackageName */.nq)(p)));
        names.forEach((name) => removed.add(name));
    }
    return removed;
}

// EXTERNAL MODULE: ./src/config/units.ts
var units = __nccwpck_require__(4529);
;// CONCATENATED MODULE: ./src/lint/rules/MLG003.ts
// Weights in an image make every build, push and pull move gigabytes, and tie a model update
// to a new image. Mount them or download them at start-up into a cache volume instead.




const MLG003_meta = {
    id: 'MLG003',
    name: 'weights-copied',
    severity: 'error',
    description: 'COPY/ADD puts model weights into the image; mount them or download them at start-up into a cache volume.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG003'),
    kind: 'dockerfile',
};
const ADVICE = 'Keep weights out of the image: mount them at run time (volume, PVC, object-store mount) or download them at start-up into a mounted cache (HF_HOME), and list their folder in .dockerignore. ' +
    'A weights layer is rebuilt, pushed and pulled by every node on each release, and a model update should not need a new image.';
const MAX_NAMED = 3;
/** Tokenizers and configs are small; a big file in models/ is weights whatever its extension. */
const LARGE_FILE_IN_MODELS_DIR = 1_000_000;
function MLG003_check({ final, context }) {
    const findings = [];
    for (const instruction of (0,dockerfile/* chainInstructions */.dv)(final)) {
        if (!(0,dockerfile/* isCopy */.sN)(instruction) || instruction.hasHeredoc)
            continue;
        const copy = instruction;
        const named = [];
        const fromContext = [];
        for (const source of copy.sources) {
            if (/^[a-z][\w+.-]*:\/\//i.test(source) || source.startsWith('git@'))
                continue; // remote ADD: MLG004
            const looksLikeWeights = (0,ml/* isWeightsPath */.JI)(source) || (0,ml/* inModelsDir */.XI)(withoutGlob(source));
            if (copy.from !== null || /[*?[]/.test(source)) {
                if (looksLikeWeights)
                    named.push(source);
                continue;
            }
            const files = filesUnder(context, source);
            if (files.length === 0) {
                if (looksLikeWeights)
                    named.push(source); // not in the context we see: judge by the name
                continue;
            }
            // Judge by content: a models/ folder of Python ORM classes is code, a .safetensors anywhere is weights.
            const weights = files.filter((f) => (0,ml/* isWeightsPath */.JI)(f.path) || ((0,ml/* inModelsDir */.XI)(f.path) && f.size >= LARGE_FILE_IN_MODELS_DIR));
            fromContext.push(...weights);
        }
        if (named.length === 0 && fromContext.length === 0)
            continue;
        findings.push(fromContext.length > 0 ? contextFinding(copy, fromContext, context) : namedFinding(copy, named));
    }
    return findings;
}
function namedFinding(copy, sources) {
    const origin = copy.from ? ` --from=${copy.from}` : '';
    return {
        line: copy.line,
        endLine: copy.endLine,
        message: `${copy.keyword}${origin} puts model weights into the image (${sources.join(', ')}). ${ADVICE}`,
    };
}
function contextFinding(copy, files, context) {
    const unique = [...new Map(files.map((f) => [f.path, f])).values()].sort((a, b) => b.size - a.size);
    const total = unique.reduce((sum, f) => sum + f.size, 0);
    const biggest = unique.slice(0, MAX_NAMED).map((f) => `${f.path} (${(0,units/* formatBytes */.z3)(f.size)})`);
    const more = unique.length > MAX_NAMED ? ` and ${unique.length - MAX_NAMED} more` : '';
    const ignoreNote = context.dockerignore ? `${context.dockerignore.path} does not exclude them` : 'there is no .dockerignore to exclude them';
    return {
        line: copy.line,
        endLine: copy.endLine,
        bytes: total,
        message: `${copy.keyword} ${copy.sources.join(' ')} brings ${unique.length} model weight file${unique.length === 1 ? '' : 's'} (${(0,units/* formatBytes */.z3)(total)}) from the build context into the image: ` +
            `${biggest.join(', ')}${more}; ${ignoreNote}. ${ADVICE}`,
    };
}
/** Unignored context files at or under a COPY source (`.`, `./models`, `/app/weights/`). */
function filesUnder(context, source) {
    const path = source.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
    if (path === '')
        return context.files;
    return context.files.filter((f) => f.path === path || f.path.startsWith(path + '/'));
}
/** `models/*` → `models`: the folder a glob source reads from. */
function withoutGlob(source) {
    return source.split('/').filter((segment) => !/[*?[]/.test(segment)).join('/');
}

// EXTERNAL MODULE: ./src/lint/requirements.ts + 1 modules
var requirements = __nccwpck_require__(6943);
;// CONCATENATED MODULE: ./src/lint/rules/MLG004.ts
// Weights fetched by a RUN land in a layer: gigabytes rebuilt whenever the layer's cache breaks,
// pushed and pulled on every release, and a model update needs a new image.





const MLG004_meta = {
    id: 'MLG004',
    name: 'weights-downloaded-at-build',
    severity: 'error',
    description: 'A RUN (or ADD) downloads model weights during the build; download them at start-up into a mounted cache volume.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG004'),
    kind: 'dockerfile',
};
const MLG004_ADVICE = 'Download at start-up into a mounted cache volume instead (e.g. HF_HOME on a volume or PVC, fetched by the entrypoint when missing), or mount the weights read-only: ' +
    'they then stay out of every layer, push and pull, and a model change needs no rebuild.';
const TRIGGER = /huggingface|\bhf\b|hf_hub|snapshot_download|from_pretrained|torch\.hub|\bgit\b|wget|curl|aws|gsutil|gcloud|azcopy|ollama|dvc|modelscope|python/;
/** Calls in Python code that fetch weights from a hub. */
const PYTHON_DOWNLOADS = [
    [/\bsnapshot_download\s*\(/, 'snapshot_download()'],
    [/\bhf_hub_download\s*\(/, 'hf_hub_download()'],
    [/\.from_pretrained\s*\(/, 'from_pretrained()'],
    [/\btorch\.hub\.load(_state_dict_from_url)?\s*\(/, 'torch.hub.load()'],
    [/\bSentenceTransformer\s*\(/, 'SentenceTransformer()'],
    [/\bwhisper\.load_model\s*\(/, 'whisper.load_model()'],
    [/\bpipeline\s*\(\s*["'][\w-]+["']/, 'transformers pipeline()'],
    [/\bcreate_model\s*\([^)]*pretrained\s*=\s*True/, 'timm create_model(pretrained=True)'],
];
function MLG004_check({ model, context }) {
    const findings = [];
    for (const instruction of (0,dockerfile/* allInstructions */.$Z)(model)) {
        if ((0,dockerfile/* isCopy */.sN)(instruction) && instruction.keyword === 'ADD') {
            const url = instruction.sources.find(isWeightsUrl);
            if (url)
                findings.push({ line: instruction.line, message: `ADD downloads model weights at build time (${redactUrl(url)}). ${MLG004_ADVICE}` });
            continue;
        }
        if (!(0,dockerfile/* isRun */.yz)(instruction) || !TRIGGER.test(instruction.text))
            continue;
        for (const { command, what } of downloads(instruction, context)) {
            findings.push({
                line: command?.line ?? instruction.line,
                message: `RUN downloads model weights at build time (${what}). ${MLG004_ADVICE}${(0,lint_commands/* parseNote */.wd)(instruction)}`,
            });
        }
    }
    return findings;
}
function downloads(run, context) {
    const found = [];
    for (const command of run.shell().commands) {
        const what = commandDownload(command, run, context);
        if (what)
            found.push({ command, what });
    }
    // `RUN <<EOF` with a python shebang: the body is Python, not shell.
    if (found.length === 0 && run.hasHeredoc && /^#!.*python/m.test(run.text)) {
        const what = pythonDownload(run.text);
        if (what)
            found.push({ command: null, what });
    }
    return found;
}
function commandDownload(command, run, context) {
    const { program, args } = command;
    const positional = args.filter((a) => !a.startsWith('-'));
    switch (program) {
        case 'huggingface-cli':
        case 'hf':
        case 'modelscope':
            return positional[0] === 'download' ? `${program} download` : null;
        case 'ollama':
            return positional[0] === 'pull' ? 'ollama pull' : null;
        case 'dvc':
            return positional[0] === 'pull' || positional[0] === 'fetch' ? `dvc ${positional[0]}` : null;
        case 'git':
            if (positional[0] === 'clone' && positional.some((a) => /\b(huggingface\.co|hf\.co)\//.test(a)))
                return 'git clone of a Hugging Face repository';
            if (positional[0] === 'lfs' && ['pull', 'fetch', 'clone'].includes(positional[1] ?? ''))
                return `git lfs ${positional[1]}`;
            return null;
        case 'wget':
        case 'curl': {
            const url = args.find(isWeightsUrl);
            return url ? `${program} ${redactUrl(url)}` : null;
        }
        case 'aws':
            return positional[0] === 's3' && ['cp', 'sync'].includes(positional[1]) && (positional[2] ?? '').startsWith('s3://') ? `aws s3 ${positional[1]} from ${positional[2]}` : null;
        case 'gsutil':
        case 'gcloud': {
            const source = positional.find((a) => a.startsWith('gs://'));
            return source && positional.some((a) => ['cp', 'rsync'].includes(a)) && positional.indexOf(source) < positional.length - 1 ? `${program} copy from ${source}` : null;
        }
        case 'azcopy':
            return ['copy', 'cp', 'sync'].includes(positional[0] ?? '') ? `azcopy ${positional[0]}` : null;
    }
    if (/^python(\d+(\.\d+)?)?$/.test(program))
        return pythonCommandDownload(command, run, context);
    return null;
}
function pythonCommandDownload(command, run, context) {
    const { args } = command;
    const m = args.indexOf('-m');
    if (m >= 0 && args[m + 1] === 'spacy' && args[m + 2] === 'download')
        return 'python -m spacy download';
    const c = args.indexOf('-c');
    if (c >= 0)
        return pythonDownload(args[c + 1] ?? '');
    const script = args.find((a) => !a.startsWith('-'));
    if (!script)
        return run.hasHeredoc ? pythonDownload(run.text) : null; // python3 <<EOF … EOF
    if (script.endsWith('.py')) {
        // The script as the build context has it, found through the COPY or bind mount that put it there.
        const path = (0,requirements/* contextPathOf */.ce)(run, command, script, context);
        const what = pythonDownload((path && context.readText(path)) ?? '');
        return what ? `${what} in ${script}` : null;
    }
    return null;
}
function pythonDownload(code) {
    return PYTHON_DOWNLOADS.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}
function isWeightsUrl(arg) {
    const match = /^https?:\/\/([^/?#]+)([^?#]*)/i.exec(arg);
    if (!match)
        return false;
    const [, host, path] = match;
    return (/(^|\.)(huggingface\.co|hf\.co)$/i.test(host) && /\/resolve\//.test(path)) || (0,ml/* isWeightsPath */.JI)(path);
}
/** Scheme, host and path only: query strings can carry signed tokens. */
function redactUrl(url) {
    return url.replace(/[?#].*$/, '');
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG005.ts
// Secrets in ENV, ARG, a RUN line or a copied file stay readable by anyone who can pull the
// image (docker inspect / docker history / the layer tarball), even if a later step removes them.
// Messages name the secret and show *** for its value, never the value.



const MLG005_meta = {
    id: 'MLG005',
    name: 'secret-in-image',
    severity: 'error',
    description: 'A token, password or credentials file goes into the image (ENV, ARG, RUN or COPY); use RUN --mount=type=secret.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG005'),
    kind: 'dockerfile',
};
function useSecretMount(name = 'HF_TOKEN') {
    const id = name.toLowerCase();
    return (`Give it only to the RUN that needs it with \`RUN --mount=type=secret,id=${id},env=${name} …\` (\`docker build --secret id=${id},env=${name}\`), ` +
        "and to the container at run time from the orchestrator's secrets; rotate it if this image was ever pushed.");
}
/** A value that says where a secret is (/run/secrets/token, ~/.aws/credentials), not the secret itself. */
const isPathValue = (value) => /^(\/|~\/|\.\/)/.test(value);
function MLG005_check({ model, context }) {
    const findings = [];
    for (const instruction of (0,dockerfile/* allInstructions */.$Z)(model)) {
        const message = (0,dockerfile/* isEnv */.Ix)(instruction)
            ? envMessage(instruction.pairs)
            : (0,dockerfile/* isArg */.L)(instruction)
                ? argMessage(instruction.name, instruction.defaultValue)
                : (0,dockerfile/* isCopy */.sN)(instruction)
                    ? copyMessage(instruction, context)
                    : tokenInTextMessage(instruction);
        if (message)
            findings.push({ line: instruction.line, endLine: instruction.endLine, message });
    }
    // ARGs before the first FROM reach no RUN unless a stage redeclares them (flagged there), but a default is written in the repository.
    for (const arg of model.preludeArgs) {
        if (!arg.defaultValue || !((0,ml/* isSecretName */.eh)(arg.name) || (0,ml/* findTokenShape */.kf)(arg.defaultValue)))
            continue;
        findings.push({
            line: arg.line,
            message: `ARG ${arg.name}=*** before the first FROM writes a secret into the Dockerfile, and so into the repository's history; a stage that redeclares it puts it in the image history too. ${useSecretMount(arg.name)}`,
        });
    }
    return findings;
}
function envMessage(pairs) {
    const secrets = pairs.filter(({ name, value }) => {
        if ((0,ml/* findTokenShape */.kf)(value))
            return true;
        return (0,ml/* isSecretName */.eh)(name) && value.trim() !== '' && !isPathValue(value);
    });
    if (secrets.length === 0)
        return null;
    const shown = secrets.map(({ name }) => `${name}=***`).join(' ');
    return `ENV ${shown} bakes a secret into the image config: anyone who can pull the image reads it with \`docker inspect\`. ${useSecretMount(secrets[0].name)}`;
}
function argMessage(name, defaultValue) {
    const tokenDefault = defaultValue !== null && (0,ml/* findTokenShape */.kf)(defaultValue) !== null;
    if (!(0,ml/* isSecretName */.eh)(name) && !tokenDefault)
        return null;
    const shown = defaultValue ? `${name}=***` : name;
    return (`ARG ${shown} passes a secret as a build argument: its value is recorded in the image history (\`docker history\` shows it for every RUN that uses it) and in the build cache. ` +
        useSecretMount(name));
}
function copyMessage(copy, context) {
    const named = copy.sources.filter(ml/* isSecretFile */.D0);
    // COPY . (or a folder) sends whatever the context holds: name the credential files it would take.
    const fromContext = copy.from === null
        ? copy.sources.flatMap((source) => {
            const dir = source.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
            return context.files.filter((f) => (dir === '' || f.path.startsWith(dir + '/')) && (0,ml/* isSecretFile */.D0)(f.path)).map((f) => f.path);
        })
        : [];
    const files = [...new Set([...named, ...fromContext])];
    if (files.length === 0)
        return null;
    const via = fromContext.length > 0 && named.length === 0 ? ` (from the build context; ${context.dockerignore ? `${context.dockerignore.path} does not exclude them` : 'there is no .dockerignore'})` : '';
    return (`${copy.keyword} puts credentials into a layer: ${files.join(', ')}${via}. A later RUN that deletes them does not remove them from the image. ` +
        'Mount them only for the RUN that needs them (`RUN --mount=type=secret,id=…,target=…`) and list them in .dockerignore.');
}
/** RUN, LABEL, CMD … with a literal token in them (`huggingface-cli login --token hf_…`). */
function tokenInTextMessage(instruction) {
    const token = (0,ml/* findTokenShape */.kf)((0,dockerfile/* isRun */.yz)(instruction) ? instruction.text : instruction.args);
    if (!token)
        return null;
    return `${instruction.keyword} contains what looks like a ${token.kind} (${token.redacted}): it is stored in the image history for anyone who pulls the image. ${useSecretMount()}`;
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG006.ts
// The whole build context goes to the builder before the first instruction runs: a repository
// with .git, checkpoints and datasets turns every build into a multi-GB upload, busts COPY . caches
// on unrelated changes, and can leak .env files into layers.



const MLG006_meta = {
    id: 'MLG006',
    name: 'dockerignore',
    severity: 'warning',
    description: 'No .dockerignore, or one that leaves .git, .env, models/, data/, notebooks or caches in the build context.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG006'),
    kind: 'dockerfile',
};
// Matchers are called for every context file on every lint: their strings are built once.
const topDir = (name) => {
    const prefix = name + '/';
    return (path) => path.startsWith(prefix);
};
const anyDir = (name) => {
    const prefix = name + '/';
    const inner = '/' + prefix;
    return (path) => path.startsWith(prefix) || path.includes(inner);
};
const base = (path) => path.slice(path.lastIndexOf('/') + 1);
const anyOf = (...tests) => (path) => tests.some((test) => test(path));
const ENTRIES = [
    { label: '.git', pattern: '.git', matches: topDir('.git') },
    { label: '.env', pattern: '**/.env*', matches: (p) => p.includes('.env') && /^\.env(\.|$)/.test(base(p)) && !/\.(example|sample|template|dist)$/.test(p) },
    { label: 'models/', pattern: 'models/', matches: topDir('models'), codeAllowed: true },
    { label: 'data/', pattern: 'data/', matches: topDir('data'), codeAllowed: true },
    { label: 'notebooks/', pattern: 'notebooks/', matches: topDir('notebooks') },
    { label: '*.ipynb', pattern: '**/*.ipynb', matches: (p) => p.endsWith('.ipynb') },
    { label: '.ipynb_checkpoints', pattern: '**/.ipynb_checkpoints', matches: anyDir('.ipynb_checkpoints') },
    { label: '__pycache__', pattern: '**/__pycache__', matches: anyDir('__pycache__') },
    { label: '.pytest_cache', pattern: '**/.pytest_cache', matches: anyDir('.pytest_cache') },
    { label: 'tests/', pattern: 'tests/', matches: topDir('tests') },
    { label: '.venv/', pattern: '.venv/', matches: anyOf(topDir('.venv'), topDir('venv')) },
    { label: 'wandb/, mlruns/, lightning_logs/', pattern: 'wandb/\nmlruns/\nlightning_logs/', matches: anyOf(topDir('wandb'), topDir('mlruns'), topDir('lightning_logs')) },
];
const MAX_LARGEST = 5;
function MLG006_check({ model, context }) {
    const leftIn = leftInEntries(context, model);
    if (context.dockerignore !== null && leftIn.length === 0)
        return [];
    // The message parts, only when there is a finding.
    const sent = `${context.truncated ? 'at least ' : ''}${(0,units/* formatBytes */.z3)(context.totalBytes)} in ${context.files.length} files`;
    const largest = largestEntries(context.files);
    const toAdd = leftIn.map(({ entry }) => entry.pattern).join(', ').replace(/\n/g, ', ');
    if (context.dockerignore === null) {
        return [
            {
                line: 0,
                bytes: context.totalBytes,
                message: `No .dockerignore for this build (neither <Dockerfile>.dockerignore beside the Dockerfile nor .dockerignore at the context root): Docker sends the whole context to the builder on every build (${sent}${largest && `; ${largest}`}). ` +
                    `Add one that excludes ${toAdd || '.git, .env and anything the image does not need'}; with an allow-list (\`*\` then \`!app/\`, \`!requirements.txt\`) nothing new slips in.`,
            },
        ];
    }
    const listed = leftIn.map(({ entry, bytes }) => `${entry.label} (${(0,units/* formatBytes */.z3)(bytes)})`).join(', ');
    const secretNote = leftIn.some(({ entry }) => entry.label === '.env') ? ' .env files hold secrets: a COPY . puts them in a layer.' : '';
    return [
        {
            line: 0,
            bytes: context.totalBytes,
            message: `${context.dockerignore.path} leaves in the build context ${listed}: the build sends ${sent}${largest && ` (${largest})`}, and every change there invalidates COPY . layers.${secretNote} ` +
                `Add ${toAdd} to ${context.dockerignore.path}.`,
        },
    ];
}
/** Entries the context still holds, skipping those a COPY names on purpose (COPY tests/ in a test stage). */
function leftInEntries(context, model) {
    let copied;
    const found = [];
    for (const entry of ENTRIES) {
        let bytes = 0;
        let count = 0;
        let onlyPython = true;
        for (const file of context.files) {
            if (!entry.matches(file.path))
                continue;
            bytes += file.size;
            count++;
            if (!file.path.endsWith('.py'))
                onlyPython = false;
        }
        if (count === 0 || (entry.codeAllowed && onlyPython))
            continue;
        copied ??= copiedSources(model);
        if (copied.some((source) => source !== '' && source !== '.' && entry.matches(source.replace(/\/*$/, '/'))))
            continue;
        found.push({ entry, bytes });
    }
    return found;
}
/** What COPYs from the context name, without a leading ./ or /. */
function copiedSources(model) {
    return (0,dockerfile/* allInstructions */.$Z)(model)
        .filter(dockerfile/* isCopy */.sN)
        .filter((c) => c.from === null)
        .flatMap((c) => c.sources.map((s) => s.replace(/^(\.\/|\/)+/, '')));
}
/** "largest: models/ 13.5 GB, .git/ 1.2 GB" over top-level files and folders. */
function largestEntries(files) {
    const sizes = new Map();
    for (const file of files) {
        const slash = file.path.indexOf('/');
        const top = slash < 0 ? file.path : file.path.slice(0, slash + 1);
        sizes.set(top, (sizes.get(top) ?? 0) + file.size);
    }
    const top = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, MAX_LARGEST);
    return top.length === 0 ? '' : `largest: ${top.map(([name, bytes]) => `${name} ${(0,units/* formatBytes */.z3)(bytes)}`).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG007.ts
// Package caches written during a RUN stay in that layer: pip's wheel cache alone is
// hundreds of MB for torch. Flags pip/uv/conda installs that neither disable nor remove
// their cache (or keep it in a cache mount, outside the image).




const MLG007_meta = {
    id: 'MLG007',
    name: 'pip-cache',
    severity: 'warning',
    description: 'pip/uv/conda installs that leave their package cache in the image layer.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG007'),
    kind: 'dockerfile',
};
const CONDA_FAMILY = new Set(['conda', 'mamba', 'micromamba']);
const CACHE_VARIABLES = ['PIP_NO_CACHE_DIR', 'PIP_CACHE_DIR', 'UV_NO_CACHE', 'UV_CACHE_DIR'];
function MLG007_check({ model, final }) {
    const findings = [];
    for (const stage of model.stages) {
        let stageEnv;
        for (const run of stage.instructions.filter(dockerfile/* isRun */.yz)) {
            if (!/pip|uv|conda|mamba/.test(run.text))
                continue;
            stageEnv ??= (0,ml/* envBeforeEach */.M6)(stage, CACHE_VARIABLES);
            const scope = new RunScope(run, stageEnv(run));
            for (const problem of [...pipProblems(scope), ...uvProblems(scope), ...condaProblems(scope)]) {
                findings.push(sized(problem, stage, final, run));
            }
        }
    }
    return findings;
}
/**
 * What the checks ask of one RUN, each answer computed once for the RUN (not once per install,
 * which made a RUN of thousands of installs quadratic): the position of each command, the last
 * command of each cleanup kind (a cleanup counts when it comes after the install), and the
 * variables in force.
 */
class RunScope {
    run;
    env;
    commands;
    positions;
    lastIndexes = new Map();
    assignmentsByName;
    assignmentsOrdered = true;
    constructor(run, env) {
        this.run = run;
        this.env = env;
        this.commands = run.shell().commands;
    }
    /** Does a command that `kind` names (and `test` accepts) run after `command` in this RUN? */
    after(command, kind, test) {
        let last = this.lastIndexes.get(kind);
        if (last === undefined) {
            last = -1;
            for (let i = this.commands.length - 1; i >= 0; i--) {
                if (test(this.commands[i])) {
                    last = i;
                    break;
                }
            }
            this.lastIndexes.set(kind, last);
        }
        return last > this.position(command);
    }
    /** Does the RUN delete, after `command`, a path that `target` matches? `kind` names the target. */
    removesAfter(command, kind, target) {
        return this.after(command, kind, (c) => c.program === 'rm' && c.args.some((a) => !a.startsWith('-') && target.test(a)));
    }
    /** The command's index in the RUN (the first, as indexOf gives), -1 when it is not there. */
    position(command) {
        if (!this.positions) {
            this.positions = new Map();
            this.commands.forEach((c, i) => {
                if (!this.positions.has(c))
                    this.positions.set(c, i);
            });
        }
        return this.positions.get(command) ?? -1;
    }
    /**
     * A variable's value for `command`: ENV earlier in the stage chain, `export` earlier in the
     * same RUN, or the command's own prefix (later ones win). Undefined when never set.
     */
    envValue(command, name) {
        let value = this.env[name];
        const assignments = this.assignments().get(name) ?? [];
        if (this.assignmentsOrdered) {
            // The last assignment at or before the command's line, by binary search.
            let lo = 0;
            let hi = assignments.length;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (assignments[mid].line <= command.line)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo > 0)
                value = assignments[lo - 1].value;
        }
        else {
            for (const assignment of assignments)
                if (assignment.line <= command.line)
                    value = assignment.value;
        }
        return command.env[name] ?? value;
    }
    assignments() {
        if (!this.assignmentsByName) {
            this.assignmentsByName = new Map();
            for (const { name, value, line } of this.run.shell().assignments) {
                if (!CACHE_VARIABLES.includes(name))
                    continue;
                const list = this.assignmentsByName.get(name) ?? [];
                if (list.length > 0 && list[list.length - 1].line > line)
                    this.assignmentsOrdered = false;
                list.push({ line, value });
                this.assignmentsByName.set(name, list);
            }
        }
        return this.assignmentsByName;
    }
}
/** A cache in a stage that never reaches the final image costs build-cache space only. */
function sized(problem, stage, final, run) {
    const message = problem.message + (0,lint_commands/* parseNote */.wd)(run);
    if ((0,dockerfile/* shipsInFinal */.tO)(stage, final))
        return { line: problem.command.line, message };
    return {
        line: problem.command.line,
        severity: 'info',
        message: `${message} This stage does not reach the final image, so it only bloats the build cache (and a registry cache export).`,
    };
}
function pipProblems(scope) {
    const { run } = scope;
    const problems = [];
    for (const install of (0,lint_commands/* pipInstalls */.CR)(run)) {
        if (install.tool !== 'pip')
            continue;
        const { command } = install;
        // pip turns the cache off for any PIP_NO_CACHE_DIR value, even 0/false (kept for backward compatibility).
        if (install.options.includes('--no-cache-dir') || scope.envValue(command, 'PIP_NO_CACHE_DIR'))
            continue;
        const cacheDirs = ['/root/.cache/pip', flagValue(command.args, '--cache-dir'), scope.envValue(command, 'PIP_CACHE_DIR')];
        if (cacheMounted(run, cacheDirs))
            continue;
        const purged = scope.after(command, 'pip cache purge', (c) => /\bpip\d* cache purge\b/.test([c.program, ...c.args].join(' ')));
        if (purged || scope.removesAfter(command, 'rm pip cache', /(^|\/)\.cache(\/pip)?\/?\*?$/))
            continue;
        problems.push({
            command,
            message: `${shown(command)} keeps its wheel cache (~/.cache/pip) in this layer: hundreds of MB for torch and CUDA wheels. Add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or use RUN --mount=type=cache,target=/root/.cache/pip.`,
        });
    }
    return problems;
}
function uvProblems(scope) {
    const { run } = scope;
    const problems = [];
    for (const command of run.shell().commands) {
        if (command.program !== 'uv' || !isUvInstall(command.args))
            continue;
        if (command.args.includes('--no-cache') || command.args.includes('-n') || truthy(scope.envValue(command, 'UV_NO_CACHE')))
            continue;
        const cacheDirs = ['/root/.cache/uv', flagValue(command.args, '--cache-dir'), scope.envValue(command, 'UV_CACHE_DIR')];
        if (cacheMounted(run, cacheDirs))
            continue;
        const cleaned = scope.after(command, 'uv cache clean', (c) => c.program === 'uv' && c.args[0] === 'cache' && ['clean', 'prune'].includes(c.args[1]));
        if (cleaned || scope.removesAfter(command, 'rm uv cache', /(^|\/)\.cache(\/uv)?\/?\*?$/))
            continue;
        problems.push({
            command,
            message: `${shown(command)} keeps its cache (~/.cache/uv) in this layer. Add --no-cache, set ENV UV_NO_CACHE=1, or use RUN --mount=type=cache,target=/root/.cache/uv.`,
        });
    }
    return problems;
}
/** uv pip install/sync, uv sync, uv add, uv tool install. */
function isUvInstall(args) {
    const [verb, sub] = args.filter((a) => !a.startsWith('-'));
    if (verb === 'pip' || verb === 'tool')
        return sub === 'install' || sub === 'sync';
    return verb === 'sync' || verb === 'add';
}
function condaProblems(scope) {
    const { run } = scope;
    const problems = [];
    for (const command of run.shell().commands) {
        if (!CONDA_FAMILY.has(command.program) || !isCondaInstall(command.args))
            continue;
        if ((0,lint_commands/* hasCacheMountOn */.rF)(run, '/opt/conda/pkgs', '/root/.conda/pkgs', '/root/micromamba/pkgs'))
            continue;
        const cleaned = scope.after(command, 'conda clean', (c) => CONDA_FAMILY.has(c.program) && c.args[0] === 'clean' && cleansAll(c.args));
        if (cleaned || scope.removesAfter(command, 'rm conda pkgs', /\/pkgs\/?\*?$/))
            continue;
        problems.push({
            command,
            message: `${shown(command)} leaves downloaded packages in the conda pkgs cache in this layer. End the same RUN with \`${command.program} clean -afy\` (or ${command.program} clean --all --yes).`,
        });
    }
    return problems;
}
/** conda install/create/update and conda env create/update. */
function isCondaInstall(args) {
    const [verb, sub] = args.filter((a) => !a.startsWith('-'));
    if (verb === 'env')
        return sub === 'create' || sub === 'update';
    return verb === 'install' || verb === 'create' || verb === 'update';
}
/** `clean --all`, `-a` in any short cluster (-afy), or the old `-tipsy` (tarballs + packages). */
function cleansAll(args) {
    const short = args.filter((a) => /^-[a-z]+$/.test(a)).join('');
    return args.includes('--all') || short.includes('a') || (short.includes('t') && short.includes('p'));
}
function truthy(value) {
    return value !== undefined && !['', '0', 'false', 'no', 'off'].includes(value.toLowerCase());
}
function cacheMounted(run, dirs) {
    return (0,lint_commands/* hasCacheMountOn */.rF)(run, ...dirs.filter((d) => d !== undefined && d.startsWith('/')));
}
function flagValue(args, flag) {
    const i = args.findIndex((a) => a === flag || a.startsWith(flag + '='));
    if (i < 0)
        return undefined;
    return args[i] === flag ? args[i + 1] : args[i].slice(flag.length + 1);
}
/** The command as a short quote for messages. */
function shown(command) {
    const text = [command.name, ...command.args].join(' ');
    return '`' + (text.length > 60 ? text.slice(0, 57) + '...' : text) + '`';
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG008.ts
// A COPY of the source tree invalidates every later layer on each code change: when the
// dependency install comes after it, every commit reinstalls torch & co. (minutes, GBs).



const MLG008_meta = {
    id: 'MLG008',
    name: 'deps-after-code',
    severity: 'warning',
    description: 'The dependency install comes after the COPY of the source code, so every code change reinstalls everything.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG008'),
    kind: 'dockerfile',
};
/** Files that describe dependencies: copying them alone first is the fix, not the problem. */
const MANIFEST = /(^|\/)(requirements[^/]*\.(txt|in)|constraints[^/]*\.txt|requirements|pyproject\.toml|setup\.(py|cfg)|poetry\.lock|uv\.lock|Pipfile(\.lock)?|environment[^/]*\.ya?ml|conda-lock[^/]*\.ya?ml|package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|[^/]*\.lock)$/i;
const CODE_FILE = /\.(py|ipynb|pyx|js|ts|go|rs)$/i;
function MLG008_check({ model, context }) {
    // Per COPY of the code, every install that runs after it (a parent stage's COPY is reported once).
    const after = new Map();
    const installsOf = new Map(); // parents' RUNs recur in each child chain
    const installsIn = (run) => installsOf.get(run) ?? installsOf.set(run, dependencyInstalls(run)).get(run);
    for (const stage of model.stages) {
        // One pass over the chain: the first COPY of the code, and the tools installed before it.
        let codeCopy = null;
        const toolsBefore = new Set();
        for (const instruction of (0,dockerfile/* chainInstructions */.dv)(stage)) {
            if (!codeCopy && (0,dockerfile/* isCopy */.sN)(instruction) && copiesCode(instruction, context)) {
                codeCopy = instruction;
                continue;
            }
            if (!(0,dockerfile/* isRun */.yz)(instruction))
                continue;
            if (!codeCopy) {
                for (const install of installsIn(instruction))
                    toolsBefore.add(install.tool);
                continue;
            }
            if (instruction.stage !== stage)
                continue; // reported with its own stage
            // Two-phase installs (deps from the lock file first, the project after the code) are the fix.
            const installs = installsIn(instruction).filter((i) => !toolsBefore.has(i.tool));
            if (installs.length === 0)
                continue;
            const entry = after.get(codeCopy) ?? { installs: [], lines: [] };
            entry.installs.push(...installs);
            entry.lines.push(instruction.line);
            after.set(codeCopy, entry);
        }
    }
    return [...after].map(([codeCopy, { installs, lines }]) => {
        const copyFirst = [...new Set(installs.flatMap((i) => i.copyFirst))];
        const fix = copyFirst.length > 0 ? `Copy ${copyFirst.join(' ')} first, run the install, then copy the code` : 'Move the install above the COPY of the code';
        const what = [...new Set(installs.map((i) => i.what))].join(', ');
        return {
            line: codeCopy.line,
            endLine: codeCopy.endLine,
            message: `\`${codeCopy.keyword} ${codeCopy.sources.join(' ')}\` comes before ${what} (line${lines.length > 1 ? 's' : ''} ${listLines(lines)}): every code change invalidates the cache and reinstalls all dependencies. ${fix}.`,
        };
    });
}
/** COPY . / a source folder / code files from the build context (not --from, not manifests alone). */
function copiesCode(copy, context) {
    if (copy.from || copy.hasHeredoc)
        return false;
    return copy.sources.some((raw) => {
        const source = raw.replace(/^\.\//, '').replace(/\/+$/, '');
        if (source === '' || source === '.' || source === '*')
            return true;
        if (/^[a-z]+:\/\//i.test(source) || MANIFEST.test(source))
            return false;
        if (CODE_FILE.test(source))
            return true;
        const files = context.files.filter((f) => f.path.startsWith(source + '/'));
        // A folder: code unless it holds only dependency manifests (requirements/ with *.txt).
        if (files.length > 0)
            return files.some((f) => !MANIFEST.test(f.path) && !/\.txt$/.test(f.path));
        return raw.endsWith('/') || !/\.[a-z0-9]+$/i.test(source); // an unknown folder-like name (src, app)
    });
}
/** Installs of third-party dependencies in a RUN (installing the project itself is excepted). */
function dependencyInstalls(run) {
    const installs = [];
    for (const pip of (0,lint_commands/* pipInstalls */.CR)(run)) {
        if (pip.requirementFiles.length > 0)
            installs.push({ tool: 'pip', what: `\`${pip.command.name} install -r\``, copyFirst: pip.requirementFiles });
        else if (pip.packages.length > 0)
            installs.push({ tool: 'pip', what: `\`${pip.command.name} install ${pip.packages.slice(0, 3).join(' ')}\``, copyFirst: [] });
    }
    for (const command of run.shell().commands) {
        const verbs = command.args.filter((a) => !a.startsWith('-'));
        if (command.program === 'poetry' && verbs[0] === 'install' && !command.args.includes('--only-root'))
            installs.push({ tool: 'poetry', what: '`poetry install`', copyFirst: ['pyproject.toml', 'poetry.lock'] });
        else if (command.program === 'uv' && verbs[0] === 'sync')
            installs.push({ tool: 'uv', what: '`uv sync`', copyFirst: ['pyproject.toml', 'uv.lock'] });
        else if (command.program === 'pipenv' && (verbs[0] === 'install' || verbs[0] === 'sync'))
            installs.push({ tool: 'pipenv', what: `\`pipenv ${verbs[0]}\``, copyFirst: ['Pipfile', 'Pipfile.lock'] });
        else if (/^(conda|mamba|micromamba)$/.test(command.program) && verbs[0] === 'env' && ['create', 'update'].includes(verbs[1])) {
            installs.push({ tool: 'conda-env', what: `\`${command.program} env ${verbs[1]}\``, copyFirst: [MLG008_flagValue(command.args, ['-f', '--file']) ?? 'environment.yml'] });
        }
        else if (command.program === 'npm' && (verbs[0] === 'ci' || verbs[0] === 'install') && verbs.length === 1)
            installs.push({ tool: 'npm', what: `\`npm ${verbs[0]}\``, copyFirst: ['package.json', 'package-lock.json'] });
    }
    // apt/yum/apk/conda installs re-run too: they belong above the code as well.
    for (const { command, manager } of (0,lint_commands/* systemInstalls */.Y7)(run)) {
        const file = MLG008_flagValue(command.args, ['-f', '--file']);
        installs.push({ tool: manager, what: `\`${manager} ${command.args.find((a) => !a.startsWith('-'))}\``, copyFirst: file ? [file] : [] });
    }
    return installs;
}
function listLines(lines) {
    const unique = [...new Set(lines)];
    return unique.length > 10 ? `${unique.slice(0, 10).join(', ')} and ${unique.length - 10} more` : unique.join(', ');
}
function MLG008_flagValue(args, flags) {
    const i = args.findIndex((a) => flags.includes(a));
    return i >= 0 ? args[i + 1] : undefined;
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG009.ts
// Unpinned Python dependencies make every build a new resolution: a torch release can change
// CUDA wheels, image size and behaviour without a line of the repository changing.




const MLG009_meta = {
    id: 'MLG009',
    name: 'unpinned-deps',
    severity: 'warning',
    description: 'Requirements files or pip installs with dependencies not pinned to one version.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG009'),
    kind: 'dockerfile',
};
const MAX_LISTED = 8;
function MLG009_check({ model, context }) {
    const findings = [];
    const reported = new Set(); // one finding per requirements file
    for (const stage of model.stages) {
        for (const run of stage.instructions.filter(dockerfile/* isRun */.yz)) {
            if (!/pip|uv/.test(run.text))
                continue;
            for (const install of (0,lint_commands/* pipInstalls */.CR)(run)) {
                const { command } = install;
                const constraints = toContextPaths(run, command, install.constraintFiles, context);
                for (const file of install.requirementFiles) {
                    const finding = checkFile(run, command, file, constraints, context, reported);
                    if (finding)
                        findings.push(finding);
                }
                const named = unpinnedPackages(install.packages, constraints, context);
                if (named.length > 0) {
                    findings.push({
                        line: command.line,
                        message: `\`${command.name} install\` names ${list(named)} without a version: each build resolves whatever is newest (a new torch can change its CUDA wheels and GBs of image). Pin with ==, or install from a constraints or lock file.${(0,lint_commands/* parseNote */.wd)(run)}`,
                    });
                }
            }
            for (const { command, files } of syncCommands(run)) {
                for (const file of files) {
                    const finding = checkFile(run, command, file, [], context, reported);
                    if (finding)
                        findings.push(finding);
                }
            }
        }
    }
    return findings;
}
function checkFile(run, command, containerPath, constraints, context, reported) {
    const path = (0,requirements/* contextPathOf */.ce)(run, command, containerPath, context);
    // Not a requirements-format file (pyproject.toml, setup.cfg) or a lock file: nothing to pin.
    if (path === null || reported.has(path) || /lock|\.(toml|cfg|py)$/i.test(path))
        return null;
    reported.add(path);
    if (constraints === null)
        return null; // a -c file we cannot read: trust it to pin everything
    const result = (0,requirements/* checkRequirementsFile */.j1)(context, path, constraints);
    if (!result || (result.unpinned.length === 0 && result.errors.length === 0))
        return null;
    const parts = [];
    if (result.unpinned.length > 0) {
        parts.push(`${path} has ${result.unpinned.length} unpinned ${result.unpinned.length === 1 ? 'entry' : 'entries'}: ${list(result.unpinned)}. Each build can resolve different versions; pin them with == (pip-compile or \`uv pip compile\` writes a fully pinned file) or add -c constraints.txt.`);
    }
    if (result.errors.length > 0) {
        parts.push(`Could not parse ${result.errors.length === 1 ? 'a line' : `${result.errors.length} lines`} of ${path}, so ${result.errors.length === 1 ? 'it was' : 'they were'} not checked: ${result.errors.slice(0, 3).join('; ')}.`);
    }
    return { line: command.line, message: parts.join(' ') + (0,lint_commands/* parseNote */.wd)(run) };
}
/** Context paths of -c files; null when one cannot be found (then trust it to pin everything). */
function toContextPaths(run, command, files, context) {
    const paths = files.map((f) => (0,requirements/* contextPathOf */.ce)(run, command, f, context));
    return paths.every((p) => p !== null) ? paths : null;
}
function unpinnedPackages(packages, constraints, context) {
    if (constraints === null)
        return [];
    const constrained = (0,requirements/* pinnedNamesIn */.IW)(context, constraints);
    if (constrained === 'all')
        return [];
    return packages
        .filter((p) => !p.includes('$')) // a build-arg list: its versions are not in the file
        .filter((p) => (0,lint_commands/* packageName */.oZ)(p) !== 'pip') // upgrading the installer itself is not an app dependency
        .map(requirements/* classifyRequirement */.MS)
        .flatMap((r) => (r && 'name' in r && !r.pinned && !constrained.has(r.name) ? [r.name] : []));
}
/** `uv pip sync requirements.txt` and `pip-sync requirements.txt` install exactly the files named. */
function syncCommands(run) {
    return run.shell().commands.flatMap((command) => {
        const positional = command.args.filter((a) => !a.startsWith('-'));
        if (command.program === 'pip-sync')
            return [{ command, files: positional }];
        if (command.program === 'uv' && positional[0] === 'pip' && positional[1] === 'sync')
            return [{ command, files: positional.slice(2) }];
        return [];
    });
}
function list(names) {
    const shown = names.slice(0, MAX_LISTED).join(', ');
    return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG010.ts
// Each RUN is a layer; files one RUN leaves are shipped even when a later RUN deletes them.

const MLG010_meta = {
    id: 'MLG010',
    name: 'consecutive-run',
    severity: 'info',
    description: 'Consecutive RUN instructions that could be one layer.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG010'),
    kind: 'dockerfile',
};
const CLEANUP = /\b(rm|apt-get clean|apt-get autoremove|pip cache purge|conda clean|uv cache clean)\b/;
function MLG010_check({ model }) {
    const findings = [];
    for (const stage of model.stages) {
        let group = [];
        const flush = () => {
            if (group.length > 1)
                findings.push(groupFinding(group));
            group = [];
        };
        for (const instruction of stage.instructions) {
            const key = mergeKey(instruction);
            if (key === null) {
                flush();
                continue;
            }
            if (group.length > 0 && mergeKey(group[0]) !== key)
                flush();
            group.push(instruction);
        }
        flush();
    }
    return findings;
}
/**
 * RUNs can merge when they run the same way: shell form without heredocs and the same
 * --mount/--network/--security flags. Null for anything that cannot join a group.
 */
function mergeKey(instruction) {
    if (instruction.keyword !== 'RUN')
        return null;
    const run = instruction;
    if (run.jsonForm || run.hasHeredoc)
        return null;
    return JSON.stringify(run.flags.map((f) => `${f.name}=${f.value ?? ''}`).sort());
}
function groupFinding(group) {
    const first = group[0];
    const last = group[group.length - 1];
    const cleanup = group.slice(1).find((r) => CLEANUP.test(r.text));
    const why = cleanup
        ? `the cleanup in the RUN on line ${cleanup.line} cannot shrink the layers before it`
        : 'each RUN adds a layer, and files one leaves behind stay in the image even if a later one deletes them';
    return {
        line: first.line,
        endLine: last.endLine,
        message: `${group.length} consecutive RUN instructions (lines ${first.line}-${last.endLine}) could be one: ${why}. Join them with && (keep separate only the steps you want cached separately, such as the dependency install).`,
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG011.ts
// apt installs done the expensive way: recommended packages pulled in, package lists taken
// from a stale cached layer, and the lists (tens of MB) left in the image.



const MLG011_meta = {
    id: 'MLG011',
    name: 'apt-hygiene',
    severity: 'warning',
    description: 'apt installs without --no-install-recommends, without apt-get update in the same RUN, or leaving /var/lib/apt/lists.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG011'),
    kind: 'dockerfile',
};
const APT = new Set(['apt-get', 'apt']);
const LISTS = /^\/var\/lib\/apt\/lists(\/\*?)?$/;
function MLG011_check({ model, final }) {
    const findings = [];
    for (const stage of model.stages) {
        const ships = (0,dockerfile/* shipsInFinal */.tO)(stage, final);
        const runs = stage.instructions.filter(dockerfile/* isRun */.yz);
        for (const run of runs) {
            if (!run.text.includes('apt'))
                continue;
            const installs = (0,lint_commands/* systemInstalls */.Y7)(run).filter((i) => APT.has(i.manager));
            if (installs.length === 0)
                continue;
            const note = (0,lint_commands/* parseNote */.wd)(run);
            const commands = run.shell().commands;
            const first = installs[0].command;
            const update = commands.find((c) => APT.has(c.program) && c.args.includes('update'));
            if (!update || commands.indexOf(update) > commands.indexOf(first)) {
                const earlier = runs.slice(0, runs.indexOf(run)).find((r) => r.text.includes('update') && r.shell().commands.some((c) => APT.has(c.program) && c.args.includes('update')));
                findings.push({
                    line: first.line,
                    message: `${first.program} install without \`${first.program} update\` earlier in the same RUN${earlier ? ` (it is in the RUN on line ${earlier.line})` : ''}: the install uses package lists from a cached layer that can be months old (404s on rebuild) or empty. Run \`apt-get update && apt-get install …\` in one RUN.${note}`,
                });
            }
            if (!recommendsOff(run)) {
                for (const { command, options } of installs) {
                    if (options.includes('--no-install-recommends') || setsNoRecommends(command))
                        continue;
                    findings.push({
                        line: command.line,
                        severity: ships ? undefined : 'info',
                        message: `${command.program} install without --no-install-recommends also installs every "recommended" package (often as many again: docs, X11 and GUI libraries an ML server never uses). Add --no-install-recommends.${note}`,
                    });
                }
            }
            const last = installs[installs.length - 1].command;
            if (ships && !(0,lint_commands/* removesAfter */.UR)(run, last, LISTS) && !(0,lint_commands/* hasCacheMountOn */.rF)(run, '/var/lib/apt/lists')) {
                const laterCleanup = runs.slice(runs.indexOf(run) + 1).some((r) => r.text.includes('/var/lib/apt/lists'));
                findings.push({
                    line: run.line,
                    message: `This RUN installs with ${last.program} but does not end with \`rm -rf /var/lib/apt/lists/*\`: the package lists (tens of MB) stay in the layer${laterCleanup ? '; removing them in a later RUN does not shrink this layer' : ''}. Remove them in the same RUN, or use cache mounts on /var/lib/apt/lists and /var/cache/apt.${note}`,
                });
            }
        }
    }
    return findings;
}
/** `-o APT::Install-Recommends=false` on the command line. */
function setsNoRecommends(command) {
    return command.args.some((a) => /^APT::Install-Recommends=(false|0|no)$/i.test(a));
}
/** An earlier RUN in the chain wrote `APT::Install-Recommends "0"` into apt's configuration. */
function recommendsOff(run) {
    const earlier = (0,dockerfile/* chainInstructions */.dv)(run.stage);
    return earlier
        .slice(0, earlier.indexOf(run))
        .some((i) => (0,dockerfile/* isRun */.yz)(i) && /APT::Install-Recommends\s+"?(0|false)"?/i.test(i.text));
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG012.ts
// Python in a container: unbuffered output so logs appear (and survive a crash) at once,
// and no .pyc files written into the container's filesystem at run time.


const MLG012_meta = {
    id: 'MLG012',
    name: 'python-env',
    severity: 'info',
    description: 'A Python final stage without PYTHONDONTWRITEBYTECODE=1 and PYTHONUNBUFFERED=1.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG012'),
    kind: 'dockerfile',
};
const PYTHON_IMAGE = /python|pytorch|tensorflow|jupyter|conda|mamba|miniforge|huggingface|vllm|jax/i;
const PYTHON_TOOLS = /\b(python[\d.]*|pip[\d.]*|uv|conda|mamba|micromamba|poetry|pipenv|uvicorn|gunicorn|celery|streamlit|jupyter)\b/;
function MLG012_check({ final }) {
    const instructions = (0,dockerfile/* chainInstructions */.dv)(final);
    const startup = instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT').map((i) => i.args);
    const flags = pythonFlags(startup);
    const usesPython = PYTHON_IMAGE.test((0,dockerfile/* baseImage */.fF)(final)) ||
        instructions.some((i) => (0,dockerfile/* isRun */.yz)(i) && PYTHON_TOOLS.test(i.text)) ||
        startup.some((args) => PYTHON_TOOLS.test(args));
    if (!usesPython)
        return [];
    // Python honours any non-empty value; `python -u` / `-B` at start-up do the same.
    const env = (0,dockerfile/* envBefore */.zE)(final, null);
    const missing = [
        !env.PYTHONDONTWRITEBYTECODE && !flags.includes('B') ? 'PYTHONDONTWRITEBYTECODE=1' : null,
        !env.PYTHONUNBUFFERED && !flags.includes('u') ? 'PYTHONUNBUFFERED=1' : null,
    ].filter((m) => m !== null);
    if (missing.length === 0)
        return [];
    return [
        {
            line: final.fromLine,
            message: `This Python image does not set ${missing.join(' or ')}. Add \`ENV ${missing.join(' ')}\`: unbuffered output reaches \`docker logs\` and the log collector at once (and is not lost when the process is killed), and no .pyc files are written into the container at run time.`,
        },
    ];
}
/** The short options given to `python` in CMD/ENTRYPOINT (exec or shell form): "uB" for `python -u -B`. */
function pythonFlags(startup) {
    let letters = '';
    for (const args of startup) {
        const words = (0,dockerfile/* execFormWords */.ZR)(args) ?? args.trim().split(/\s+/);
        const python = words.findIndex((w) => /(^|\/)python[\d.]*$/.test(w));
        if (python < 0)
            continue;
        for (const word of words.slice(python + 1)) {
            if (!/^-[A-Za-z]+$/.test(word))
                break;
            letters += word.slice(1);
        }
    }
    return letters;
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG013.ts
// FROM with no tag or :latest moves under you: the same Dockerfile builds a different image.


const MLG013_meta = {
    id: 'MLG013',
    name: 'unpinned-base',
    severity: 'warning',
    description: 'FROM uses no tag or :latest; pin a version (and a digest for release builds).',
    docs: (0,rule_meta/* docsUrl */.f)('MLG013'),
    kind: 'dockerfile',
};
function MLG013_check({ model }) {
    const findings = [];
    for (const stage of model.stages) {
        const image = stage.image;
        if (image.toLowerCase() === 'scratch' || stage.parent || (0,dockerfile/* findStage */.U9)(model.stages.slice(0, stage.index), image))
            continue;
        if (image.includes('$'))
            continue; // an ARG without default: the value comes from the build, not the file
        const { name, tag, digest } = (0,dockerfile/* splitImage */.s5)(image);
        if (digest)
            continue;
        if (tag === null || tag === 'latest') {
            findings.push({
                line: stage.fromLine,
                message: `${name} is not pinned (${tag === null ? 'no tag' : ':latest'}): builds change silently when the image moves. Pin a version tag, and a digest (@sha256:…) for release builds.`,
            });
        }
        else {
            findings.push({
                line: stage.fromLine,
                severity: 'info',
                message: `${name}:${tag} is pinned by tag only; for release builds pin the digest too (${name}:${tag}@sha256:…) so a re-pushed tag cannot change the image.`,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG014.ts
// torch from PyPI (linux/amd64) is the CUDA build plus ~3 GB of nvidia-* wheels. On a CPU image
// those never run; on a CUDA runtime image they duplicate the CUDA libraries the image already has.





const MLG014_meta = {
    id: 'MLG014',
    name: 'torch-cuda-mismatch',
    severity: 'warning',
    description: 'torch CUDA wheels on a CPU image (use the CPU index), or on a CUDA runtime image (CUDA libraries ship twice).',
    docs: (0,rule_meta/* docsUrl */.f)('MLG014'),
    kind: 'dockerfile',
};
function MLG014_check({ model, final, context }) {
    const base = (0,dockerfile/* baseImage */.fF)(final);
    const cuda = (0,ml/* classifyCudaImage */.BG)(base);
    const cpuBase = (0,ml/* isCpuImage */.Kz)(base);
    if (!cpuBase && cuda?.variant !== 'runtime')
        return [];
    // PyPI's torch for linux/arm64 is the CPU build: nothing to save there.
    const arm = /arm64|aarch64/.test((0,dockerfile/* stageChain */.ap)(final).map((s) => s.platform ?? '').join(' '));
    const findings = [];
    // The reported savings are the same for every finding: worked out once, not per install.
    const savings = { cpu: (0,base_images/* savingRange */.sP)(base_images/* TORCH_CPU_WHEELS */.NI), duplicate: (0,base_images/* savingRange */.sP)(base_images/* RUNTIME_DUPLICATES_TORCH */.dT) };
    for (const stage of shippingStages(model.stages, final)) {
        // No trigger word: `pip install -r requirements.txt` may bring torch.
        for (const wheels of (0,ml/* wheelInstalls */.Ur)(stage, undefined, context)) {
            if (wheels.torch.length === 0)
                continue;
            const build = (0,ml/* torchBuild */.RR)(wheels);
            const line = wheels.install.command.line;
            if (cpuBase && build === 'default' && !arm) {
                findings.push({ line, message: cpuMessage(wheels, base, savings.cpu) + (0,lint_commands/* parseNote */.wd)(wheels.run) });
            }
            else if (cuda && build !== 'cpu') {
                findings.push({ line, message: duplicateMessage(wheels, base, cuda.family === 'pytorch', (0,ml/* imageVariant */.PK)(cuda, 'base'), savings.duplicate) + (0,lint_commands/* parseNote */.wd)(wheels.run) });
            }
        }
    }
    return findings;
}
/** "torch==2.4.0 (in requirements.txt)" */
function describeTorch(wheels) {
    return wheels.torch.join(' ') + (wheels.torchFiles.length > 0 ? ` (in ${wheels.torchFiles.join(', ')})` : '');
}
function cpuMessage(wheels, base, saving) {
    const how = wheels.torchFiles.length > 0
        ? `put \`--extra-index-url https://download.pytorch.org/whl/cpu\` in ${wheels.torchFiles.join(', ')} and pin torch==<version>+cpu`
        : `\`pip install ${wheels.torch.join(' ')} --index-url https://download.pytorch.org/whl/cpu\``;
    return (`${describeTorch(wheels)} from the default PyPI index is the CUDA build: on linux/amd64 it pulls the nvidia-* CUDA wheels (cuDNN, cuBLAS, NCCL …) into ${base}, which has no CUDA. ` +
        `For CPU inference install from the CPU index (${how}), publicly reported to save ${saving}. ` +
        `If this image does run on GPUs, say so with the …/whl/cu12x index (the host driver is all it needs).`);
}
function duplicateMessage(wheels, image, baseHasTorch, plainCuda, saving) {
    const already = baseHasTorch ? `${image} already ships torch, so this installs a second torch with a second CUDA; ` : '';
    const instead = plainCuda ? `${plainCuda} or python:3.x-slim` : 'python:3.x-slim';
    return (`${already}${describeTorch(wheels)} brings its own CUDA libraries (nvidia-* wheels), so on the CUDA runtime image ${image} CUDA ships twice (a public report: ${saving} duplicated). ` +
        `Base the stage on ${instead} (the host driver is enough for the wheels), or keep this image only if something else needs its system CUDA libraries.`);
}
/** The final stage's chain and the stages it copies files from (a builder's venv ships too). */
function shippingStages(stages, final) {
    const shipped = new Set((0,dockerfile/* stageChain */.ap)(final));
    for (const instruction of (0,dockerfile/* chainInstructions */.dv)(final)) {
        if (!(0,dockerfile/* isCopy */.sN)(instruction) || !instruction.from)
            continue;
        const source = instruction.fromStage ?? (0,dockerfile/* findStage */.U9)(stages, instruction.from);
        if (source)
            (0,dockerfile/* stageChain */.ap)(source).forEach((s) => shipped.add(s));
    }
    return [...shipped];
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG015.ts
// Shell-form CMD/ENTRYPOINT runs the server under /bin/sh -c: sh is PID 1, does not forward
// SIGTERM, and the server is killed after the grace period with requests in flight.


const MLG015_meta = {
    id: 'MLG015',
    name: 'shell-form-entrypoint',
    severity: 'info',
    description: 'CMD/ENTRYPOINT in shell form in the final stage: the server is not PID 1 and misses SIGTERM.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG015'),
    kind: 'dockerfile',
};
const SHELLS = /(^|\/)(sh|bash|dash|ash|zsh)$/;
function MLG015_check({ final }) {
    const instructions = (0,dockerfile/* chainInstructions */.dv)(final);
    const entrypoint = lastOf(instructions, 'ENTRYPOINT');
    const cmd = lastOf(instructions, 'CMD');
    const findings = [];
    for (const instruction of [entrypoint, cmd]) {
        if (!instruction)
            continue;
        // A shell-form ENTRYPOINT ignores CMD altogether: nothing more to say about it.
        if (instruction === cmd && entrypoint && !execWords(entrypoint))
            continue;
        const problem = signalProblem(instruction);
        if (problem)
            findings.push({ line: instruction.line, endLine: instruction.endLine, message: problem });
    }
    return findings;
}
function lastOf(instructions, keyword) {
    return instructions.filter((i) => i.keyword === keyword).pop();
}
/** The exec-form (JSON) words, or null for shell form (Docker falls back to it on bad JSON too). */
const execWords = (instruction) => (0,dockerfile/* execFormWords */.ZR)(instruction.args);
function signalProblem(instruction) {
    const { keyword } = instruction;
    const words = execWords(instruction);
    if (words === null) {
        if (/^exec\s/.test(instruction.args.trim()))
            return null; // `exec` replaces the shell
        return `${keyword} in shell form runs under /bin/sh -c, so the shell is PID 1 and does not pass SIGTERM on: on a rolling update the server is killed after the grace period with requests in flight. Use the exec form, ${keyword} ["uvicorn", "app:app", …], or start the command with exec.`;
    }
    const dashC = words.indexOf('-c');
    if (SHELLS.test(words[0] ?? '') && dashC > 0 && words[dashC + 1] !== undefined && !/^\s*exec\s/.test(words[dashC + 1])) {
        return `${keyword} ${JSON.stringify(words.slice(0, dashC + 1))} wraps the server in a shell that stays PID 1 and does not pass SIGTERM on. Prefix the script with exec ("exec uvicorn …") so the server replaces the shell.`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG016.ts
// A model server running as root turns any code-execution bug (pickle weights, a template
// injection) into root in the container, with write access to everything in the image.


const MLG016_meta = {
    id: 'MLG016',
    name: 'root-user',
    severity: 'info',
    description: 'The final stage never switches to a non-root USER.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG016'),
    kind: 'dockerfile',
};
/** Base images that already run as a non-root user. */
const NON_ROOT_BASE = /(^|\/)(jupyter|bitnami)\/|:[^/]*nonroot|^cgr\.dev\/chainguard\//i;
function MLG016_check({ final }) {
    const lastUser = (0,dockerfile/* chainInstructions */.dv)(final)
        .filter((i) => i.keyword === 'USER')
        .pop();
    if (lastUser) {
        const user = lastUser.args.trim().split(':')[0];
        if (user !== 'root' && user !== '0')
            return [];
        return [{ line: lastUser.line, message: `The final stage switches back to USER ${user} and runs as root. Create a user (\`RUN useradd --create-home --uid 1000 app\`) and end with \`USER app\` after the steps that need root.` }];
    }
    if (NON_ROOT_BASE.test((0,dockerfile/* baseImage */.fF)(final)))
        return [];
    return [
        {
            line: final.fromLine,
            message: 'The final stage never sets a non-root USER, so the server runs as root: a code-execution bug (a malicious pickle checkpoint, an injection) gets root in the container. Add `RUN useradd --create-home --uid 1000 app` and `USER app` after the steps that need root.',
        },
    ];
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG017.ts
// ADD fetches URLs without verifying them and silently unpacks local archives; COPY does
// exactly what it says. Remote weights are MLG004's business.



const MLG017_meta = {
    id: 'MLG017',
    name: 'add-remote',
    severity: 'warning',
    description: 'ADD of a URL without --checksum, of a remote archive it will not unpack, or of local files COPY would handle.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG017'),
    kind: 'dockerfile',
};
const URL = /^[a-z][a-z0-9+.-]*:\/\/|^git@/i;
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const GIT = /\.git(#|$)|^git@/;
function MLG017_check({ model }) {
    const findings = [];
    for (const add of (0,dockerfile/* allInstructions */.$Z)(model).filter(dockerfile/* isCopy */.sN)) {
        if (add.keyword !== 'ADD')
            continue;
        const message = problem(add.sources, add.flags.some((f) => f.name === 'checksum'), add.hasHeredoc);
        if (message)
            findings.push({ line: add.line, endLine: add.endLine, message });
    }
    return findings;
}
function problem(sources, checksum, heredoc) {
    const remote = sources.filter((s) => URL.test(s));
    const unpinnedGit = remote.filter((s) => GIT.test(s) && !/#[0-9a-f]{7,40}$/i.test(s));
    if (unpinnedGit.length > 0) {
        return `ADD ${unpinnedGit[0]} fetches a git repository at a moving ref: pin a commit (…git#<sha>) so the build is reproducible.`;
    }
    const urls = remote.filter((s) => !GIT.test(s) && !MLG017_isWeightsUrl(s));
    const archive = urls.find((u) => ARCHIVE.test(u.split(/[?#]/)[0]));
    if (archive) {
        return `ADD does not unpack remote archives: ${archive} lands in the image as a compressed file (and the unpacked copy you make later is a second layer). Download, verify and extract in one RUN (curl -fsSL … | tar -xz), or use ADD --checksum and extract in the same RUN.`;
    }
    if (urls.length > 0 && !checksum) {
        return `ADD ${urls[0]} downloads at build time without verifying the content: a changed or compromised file ships silently. Use ADD --checksum=sha256:… , or RUN curl with a checksum check.`;
    }
    const local = sources.filter((s) => !URL.test(s));
    if (heredoc || (local.length > 0 && !local.every((s) => ARCHIVE.test(s)))) {
        return 'ADD of local files does what COPY does, plus implicit archive extraction that surprises the next person who adds a .tar.gz. Use COPY (keep ADD for archives you mean to unpack).';
    }
    return null;
}
/** URLs of model weights are reported by MLG004 (weights downloaded at build). */
function MLG017_isWeightsUrl(url) {
    return /huggingface\.co\/.+\/resolve\//.test(url) || (0,ml/* isWeightsPath */.JI)(url.split(/[?#]/)[0]);
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG018.ts
// Wheels built for another CUDA than the base image: extensions compiled here with the image's
// nvcc refuse to load next to torch ("detected CUDA version mismatches the version that was used
// to compile PyTorch"), and kernels needing a newer CUDA minor fail at run time.




const MLG018_meta = {
    id: 'MLG018',
    name: 'cuda-version-mismatch',
    severity: 'warning',
    description: "Installed torch/jax/tensorflow/onnxruntime-gpu wheels target a different CUDA than the stage's CUDA base image.",
    docs: (0,rule_meta/* docsUrl */.f)('MLG018'),
    kind: 'dockerfile',
};
function MLG018_check({ model, context }) {
    const findings = [];
    for (const stage of model.stages) {
        const image = (0,dockerfile/* baseImage */.fF)(stage);
        const base = (0,ml/* classifyCudaImage */.BG)(image)?.cuda;
        if (!base)
            continue;
        // Every pip install: an index from ENV can make `pip install -r requirements.txt` CUDA-specific.
        for (const wheels of (0,ml/* wheelInstalls */.Ur)(stage, undefined, context)) {
            const mismatch = wheelTargets(wheels).find(({ cuda }) => mismatches(cuda, base));
            if (!mismatch)
                continue;
            const major = mismatch.cuda.major !== base.major;
            findings.push({
                line: wheels.install.command.line,
                message: `${mismatch.what} is built for CUDA ${(0,ml/* formatCuda */.vP)(mismatch.cuda)} but this stage's base ${image} has CUDA ${(0,ml/* formatCuda */.vP)(base)}: ` +
                    (major
                        ? 'two CUDA major versions in one image, and CUDA extensions compiled here with its nvcc will not load next to these wheels. '
                        : 'the wheels need a newer CUDA minor version than the base provides. ') +
                    `Install the wheels for CUDA ${(0,ml/* formatCuda */.vP)(base)} (for torch, the …/whl/cu${base.major}${base.minor ?? ''} index if it is published for your version) or move the base to CUDA ${(0,ml/* formatCuda */.vP)(mismatch.cuda)}.${(0,lint_commands/* parseNote */.wd)(wheels.run)}`,
            });
        }
    }
    return findings;
}
/** Wheel major differs, or the wheel needs a newer minor of the same major. */
function mismatches(wheel, base) {
    if (wheel.major !== base.major)
        return true;
    return wheel.minor !== null && base.minor !== null && wheel.minor > base.minor;
}
/** Each CUDA-specific thing the install asks for, described as the user wrote it. */
function wheelTargets(wheels) {
    const targets = [];
    const torch = wheels.torch;
    const torchCuda = torch.length > 0 ? (0,ml/* torchBuild */.RR)(wheels) : 'default';
    if (typeof torchCuda === 'object')
        targets.push({ what: torch.join(' '), cuda: torchCuda });
    for (const requirement of wheels.install.packages) {
        if (torch.includes(requirement))
            continue;
        const cuda = (0,ml/* requirementCuda */.BX)(requirement);
        if (cuda)
            targets.push({ what: requirement, cuda });
    }
    // An index with no torch named (pip install -r requirements.txt --index-url …/cu118).
    if (torch.length === 0 && !wheels.install.packages.some((p) => (0,ml/* requirementCuda */.BX)(p))) {
        for (const url of wheels.indexUrls) {
            const cuda = (0,ml/* pytorchIndexCuda */.XK)(url);
            if (cuda && cuda !== 'cpu')
                targets.push({ what: `the wheels from ${url}`, cuda });
        }
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG019.ts
// An nvidia/cuda image already is CUDA. Installing the toolkit, cuDNN or CUDA wheels again ships a
// second copy (often of another version), and which one loads depends on the library path.





const MLG019_meta = {
    id: 'MLG019',
    name: 'redundant-cuda-install',
    severity: 'warning',
    description: 'A stage on an nvidia/cuda image installs CUDA, cuDNN or CUDA wheels again.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG019'),
    kind: 'dockerfile',
};
const MLG019_TRIGGER = /cuda|cudnn|nccl|cublas|cufft|curand|cusolver|cusparse|npp|nvjpeg|nvidia-/;
const CONDA_MANAGERS = new Set(['conda', 'mamba', 'micromamba']);
const CONDA_CUDA = /^(cudatoolkit|pytorch-cuda|cuda-toolkit|cuda-runtime|cuda-libraries|cuda-nvcc|cuda-cudart|cudnn|nccl|cuda)$/;
/** Which part of CUDA an apt/yum package is; null when it is not CUDA (or is cuda-compat/keyring, which belong). */
function cudaPart(name) {
    if (/^cuda-(compat|keyring|drivers)/.test(name))
        return null;
    if (/^libcudnn\d*(-cuda-\d+)?$/.test(name))
        return 'cudnn';
    if (/^libcudnn\d*-dev/.test(name))
        return 'cudnn-dev';
    if (/^cuda-cudart(-\d+-\d+)?$/.test(name))
        return 'cudart';
    if (/^cuda(-\d+-\d+)?$|^cuda-(toolkit|nvcc|compiler|command-line-tools|minimal-build|libraries-dev)|^cuda-[a-z-]+-dev(-|$)|^lib(cublas|cufft|curand|cusolver|cusparse|npp|nvjpeg|nccl)[\w-]*-dev/.test(name))
        return 'toolkit';
    if (/^cuda-(libraries|runtime|nvrtc|nvtx|cublas|cufft|curand|cusolver|cusparse|npp|nvjpeg)|^lib(cublas|cufft|curand|cusolver|cusparse|npp|nvjpeg|nccl)/.test(name))
        return 'libraries';
    return null;
}
/** What each nvidia/cuda variant already contains. */
function ships(image, part) {
    switch (part) {
        case 'cudart':
            return true;
        case 'libraries':
            return image.variant !== 'base';
        case 'toolkit':
            return image.variant === 'devel';
        case 'cudnn':
            return image.cudnn && image.variant !== 'base';
        case 'cudnn-dev':
            return image.cudnn && image.variant === 'devel';
    }
}
/** The CUDA a package is built for: cuda-toolkit-11-8, libcudnn9-cuda-12, libcudnn8=8.9.7.29-1+cuda12.2. */
function packageCuda(spec) {
    const pinned = /\+cuda(\d+)\.(\d+)/.exec(spec);
    if (pinned)
        return { major: Number(pinned[1]), minor: Number(pinned[2]) };
    const name = (0,ml/* systemPackageName */.nq)(spec);
    const suffix = /-(\d+)-(\d+)$/.exec(name);
    if (suffix)
        return { major: Number(suffix[1]), minor: Number(suffix[2]) };
    const major = /-cuda-(\d+)$/.exec(name);
    return major ? { major: Number(major[1]), minor: null } : null;
}
const sameCuda = (a, b) => a.major === b.major && (a.minor === null || b.minor === null || a.minor === b.minor);
function MLG019_check({ model, final }) {
    const findings = [];
    const shipped = (0,dockerfile/* stageChain */.ap)(final);
    for (const stage of model.stages) {
        const image = (0,ml/* classifyCudaImage */.BG)((0,dockerfile/* baseImage */.fF)(stage));
        if (!image || image.family === 'vendor')
            continue;
        for (const run of stage.instructions) {
            if (!(0,dockerfile/* isRun */.yz)(run) || !MLG019_TRIGGER.test(run.text))
                continue;
            for (const install of (0,lint_commands/* systemInstalls */.Y7)(run)) {
                const finding = CONDA_MANAGERS.has(install.manager) ? condaFinding(install, image) : systemFinding(install, image);
                if (finding)
                    findings.push({ ...finding, message: finding.message + (0,lint_commands/* parseNote */.wd)(run) });
            }
            if (shipped.includes(stage) && image.variant !== 'base') {
                const finding = wheelFinding(run, image);
                if (finding)
                    findings.push(finding);
            }
        }
    }
    return findings;
}
function systemFinding(install, image) {
    const again = [];
    const otherVersion = [];
    const notInVariant = [];
    for (const spec of install.packages) {
        const name = (0,ml/* systemPackageName */.nq)(spec);
        const part = cudaPart(name);
        if (!part)
            continue;
        const version = packageCuda(spec);
        if (version && image.cuda && !sameCuda(version, image.cuda))
            otherVersion.push(`${name} (CUDA ${(0,ml/* formatCuda */.vP)(version)})`);
        else if (ships(image, part))
            again.push(name);
        else
            notInVariant.push({ name, part });
    }
    const cuda = image.cuda ? ` (CUDA ${(0,ml/* formatCuda */.vP)(image.cuda)})` : '';
    const sentences = [];
    if (again.length > 0)
        sentences.push(`${image.image}${cuda} already ships ${again.join(', ')}: installing them again adds a second copy of libraries the image has. Drop them.`);
    if (otherVersion.length > 0) {
        sentences.push(`${otherVersion.join(', ')} ${otherVersion.length === 1 ? 'is' : 'are'} for another CUDA than ${image.image}${cuda}: the image then carries two CUDA versions (GBs) and which one loads depends on the library path. Use the image tag for the CUDA you need instead.`);
    }
    if (notInVariant.length > 0) {
        sentences.push(`${image.image} does not ship ${notInVariant.map((p) => p.name).join(', ')}; rather than installing them, use the tag that does (${variantAdvice(notInVariant.map((p) => p.part))}).`);
    }
    if (sentences.length === 0)
        return null;
    const onlyAdvice = again.length === 0 && otherVersion.length === 0;
    return { line: install.command.line, message: sentences.join(' '), ...(onlyAdvice ? { severity: 'info' } : {}) };
}
function variantAdvice(parts) {
    const advice = [];
    if (parts.includes('cudnn') || parts.includes('cudnn-dev'))
        advice.push('a -cudnn- tag of the same CUDA version, tested together');
    if (parts.includes('libraries'))
        advice.push('the -runtime tag');
    if (parts.includes('toolkit'))
        advice.push('the -devel tag, in a builder stage');
    return advice.join('; ');
}
function condaFinding(install, image) {
    const cudaPackages = install.packages.map(ml/* systemPackageName */.nq).filter((name) => CONDA_CUDA.test(name));
    if (cudaPackages.length === 0)
        return null;
    return {
        line: install.command.line,
        message: `${install.manager} installs its own CUDA (${cudaPackages.join(', ')}) on top of the CUDA in ${image.image}: one of the two copies (GBs) is dead weight. ` +
            'Either base the stage on a plain image (mambaorg/micromamba, continuumio/miniconda3) and keep the conda CUDA, or keep this image and install packages that use its CUDA.',
    };
}
function wheelFinding(run, image) {
    if (!run.text.includes('nvidia-'))
        return null;
    const wheels = (0,lint_commands/* pipInstalls */.CR)(run).flatMap((install) => install.packages.filter(ml/* isNvidiaCudaWheel */.Ej).map((p) => ({ p, line: install.command.line })));
    if (wheels.length === 0)
        return null;
    return {
        line: wheels[0].line,
        message: `The final stage installs CUDA wheels (${wheels.map((w) => w.p).join(', ')}) on the CUDA ${image.variant} image ${image.image}, whose CUDA libraries they duplicate (a public report: ${(0,base_images/* savingRange */.sP)(base_images/* RUNTIME_DUPLICATES_TORCH */.dT)}). ` +
            'Keep one copy: base the stage on the -base tag or a plain Python image and keep the wheels, or drop the wheels and use the libraries in the image.' +
            (0,lint_commands/* parseNote */.wd)(run),
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG020.ts
// `docker build` runs without GPUs: a GPU query at build time fails the build, or worse
// reports "no GPU" and bakes a CPU-only decision into the image.



const MLG020_meta = {
    id: 'MLG020',
    name: 'gpu-at-build',
    severity: 'warning',
    description: 'A RUN queries the GPU (nvidia-smi, torch.cuda.is_available()) although no GPU is present while building.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG020'),
    kind: 'dockerfile',
};
const MLG020_TRIGGER = /nvidia-smi|cuda|gpu|GPU/;
const PYTHON_GPU_QUERY = /torch\.cuda\.(is_available|device_count|get_device_name|get_device_properties|current_device|mem_get_info)\s*\(|tf\.config\.(experimental\.)?list_physical_devices\(\s*['"]GPU|tf\.test\.is_gpu_available\s*\(|jax\.devices\(\s*['"]gpu|cupy\.cuda\.runtime\.getDeviceCount\s*\(/;
function MLG020_check({ model }) {
    const findings = [];
    for (const stage of model.stages) {
        for (const run of stage.instructions.filter(dockerfile/* isRun */.yz)) {
            if (!MLG020_TRIGGER.test(run.text))
                continue;
            const query = gpuQuery(run);
            if (!query)
                continue;
            findings.push({
                line: query.line,
                message: `${query.what} at build time: builds run without a GPU (docker build has no --gpus), so this fails or reports none. Check the GPU when the container starts (entrypoint or health check) instead.${(0,lint_commands/* parseNote */.wd)(run)}`,
            });
        }
    }
    return findings;
}
/** The first GPU query: an nvidia-smi command, or Python code run by `python -c` or a heredoc. */
function gpuQuery(run) {
    for (const command of run.shell().commands) {
        if (command.program === 'nvidia-smi')
            return { line: command.line, what: '`nvidia-smi`' };
        if (/^python[\d.]*$/.test(command.program)) {
            const code = command.args[command.args.indexOf('-c') + 1];
            const match = command.args.includes('-c') && code ? PYTHON_GPU_QUERY.exec(code) : null;
            if (match)
                return { line: command.line, what: `\`${match[0].replace(/\s*\($/, '()')}\`` };
        }
    }
    // Heredoc bodies are code fed to a program (RUN python3 <<EOF … EOF), not shell words.
    const match = run.hasHeredoc ? PYTHON_GPU_QUERY.exec(run.text) : null;
    if (!match)
        return null;
    const offset = run.text.slice(0, match.index).split('\n').length - 1;
    return { line: run.line + offset, what: `\`${match[0].replace(/\s*\($/, '()')}\`` };
}

;// CONCATENATED MODULE: ./src/lint/rules/MLG021.ts
// Which GPUs a container sees is the scheduler's decision at run time; baking it into the
// image overrides (or, with NVIDIA_VISIBLE_DEVICES=all, bypasses) that decision.


const MLG021_meta = {
    id: 'MLG021',
    name: 'gpu-env-hardcoded',
    severity: 'info',
    description: 'ENV hard-codes CUDA_VISIBLE_DEVICES / NVIDIA_VISIBLE_DEVICES, or NVIDIA_DRIVER_CAPABILITIES=all.',
    docs: (0,rule_meta/* docsUrl */.f)('MLG021'),
    kind: 'dockerfile',
};
function MLG021_check({ final }) {
    const findings = [];
    // Only ENV that ships: the final stage and the stages it is built FROM.
    for (const stage of [...(0,dockerfile/* stageChain */.ap)(final)].reverse()) {
        for (const env of stage.instructions.filter(dockerfile/* isEnv */.Ix)) {
            for (const { name, value } of env.pairs) {
                const message = MLG021_problem(name, value);
                if (message)
                    findings.push({ line: env.line, endLine: env.endLine, message });
            }
        }
    }
    return findings;
}
function MLG021_problem(name, value) {
    switch (name) {
        case 'CUDA_VISIBLE_DEVICES':
            return `ENV CUDA_VISIBLE_DEVICES=${value} fixes which GPUs the process uses in every container of this image, overriding what the runtime or scheduler assigned. Set it at run time (docker run -e, the pod spec) if at all.`;
        case 'NVIDIA_VISIBLE_DEVICES':
            return value === 'all'
                ? 'ENV NVIDIA_VISIBLE_DEVICES=all makes the NVIDIA runtime expose every GPU of the host to any container of this image, bypassing the GPUs the scheduler allocated (Kubernetes device plugin, docker --gpus). Leave it to the runtime.'
                : `ENV NVIDIA_VISIBLE_DEVICES=${value} bakes a device choice into the image; the runtime (docker --gpus, the Kubernetes device plugin) sets it per container.`;
        case 'NVIDIA_DRIVER_CAPABILITIES':
            return value.split(',').map((c) => c.trim()).includes('all')
                ? 'ENV NVIDIA_DRIVER_CAPABILITIES=all mounts every driver library (graphics, video, display) into the container; ML needs only compute,utility, the nvidia/cuda default.'
                : null;
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./src/lint/rules/index.ts





















const dockerfileRules = [
    MLG001_namespaceObject,
    MLG002_namespaceObject,
    MLG003_namespaceObject,
    MLG004_namespaceObject,
    MLG005_namespaceObject,
    MLG006_namespaceObject,
    MLG007_namespaceObject,
    MLG008_namespaceObject,
    MLG009_namespaceObject,
    MLG010_namespaceObject,
    MLG011_namespaceObject,
    MLG012_namespaceObject,
    MLG013_namespaceObject,
    MLG014_namespaceObject,
    MLG015_namespaceObject,
    MLG016_namespaceObject,
    MLG017_namespaceObject,
    MLG018_namespaceObject,
    MLG019_namespaceObject,
    MLG020_namespaceObject,
    MLG021_namespaceObject,
];


/***/ }),

/***/ 5118:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ emptySections)
/* harmony export */ });
function emptySections() {
    return {
        findings: [],
        summary: { errors: 0, warnings: 0, infos: 0, suppressed: 0 },
        build: null,
        image: null,
        scan: null,
        budgets: [],
        baseline: null,
        comparison: null,
        passed: true,
        notes: [],
    };
}


/***/ }),

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zx: () => (/* binding */ severitiesAtOrAbove),
/* harmony export */   _3: () => (/* binding */ evaluate)
/* harmony export */ });
/* unused harmony exports sizeMetricLabel, vulnSeveritiesAtOrAbove */
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4529);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2563);


function evaluate(report, budgets, failOn) {
    const results = [
        checkSize(report, budgets),
        checkBuildTime(report, budgets),
        checkSizeRegression(report, budgets),
        checkTimeRegression(report, budgets),
        checkVulnerabilities(report, budgets),
        checkFindings(report, failOn),
    ];
    return { budgets: results, passed: !results.some((result) => result.status === 'fail' && result.gating) };
}
/** Which size a budget is checked against, in the words users see. */
function sizeMetricLabel(metric) {
    return metric === 'uncompressed' ? 'uncompressed size (as docker image ls shows it)' : 'compressed size (pushed and pulled)';
}
function skipped(check, unit, reason, actual = null) {
    return { check, status: 'skipped', actual, limit: null, baseline: null, delta: null, unit, reason, gating: false };
}
/** Size and time budgets warn instead of failing when `fail-on-budget` is false. */
function overBudgetVerdict(over, failOnBudget) {
    if (!over)
        return 'pass';
    return failOnBudget ? 'fail' : 'warn';
}
function measuredSize(report, metric) {
    const image = report.image;
    if (!image || image.status !== 'ok') {
        const why = image?.reason ?? report.build?.reason ?? 'the image was not built';
        return { value: null, baseline: null, missing: `no image to measure: ${why}` };
    }
    if (metric === 'uncompressed') {
        return { value: image.size, baseline: report.comparison?.size.baseline ?? null, missing: 'the image size could not be read' };
    }
    return {
        value: image.compressedSize,
        baseline: report.comparison?.compressedSize.baseline ?? null,
        missing: 'the compressed size is unknown (the image manifest could not be read)',
    };
}
function checkSize(report, budgets) {
    const metric = sizeMetricLabel(budgets.sizeMetric);
    if (budgets.sizeBytes === null)
        return skipped('size', 'bytes', 'no size budget is set');
    const { value, baseline, missing } = measuredSize(report, budgets.sizeMetric);
    if (value === null)
        return skipped('size', 'bytes', missing);
    const limit = budgets.sizeBytes;
    const over = value > limit;
    const relation = over ? `exceeds the ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(limit)} budget by ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(value - limit)}` : `is within the ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(limit)} budget`;
    return {
        check: 'size',
        status: overBudgetVerdict(over, budgets.failOnBudget),
        actual: value,
        limit,
        baseline,
        delta: baseline === null ? null : value - baseline,
        unit: 'bytes',
        reason: `${metric} ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(value)} ${relation}`,
        metric: budgets.sizeMetric,
        limitLabel: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(limit),
        gating: budgets.failOnBudget,
    };
}
function buildSeconds(report) {
    const build = report.build;
    if (!build)
        return { value: null, missing: 'the image was not built' };
    if (build.status !== 'ok')
        return { value: null, missing: `build ${build.status}${build.reason ? `: ${build.reason}` : ''}` };
    return { value: build.seconds, missing: 'the build time was not measured' };
}
function checkBuildTime(report, budgets) {
    if (budgets.timeSeconds === null)
        return skipped('build-time', 'seconds', 'no build-time budget is set');
    const { value, missing } = buildSeconds(report);
    if (value === null)
        return skipped('build-time', 'seconds', missing);
    const limit = budgets.timeSeconds;
    const over = value > limit;
    const baseline = report.comparison?.buildSeconds.baseline ?? null;
    return {
        check: 'build-time',
        status: overBudgetVerdict(over, budgets.failOnBudget),
        actual: value,
        limit,
        baseline,
        delta: baseline === null ? null : value - baseline,
        unit: 'seconds',
        reason: `build took ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(value)}, ${over ? 'over' : 'within'} the ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(limit)} budget`,
        limitLabel: (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(limit),
        gating: budgets.failOnBudget,
    };
}
function checkRegression(input) {
    const { check, limit, actual, baseline, unit } = input;
    if (limit === null)
        return skipped(check, unit, `${input.inputName} is off`);
    if (actual === null)
        return skipped(check, unit, input.missing);
    if (baseline === null)
        return skipped(check, unit, input.noBaseline, actual);
    const format = unit === 'bytes' ? _config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3 : _config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3;
    const allowed = limit.kind === 'percent' ? (baseline * limit.value) / 100 : limit.value;
    const delta = actual - baseline;
    const over = delta > allowed;
    const limitLabel = limit.kind === 'percent' ? `+${limit.value}%` : `+${format(limit.value)}`;
    const percent = baseline > 0 ? ` (${signed(Math.round((delta / baseline) * 1000) / 10)}%)` : '';
    const change = delta >= 0 ? `grew by ${format(delta)}${percent}` : `shrank by ${format(-delta)}${percent}`;
    return {
        check,
        status: overBudgetVerdict(over, input.failOnBudget),
        actual,
        limit: baseline + allowed,
        baseline,
        delta,
        unit,
        reason: `${input.what} ${change} against the base (${format(baseline)}); ${over ? 'more than' : 'within'} the ${limitLabel} limit`,
        limitLabel,
        ...(input.metric ? { metric: input.metric } : {}),
        gating: input.failOnBudget,
    };
}
function noBaselineReason(report) {
    return report.baselineReason ?? 'no baseline report to compare with';
}
function checkSizeRegression(report, budgets) {
    const { value, baseline, missing } = measuredSize(report, budgets.sizeMetric);
    return checkRegression({
        check: 'size-regression',
        inputName: 'max-size-increase',
        what: budgets.sizeMetric === 'uncompressed' ? 'uncompressed size' : 'compressed size',
        limit: budgets.maxSizeIncrease,
        actual: value,
        missing,
        baseline,
        unit: 'bytes',
        failOnBudget: budgets.failOnBudget,
        noBaseline: noBaselineReason(report),
        metric: budgets.sizeMetric,
    });
}
function checkTimeRegression(report, budgets) {
    const { value, missing } = buildSeconds(report);
    return checkRegression({
        check: 'time-regression',
        inputName: 'max-time-increase',
        what: 'build time',
        limit: budgets.maxTimeIncrease,
        actual: value,
        missing,
        baseline: report.comparison?.buildSeconds.baseline ?? null,
        unit: 'seconds',
        failOnBudget: budgets.failOnBudget,
        noBaseline: noBaselineReason(report),
    });
}
/** Severities at or above `threshold`, most severe first. */
function vulnSeveritiesAtOrAbove(threshold) {
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .VULN_SEVERITIES */ .aw.slice(0, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .VULN_SEVERITIES */ .aw.indexOf(threshold) + 1);
}
function checkVulnerabilities(report, budgets) {
    const scan = report.scan;
    if (!scan)
        return skipped('vulnerabilities', 'count', 'the image was not scanned');
    if (scan.status !== 'ok') {
        return skipped('vulnerabilities', 'count', `scan ${scan.status}${scan.reason ? `: ${scan.reason}` : ''}`);
    }
    const threshold = budgets.failOnVulnerabilities;
    if (threshold === 'none') {
        const total = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .VULN_SEVERITIES */ .aw.reduce((sum, severity) => sum + scan.counted[severity], 0);
        return skipped('vulnerabilities', 'count', 'fail-on-vulnerabilities is none', total);
    }
    const counted = vulnSeveritiesAtOrAbove(threshold)
        .filter((severity) => scan.counted[severity] > 0)
        .map((severity) => ({ severity, count: scan.counted[severity] }));
    const actual = counted.reduce((sum, entry) => sum + entry.count, 0);
    const fresh = report.comparison ? `; ${report.comparison.newVulnerabilities.length} new in this change` : '';
    return {
        check: 'vulnerabilities',
        status: actual > 0 ? 'fail' : 'pass',
        actual,
        limit: 0,
        baseline: null,
        delta: null,
        unit: 'count',
        reason: actual > 0
            ? `${counted.map((entry) => `${entry.count} ${entry.severity}`).join(', ')} at or above ${threshold}${fresh}`
            : `no counted vulnerability at or above ${threshold}${fresh}`,
        limitLabel: `none at ${threshold} or above`,
        gating: true,
    };
}
/** Finding severities at or above `threshold`, most severe first. */
function severitiesAtOrAbove(threshold) {
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.slice(0, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(threshold) + 1);
}
function checkFindings(report, failOn) {
    const active = report.findings.filter((finding) => !finding.suppressed);
    if (failOn === 'never')
        return skipped('findings', 'count', 'fail-on is never', active.length);
    const gated = new Set(severitiesAtOrAbove(failOn));
    const failing = active.filter((finding) => gated.has(finding.severity));
    const rules = [...new Set(failing.map((finding) => finding.rule))];
    const fresh = report.comparison
        ? `; ${report.comparison.newFindings.filter((finding) => !finding.suppressed && gated.has(finding.severity)).length} new in this change`
        : '';
    return {
        check: 'findings',
        status: failing.length > 0 ? 'fail' : 'pass',
        actual: failing.length,
        limit: 0,
        baseline: null,
        delta: null,
        unit: 'count',
        reason: failing.length > 0
            ? `${failing.length} unsuppressed finding${failing.length === 1 ? '' : 's'} at or above ${failOn} (${rules.join(', ')})${fresh}`
            : `no unsuppressed finding at or above ${failOn}${fresh}`,
        limitLabel: `none at ${failOn} or above`,
        gating: true,
    };
}
function signed(value) {
    return value > 0 ? `+${value}` : String(value);
}


/***/ }),

/***/ 2563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aw: () => (/* binding */ VULN_SEVERITIES),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
// The Report is the contract between stages: every output (comment, summary, SARIF, outputs,
// baseline) is a rendering of it. Field names here are public: users' tooling reads them.
// Add fields freely; never rename or remove one without bumping SCHEMA_VERSION and keeping
// the old version readable in src/baseline/.
const SCHEMA_VERSION = 1;
const SEVERITIES = ['error', 'warning', 'info'];
const VULN_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];


/***/ }),

/***/ 8012:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ releaseUrls),
/* harmony export */   HW: () => (/* binding */ isCompromisedVersion),
/* harmony export */   _v: () => (/* binding */ trivyAssetName),
/* harmony export */   db: () => (/* binding */ checkTrivyVersion),
/* harmony export */   je: () => (/* binding */ DEFAULT_RELEASES_URL),
/* harmony export */   pW: () => (/* binding */ RELEASES_URL_ENV),
/* harmony export */   ss: () => (/* binding */ DEFAULT_TRIVY_VERSION),
/* harmony export */   xs: () => (/* binding */ checksumFor)
/* harmony export */ });
// Which Trivy release to install and how to check it: pure functions, no I/O.
// After CVE-2026-33634 (malicious Trivy binaries published as 0.69.4 and later tags
// re-pointed in March 2026) we only ever install an exact, reviewed version.
/** The release installed when `trivy-version` is not set. Its checksums are pinned in pinned-checksums.ts. */
const DEFAULT_TRIVY_VERSION = '0.69.3';
const DEFAULT_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download';
/** Overrides DEFAULT_RELEASES_URL (tests point it at a local server; mirrors can too). */
const RELEASES_URL_ENV = 'MLG_TRIVY_RELEASES_URL';
const COMPROMISED = { from: [0, 69, 4], to: [0, 69, 6] };
/** Accepts an exact release ("0.69.3" or "v0.69.3"); refuses ranges, "latest" and the compromised releases. */
/** Accepts an exact release ("0.69.3" or "v0.69.3"); refuses ranges, "latest" and the compromised releases. */
function checkTrivyVersion(input) {
    const parts = exactVersion(input);
    if (!parts) {
        return {
            ok: false,
            reason: `trivy-version "${input}" is not an exact release (like ${DEFAULT_TRIVY_VERSION}); ranges and "latest" are refused so a re-pointed tag cannot change what runs`,
        };
    }
    const version = parts.join('.');
    if (isCompromisedVersion(version)) {
        return {
            ok: false,
            reason: `trivy-version ${version} is refused: Trivy 0.69.4–0.69.6 were published with malicious binaries (CVE-2026-33634, GHSA-69fq-xp46-6x23); use ${DEFAULT_TRIVY_VERSION}`,
        };
    }
    return { ok: true, version };
}
/** Also used on a `trivy` found on PATH, whose version we learn only by asking it. */
function isCompromisedVersion(version) {
    const parts = exactVersion(version);
    return parts !== null && compare(parts, COMPROMISED.from) >= 0 && compare(parts, COMPROMISED.to) <= 0;
}
function exactVersion(input) {
    const match = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(input.trim());
    return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}
function compare(a, b) {
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/** Release asset name for a platform/arch as Node names them, or null when Trivy publishes none we support. */
function trivyAssetName(version, platform, arch) {
    const os = { linux: 'Linux', darwin: 'macOS' }[platform];
    const cpu = { x64: '64bit', arm64: 'ARM64' }[arch];
    return os && cpu ? `trivy_${version}_${os}-${cpu}.tar.gz` : null;
}
function releaseUrls(baseUrl, version, assetName) {
    const base = `${baseUrl.replace(/\/+$/, '')}/v${version}`;
    return { tarball: `${base}/${assetName}`, checksums: `${base}/trivy_${version}_checksums.txt` };
}
/** The SHA-256 that a goreleaser checksums file ("<hex>  <name>" lines) lists for one asset. */
function checksumFor(checksumsText, assetName) {
    for (const line of checksumsText.split('\n')) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
        if (match && match[2] === assetName)
            return match[1].toLowerCase();
    }
    return null;
}


/***/ }),

/***/ 1251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
// Code-unit order for sorting ids, paths and names. Unlike localeCompare it gives the same order
// on every machine whatever its locale, and it does not load ICU's collator (about 6 ms at the
// CLI's start, measured on this repository's `lint`).
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 1557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ rememberByKey)
/* harmony export */ });
// A pure function of a string, with its results kept: several rules ask about the same base
// image, context path or requirements text in one lint. Results are shared, so callers must not
// modify them, and `compute` never returns undefined (that marks "not known yet"). The store is
// emptied when it reaches `limit` entries, so it cannot grow without end.
function rememberByKey(compute, limit) {
    const known = new Map();
    return (key) => {
        let value = known.get(key);
        if (value === undefined) {
            if (known.size >= limit)
                known.clear();
            value = compute(key);
            known.set(key, value);
        }
        return value;
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The version users see in reports and SARIF; kept equal to package.json by a test.
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/scan/release.ts
var release = __nccwpck_require__(8012);
;// CONCATENATED MODULE: ./src/config/inputs.ts
// Every input, its default and its kind, in one table. action.yml states the same defaults
// (a test keeps them equal); the CLI takes the same names as flags (--cache-ref ...).

const INPUTS = {
    mode: { default: 'check', kind: 'string' },
    dockerfile: { default: 'Dockerfile', kind: 'string' },
    context: { default: '.', kind: 'string' },
    target: { default: '', kind: 'string' },
    config: { default: '', kind: 'string' },
    'fail-on': { default: 'error', kind: 'string' },
    build: { default: 'true', kind: 'boolean' },
    'build-args': { default: '', kind: 'list' },
    secrets: { default: '', kind: 'list' },
    tags: { default: '', kind: 'list' },
    platform: { default: '', kind: 'string' },
    push: { default: 'false', kind: 'boolean' },
    builder: { default: '', kind: 'string' },
    'cache-ref': { default: '', kind: 'string' },
    'cache-mode': { default: 'max', kind: 'string' },
    'cache-from': { default: '', kind: 'list' },
    'cache-to': { default: '', kind: 'list' },
    'no-cache': { default: 'false', kind: 'boolean' },
    'analyze-layers': { default: 'auto', kind: 'string' },
    trivy: { default: 'true', kind: 'boolean' },
    'trivy-version': { default: release/* DEFAULT_TRIVY_VERSION */.ss, kind: 'string' },
    'trivy-severity': { default: 'CRITICAL,HIGH', kind: 'list' },
    'trivy-ignore-unfixed': { default: 'true', kind: 'boolean' },
    'trivy-ignore-file': { default: '', kind: 'string' },
    'trivy-report': { default: '', kind: 'string' },
    'trivy-scanners': { default: 'vuln', kind: 'list' },
    'trivy-timeout': { default: '10m', kind: 'string' },
    'trivy-db-repository': { default: '', kind: 'string' },
    'fail-on-scan-error': { default: 'false', kind: 'boolean' },
    'size-budget': { default: '3GB', kind: 'string' },
    'size-metric': { default: 'uncompressed', kind: 'string' },
    'time-budget': { default: '5m', kind: 'string' },
    'max-size-increase': { default: '10%', kind: 'string' },
    'max-time-increase': { default: 'off', kind: 'string' },
    'fail-on-vulnerabilities': { default: 'critical', kind: 'string' },
    'fail-on-budget': { default: 'true', kind: 'boolean' },
    'baseline-report': { default: '', kind: 'string' },
    comment: { default: 'auto', kind: 'string' },
    'comment-key': { default: '', kind: 'string' },
    'github-token': { default: '${{ github.token }}', kind: 'string' },
    'sarif-file': { default: '', kind: 'string' },
    'output-dir': { default: '', kind: 'string' },
    'pr-number': { default: '', kind: 'string' },
    'report-file': { default: '', kind: 'string' },
    'comment-file': { default: '', kind: 'string' },
};
/** Splits a list input: newlines or commas (commas only where values cannot contain them). */
function splitList(name, value) {
    const items = Array.isArray(value) ? value : value.split(/\r?\n/);
    // build-args and secrets contain commas (id=x,src=y); the others are simple tokens.
    const commaSeparated = name === 'trivy-severity' || name === 'trivy-scanners' || name === 'tags';
    return items
        .flatMap((item) => (commaSeparated ? item.split(',') : [item]))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// CLI flags → the same raw inputs the action reads. Every action input is a flag of the same
// name (--cache-ref REF); list inputs repeat (--build-arg-s A=1 --build-args B=2); boolean
// inputs may stand alone (--push) or take a value (--push=false).

class UsageError extends Error {
}
const LINT_FLAGS = new Set(['context', 'target', 'config', 'fail-on', 'dockerfile']);
const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const HELP = `ml-image-guard: keep ML Docker images small, fast to build and safe.

Usage:
  ml-image-guard lint [DOCKERFILE ...] [--context DIR] [--target STAGE] [--config FILE]
                      [--format text|json|sarif|markdown] [--fail-on error|warning|info|never]
  ml-image-guard check [--dockerfile FILE] [--context DIR] [--cache-ref REF] [--format ...]
                       [any action input as --name value; repeat list flags]

  lint   checks the Dockerfile and its build context (rules MLG001-MLG021)
  check  lints, builds with docker buildx, measures size and time, reads the layers,
         scans with Trivy and checks budgets; --format markdown prints the PR comment

Exit status: 0 ok, 1 findings at or above --fail-on (lint) or a failed gate (check),
2 usage error or unreadable input.
`;
function parseCliArgs(argv) {
    const [first, ...rest] = argv;
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
        return { command: 'help', dockerfiles: [], format: 'text', inputs: {} };
    }
    if (first === '--version' || first === '-v')
        return { command: 'version', dockerfiles: [], format: 'text', inputs: {} };
    if (first !== 'lint' && first !== 'check')
        throw new UsageError(`unknown command "${first}"; use lint or check`);
    const args = { command: first, dockerfiles: [], format: 'text', inputs: {} };
    for (let i = 0; i < rest.length; i++) {
        const token = rest[i];
        if (token === '-h' || token === '--help')
            return { ...args, command: 'help' };
        if (!token.startsWith('--')) {
            if (args.command === 'check' && args.dockerfiles.length > 0)
                throw new UsageError('check takes one Dockerfile; run it once per image');
            args.dockerfiles.push(token);
            continue;
        }
        const eq = token.indexOf('=');
        const name = token.slice(2, eq < 0 ? undefined : eq);
        let value = eq < 0 ? undefined : token.slice(eq + 1);
        if (name === 'format') {
            value ??= rest[++i];
            if (!FORMATS.includes(value ?? ''))
                throw new UsageError(`--format: "${value ?? ''}" is not one of ${FORMATS.join(', ')}`);
            args.format = value;
            continue;
        }
        if (!(name in INPUTS) || name === 'github-token' || name === 'mode')
            throw new UsageError(`unknown flag --${name}`);
        const input = name;
        if (args.command === 'lint' && !LINT_FLAGS.has(input))
            throw new UsageError(`--${name} is a check flag; lint takes --context, --target, --config, --format, --fail-on`);
        const spec = INPUTS[input];
        if (value === undefined) {
            const next = rest[i + 1];
            if (spec.kind === 'boolean' && (next === undefined || !/^(true|false)$/.test(next)))
                value = 'true';
            else if (next === undefined || next.startsWith('--'))
                throw new UsageError(`--${name} needs a value`);
            else
                value = rest[++i];
        }
        if (spec.kind === 'list') {
            const previous = args.inputs[input];
            args.inputs[input] = [...(Array.isArray(previous) ? previous : []), value];
        }
        else {
            args.inputs[input] = value;
        }
    }
    if (args.inputs.dockerfile !== undefined && args.dockerfiles.length > 0)
        throw new UsageError('give the Dockerfile either as an argument or with --dockerfile, not both');
    return args;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __nccwpck_require__(4529);
;// CONCATENATED MODULE: ./src/config/file.ts
// .ml-image-guard.yml: per-rule severity or off, budgets, paths to ignore. Parsed once;
// unknown keys and bad values are errors that name the key, so a typo never passes silently.

const SETTINGS = new Set(['off', 'error', 'warning', 'info']);
const BUDGET_KEYS = [
    'size-budget',
    'size-metric',
    'time-budget',
    'max-size-increase',
    'max-time-increase',
    'fail-on-vulnerabilities',
    'fail-on-budget',
    'fail-on',
    'trivy-severity',
    'trivy-ignore-unfixed',
];
/** Async because the YAML parser (a third of the CLI bundle) is loaded only when a config file exists. */
async function parseConfigFile(text, path) {
    const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    let doc;
    try {
        doc = parseYaml(text);
    }
    catch (e) {
        throw new units/* ConfigError */.xL(`${path}: not valid YAML (${e.message.split('\n')[0]})`);
    }
    const result = { rules: {}, ignorePaths: [], inputs: {} };
    if (doc === null || doc === undefined)
        return result;
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw new units/* ConfigError */.xL(`${path}: expected a mapping with rules:, budgets:, ignore-paths:`);
    for (const [key, value] of Object.entries(doc)) {
        if (key === 'rules')
            result.rules = readRules(value, path);
        else if (key === 'ignore-paths' || key === 'ignorePaths')
            result.ignorePaths = readStringList(value, `${path}: ignore-paths`);
        else if (key === 'budgets')
            result.inputs = readBudgets(value, path);
        else
            throw new units/* ConfigError */.xL(`${path}: unknown key "${key}"; expected rules, budgets or ignore-paths`);
    }
    return result;
}
function readRules(value, path) {
    if (value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new units/* ConfigError */.xL(`${path}: rules must map rule ids or names to off|error|warning|info, e.g. "MLG010: off"`);
    const rules = {};
    for (const [rule, setting] of Object.entries(value)) {
        const text = setting === false ? 'off' : String(setting).toLowerCase();
        if (!SETTINGS.has(text))
            throw new units/* ConfigError */.xL(`${path}: rules.${rule}: "${String(setting)}" is not one of off, error, warning, info`);
        rules[rule] = text;
    }
    return rules;
}
function readBudgets(value, path) {
    if (value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new units/* ConfigError */.xL(`${path}: budgets must be a mapping, e.g. "size-budget: 3GB"`);
    const inputs = {};
    for (const [key, raw] of Object.entries(value)) {
        if (!BUDGET_KEYS.includes(key)) {
            throw new units/* ConfigError */.xL(`${path}: budgets.${key} is not a budget setting; use one of ${BUDGET_KEYS.join(', ')}`);
        }
        inputs[key] = Array.isArray(raw) ? raw.map(String) : String(raw);
    }
    return inputs;
}
function readStringList(value, where) {
    if (value === null)
        return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        throw new units/* ConfigError */.xL(`${where} must be a list of paths`);
    return value;
}

// EXTERNAL MODULE: ./src/report/types.ts
var types = __nccwpck_require__(2563);
;// CONCATENATED MODULE: ./src/config/config.ts
// Raw inputs (action inputs or CLI flags) + the config file → one validated Config.
// Precedence: a value given explicitly > the config file > the default. An action input
// equal to its default counts as not given, because the runner sets every input.






const DEFAULT_CONFIG_FILE = '.ml-image-guard.yml';
async function buildConfig(raw, env) {
    const configPath = config_text(raw, 'config');
    const file = await loadConfigFile(env.workspace, configPath);
    const get = (name) => {
        const given = raw[name];
        const isDefault = given === undefined || given === INPUTS[name].default || (Array.isArray(given) && given.length === 0);
        if (!isDefault)
            return given;
        return file.inputs[name] ?? INPUTS[name].default;
    };
    const str = (name) => {
        const value = get(name);
        return (Array.isArray(value) ? value.join('\n') : value).trim();
    };
    const list = (name) => splitList(name, get(name));
    const bool = (name) => parseBoolean(name, str(name));
    const optional = (name) => str(name) || null;
    const dockerfile = str('dockerfile');
    const dockerfileRel = toRelative(env.workspace, dockerfile);
    const context = toRelative(env.workspace, str('context'));
    const target = optional('target');
    const config = {
        mode: oneOf('mode', str('mode'), ['check', 'publish']),
        workspace: env.workspace,
        dockerfile: dockerfileRel,
        context,
        target,
        configFile: file === EMPTY_FILE ? null : (configPath || DEFAULT_CONFIG_FILE),
        failOn: oneOf('fail-on', str('fail-on').toLowerCase(), ['error', 'warning', 'info', 'never']),
        rules: resolveRules(file.rules, env.ruleNames, configPath || DEFAULT_CONFIG_FILE),
        ignorePaths: file.ignorePaths,
        build: {
            enabled: bool('build'),
            buildArgs: list('build-args'),
            secrets: list('secrets'),
            tags: list('tags'),
            platform: platform(optional('platform')),
            push: bool('push'),
            builder: optional('builder'),
            cacheRef: optional('cache-ref'),
            cacheMode: oneOf('cache-mode', str('cache-mode'), ['max', 'min']),
            cacheFrom: list('cache-from'),
            cacheTo: list('cache-to'),
            noCache: bool('no-cache'),
            analyzeLayers: oneOf('analyze-layers', str('analyze-layers'), ['auto', 'true', 'false']),
        },
        scan: {
            enabled: bool('trivy'),
            version: str('trivy-version'),
            severities: list('trivy-severity').map((s) => vulnSeverity('trivy-severity', s)),
            ignoreUnfixed: bool('trivy-ignore-unfixed'),
            ignoreFile: optional('trivy-ignore-file'),
            reportPath: optional('trivy-report'),
            scanners: list('trivy-scanners').map((s) => oneOf('trivy-scanners', s, ['vuln', 'secret', 'misconfig', 'license'])),
            timeoutSeconds: (0,units/* parseDuration */.E9)('trivy-timeout', str('trivy-timeout')),
            dbRepository: optional('trivy-db-repository'),
            failOnScanError: bool('fail-on-scan-error'),
        },
        budgets: {
            sizeBytes: offOr(str('size-budget'), (v) => (0,units/* parseSize */.DB)('size-budget', v)),
            sizeMetric: oneOf('size-metric', str('size-metric'), ['uncompressed', 'compressed']),
            timeSeconds: offOr(str('time-budget'), (v) => (0,units/* parseDuration */.E9)('time-budget', v)),
            maxSizeIncrease: (0,units/* parseIncrease */.KW)('max-size-increase', str('max-size-increase'), 'size'),
            maxTimeIncrease: (0,units/* parseIncrease */.KW)('max-time-increase', str('max-time-increase'), 'time'),
            failOnVulnerabilities: failOnVulnerabilities(str('fail-on-vulnerabilities')),
            failOnBudget: bool('fail-on-budget'),
        },
        baselineReport: optional('baseline-report'),
        comment: {
            mode: oneOf('comment', str('comment'), ['auto', 'always', 'never']),
            key: str('comment-key') || defaultCommentKey(dockerfileRel, target),
        },
        outputDir: str('output-dir') || (0,external_node_path_.join)(env.tempDir, 'ml-image-guard', safeName(defaultCommentKey(dockerfileRel, target))),
        sarifFile: optional('sarif-file'),
        publish: {
            prNumber: prNumber(str('pr-number')),
            commentFile: optional('comment-file'),
            reportFile: optional('report-file'),
        },
    };
    if (config.scan.severities.length === 0)
        throw new units/* ConfigError */.xL('trivy-severity: give at least one severity, e.g. CRITICAL,HIGH');
    return config;
}
const EMPTY_FILE = { rules: {}, ignorePaths: [], inputs: {} };
async function loadConfigFile(workspace, given) {
    const path = (0,external_node_path_.resolve)(workspace, given || DEFAULT_CONFIG_FILE);
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (given)
            throw new units/* ConfigError */.xL(`config: ${given} does not exist; remove the input or create the file (see README, "Config file")`);
        return EMPTY_FILE;
    }
    return parseConfigFile((0,external_node_fs_.readFileSync)(path, 'utf8'), given || DEFAULT_CONFIG_FILE);
}
function resolveRules(rules, names, where) {
    const resolved = {};
    for (const [key, setting] of Object.entries(rules)) {
        const id = names.get(key.toLowerCase());
        if (!id)
            throw new units/* ConfigError */.xL(`${where}: rules.${key} is not a rule id or name (e.g. MLG007 or pip-cache)`);
        resolved[id] = setting;
    }
    return resolved;
}
/** The key that keeps one sticky comment per image in a matrix: dockerfile + target. */
function defaultCommentKey(dockerfile, target) {
    return target ? `${dockerfile}#${target}` : dockerfile;
}
function safeName(key) {
    return key.replace(/[^A-Za-z0-9._-]+/g, '_');
}
function config_text(raw, name) {
    const value = raw[name];
    return (Array.isArray(value) ? value.join('\n') : (value ?? '')).trim();
}
function toRelative(workspace, path) {
    const rel = (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, path)).split(external_node_path_.sep).join(external_node_path_.posix.sep);
    return rel === '' ? '.' : rel;
}
function parseBoolean(name, value) {
    const v = value.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(v))
        return false;
    throw new units/* ConfigError */.xL(`${name}: "${value}" is not a boolean; use true or false`);
}
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new units/* ConfigError */.xL(`${name}: "${value}" is not one of ${allowed.join(', ')}`);
}
function vulnSeverity(name, value) {
    return oneOf(name, value.toUpperCase(), types/* VULN_SEVERITIES */.aw);
}
function failOnVulnerabilities(value) {
    if (value.toLowerCase() === 'none' || value.toLowerCase() === 'off')
        return 'none';
    return vulnSeverity('fail-on-vulnerabilities', value);
}
function offOr(value, parse) {
    return value.toLowerCase() === 'off' || value === '' ? null : parse(value);
}
function platform(value) {
    if (value && value.includes(',')) {
        throw new units/* ConfigError */.xL(`platform: "${value}" names several platforms; measure one per run (use a matrix), e.g. linux/amd64`);
    }
    return value;
}
function prNumber(value) {
    if (value === '')
        return null;
    if (!/^\d+$/.test(value))
        throw new units/* ConfigError */.xL(`pr-number: "${value}" is not a pull request number, e.g. 42`);
    return Number(value);
}

// EXTERNAL MODULE: ./src/lint-report.ts + 1 modules
var lint_report = __nccwpck_require__(2730);
// EXTERNAL MODULE: ./src/lint/rules/index.ts + 21 modules
var rules = __nccwpck_require__(8727);
// EXTERNAL MODULE: ./src/image/rules/index.ts + 6 modules
var image_rules = __nccwpck_require__(2932);
// EXTERNAL MODULE: ./src/util/compare.ts
var compare = __nccwpck_require__(1251);
;// CONCATENATED MODULE: ./src/rules.ts
// Every rule the tool knows, Dockerfile and image rules, for config validation and SARIF.



function allRuleMetas() {
    return [...rules/* dockerfileRules */.M.map((r) => r.meta), ...image_rules/* imageRuleMetas */.W3].sort((a, b) => (0,compare/* compareText */.n)(a.id, b.id));
}
/** Lower-case id or name → id, so configs and suppressions accept either. */
function ruleNameIndex() {
    const index = new Map();
    for (const meta of allRuleMetas()) {
        index.set(meta.id.toLowerCase(), meta.id);
        index.set(meta.name.toLowerCase(), meta.id);
    }
    return index;
}

// EXTERNAL MODULE: ./src/report/evaluate.ts
var evaluate = __nccwpck_require__(8323);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli/index.ts
// The CLI: `ml-image-guard lint` (Dockerfile checks only) and `ml-image-guard check` (the whole
// pipeline, same flags as the action's inputs). Exit 0 = nothing at or above --fail-on / gates
// passed, 1 = findings or a failed gate, 2 = usage error or unreadable input. No stack traces.









async function main(argv) {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
        process.stdout.write(HELP);
        return 0;
    }
    if (args.command === 'version') {
        process.stdout.write(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const workspace = process.cwd();
    const dockerfiles = args.dockerfiles.length > 0 ? args.dockerfiles : [String(args.inputs.dockerfile ?? 'Dockerfile')];
    const git = gitFromEnvironment();
    const log = stderrLogger();
    const reports = [];
    // Library code (the Actions toolkit) may print to stdout; the CLI's stdout is the report only.
    const restoreStdout = stdoutToStderr();
    try {
        for (const dockerfile of dockerfiles) {
            const inputs = { ...args.inputs, dockerfile };
            // Without --context the context is the Dockerfile's folder, as `docker build -f` users expect.
            if (args.inputs.context === undefined)
                inputs.context = (0,external_node_path_.resolve)(workspace, dockerfile, '..');
            const config = await buildConfig(inputs, { workspace, tempDir: (0,external_node_os_.tmpdir)(), ruleNames: ruleNameIndex() });
            // `check` loads the build/scan/baseline code only when it runs: `lint` starts fast.
            const report = args.command === 'lint'
                ? (0,lint_report/* finishReport */.Ux)((0,lint_report/* lintReport */.AC)(config, git, log), config)
                : await (await Promise.all(/* import() */[__nccwpck_require__.e(964), __nccwpck_require__.e(611)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6611))).runPipeline(config, git, log);
            if (args.inputs['output-dir'] !== undefined) {
                const [{ toSarif }, { renderComment }, { writeReportFiles }] = await Promise.all([
                    __nccwpck_require__.e(/* import() */ 643).then(__nccwpck_require__.bind(__nccwpck_require__, 5881)),
                    __nccwpck_require__.e(/* import() */ 983).then(__nccwpck_require__.bind(__nccwpck_require__, 7983)),
                    __nccwpck_require__.e(/* import() */ 561).then(__nccwpck_require__.bind(__nccwpck_require__, 561)),
                ]);
                const sarif = config.sarifFile ? { path: (0,external_node_path_.resolve)(workspace, config.sarifFile), log: toSarif(report, allRuleMetas()) } : undefined;
                const files = writeReportFiles((0,external_node_path_.resolve)(workspace, config.outputDir), report, renderComment(report, {}), sarif);
                log.info(`Report: ${files.reportPath}, comment: ${files.commentPath}`);
            }
            reports.push(report);
        }
    }
    finally {
        restoreStdout();
    }
    process.stdout.write(await render(reports, args.format));
    const lintFailure = reports.flatMap((r) => r.notes).find((n) => n.startsWith(lint_report/* LINT_FAILED */.Gy));
    if (lintFailure) {
        process.stderr.write(`ml-image-guard: ${lintFailure.slice(lint_report/* LINT_FAILED */.Gy.length)}\n`);
        return 2;
    }
    if (args.command === 'lint') {
        const failOn = String(args.inputs['fail-on'] ?? 'error');
        if (failOn === 'never')
            return 0;
        const levels = (0,evaluate/* severitiesAtOrAbove */.Zx)(failOn);
        return reports.some((r) => r.findings.some((f) => !f.suppressed && levels.includes(f.severity))) ? 1 : 0;
    }
    return reports.every((r) => r.passed) ? 0 : 1;
}
/** Each renderer is loaded only for its format: the CLI's start-up time is mostly loading code. */
async function render(reports, format) {
    switch (format) {
        case 'json':
            return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n';
        case 'sarif': {
            const { toSarif } = await __nccwpck_require__.e(/* import() */ 643).then(__nccwpck_require__.bind(__nccwpck_require__, 5881));
            const metas = allRuleMetas();
            const logs = reports.map((r) => toSarif(r, metas));
            const merged = { ...logs[0], runs: [{ ...logs[0].runs[0], results: logs.flatMap((l) => l.runs[0].results ?? []) }] };
            return JSON.stringify(merged, null, 2) + '\n';
        }
        case 'markdown': {
            const { renderComment } = await __nccwpck_require__.e(/* import() */ 983).then(__nccwpck_require__.bind(__nccwpck_require__, 7983));
            return reports.map((r) => renderComment(r, {})).join('\n\n---\n\n') + '\n';
        }
        default: {
            const { renderText } = await __nccwpck_require__.e(/* import() */ 655).then(__nccwpck_require__.bind(__nccwpck_require__, 5655));
            const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
            return reports.map((r) => renderText(r, { color })).join('\n');
        }
    }
}
function gitFromEnvironment() {
    const env = process.env;
    const ref = env.GITHUB_REF ?? null;
    return {
        repository: env.GITHUB_REPOSITORY ?? null,
        sha: env.GITHUB_SHA ?? null,
        ref,
        branch: env.GITHUB_HEAD_REF || (ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null),
        pr: null,
        baseBranch: env.GITHUB_BASE_REF || null,
        defaultBranch: null,
        event: env.GITHUB_EVENT_NAME ?? null,
    };
}
function stderrLogger() {
    return {
        info: (message) => process.stderr.write(`${message}\n`),
        warning: (message) => process.stderr.write(`warning: ${message}\n`),
        group: async (name, body) => {
            process.stderr.write(`── ${name}\n`);
            return body();
        },
        mask: () => undefined, // a local terminal is the user's own
    };
}
function stdoutToStderr() {
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk, ...rest) => process.stderr.write(chunk, ...rest));
    return () => {
        process.stdout.write = original;
    };
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    const usage = error instanceof UsageError || error instanceof units/* ConfigError */.xL;
    process.stderr.write(`ml-image-guard: ${error.message}${usage ? ' (see ml-image-guard --help)' : ''}\n`);
    if (process.env.MLG_DEBUG)
        process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
});

