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

/***/ 5940:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Argument = void 0;
class Argument {
    constructor(value, range) {
        this.value = value;
        this.range = range;
    }
    toString() {
        return this.value;
    }
    getRange() {
        return this.range;
    }
    getValue() {
        return this.value;
    }
    isAfter(position) {
        if (this.range.end.line < position.line) {
            return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
    }
    isBefore(position) {
        if (this.range.start.line < position.line) {
            return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
    }
}
exports.Argument = Argument;


/***/ }),

/***/ 4022:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Comment = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const line_1 = __nccwpck_require__(7005);
const util_1 = __nccwpck_require__(7459);
class Comment extends line_1.Line {
    constructor(document, range) {
        super(document, range);
    }
    toString() {
        const content = this.getContent();
        if (content) {
            return "# " + content;
        }
        return "#";
    }
    /**
     * Returns the content of this comment. This excludes leading and
     * trailing whitespace as well as the # symbol. If the comment only
     * consists of whitespace, the empty string will be returned.
     */
    getContent() {
        let range = this.getContentRange();
        if (range === null) {
            return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    /**
     * Returns a range that includes the content of the comment
     * excluding any leading and trailing whitespace as well as the #
     * symbol. May return null if the comment only consists of whitespace
     * characters.
     */
    getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        // skip the first # symbol
        for (let i = 1; i < raw.length; i++) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                start = i;
                break;
            }
        }
        if (start === -1) {
            return null;
        }
        // go backwards up to the first # symbol
        for (let i = raw.length - 1; i >= 1; i--) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                end = i + 1;
                break;
            }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
    }
}
exports.Comment = Comment;


/***/ }),

/***/ 9933:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Dockerfile = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const ast = __nccwpck_require__(8390);
const imageTemplate_1 = __nccwpck_require__(3520);
const from_1 = __nccwpck_require__(5377);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Dockerfile extends imageTemplate_1.ImageTemplate {
    constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        /**
         * Whether a FROM instruction has been added to this Dockerfile or not.
         */
        this.foundFrom = false;
        this.document = document;
    }
    getEscapeCharacter() {
        for (const directive of this.directives) {
            if (directive.getDirective() === ast.Directive.escape) {
                const value = directive.getValue();
                if (value === '\\' || value === '`') {
                    return value;
                }
            }
        }
        return '\\';
    }
    getInitialARGs() {
        return this.initialInstructions.getARGs();
    }
    getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
            // not inside the document, invalid position
            return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
            if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
                return this.initialInstructions;
            }
        }
        for (const buildStage of this.buildStages) {
            if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
                return buildStage;
            }
        }
        return this;
    }
    addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
            this.currentBuildStage = new imageTemplate_1.ImageTemplate();
            this.buildStages.push(this.currentBuildStage);
            this.foundFrom = true;
        }
        else if (!this.foundFrom) {
            this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
            this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
    }
    setDirectives(directives) {
        this.directives = directives;
    }
    getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
    }
    getDirectives() {
        return this.directives;
    }
    resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
            let range = from.getRange();
            if (range.start.line <= line && line <= range.end.line) {
                // resolve the FROM variable against the initial ARGs
                let initialARGs = new imageTemplate_1.ImageTemplate();
                for (let instruction of this.initialInstructions.getARGs()) {
                    initialARGs.addInstruction(instruction);
                }
                return initialARGs.resolveVariable(variable, line);
            }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return undefined;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
            // refers to an uninitialized ARG variable,
            // try resolving it against the initial ARGs then
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
                initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
    }
    getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
            let variables = [];
            for (let arg of this.getInitialARGs()) {
                let property = arg.getProperty();
                if (property) {
                    variables.push(property.getName());
                }
            }
            return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
    }
    getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
            return null;
        }
        for (const from of this.getFROMs()) {
            if (from.getBuildStage() === imageName) {
                const range = from.getRange();
                // on the same line then it's an image that shares the name as the build stage
                if (range.start.line === templateFrom.getRange().start.line) {
                    return null;
                }
                return this.getContainingImage(range.start);
            }
        }
        return null;
    }
    getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
            stages.splice(0, 0, stage);
            stage = this.getParentStage(stage);
        }
        return stages;
    }
    getAvailableWorkingDirectories(line) {
        const availableDirectories = new Set();
        for (const image of this.getStageHierarchy(line)) {
            for (const workdir of image.getWORKDIRs()) {
                if (workdir.getRange().end.line < line) {
                    let directory = workdir.getAbsolutePath();
                    if (directory !== undefined && directory !== null) {
                        if (!directory.endsWith("/")) {
                            directory += "/";
                        }
                        availableDirectories.add(directory);
                    }
                }
            }
        }
        return Array.from(availableDirectories);
    }
    /**
     * Internally reorganize the comments in the Dockerfile and allocate
     * them to the relevant build stages that they belong to.
     */
    organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
            if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
                this.initialInstructions.addComment(comments[i]);
            }
            else {
                for (const buildStage of this.buildStages) {
                    if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                        buildStage.addComment(comments[i]);
                    }
                }
            }
        }
    }
    getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
            if (instructions.length > 0) {
                range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
            }
        }
        else if (instructions.length === 0) {
            range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        }
        else {
            const commentStart = comments[0].getRange().start;
            const commentEnd = comments[comments.length - 1].getRange().end;
            const instructionStart = instructions[0].getRange().start;
            const instructionEnd = instructions[instructions.length - 1].getRange().end;
            if (commentStart.line < instructionStart.line) {
                if (commentEnd.line < instructionEnd.line) {
                    range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
                }
                range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
            }
            else if (commentEnd.line < instructionEnd.line) {
                range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
            }
            else {
                range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
            }
        }
        if (range === null) {
            if (this.directives.length === 0) {
                return null;
            }
            return this.directives[0].getRange();
        }
        else if (this.directives.length === 0) {
            return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
    }
}
exports.Dockerfile = Dockerfile;


/***/ }),

/***/ 1077:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Flag = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flagOption_1 = __nccwpck_require__(3700);
class Flag {
    constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
            let offset = document.offsetAt(valueRange.start);
            let nameStart = -1;
            let valueStart = -1;
            let hasOptions = false;
            for (let i = 0; i < value.length; i++) {
                switch (value.charAt(i)) {
                    case '=':
                        hasOptions = true;
                        if (valueStart === -1) {
                            valueStart = i + 1;
                            break;
                        }
                        break;
                    case ',':
                        this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                        nameStart = -1;
                        valueStart = -1;
                        break;
                    default:
                        if (nameStart === -1) {
                            nameStart = i;
                        }
                        break;
                }
            }
            if (hasOptions && nameStart !== -1) {
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
            }
        }
    }
    createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
            return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
    }
    toString() {
        if (this.valueRange) {
            return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
    }
    /**
     * Returns the range that encompasses this entire flag. This includes the
     * -- prefix in the beginning to the last character of the flag's value (if
     * it has been defined).
     *
     * @return the entire range of this flag
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the name of this flag. The name does not include the -- prefix.
     * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
     * not --interval.
     *
     * @return this flag's name
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range that encompasses the flag's name
     *
     * @return the range containing the flag's name
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the value that has been set to this flag. May be null if the
     * flag is invalid and has no value set like a --start-period. If the flag
     * is instead a --start-period= with an equals sign then the flag's value
     * is the empty string.
     *
     * @return this flag's value if it has been defined, null otherwise
     */
    getValue() {
        return this.value;
    }
    /**
     * Returns the range that encompasses this flag's value. If no value has
     * been set then null will be returned.
     *
     * @return the range containing this flag's value, or null if the flag
     *         has no value defined
     */
    getValueRange() {
        return this.valueRange;
    }
    getOption(name) {
        for (const option of this.options) {
            if (option.getName() === name) {
                return option;
            }
        }
        return null;
    }
    getOptions() {
        return this.options;
    }
    hasOptions() {
        return this.options.length > 0;
    }
}
exports.Flag = Flag;


/***/ }),

/***/ 3700:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FlagOption = void 0;
class FlagOption {
    constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
    }
    toString() {
        if (this.valueRange !== null) {
            return this.name + "=" + this.value;
        }
        return this.name;
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
}
exports.FlagOption = FlagOption;


/***/ }),

/***/ 7599:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Heredoc = void 0;
/**
 * Heredoc represents a here-document that has been embedded in a
 * Dockerfile.
 *
 * This API is experimental and subject to change.
 */
class Heredoc {
    constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
    }
    /**
     * Returns the name of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range of the start operator and the name. If the
     * here-document is initialized with <<EOT then the start range would
     * encompass all five characters.
     *
     * This API is experimental and subject to change.
     */
    getStartRange() {
        return this.startRange;
    }
    /**
     * Returns the range of this here-document's name that is declared at
     * the beginning of the here-document with the operator. If the
     * here-document is initialized with <<EOT then the name range would
     * encompass the latter three "EOT" characters.
     *
     * This API is experimental and subject to change.
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the content of this here-document. This may
     * be null if the here-document has no content because:
     * - the start range is the only thing that was declared
     * - the end range was declared immediately and there is no content
     *
     * This API is experimental and subject to change.
     */
    getContentRange() {
        return this.contentRange;
    }
    /**
     * Returns the range of the here-document's name on a line that
     * represents the end of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getDelimiterRange() {
        return this.endRange;
    }
}
exports.Heredoc = Heredoc;


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ImageTemplate = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const onbuild_1 = __nccwpck_require__(5554);
const util_1 = __nccwpck_require__(7459);
const workdir_1 = __nccwpck_require__(7529);
class ImageTemplate {
    constructor() {
        this.comments = [];
        this.instructions = [];
    }
    addComment(comment) {
        this.comments.push(comment);
    }
    getComments() {
        return this.comments;
    }
    addInstruction(instruction) {
        this.instructions.push(instruction);
    }
    getInstructions() {
        return this.instructions;
    }
    getInstructionAt(line) {
        for (let instruction of this.instructions) {
            if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the ARG instructions that are defined in this image.
     */
    getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof arg_1.Arg) {
                args.push(instruction);
            }
        }
        return args;
    }
    /**
     * Gets all the CMD instructions that are defined in this image.
     */
    getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof cmd_1.Cmd) {
                cmds.push(instruction);
            }
        }
        return cmds;
    }
    /**
     * Gets all the COPY instructions that are defined in this image.
     */
    getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof copy_1.Copy) {
                copies.push(instruction);
            }
        }
        return copies;
    }
    /**
     * Gets all the ENTRYPOINT instructions that are defined in this image.
     */
    getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof entrypoint_1.Entrypoint) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the ENV instructions that are defined in this image.
     */
    getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof env_1.Env) {
                args.push(instruction);
            }
        }
        return args;
    }
    getFROM() {
        for (const instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the FROM instructions that are defined in this image.
     */
    getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the HEALTHCHECK instructions that are defined in this image.
     */
    getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof healthcheck_1.Healthcheck) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
            if (instruction instanceof workdir_1.Workdir) {
                workdirs.push(instruction);
            }
        }
        return workdirs;
    }
    getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof onbuild_1.Onbuild) {
                let trigger = instruction.getTriggerInstruction();
                if (trigger) {
                    triggers.push(trigger);
                }
            }
        }
        return triggers;
    }
    getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
            if (arg.isBefore(currentLine)) {
                const property = arg.getProperty();
                if (property) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        for (const env of this.getENVs()) {
            if (env.isBefore(currentLine)) {
                for (const property of env.getProperties()) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        return variables;
    }
    /**
     * Resolves a variable with the given name at the specified line
     * to its value. If null is returned, then the variable has been
     * defined but no value was given. If undefined is returned, then
     * a variable with the given name has not been defined yet as of
     * the given line.
     *
     * @param variable the name of the variable to resolve
     * @param line the line number that the variable is on, zero-based
     * @return the value of the variable as defined by an ARG or ENV
     *         instruction, or null if no value has been specified, or
     *         undefined if a variable with the given name has not
     *         been defined
     */
    resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return property.getValue();
                    }
                }
            }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return property.getValue();
                }
            }
        }
        return undefined;
    }
    getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
            // all templates should have instructions, this only happens for
            // the initial set of instruction
            return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
    }
    contains(position) {
        const range = this.getRange();
        if (range === null) {
            return false;
        }
        return util_1.Util.isInsideRange(position, range);
    }
}
exports.ImageTemplate = ImageTemplate;


/***/ }),

/***/ 5279:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Instruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
const line_1 = __nccwpck_require__(7005);
const argument_1 = __nccwpck_require__(5940);
const heredoc_1 = __nccwpck_require__(7599);
const variable_1 = __nccwpck_require__(3743);
const main_1 = __nccwpck_require__(8390);
class Instruction extends line_1.Line {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
    }
    toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
            value += ' ';
            value += arg.getValue();
        }
        return value;
    }
    getRangeContent(range) {
        if (range === null) {
            return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    getInstructionRange() {
        return this.instructionRange;
    }
    getInstruction() {
        return this.instruction;
    }
    getKeyword() {
        return this.getInstruction().toUpperCase();
    }
    getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
    }
    getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
            return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        switch (fullArgs.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                if (startPosition !== null) {
                                    ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                                }
                                startPosition = null;
                                start = true;
                                comment = false;
                                i = j;
                                break whitespaceCheck;
                            default:
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                        startPosition = null;
                    }
                    start = true;
                    comment = false;
                    i += 2;
                }
                else if (next === '\n') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i++;
                }
                else {
                    i++;
                }
            }
            else if (util_1.Util.isNewline(char)) {
                if (comment) {
                    startPosition = null;
                    start = true;
                    comment = false;
                }
            }
            else {
                if (!comment) {
                    if (startPosition === null) {
                        if (char === '#') {
                            comment = true;
                            continue;
                        }
                        let position = this.document.positionAt(offset + i);
                        if (position.character !== 0) {
                            startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                        }
                    }
                    end = i;
                }
            }
        }
        if (startPosition === null) {
            // should only happen if the last argument is on its own line with
            // no leading whitespace
            ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        }
        else {
            ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
    }
    getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
    }
    getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
            content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
    }
    getArguments() {
        return this.getRawArguments();
    }
    getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        // determines whether the parser has found a space or tab
        // whitespace character that's a part of an escaped newline sequence
        let escapedWhitespaceDetected = false;
        // determines if the parser is currently in an escaped newline sequence
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (util_1.Util.isWhitespace(char)) {
                if (escaping) {
                    escapedWhitespaceDetected = true;
                    if (util_1.Util.isNewline(char)) {
                        // reached a newline, any previously
                        // detected whitespace should be ignored
                        escapedWhitespaceDetected = false;
                        if (comment) {
                            // reached a newline, no longer in a comment
                            comment = false;
                            start = true;
                        }
                    }
                    continue;
                }
                else if (found !== -1) {
                    if (escapeMarker === -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
                    }
                    else {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                    }
                    escapeMarker = -1;
                    escapedArg = "";
                    found = -1;
                }
            }
            else if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        let newlineCheck = fullArgs.charAt(j);
                        switch (newlineCheck) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                comment = false;
                                escaping = true;
                                start = true;
                                if (found !== -1) {
                                    escapeMarker = i;
                                }
                                i = j;
                                break whitespaceCheck;
                            default:
                                escapeMarker = i;
                                if (found === -1) {
                                    i = j - 1;
                                }
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i += 2;
                }
                else if (next === '\n') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i++;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapeMarker = -1;
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    if (next === '$') {
                        escapedArg = escapedArg + char + next;
                    }
                    else if (next === '') {
                        // reached EOF, stop processing
                        break;
                    }
                    else {
                        escapedArg = escapedArg + next;
                    }
                    if (found === -1) {
                        found = i;
                    }
                    i++;
                }
            }
            else if (!comment) {
                if (start && char === '#') {
                    comment = true;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    escapeMarker = -1;
                    escapedArg = escapedArg + char;
                    if (found === -1) {
                        found = i;
                    }
                }
                // non-whitespace character detected, reset
                start = false;
            }
        }
        if (found !== -1) {
            if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
            }
            else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
            }
        }
        return args;
    }
    getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
            const argRange = args[i].getRange();
            let offset = this.document.offsetAt(argRange.start);
            const variables = this.parseVariables(offset, args[i].getValue());
            const swaps = [];
            let requiresExpansion = false;
            for (let variable of variables) {
                const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
                swaps.push(value);
                requiresExpansion = requiresExpansion || value !== undefined;
            }
            if (requiresExpansion) {
                let expanded = "";
                for (let j = 0; j < swaps.length; j++) {
                    const variableRange = variables[j].getRange();
                    const start = this.document.offsetAt(variableRange.start);
                    const end = this.document.offsetAt(variableRange.end);
                    if (swaps[j]) {
                        // replace variable with its resolved value
                        expanded += this.document.getText().substring(offset, start);
                        expanded += swaps[j];
                        offset = end;
                    }
                    else {
                        expanded += this.document.getText().substring(offset, end);
                        offset = end;
                    }
                }
                const argEnd = this.document.offsetAt(argRange.end);
                if (argEnd !== offset) {
                    // if the variable's range doesn't match the argument,
                    // append the remaining text
                    expanded += this.document.getText().substring(offset, argEnd);
                }
                args[i] = new argument_1.Argument(expanded, argRange);
            }
        }
        return args;
    }
    getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
            let range = arg.getRange();
            let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
            const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
            for (const parsedVariable of parsedVariables) {
                variables.push(parsedVariable);
            }
        }
        return variables;
    }
    parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
            switch (arg.charAt(i)) {
                case this.escapeChar:
                    if (arg.charAt(i + 1) === '$') {
                        i++;
                    }
                    break;
                case '$':
                    if (arg.charAt(i + 1) === '{') {
                        let escapedString = "${";
                        let escapedName = "";
                        let nameEnd = -1;
                        let escapedSubstitutionParameter = "";
                        let substitutionStart = -1;
                        let substitutionEnd = -1;
                        let modifierRead = -1;
                        nameLoop: for (let j = i + 2; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    break;
                                case '}':
                                    escapedString += '}';
                                    let modifier = null;
                                    let modifierRange = null;
                                    let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                                    let substitutionRange = null;
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (nameEnd + 1 === j) {
                                        modifier = "";
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                                    }
                                    else {
                                        if (substitutionStart === -1) {
                                            // no substitution parameter found,
                                            // but a modifier character existed,
                                            // just offset the range by 1 from
                                            // the modifier character
                                            substitutionStart = modifierRead + 1;
                                            substitutionEnd = modifierRead + 1;
                                        }
                                        else {
                                            // offset one more from the last
                                            // character found
                                            substitutionEnd = substitutionEnd + 1;
                                        }
                                        modifier = arg.substring(modifierRead, modifierRead + 1);
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                                    }
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), escapedString));
                                    i = j;
                                    continue variableLoop;
                                case ':':
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += ':';
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += ':';
                                    break;
                                case '\n':
                                case '\r':
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    if (nameEnd === -1) {
                                        escapedName += char;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += char;
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += char;
                                    break;
                            }
                        }
                        // no } found, not a valid variable, stop processing
                        break variableLoop;
                    }
                    else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                        // $ followed by whitespace or EOF, ignore this variable
                        continue;
                    }
                    else {
                        let escapedName = "";
                        nameLoop: for (let j = i + 1; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case '\r':
                                case '\n':
                                case ' ':
                                case '\t':
                                    continue;
                                case '$':
                                case '\'':
                                case '"':
                                    let varStart = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                    i = j - 1;
                                    continue variableLoop;
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    // reached EOF after an escape character
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                                    break variableLoop;
                            }
                            if (char.match(/^[a-z0-9_]+$/i) === null) {
                                let varStart = this.document.positionAt(offset + i);
                                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                i = j - 1;
                                continue variableLoop;
                            }
                            escapedName += char;
                        }
                        let start = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                    }
                    break variableLoop;
            }
        }
        return variables;
    }
    isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
            for (const initialArg of this.dockerfile.getInitialARGs()) {
                const arg = initialArg;
                const property = arg.getProperty();
                if (property && variable === property.getName()) {
                    return true;
                }
            }
            return undefined;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return false;
                    }
                }
            }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return true;
                }
            }
        }
        return undefined;
    }
    createSingleLineHeredocs(args) {
        const heredocs = [];
        // instruction only on one line, if heredocs exist they would be incomplete
        for (const arg of args) {
            const value = arg.getValue();
            if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
            }
        }
        return heredocs;
    }
    getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                i = j + 1;
                                continue nameLoop;
                            case '\n':
                                i = j;
                                continue nameLoop;
                            default:
                                name += content.charAt(j);
                                i = j;
                                continue nameLoop;
                        }
                    }
                    break;
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue nameLoop;
                            }
                        }
                    }
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    if (escaping) {
                        break;
                    }
                default:
                    name += ch;
                    break;
            }
        }
        return name;
    }
    getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case '"':
                case '\'':
                    if (quote === ch) {
                        break contentLoop;
                    }
                    quote = ch;
                    continue;
                case this.escapeChar:
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case '\n':
                                escaping = true;
                                j = i;
                                continue contentLoop;
                        }
                    }
                    break;
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '<':
                    if (endFound) {
                        searchHyphen = true;
                    }
                    else {
                        endFound = true;
                    }
                    break;
                case '-':
                    if (searchHyphen) {
                        searchHyphen = false;
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (start === -1) {
                        start = i;
                    }
                    if (quote !== null) {
                        end = i + 1;
                        break;
                    }
                    break contentLoop;
            }
        }
        if (start === -1) {
            return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
    }
    getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                j++;
                            case '\n':
                                i = j;
                                continue contentLoop;
                            default:
                                i = j;
                                continue contentLoop;
                        }
                    }
                    break;
                case '\r':
                    break;
                case '\n':
                    if (escaping) {
                        break;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        contentEnd = i;
                        const arg = heredocDefinitions[currentHeredoc];
                        const startRange = arg.getRange();
                        const nameRange = this.getNameRange(startRange);
                        const name = this.getName(nameRange);
                        const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                        if (delimiterRange !== null) {
                            const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                            contentStart = -1;
                            currentHeredoc++;
                        }
                        lineStart = -1;
                    }
                    else {
                        // found a newline that hasn't been escaped,
                        // must be in a heredoc
                        const offsetLimit = startOffset + i;
                        for (const arg of args) {
                            // check if this argument is on the initial line of the instruction,
                            // note that it may not all be on the same line due to escaped newlines,
                            // because of that we need to use offset checks instead of line checks
                            // as an argument being on a different line in the document does not
                            // imply it is on a different line from the Dockerfile's point of view
                            if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                                if (arg.getValue().startsWith("<<")) {
                                    heredocDefinitions.push(arg);
                                }
                            }
                            else {
                                break;
                            }
                        }
                        heredocsProcessed = true;
                        lineStart = -1;
                        continue contentLoop;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaping) {
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (escaping) {
                        escaping = false;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        if (lineStart === -1) {
                            lineStart = i;
                        }
                    }
                    break;
            }
        }
        if (heredocsProcessed) {
            const arg = heredocDefinitions[currentHeredoc];
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            let contentRange = null;
            // check if the last line of this instruction matches the name of the last heredoc
            const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
            if (delimiterRange === null) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
            }
            else if (contentEnd !== -1) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
            }
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
            currentHeredoc++;
            for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
                currentHeredoc++;
            }
        }
        else {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        return heredocs;
    }
    getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
            // remove tabs in the front
            let index = 0;
            while (text.charAt(index) === '\t') {
                index++;
            }
            if (text.substring(index) === name) {
                return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
            }
            return null;
        }
        return text === name ? candidateRange : null;
    }
}
exports.Instruction = Instruction;


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Add = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Add extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
}
exports.Add = Add;


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Arg = void 0;
const property_1 = __nccwpck_require__(9602);
const propertyInstruction_1 = __nccwpck_require__(4984);
class Arg extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
            this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        }
        else {
            this.property = null;
        }
    }
    /**
     * Returns the variable defined by this ARG. This may be null if
     * this ARG instruction is malformed and has no variable
     * declaration.
     */
    getProperty() {
        return this.property;
    }
}
exports.Arg = Arg;


/***/ }),

/***/ 5517:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Cmd = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Cmd extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Cmd = Cmd;


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Copy = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Copy extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Copy = Copy;


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Entrypoint = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Entrypoint extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Entrypoint = Entrypoint;


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Env = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
class Env extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Env = Env;


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.From = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class From extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
    }
    /**
     * Returns the name of the image that will be used as the base image.
     *
     * @return the base image's name, or null if unspecified
     */
    getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
            return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
            const ch = imageName.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaped = true;
                    break;
                case '\r':
                    continue;
                case '\n':
                    commented = false;
                    break;
                case ' ':
                case '\t':
                    break;
                case '#':
                    if (escaped) {
                        commented = true;
                    }
                    else {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
                default:
                    if (!commented) {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
            }
        }
        return name;
    }
    /**
     * Returns the range that covers the name of the image used by
     * this instruction.
     *
     * @return the range of the name of this instruction's argument,
     *         or null if no image has been specified
     */
    getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
            let registryRange = this.getRegistryRange();
            if (registryRange) {
                range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
            }
            let tagRange = this.getImageTagRange();
            let digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            return range;
        }
        return null;
    }
    /**
     * Returns the range that covers the image argument of this
     * instruction. This includes the tag or digest of the image if
     * it has been specified by the instruction.
     *
     * @return the range of the image argument, or null if no image
     *         has been specified
     */
    getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
    }
    getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
    }
    /**
     * Returns the range in the document that the tag of the base
     * image encompasses.
     *
     * @return the base image's tag's range in the document, or null
     *         if no tag has been specified
     */
    getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
            const rangeStartOffset = this.document.offsetAt(range.start);
            const content = this.getRangeContent(range);
            const atIndex = this.indexOf(rangeStartOffset, content, '@');
            const slashIndex = content.indexOf('/');
            if (atIndex === -1) {
                const colonIndex = this.lastIndexOf(rangeStartOffset, content, ':');
                if (colonIndex > slashIndex) {
                    return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
                }
            }
            const subcontent = content.substring(0, atIndex);
            const subcolonIndex = subcontent.indexOf(':');
            if (subcolonIndex === -1) {
                return null;
            }
            if (slashIndex === -1) {
                // slash not found suggests no registry and no namespace defined
                return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
            }
            // both colon and slash found, check if it is a port
            if (subcolonIndex < slashIndex) {
                return null;
            }
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
    }
    getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
    }
    /**
     * Returns the range in the document that the digest of the base
     * image encompasses.
     *
     * @return the base image's digest's range in the document, or null
     *         if no digest has been specified
     */
    getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
            let content = this.getRangeContent(range);
            let index = this.lastIndexOf(this.document.offsetAt(range.start), content, '@');
            if (index !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
            }
        }
        return null;
    }
    indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                const offset = this.document.offsetAt(variableRange.end) - documentOffset;
                const substring = content.substring(offset);
                const subIndex = substring.indexOf(searchString);
                if (subIndex === -1) {
                    return -1;
                }
                index = subIndex + offset;
                i = -1;
                continue;
            }
        }
        return index;
    }
    lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                index = content.substring(0, index).lastIndexOf(searchString);
                if (index === -1) {
                    return -1;
                }
                i = -1;
                continue;
            }
        }
        return index;
    }
    getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
    }
    getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
            const tagRange = this.getImageTagRange();
            const digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            const content = this.getRangeContent(range);
            const rangeStart = this.document.offsetAt(range.start);
            const startingSlashIndex = this.indexOf(rangeStart, content, '/');
            if (startingSlashIndex === -1) {
                return null;
            }
            const portIndex = this.indexOf(rangeStart, content, ':');
            const dotIndex = this.indexOf(rangeStart, content, '.');
            // hostname detected
            if (portIndex !== -1 || dotIndex !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
            const registry = content.substring(0, startingSlashIndex);
            // localhost registry detected
            if (registry === 'localhost') {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
        }
        return null;
    }
    getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
    }
    getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
            return args[2].getRange();
        }
        return null;
    }
    getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
    }
}
exports.From = From;


/***/ }),

/***/ 1167:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Healthcheck = void 0;
const modifiableInstruction_1 = __nccwpck_require__(2393);
class Healthcheck extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
    }
    getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
    }
}
exports.Healthcheck = Healthcheck;


/***/ }),

/***/ 3871:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Label = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
const util_1 = __nccwpck_require__(7459);
class Label extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        // iterate over all of this LABEL's properties
        for (const property of properties) {
            const value = property.getUnescapedValue();
            // check if the value is contained in single quotes,
            // single quotes would indicate a literal value
            if (value !== null && value.length > 2 && value.charAt(0) === '\'' && value.charAt(value.length - 1) === '\'') {
                const range = property.getValueRange();
                for (let i = 0; i < variables.length; i++) {
                    // if a variable is in a single quote, remove it from the list
                    if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                        variables.splice(i, 1);
                        i--;
                    }
                }
            }
        }
        return variables;
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Label = Label;


/***/ }),

/***/ 5554:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Onbuild = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const parser_1 = __nccwpck_require__(7988);
const instruction_1 = __nccwpck_require__(5279);
class Onbuild extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
    }
    getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
    }
    getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
    }
    getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
            return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
    }
}
exports.Onbuild = Onbuild;


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Run = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Run extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Run = Run;


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Shell = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Shell extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Shell = Shell;


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Stopsignal = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Stopsignal extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Stopsignal = Stopsignal;


/***/ }),

/***/ 3998:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.User = void 0;
const instruction_1 = __nccwpck_require__(5279);
class User extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.User = User;


/***/ }),

/***/ 1347:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Volume = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Volume extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Volume = Volume;


/***/ }),

/***/ 7529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Workdir = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Workdir extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    /**
     * Returns the path that has been defined. Note that this path may
     * be absolute or relative depending on what was written in the
     * instruction.
     *
     * @return the working directory's path, or null if this
     *         instruction has no arguments
     */
    getPath() {
        return this.getArgumentsContent();
    }
    /**
     * Returns the absolute path that this instruction resolves to. The
     * function will inspect prior WORKDIR instructions in the current
     * image or another build stage in the Dockerfile to try to
     * determine this.
     *
     * @return the absolute path of the working directory, or null if
     *         this instruction has no arguments, or undefined if it
     *         cannot be determined because only relative paths could be
     *         found
     */
    getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
            return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
            const workdirs = hierarchy[i].getWORKDIRs();
            for (let j = workdirs.length - 1; j >= 0; j--) {
                if (workdirs[j].getRange().start.line < startLine) {
                    const parent = workdirs[j].getAbsolutePath();
                    if (parent === undefined || parent === null) {
                        return undefined;
                    }
                    return parent.endsWith("/") ? parent + path : parent + "/" + path;
                }
            }
        }
        return undefined;
    }
}
exports.Workdir = Workdir;


/***/ }),

/***/ 3702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONArgument = void 0;
const argument_1 = __nccwpck_require__(5940);
class JSONArgument extends argument_1.Argument {
    constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
    }
    getJSONRange() {
        return this.jsonRange;
    }
    getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
    }
}
exports.JSONArgument = JSONArgument;


/***/ }),

/***/ 5305:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const argument_1 = __nccwpck_require__(5940);
const jsonArgument_1 = __nccwpck_require__(3702);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class JSONInstruction extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
            return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
            let argRange = args[0].getRange();
            this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
            this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
            return;
        }
        else if (args.length === 2 && args[0].getValue() === '[' && args[1].getValue() === ']') {
            this.openingBracket = args[0];
            this.closingBracket = args[1];
            return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
            let char = argsContent.charAt(i);
            switch (char) {
                case '[':
                    if (last === "") {
                        this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        last = '[';
                    }
                    else if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case '"':
                    if (last === '[' || last === ',') {
                        start = i;
                        quoted = true;
                        last = '"';
                        escapedArg = escapedArg + char;
                        continue;
                    }
                    else if (last === '"') {
                        if (quoted) {
                            escapedArg = escapedArg + char;
                            // quoted string done
                            quoted = false;
                            this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                            escapedArg = "";
                        }
                        else {
                            // should be a , or a ]
                            break argsCheck;
                        }
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case ',':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        if (last === '"') {
                            last = ',';
                        }
                        else {
                            break argsCheck;
                        }
                    }
                    break;
                case ']':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else if (last !== "") {
                        this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        break argsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                case '\\':
                    if (quoted) {
                        switch (argsContent.charAt(i + 1)) {
                            case '"':
                            case '\\':
                                escapedArg = escapedArg + argsContent.charAt(i + 1);
                                i++;
                                continue;
                            case ' ':
                            case '\t':
                                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                                    switch (argsContent.charAt(j)) {
                                        case '\r':
                                            // offset one more for \r\n
                                            j++;
                                        case '\n':
                                            i = j;
                                            continue argsCheck;
                                        case ' ':
                                        case '\t':
                                            break;
                                        default:
                                            break escapeCheck;
                                    }
                                }
                                break;
                            case '\r':
                                // offset one more for \r\n
                                i++;
                            default:
                                i++;
                                continue;
                        }
                    }
                    else {
                        escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                            switch (argsContent.charAt(j)) {
                                case '\r':
                                    // offset one more for \r\n
                                    j++;
                                case '\n':
                                    i = j;
                                    continue argsCheck;
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    break escapeCheck;
                            }
                        }
                    }
                    break argsCheck;
                default:
                    if (!quoted) {
                        break argsCheck;
                    }
                    escapedArg = escapedArg + char;
                    break;
            }
        }
    }
    stopSearchingForFlags(_value) {
        return true;
    }
    getOpeningBracket() {
        return this.openingBracket;
    }
    getJSONStrings() {
        return this.jsonStrings;
    }
    getClosingBracket() {
        return this.closingBracket;
    }
}
exports.JSONInstruction = JSONInstruction;


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Line = void 0;
class Line {
    constructor(document, range) {
        this.document = document;
        this.range = range;
    }
    getRange() {
        return this.range;
    }
    getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
    }
    isAfter(line) {
        return this.range.start.line > line.range.start.line;
    }
    isBefore(line) {
        return this.range.start.line < line;
    }
}
exports.Line = Line;


/***/ }),

/***/ 8390:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
var argument_1 = __nccwpck_require__(5940);
Object.defineProperty(exports, "Argument", ({ enumerable: true, get: function () { return argument_1.Argument; } }));
var jsonArgument_1 = __nccwpck_require__(3702);
Object.defineProperty(exports, "JSONArgument", ({ enumerable: true, get: function () { return jsonArgument_1.JSONArgument; } }));
const comment_1 = __nccwpck_require__(4022);
Object.defineProperty(exports, "Comment", ({ enumerable: true, get: function () { return comment_1.Comment; } }));
const parser_1 = __nccwpck_require__(7988);
var flag_1 = __nccwpck_require__(1077);
Object.defineProperty(exports, "Flag", ({ enumerable: true, get: function () { return flag_1.Flag; } }));
const instruction_1 = __nccwpck_require__(5279);
Object.defineProperty(exports, "Instruction", ({ enumerable: true, get: function () { return instruction_1.Instruction; } }));
var line_1 = __nccwpck_require__(7005);
Object.defineProperty(exports, "Line", ({ enumerable: true, get: function () { return line_1.Line; } }));
const parserDirective_1 = __nccwpck_require__(7499);
Object.defineProperty(exports, "ParserDirective", ({ enumerable: true, get: function () { return parserDirective_1.ParserDirective; } }));
var property_1 = __nccwpck_require__(9602);
Object.defineProperty(exports, "Property", ({ enumerable: true, get: function () { return property_1.Property; } }));
var variable_1 = __nccwpck_require__(3743);
Object.defineProperty(exports, "Variable", ({ enumerable: true, get: function () { return variable_1.Variable; } }));
var add_1 = __nccwpck_require__(9618);
Object.defineProperty(exports, "Add", ({ enumerable: true, get: function () { return add_1.Add; } }));
const arg_1 = __nccwpck_require__(4381);
Object.defineProperty(exports, "Arg", ({ enumerable: true, get: function () { return arg_1.Arg; } }));
const cmd_1 = __nccwpck_require__(5517);
Object.defineProperty(exports, "Cmd", ({ enumerable: true, get: function () { return cmd_1.Cmd; } }));
const copy_1 = __nccwpck_require__(444);
Object.defineProperty(exports, "Copy", ({ enumerable: true, get: function () { return copy_1.Copy; } }));
const entrypoint_1 = __nccwpck_require__(1835);
Object.defineProperty(exports, "Entrypoint", ({ enumerable: true, get: function () { return entrypoint_1.Entrypoint; } }));
const env_1 = __nccwpck_require__(1822);
Object.defineProperty(exports, "Env", ({ enumerable: true, get: function () { return env_1.Env; } }));
const from_1 = __nccwpck_require__(5377);
Object.defineProperty(exports, "From", ({ enumerable: true, get: function () { return from_1.From; } }));
const healthcheck_1 = __nccwpck_require__(1167);
Object.defineProperty(exports, "Healthcheck", ({ enumerable: true, get: function () { return healthcheck_1.Healthcheck; } }));
var heredoc_1 = __nccwpck_require__(7599);
Object.defineProperty(exports, "Heredoc", ({ enumerable: true, get: function () { return heredoc_1.Heredoc; } }));
var jsonInstruction_1 = __nccwpck_require__(5305);
Object.defineProperty(exports, "JSONInstruction", ({ enumerable: true, get: function () { return jsonInstruction_1.JSONInstruction; } }));
var label_1 = __nccwpck_require__(3871);
Object.defineProperty(exports, "Label", ({ enumerable: true, get: function () { return label_1.Label; } }));
var modifiableInstruction_1 = __nccwpck_require__(2393);
Object.defineProperty(exports, "ModifiableInstruction", ({ enumerable: true, get: function () { return modifiableInstruction_1.ModifiableInstruction; } }));
var onbuild_1 = __nccwpck_require__(5554);
Object.defineProperty(exports, "Onbuild", ({ enumerable: true, get: function () { return onbuild_1.Onbuild; } }));
var propertyInstruction_1 = __nccwpck_require__(4984);
Object.defineProperty(exports, "PropertyInstruction", ({ enumerable: true, get: function () { return propertyInstruction_1.PropertyInstruction; } }));
var run_1 = __nccwpck_require__(7224);
Object.defineProperty(exports, "Run", ({ enumerable: true, get: function () { return run_1.Run; } }));
var shell_1 = __nccwpck_require__(7523);
Object.defineProperty(exports, "Shell", ({ enumerable: true, get: function () { return shell_1.Shell; } }));
var stopsignal_1 = __nccwpck_require__(4301);
Object.defineProperty(exports, "Stopsignal", ({ enumerable: true, get: function () { return stopsignal_1.Stopsignal; } }));
var user_1 = __nccwpck_require__(3998);
Object.defineProperty(exports, "User", ({ enumerable: true, get: function () { return user_1.User; } }));
var volume_1 = __nccwpck_require__(1347);
Object.defineProperty(exports, "Volume", ({ enumerable: true, get: function () { return volume_1.Volume; } }));
const workdir_1 = __nccwpck_require__(7529);
Object.defineProperty(exports, "Workdir", ({ enumerable: true, get: function () { return workdir_1.Workdir; } }));
var Keyword;
(function (Keyword) {
    Keyword["ADD"] = "ADD";
    Keyword["ARG"] = "ARG";
    Keyword["CMD"] = "CMD";
    Keyword["COPY"] = "COPY";
    Keyword["ENTRYPOINT"] = "ENTRYPOINT";
    Keyword["ENV"] = "ENV";
    Keyword["EXPOSE"] = "EXPOSE";
    Keyword["FROM"] = "FROM";
    Keyword["HEALTHCHECK"] = "HEALTHCHECK";
    Keyword["LABEL"] = "LABEL";
    Keyword["MAINTAINER"] = "MAINTAINER";
    Keyword["ONBUILD"] = "ONBUILD";
    Keyword["RUN"] = "RUN";
    Keyword["SHELL"] = "SHELL";
    Keyword["STOPSIGNAL"] = "STOPSIGNAL";
    Keyword["USER"] = "USER";
    Keyword["VOLUME"] = "VOLUME";
    Keyword["WORKDIR"] = "WORKDIR";
})(Keyword || (exports.Keyword = Keyword = {}));
var Directive;
(function (Directive) {
    Directive["escape"] = "escape";
    Directive["syntax"] = "syntax";
})(Directive || (exports.Directive = Directive = {}));
exports.DefaultVariables = [
    "ALL_PROXY", "all_proxy",
    "FTP_PROXY", "ftp_proxy",
    "HTTP_PROXY", "http_proxy",
    "HTTPS_PROXY", "https_proxy",
    "NO_PROXY", "no_proxy"
];
var DockerfileParser;
(function (DockerfileParser) {
    function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
    }
    DockerfileParser.parse = parse;
})(DockerfileParser || (exports.DockerfileParser = DockerfileParser = {}));


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ModifiableInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flag_1 = __nccwpck_require__(1077);
const instruction_1 = __nccwpck_require__(5279);
class ModifiableInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getFlags() {
        if (!this.flags) {
            this.flags = [];
            for (let arg of this.getArguments()) {
                let value = arg.getValue();
                if (this.stopSearchingForFlags(value)) {
                    return this.flags;
                }
                else if (value.indexOf("--") === 0) {
                    let range = arg.getRange();
                    let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
                    let nameIndex = value.indexOf('=');
                    let index = rawValue.indexOf('=');
                    let firstMatch = false;
                    let secondMatch = false;
                    let startIndex = -1;
                    nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                        switch (rawValue.charAt(i)) {
                            case '\\':
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                                break;
                            case '-':
                                if (secondMatch) {
                                    startIndex = i;
                                    break nameSearchLoop;
                                }
                                else if (firstMatch) {
                                    secondMatch = true;
                                }
                                else {
                                    firstMatch = true;
                                }
                                break;
                            default:
                                startIndex = i;
                                break nameSearchLoop;
                        }
                    }
                    let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
                    if (index === -1) {
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
                    }
                    else if (index === value.length - 1) {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
                    }
                    else {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
                    }
                }
            }
        }
        return this.flags;
    }
    getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
            return args;
        }
        for (let i = 0; i < flags.length; i++) {
            args.shift();
        }
        return args;
    }
}
exports.ModifiableInstruction = ModifiableInstruction;


/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const vscode_languageserver_textdocument_1 = __nccwpck_require__(3383);
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const comment_1 = __nccwpck_require__(4022);
const parserDirective_1 = __nccwpck_require__(7499);
const instruction_1 = __nccwpck_require__(5279);
const add_1 = __nccwpck_require__(9618);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const label_1 = __nccwpck_require__(3871);
const onbuild_1 = __nccwpck_require__(5554);
const run_1 = __nccwpck_require__(7224);
const shell_1 = __nccwpck_require__(7523);
const stopsignal_1 = __nccwpck_require__(4301);
const workdir_1 = __nccwpck_require__(7529);
const user_1 = __nccwpck_require__(3998);
const volume_1 = __nccwpck_require__(1347);
const dockerfile_1 = __nccwpck_require__(9933);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Parser {
    constructor() {
        this.escapeChar = null;
    }
    static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
            case "ADD":
                return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ARG":
                return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "CMD":
                return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "COPY":
                return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENTRYPOINT":
                return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENV":
                return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "FROM":
                return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "HEALTHCHECK":
                return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "LABEL":
                return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ONBUILD":
                return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "RUN":
                return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "SHELL":
                return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "STOPSIGNAL":
                return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "WORKDIR":
                return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "USER":
                return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "VOLUME":
                return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
    }
    getParserDirectives(document, buffer) {
        // reset the escape directive in between runs
        const directives = [];
        this.escapeChar = '';
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
            switch (buffer.charAt(i)) {
                case ' ':
                case '\t':
                    break;
                case '\r':
                case '\n':
                    // blank lines stop the parsing of directives immediately
                    break directiveCheck;
                case '#':
                    let directiveStart = -1;
                    let directiveEnd = -1;
                    for (let j = i + 1; j < buffer.length; j++) {
                        let char = buffer.charAt(j);
                        switch (char) {
                            case ' ':
                            case '\t':
                                if (directiveStart !== -1 && directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                break;
                            case '\r':
                            case '\n':
                                break directiveCheck;
                            case '=':
                                let valueStart = -1;
                                let valueEnd = -1;
                                if (directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                // assume the line ends with the file
                                let lineEnd = buffer.length;
                                directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                                    char = buffer.charAt(k);
                                    switch (char) {
                                        case '\r':
                                        case '\n':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            // line break found, reset
                                            lineEnd = k;
                                            break directiveValue;
                                        case '\t':
                                        case ' ':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            continue;
                                        default:
                                            if (valueStart === -1) {
                                                valueStart = k;
                                            }
                                            break;
                                    }
                                }
                                if (directiveStart === -1) {
                                    // no directive, it's a regular comment
                                    break directiveCheck;
                                }
                                if (valueStart === -1) {
                                    // no non-whitespace characters found, highlight all the characters then
                                    valueStart = j + 1;
                                    valueEnd = lineEnd;
                                }
                                else if (valueEnd === -1) {
                                    // reached EOF
                                    valueEnd = buffer.length;
                                }
                                const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                                const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                                const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                                directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                                directiveStart = -1;
                                if (buffer.charAt(valueEnd) === '\r') {
                                    // skip over the \r
                                    i = valueEnd + 1;
                                }
                                else {
                                    i = valueEnd;
                                }
                                continue directiveCheck;
                            default:
                                if (directiveStart === -1) {
                                    directiveStart = j;
                                }
                                break;
                        }
                    }
                    break;
                default:
                    break directiveCheck;
            }
        }
        return directives;
    }
    parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = '\\';
        if (directives.length > 0) {
            dockerfile.setDirectives(directives);
            this.escapeChar = dockerfile.getEscapeCharacter();
            // start parsing after the directives
            offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        }
        else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
            offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
            const char = this.buffer.charAt(i);
            switch (char) {
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '#':
                    i = this.processComment(dockerfile, i);
                    break;
                default:
                    i = this.processInstruction(dockerfile, char, i);
                    break;
            }
        }
        dockerfile.organizeComments();
        return dockerfile;
    }
    processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
            char = this.buffer.charAt(i);
            switch (char) {
                case this.escapeChar:
                    escapedInstruction = true;
                    char = this.buffer.charAt(i + 1);
                    if (char === '\r' || char === '\n') {
                        if (instructionEnd === -1) {
                            instructionEnd = i;
                        }
                        i++;
                    }
                    else if (char === ' ' || char === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    // found an argument, mark end of instruction
                                    instructionEnd = i + 1;
                                    instruction = instruction + this.escapeChar;
                                    i = j - 2;
                                    continue instructionCheck;
                            }
                        }
                        // reached EOF
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        break instructionCheck;
                    }
                    else {
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        // reset and consider it as one contiguous word
                        escapedInstruction = false;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escapedInstruction) {
                        // on an escaped newline, need to search for non-whitespace
                        escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    break escapeCheck;
                            }
                        }
                        escapedInstruction = false;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
                    return i;
                case '\r':
                case '\n':
                    if (escapedInstruction) {
                        continue;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
                    return i;
                case '#':
                    if (escapedInstruction) {
                        continue;
                    }
                default:
                    instructionEnd = i + 1;
                    instruction = instruction + char;
                    escapedInstruction = false;
                    break;
            }
        }
        // reached EOF
        if (instructionEnd === -1) {
            instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
    }
    processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
            instruction = instruction.getTriggerInstruction();
            if (instruction === null) {
                return offset;
            }
            keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
            return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
            const value = arg.getValue();
            if (value.startsWith("<<") && value.length > 2) {
                if (value.startsWith("<<-")) {
                    tabbed = true;
                }
                const name = util_1.Util.parseHeredocName(value);
                if (name !== null) {
                    heredocs.push(name);
                }
            }
        }
        if (heredocs.length > 0) {
            for (const heredoc of heredocs) {
                offset = this.parseHeredoc(heredoc, offset, tabbed);
            }
        }
        return offset;
    }
    processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    if (escaped) {
                        continue;
                    }
                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
                case this.escapeChar:
                    const next = this.buffer.charAt(i + 1);
                    if (next === '\n' || next === '\r') {
                        escaped = true;
                        i++;
                    }
                    else if (next === ' ' || next === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    escaped = true;
                                default:
                                    i = j;
                                    continue argumentsCheck;
                            }
                        }
                        // reached EOF
                        return this.buffer.length;
                    }
                    continue;
                case '#':
                    if (escaped) {
                        i = this.processComment(dockerfile, i);
                        continue argumentsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                default:
                    if (escaped) {
                        escaped = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    end = i;
                    break commentLoop;
            }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
    }
    parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case ' ':
                    lineStart = false;
                    break;
                case '\t':
                    if (!tabbed) {
                        lineStart = false;
                    }
                    break;
                case '\r':
                case '\n':
                    if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                        return i;
                    }
                    startWord = -1;
                    lineStart = true;
                    break;
                default:
                    if (lineStart) {
                        startWord = i;
                        lineStart = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
    }
}
exports.Parser = Parser;


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ParserDirective = void 0;
const main_1 = __nccwpck_require__(8390);
const line_1 = __nccwpck_require__(7005);
class ParserDirective extends line_1.Line {
    constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
    }
    toString() {
        return "# " + this.getName() + '=' + this.getValue();
    }
    getNameRange() {
        return this.nameRange;
    }
    getValueRange() {
        return this.valueRange;
    }
    getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
    }
    getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
    }
    getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === undefined ? null : directive;
    }
}
exports.ParserDirective = ParserDirective;


/***/ }),

/***/ 9602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Property = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
class Property {
    constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = Property.getValue(value, escapeChar);
        if (arg2) {
            this.valueRange = arg2.getRange();
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = Property.getValue(value, escapeChar);
            this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        }
        else {
            let argRange = arg.getRange();
            if (this.nameRange.start.line === argRange.start.line
                && this.nameRange.start.character === argRange.start.character
                && this.nameRange.end.line === argRange.end.line
                && this.nameRange.end.character === argRange.end.character) {
            }
            else {
                this.valueRange = Property.getValueRange(document, arg);
                value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
                this.value = Property.getValue(value, escapeChar);
                this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
                this.assignmentOperator = "=";
            }
            this.range = argRange;
        }
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
    /**
     * Retrieves the operator used for delimiting between the name and
     * value of this property. This will either be the "=" character
     * or null if a character was not used or if this property has no
     * value defined.
     */
    getAssignmentOperator() {
        return this.assignmentOperator;
    }
    getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
    }
    /**
     * Returns the value of this property including any enclosing
     * single or double quotes and relevant escape characters.
     * Escaped newlines and its associated contiguous whitespace
     * characters however will not be returned as they are deemed to
     * be uninteresting to clients trying to return a Dockerfile.
     *
     * @return the unescaped value of this property or null if this
     *         property has no associated value
     */
    getUnescapedValue() {
        if (this.valueRange === null) {
            return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case this.escapeChar:
                    for (let j = i + 1; j < value.length; j++) {
                        switch (value.charAt(j)) {
                            case '\r':
                                j++;
                            case '\n':
                                escaped = true;
                                i = j;
                                continue rawLoop;
                            case ' ':
                            case '\t':
                                break;
                            default:
                                rawValue = rawValue + char;
                                continue rawLoop;
                        }
                    }
                    // this happens if there's only whitespace after the escape character
                    rawValue = rawValue + char;
                    break;
                case '\r':
                case '\n':
                    break;
                case ' ':
                case '\t':
                    if (!escaped) {
                        rawValue = rawValue + char;
                    }
                    break;
                case '#':
                    if (escaped) {
                        for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    continue rawLoop;
                            }
                        }
                    }
                    else {
                        rawValue = rawValue + char;
                    }
                    break;
                default:
                    rawValue = rawValue + char;
                    escaped = false;
                    break;
            }
        }
        return rawValue;
    }
    static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf('=');
        if (index !== -1) {
            let initial = value.charAt(0);
            let before = value.charAt(index - 1);
            // check if content before the equals sign are in quotes
            // "var"=value
            // 'var'=value
            // otherwise, just assume it's a standard definition
            // var=value
            if ((initial === '"' && before === '"') || (initial === '\'' && before === '\'') || (initial !== '"' && initial !== '\'')) {
                return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
            }
        }
        // no '=' found, just defined the property's name
        return arg.getRange();
    }
    static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf('=') + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
    }
    /**
     * Returns the actual value of this key-value pair. The value will
     * have its escape characters removed if applicable. If the value
     * spans multiple lines and there are comments nested within the
     * lines, they too will be removed.
     *
     * @return the value that this key-value pair will actually be, may
     *         be null if no value is defined, may be the empty string
     *         if the value only consists of whitespace
     */
    static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === '#') {
            // need to skip over comments
            escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === '\'' || first === '"';
        let inSingle = (first === '\'' && last === '\'');
        let inDouble = false;
        if (first === '"') {
            for (let i = 1; i < value.length; i++) {
                if (value.charAt(i) === escapeChar) {
                    i++;
                }
                else if (value.charAt(i) === '"' && i === value.length - 1) {
                    inDouble = true;
                }
            }
        }
        if (inSingle || inDouble) {
            value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case escapeChar:
                    if (i + 1 === value.length) {
                        escapedValue = escapedValue + escapeChar;
                        break parseValue;
                    }
                    char = value.charAt(i + 1);
                    if (char === ' ' || char === '\t') {
                        whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                            let char2 = value.charAt(j);
                            switch (char2) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                    j++;
                                case '\n':
                                    escaped = true;
                                    i = j;
                                    continue parseValue;
                                default:
                                    if (!inDouble && !inSingle && !literal) {
                                        if (char2 === escapeChar) {
                                            // add the escaped character
                                            escapedValue = escapedValue + char;
                                            // now start parsing from the next escape character
                                            i = i + 1;
                                        }
                                        else {
                                            // the expectation is that this j = i + 2 here
                                            escapedValue = escapedValue + char + char2;
                                            i = j;
                                        }
                                        continue parseValue;
                                    }
                                    break whitespaceCheck;
                            }
                        }
                    }
                    if (inDouble) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else if (char !== '"') {
                            if (char === escapeChar) {
                                i++;
                            }
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (inSingle || literal) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else {
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (char === escapeChar) {
                        // double escape, append one and move on
                        escapedValue = escapedValue + escapeChar;
                        i++;
                    }
                    else if (char === '\r') {
                        escaped = true;
                        // offset one more for \r\n
                        i = i + 2;
                    }
                    else if (char === '\n') {
                        escaped = true;
                        i++;
                        start = i;
                    }
                    else {
                        // any other escapes are simply ignored
                        escapedValue = escapedValue + char;
                        i++;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaped && commentCheck === -1) {
                        commentCheck = i;
                    }
                    escapedValue = escapedValue + char;
                    break;
                case '\r':
                    i++;
                case '\n':
                    if (escaped && commentCheck !== -1) {
                        // rollback and remove the whitespace that was previously appended
                        escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                        commentCheck = -1;
                    }
                    break;
                case '#':
                    // a newline was escaped and now there's a comment
                    if (escaped) {
                        if (commentCheck !== -1) {
                            // rollback and remove the whitespace that was previously appended
                            escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                            commentCheck = -1;
                        }
                        newlineCheck: for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    break newlineCheck;
                            }
                        }
                        continue parseValue;
                    }
                default:
                    if (escaped) {
                        escaped = false;
                        commentCheck = -1;
                    }
                    escapedValue = escapedValue + char;
                    break;
            }
        }
        return escapedValue;
    }
}
exports.Property = Property;


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PropertyInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const instruction_1 = __nccwpck_require__(5279);
const property_1 = __nccwpck_require__(9602);
const argument_1 = __nccwpck_require__(5940);
const util_1 = __nccwpck_require__(7459);
class PropertyInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = undefined;
    }
    getProperties() {
        if (this.properties === undefined) {
            let args = this.getPropertyArguments();
            if (args.length === 0) {
                this.properties = [];
            }
            else if (args.length === 1) {
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
            }
            else if (args.length === 2) {
                if (args[0].getValue().indexOf('=') === -1) {
                    this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
                }
                else {
                    this.properties = [
                        new property_1.Property(this.document, this.escapeChar, args[0]),
                        new property_1.Property(this.document, this.escapeChar, args[1])
                    ];
                }
            }
            else if (args[0].getValue().indexOf('=') === -1) {
                let text = this.document.getText();
                let start = args[1].getRange().start;
                let end = args[args.length - 1].getRange().end;
                text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
            }
            else {
                this.properties = [];
                for (let i = 0; i < args.length; i++) {
                    this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
                }
            }
        }
        return this.properties;
    }
    /**
     * Goes from the back of the string and returns the first
     * non-whitespace character that is found. If an escape character
     * is found with newline characters, the escape character will
     * not be considered a non-whitespace character and its index in
     * the string will not be returned.
     *
     * @param content the string to search through
     * @return the index in the string for the first non-whitespace
     *         character when searching from the end of the string
     */
    findTrailingNonWhitespace(content) {
        // loop back to find the first non-whitespace character
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case '\n':
                    if (content.charAt(i - 1) === '\r') {
                        i = i - 1;
                    }
                case '\r':
                    newlineCheck: for (let j = i - 1; j >= 0; j--) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                            case this.escapeChar:
                                continue;
                            default:
                                index = j;
                                break newlineCheck;
                        }
                    }
                    break whitespaceCheck;
                default:
                    index = i;
                    break whitespaceCheck;
            }
        }
        return index;
    }
    getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
            // only whitespace found, no arguments
            return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        // records whether the parser has just processed an escaped newline or not,
        // if our starting position is not on the same line as the instruction then
        // the start of the content is already on an escaped line
        let escaped = range.start.line !== startPosition.line;
        // flag to track if the last character was an escape character
        let endingEscape = false;
        // position before the first escape character was hit
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
            let char = content.charAt(i);
            switch (char) {
                case this.escapeChar:
                    if (i + 1 === content.length) {
                        endingEscape = true;
                        break argumentLoop;
                    }
                    if (!escaped) {
                        mark = i;
                    }
                    switch (content.charAt(i + 1)) {
                        case ' ':
                        case '\t':
                            if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                                // space was escaped, continue as normal
                                i = i + 1;
                                continue argumentLoop;
                            }
                            // whitespace encountered, need to figure out if it extends to EOL
                            whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                                switch (content.charAt(j)) {
                                    case '\r':
                                        // offset one more for \r\n
                                        j++;
                                    case '\n':
                                        // whitespace only, safe to skip
                                        escaped = true;
                                        i = j;
                                        continue argumentLoop;
                                    case ' ':
                                    case '\t':
                                        // ignore whitespace
                                        break;
                                    default:
                                        // whitespace doesn't extend to EOL, create an argument
                                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                                        argStart = j;
                                        break whitespaceCheck;
                                }
                            }
                            // go back and start processing the encountered non-whitespace character
                            i = argStart - 1;
                            continue argumentLoop;
                        case '\r':
                            // offset one more for \r\n
                            i++;
                        case '\n':
                            // immediately followed by a newline, skip the newline
                            escaped = true;
                            i = i + 1;
                            continue argumentLoop;
                        case this.escapeChar:
                            // double escape found, skip it and move on
                            if (argStart === -1) {
                                argStart = i;
                            }
                            i = i + 1;
                            continue argumentLoop;
                        default:
                            if (argStart === -1) {
                                argStart = i;
                            }
                            // non-whitespace encountered, skip the escape and process the
                            // character normally
                            continue argumentLoop;
                    }
                case '\'':
                case '"':
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    if (argStart === -1) {
                        argStart = i;
                    }
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case char:
                                if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
                                    // there is more content after this quote,
                                    // continue so that it is all processed as
                                    // one single argument
                                    i = j;
                                    continue argumentLoop;
                                }
                                args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                                i = j;
                                argStart = -1;
                                continue argumentLoop;
                            case this.escapeChar:
                                j++;
                                break;
                        }
                    }
                    break argumentLoop;
                case ' ':
                case '\t':
                    if (escaped) {
                        // consider there to be a space only if an argument
                        // is not spanning multiple lines
                        if (argStart !== -1) {
                            spaced = true;
                        }
                    }
                    else if (argStart !== -1) {
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                        argStart = -1;
                    }
                    break;
                case '\r':
                    // offset one more for \r\n
                    i++;
                case '\n':
                    spaced = false;
                    break;
                case '#':
                    if (escaped) {
                        // a newline was escaped and now there's a comment
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    spaced = false;
                                    continue argumentLoop;
                            }
                        }
                        // went to the end without finding a newline,
                        // the comment was the last line in the instruction,
                        // just stop parsing, create an argument if needed
                        if (argStart !== -1) {
                            let value = content.substring(argStart, mark);
                            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                            argStart = -1;
                        }
                        break argumentLoop;
                    }
                    else if (argStart === -1) {
                        argStart = i;
                    }
                    break;
                default:
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    escaped = false;
                    if (argStart === -1) {
                        argStart = i;
                    }
                    // variable detected
                    if (char === '$' && content.charAt(i + 1) === '{') {
                        let singleQuotes = false;
                        let doubleQuotes = false;
                        let escaped = false;
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case this.escapeChar:
                                    escaped = true;
                                    break;
                                case '\r':
                                case '\n':
                                    break;
                                case '\'':
                                    singleQuotes = !singleQuotes;
                                    escaped = false;
                                    break;
                                case '"':
                                    doubleQuotes = !doubleQuotes;
                                    escaped = false;
                                    break;
                                case ' ':
                                case '\t':
                                    if (escaped || singleQuotes || doubleQuotes) {
                                        break;
                                    }
                                    i = j - 1;
                                    continue argumentLoop;
                                case '}':
                                    i = j;
                                    continue argumentLoop;
                                default:
                                    escaped = false;
                                    break;
                            }
                        }
                        break argumentLoop;
                    }
                    break;
            }
        }
        if (argStart !== -1 && argStart !== content.length) {
            let end = endingEscape ? content.length - 1 : content.length;
            let value = content.substring(argStart, end);
            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end))));
        }
        return args;
    }
    createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
            args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
    }
}
exports.PropertyInstruction = PropertyInstruction;


/***/ }),

/***/ 7459:
/***/ ((__unused_webpack_module, exports) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Util = void 0;
class Util {
    static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 0xEF && uintArray[1] == 0xBB && uintArray[2] == 0xBF;
    }
    static isWhitespace(char) {
        return char === ' ' || char === '\t' || Util.isNewline(char);
    }
    static isNewline(char) {
        return char === '\r' || char === '\n';
    }
    static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case escapeChar:
                    escapeCheck: for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                // offset one more for \r\n
                                i = j + 1;
                                continue whitespaceCheck;
                            case '\n':
                                i = j;
                                continue whitespaceCheck;
                            default:
                                break escapeCheck;
                        }
                    }
                    // found an escape character and then reached EOF
                    return -1;
                default:
                    return i;
            }
        }
        // only possible if the content is the empty string
        return -1;
    }
    /**
     * Determines if the given position is contained within the given range.
     *
     * @param position the position to check
     * @param range the range to see if the position is inside of
     */
    static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
            return range.start.line === position.line
                && range.start.character <= position.character
                && position.character <= range.end.character;
        }
        else if (range.start.line === position.line) {
            return range.start.character <= position.character;
        }
        else if (range.end.line === position.line) {
            return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
    }
    static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === '-') {
            value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
            if (value.charAt(value.length - 1) !== '"') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === '\'') {
            if (value.charAt(value.length - 1) !== '\'') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
            return null;
        }
        return value;
    }
}
exports.Util = Util;


/***/ }),

/***/ 3743:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Variable = void 0;
class Variable {
    constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
    }
    toString() {
        return this.stringValue;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the entire variable. This includes the symbols for
     * the declaration of the variable such as the $, {, and } symbols.
     *
     * @return the range in the document that this variable encompasses in its
     *         entirety
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the modifier character that has been set for
     * specifying how this variable should be expanded and resolved.
     * If this variable is ${variable:+value} then the modifier
     * character is '+'. Will be the empty string if the variable is
     * declared as ${variable:}. Otherwise, will be null if this
     * variable will not use variable substitution at all (such as
     * ${variable} or $variable).
     *
     * @return this variable's modifier character, or the empty
     *         string if it does not have one, or null if this
     *         variable will not use variable substitution
     */
    getModifier() {
        return this.modifier;
    }
    getModifierRange() {
        return this.modifierRange;
    }
    /**
     * Returns the parameter that will be used for substitution if
     * this variable uses modifiers to define how its value should be
     * resolved. If this variable is ${variable:+value} then the
     * substitution value will be 'value'. Will be the empty string
     * if the variable is declared as ${variable:+} or some other
     * variant where the only thing that follows the modifier
     * character (excluding considerations of escape characters and
     * so on) is the variable's closing bracket. May be null if this
     * variable does not have a modifier character defined (such as
     * ${variable} or $variable).
     *
     * @return this variable's substitution parameter, or the empty
     *         string if it does not have one, or null if there is
     *         not one defined
     */
    getSubstitutionParameter() {
        return this.substitutionParameter;
    }
    getSubstitutionRange() {
        return this.substitutionRange;
    }
    /**
     * Returns whether this variable has been defined or not.
     *
     * @return true if this variable has been defined, false otherwise
     */
    isDefined() {
        return this.defined;
    }
    isBuildVariable() {
        return this.buildVariable === true;
    }
    isEnvironmentVariable() {
        return this.buildVariable === false;
    }
}
exports.Variable = Variable;


/***/ }),

/***/ 3383:
/***/ (function(module, exports) {

var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function (require, exports) {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TextDocument = void 0;
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (changes, version) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
                var change = changes_1[_i];
                if (FullTextDocument.isIncremental(change)) {
                    // makes sure start is before end
                    var range = getWellformedRange(change.range);
                    // update content
                    var startOffset = this.offsetAt(range.start);
                    var endOffset = this.offsetAt(range.end);
                    this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                    var insertedEndOffset = startOffset + change.text.length;
                    var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(startOffset) === 10 /* CharCode.LineFeed */;
                    var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(insertedEndOffset) === 10 /* CharCode.LineFeed */;
                    if (crlfAtStart || crlfAtEnd) {
                        // A CRLF pair across an edit boundary is not included in the inserted text's line offsets.
                        this._lineOffsets = undefined;
                        continue;
                    }
                    // update the offsets
                    var startLine = Math.max(range.start.line, 0);
                    var endLine = Math.max(range.end.line, 0);
                    var lineOffsets = this._lineOffsets;
                    var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                    if (endLine - startLine === addedLineOffsets.length) {
                        for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                        }
                    }
                    else {
                        if (addedLineOffsets.length < 10000) {
                            lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                        }
                        else { // avoid too many arguments for splice
                            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                        }
                    }
                    var diff = change.text.length - (endOffset - startOffset);
                    if (diff !== 0) {
                        for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                            lineOffsets[i] = lineOffsets[i] + diff;
                        }
                    }
                }
                else if (FullTextDocument.isFull(change)) {
                    this._content = change.text;
                    this._lineOffsets = undefined;
                }
                else {
                    throw new Error('Unknown change event received');
                }
            }
            this._version = version;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return { line: 0, character: offset };
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line: line, character: offset - lineOffsets[line] };
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            if (position.character <= 0) {
                return lineOffset;
            }
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
        };
        FullTextDocument.prototype.getLineRange = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                var lastLine = lineOffsets.length - 1;
                return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            }
            else if (line < 0) {
                return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line: line, character: 0 }, end: { line: line, character: endOffset - startOffset } };
        };
        FullTextDocument.prototype.getEOLCharacters = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                return '';
            }
            else if (line < 0) {
                return '';
            }
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
        };
        FullTextDocument.prototype.ensureBeforeEOL = function (offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
                offset--;
            }
            return offset;
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.isIncremental = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range !== undefined &&
                (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
        };
        FullTextDocument.isFull = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
        };
        return FullTextDocument;
    }());
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new text document.
         *
         * @param uri The document's uri.
         * @param languageId  The document's language Id.
         * @param version The document's initial version number.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Updates a TextDocument by modifying its content.
         *
         * @param document the document to update. Only documents created by TextDocument.create are valid inputs.
         * @param changes the changes to apply to the document.
         * @param version the changes version for the document.
         * @returns The updated TextDocument. Note: That's the same document instance passed in as first parameter.
         *
         */
        function update(document, changes, version) {
            if (document instanceof FullTextDocument) {
                document.update(changes, version);
                return document;
            }
            else {
                throw new Error('TextDocument.update: document must be created by TextDocument.create');
            }
        }
        TextDocument.update = update;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits.map(getWellformedEdit), function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = 0;
            var spans = [];
            for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
                var e = sortedEdits_1[_i];
                var startOffset = document.offsetAt(e.range.start);
                if (startOffset < lastModifiedOffset) {
                    throw new Error('Overlapping edit');
                }
                else if (startOffset > lastModifiedOffset) {
                    spans.push(text.substring(lastModifiedOffset, startOffset));
                }
                if (e.newText.length) {
                    spans.push(e.newText);
                }
                lastModifiedOffset = document.offsetAt(e.range.end);
            }
            spans.push(text.substr(lastModifiedOffset));
            return spans.join('');
        }
        TextDocument.applyEdits = applyEdits;
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    function mergeSort(data, compare) {
        if (data.length <= 1) {
            // sorted
            return data;
        }
        var p = (data.length / 2) | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
                // smaller_equal -> take left to preserve order
                data[i++] = left[leftIdx++];
            }
            else {
                // greater -> take right
                data[i++] = right[rightIdx++];
            }
        }
        while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
        }
        return data;
    }
    function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) { textOffset = 0; }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
            var ch = text.charCodeAt(i);
            if (isEOL(ch)) {
                if (ch === 13 /* CharCode.CarriageReturn */ && i + 1 < text.length && text.charCodeAt(i + 1) === 10 /* CharCode.LineFeed */) {
                    i++;
                }
                result.push(textOffset + i + 1);
            }
        }
        return result;
    }
    function isEOL(char) {
        return char === 13 /* CharCode.CarriageReturn */ || char === 10 /* CharCode.LineFeed */;
    }
    function getWellformedRange(range) {
        var start = range.start;
        var end = range.end;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            return { start: end, end: start };
        }
        return range;
    }
    function getWellformedEdit(textEdit) {
        var range = getWellformedRange(textEdit.range);
        if (range !== textEdit.range) {
            return { newText: textEdit.newText, range: range };
        }
        return textEdit;
    }
});


/***/ }),

/***/ 4612:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.TextDocument = exports.EOL = exports.WorkspaceFolder = exports.InlineCompletionContext = exports.SelectedCompletionInfo = exports.InlineCompletionTriggerKind = exports.InlineCompletionList = exports.InlineCompletionItem = exports.StringValue = exports.InlayHint = exports.InlayHintLabelPart = exports.InlayHintKind = exports.InlineValueContext = exports.InlineValueEvaluatableExpression = exports.InlineValueVariableLookup = exports.InlineValueText = exports.SemanticTokens = exports.SemanticTokenModifiers = exports.SemanticTokenTypes = exports.SelectionRange = exports.DocumentLink = exports.FormattingOptions = exports.CodeLens = exports.CodeAction = exports.CodeActionTag = exports.CodeActionContext = exports.CodeActionTriggerKind = exports.CodeActionKind = exports.DocumentSymbol = exports.WorkspaceSymbol = exports.SymbolInformation = exports.SymbolTag = exports.SymbolKind = exports.DocumentHighlight = exports.DocumentHighlightKind = exports.SignatureInformation = exports.ParameterInformation = exports.Hover = exports.MarkedString = exports.CompletionList = exports.CompletionItem = exports.CompletionItemLabelDetails = exports.ApplyKind = exports.InsertTextMode = exports.InsertReplaceEdit = exports.CompletionItemTag = exports.InsertTextFormat = exports.CompletionItemKind = exports.MarkupContent = exports.MarkupKind = exports.TextDocumentItem = exports.LanguageKind = exports.OptionalVersionedTextDocumentIdentifier = exports.VersionedTextDocumentIdentifier = exports.TextDocumentIdentifier = exports.WorkspaceChange = exports.SnippetTextEdit = exports.WorkspaceEdit = exports.DeleteFile = exports.RenameFile = exports.CreateFile = exports.TextDocumentEdit = exports.AnnotatedTextEdit = exports.ChangeAnnotationIdentifier = exports.ChangeAnnotation = exports.TextEdit = exports.Command = exports.Diagnostic = exports.CodeDescription = exports.DiagnosticTag = exports.DiagnosticSeverity = exports.DiagnosticRelatedInformation = exports.FoldingRange = exports.FoldingRangeKind = exports.ColorPresentation = exports.ColorInformation = exports.Color = exports.LocationLink = exports.Location = exports.Range = exports.Position = exports.uinteger = exports.integer = exports.URI = exports.DocumentUri = void 0;
    var DocumentUri;
    (function (DocumentUri) {
        function is(value) {
            return typeof value === 'string';
        }
        DocumentUri.is = is;
    })(DocumentUri || (exports.DocumentUri = DocumentUri = {}));
    var URI;
    (function (URI) {
        function is(value) {
            return typeof value === 'string';
        }
        URI.is = is;
    })(URI || (exports.URI = URI = {}));
    var integer;
    (function (integer) {
        integer.MIN_VALUE = -2147483648;
        integer.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && integer.MIN_VALUE <= value && value <= integer.MAX_VALUE;
        }
        integer.is = is;
    })(integer || (exports.integer = integer = {}));
    var uinteger;
    (function (uinteger) {
        uinteger.MIN_VALUE = 0;
        uinteger.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && uinteger.MIN_VALUE <= value && value <= uinteger.MAX_VALUE;
        }
        uinteger.is = is;
    })(uinteger || (exports.uinteger = uinteger = {}));
    /**
     * The Position namespace provides helper functions to work with
     * {@link Position} literals.
     */
    var Position;
    (function (Position) {
        /**
         * Creates a new Position literal from the given line and character.
         * @param line The position's line.
         * @param character The position's character.
         */
        function create(line, character) {
            if (line === Number.MAX_VALUE) {
                line = uinteger.MAX_VALUE;
            }
            if (character === Number.MAX_VALUE) {
                character = uinteger.MAX_VALUE;
            }
            return { line: line, character: character };
        }
        Position.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Position} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position.is = is;
    })(Position || (exports.Position = Position = {}));
    /**
     * The Range namespace provides helper functions to work with
     * {@link Range} literals.
     */
    var Range;
    (function (Range) {
        function create(one, two, three, four) {
            if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
                return { start: Position.create(one, two), end: Position.create(three, four) };
            }
            else if (Position.is(one) && Position.is(two)) {
                return { start: one, end: two };
            }
            else {
                throw new Error("Range#create called with invalid arguments[".concat(one, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
            }
        }
        Range.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Range} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range.is = is;
    })(Range || (exports.Range = Range = {}));
    /**
     * The Location namespace provides helper functions to work with
     * {@link Location} literals.
     */
    var Location;
    (function (Location) {
        /**
         * Creates a Location literal.
         * @param uri The location's uri.
         * @param range The location's range.
         */
        function create(uri, range) {
            return { uri: uri, range: range };
        }
        Location.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Location} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location.is = is;
    })(Location || (exports.Location = Location = {}));
    /**
     * The LocationLink namespace provides helper functions to work with
     * {@link LocationLink} literals.
     */
    var LocationLink;
    (function (LocationLink) {
        /**
         * Creates a LocationLink literal.
         * @param targetUri The definition's uri.
         * @param targetRange The full range of the definition.
         * @param targetSelectionRange The span of the symbol definition at the target.
         * @param originSelectionRange The span of the symbol being defined in the originating source file.
         */
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
            return { targetUri: targetUri, targetRange: targetRange, targetSelectionRange: targetSelectionRange, originSelectionRange: originSelectionRange };
        }
        LocationLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link LocationLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri)
                && Range.is(candidate.targetSelectionRange)
                && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink.is = is;
    })(LocationLink || (exports.LocationLink = LocationLink = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link Color} literals.
     */
    var Color;
    (function (Color) {
        /**
         * Creates a new Color literal.
         */
        function create(red, green, blue, alpha) {
            return {
                red: red,
                green: green,
                blue: blue,
                alpha: alpha,
            };
        }
        Color.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Color} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1)
                && Is.numberRange(candidate.green, 0, 1)
                && Is.numberRange(candidate.blue, 0, 1)
                && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color.is = is;
    })(Color || (exports.Color = Color = {}));
    /**
     * The ColorInformation namespace provides helper functions to work with
     * {@link ColorInformation} literals.
     */
    var ColorInformation;
    (function (ColorInformation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(range, color) {
            return {
                range: range,
                color: color,
            };
        }
        ColorInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation.is = is;
    })(ColorInformation || (exports.ColorInformation = ColorInformation = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link ColorPresentation} literals.
     */
    var ColorPresentation;
    (function (ColorPresentation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(label, textEdit, additionalTextEdits) {
            return {
                label: label,
                textEdit: textEdit,
                additionalTextEdits: additionalTextEdits,
            };
        }
        ColorPresentation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label)
                && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit))
                && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation.is = is;
    })(ColorPresentation || (exports.ColorPresentation = ColorPresentation = {}));
    /**
     * A set of predefined range kinds.
     */
    var FoldingRangeKind;
    (function (FoldingRangeKind) {
        /**
         * Folding range for a comment
         */
        FoldingRangeKind.Comment = 'comment';
        /**
         * Folding range for an import or include
         */
        FoldingRangeKind.Imports = 'imports';
        /**
         * Folding range for a region (e.g. `#region`)
         */
        FoldingRangeKind.Region = 'region';
    })(FoldingRangeKind || (exports.FoldingRangeKind = FoldingRangeKind = {}));
    /**
     * The folding range namespace provides helper functions to work with
     * {@link FoldingRange} literals.
     */
    var FoldingRange;
    (function (FoldingRange) {
        /**
         * Creates a new FoldingRange literal.
         */
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
            var result = {
                startLine: startLine,
                endLine: endLine
            };
            if (Is.defined(startCharacter)) {
                result.startCharacter = startCharacter;
            }
            if (Is.defined(endCharacter)) {
                result.endCharacter = endCharacter;
            }
            if (Is.defined(kind)) {
                result.kind = kind;
            }
            if (Is.defined(collapsedText)) {
                result.collapsedText = collapsedText;
            }
            return result;
        }
        FoldingRange.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FoldingRange} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine)
                && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter))
                && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter))
                && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange.is = is;
    })(FoldingRange || (exports.FoldingRange = FoldingRange = {}));
    /**
     * The DiagnosticRelatedInformation namespace provides helper functions to work with
     * {@link DiagnosticRelatedInformation} literals.
     */
    var DiagnosticRelatedInformation;
    (function (DiagnosticRelatedInformation) {
        /**
         * Creates a new DiagnosticRelatedInformation literal.
         */
        function create(location, message) {
            return {
                location: location,
                message: message
            };
        }
        DiagnosticRelatedInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DiagnosticRelatedInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation.is = is;
    })(DiagnosticRelatedInformation || (exports.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
    /**
     * The diagnostic's severity.
     */
    var DiagnosticSeverity;
    (function (DiagnosticSeverity) {
        /**
         * Reports an error.
         */
        DiagnosticSeverity.Error = 1;
        /**
         * Reports a warning.
         */
        DiagnosticSeverity.Warning = 2;
        /**
         * Reports an information.
         */
        DiagnosticSeverity.Information = 3;
        /**
         * Reports a hint.
         */
        DiagnosticSeverity.Hint = 4;
    })(DiagnosticSeverity || (exports.DiagnosticSeverity = DiagnosticSeverity = {}));
    /**
     * The diagnostic tags.
     *
     * @since 3.15.0
     */
    var DiagnosticTag;
    (function (DiagnosticTag) {
        /**
         * Unused or unnecessary code.
         *
         * Clients are allowed to render diagnostics with this tag faded out instead of having
         * an error squiggle.
         */
        DiagnosticTag.Unnecessary = 1;
        /**
         * Deprecated or obsolete code.
         *
         * Clients are allowed to rendered diagnostics with this tag strike through.
         */
        DiagnosticTag.Deprecated = 2;
    })(DiagnosticTag || (exports.DiagnosticTag = DiagnosticTag = {}));
    /**
     * The CodeDescription namespace provides functions to deal with descriptions for diagnostic codes.
     *
     * @since 3.16.0
     */
    var CodeDescription;
    (function (CodeDescription) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription.is = is;
    })(CodeDescription || (exports.CodeDescription = CodeDescription = {}));
    /**
     * The Diagnostic namespace provides helper functions to work with
     * {@link Diagnostic} literals.
     */
    var Diagnostic;
    (function (Diagnostic) {
        /**
         * Creates a new Diagnostic literal.
         */
        function create(range, message, severity, code, source, relatedInformation) {
            var result = { range: range, message: message };
            if (Is.defined(severity)) {
                result.severity = severity;
            }
            if (Is.defined(code)) {
                result.code = code;
            }
            if (Is.defined(source)) {
                result.source = source;
            }
            if (Is.defined(relatedInformation)) {
                result.relatedInformation = relatedInformation;
            }
            return result;
        }
        Diagnostic.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Diagnostic} interface.
         */
        function is(value) {
            var _a;
            var candidate = value;
            return Is.defined(candidate)
                && Range.is(candidate.range)
                && (Is.string(candidate.message) || MarkupContent.is(candidate.message))
                && (Is.number(candidate.severity) || Is.undefined(candidate.severity))
                && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code))
                && (Is.undefined(candidate.codeDescription) || (Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)))
                && (Is.string(candidate.source) || Is.undefined(candidate.source))
                && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic.is = is;
        /**
         * Checks whether the given diagnostic's message conforms to the 3.17.0
         * version of the protocol where the message is a string.
         *
         * @param value the diagnostic
         * @returns true if the diagnostic's message is a string, false otherwise.
         */
        function is3_17(value) {
            return Is.string(value.message);
        }
        Diagnostic.is3_17 = is3_17;
        /**
         * Gets the message string of a diagnostic. If the message is already a
         * string, it is returned as is. If the message is a MarkupContent,
         * the value of the MarkupContent is returned. Otherwise an error is thrown.
         *
         * @param diagnostic the diagnostic to get the message string from.
         * @returns the message string of the given diagnostic.
         */
        function getMessageString(diagnostic) {
            if (Is.string(diagnostic.message)) {
                return diagnostic.message;
            }
            else if (MarkupContent.is(diagnostic.message)) {
                return diagnostic.message.value;
            }
            else {
                throw new Error("Unknown message type ".concat(typeof diagnostic.message));
            }
        }
        Diagnostic.getMessageString = getMessageString;
    })(Diagnostic || (exports.Diagnostic = Diagnostic = {}));
    /**
     * The Command namespace provides helper functions to work with
     * {@link Command} literals.
     */
    var Command;
    (function (Command) {
        /**
         * Creates a new Command literal.
         */
        function create(title, command) {
            var args = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                args[_i - 2] = arguments[_i];
            }
            var result = { title: title, command: command };
            if (Is.defined(args) && args.length > 0) {
                result.arguments = args;
            }
            return result;
        }
        Command.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Command} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === undefined || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command.is = is;
    })(Command || (exports.Command = Command = {}));
    /**
     * The TextEdit namespace provides helper function to create replace,
     * insert and delete edits more easily.
     */
    var TextEdit;
    (function (TextEdit) {
        /**
         * Creates a replace text edit.
         * @param range The range of text to be replaced.
         * @param newText The new text.
         */
        function replace(range, newText) {
            return { range: range, newText: newText };
        }
        TextEdit.replace = replace;
        /**
         * Creates an insert text edit.
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         */
        function insert(position, newText) {
            return { range: { start: position, end: position }, newText: newText };
        }
        TextEdit.insert = insert;
        /**
         * Creates a delete text edit.
         * @param range The range of text to be deleted.
         */
        function del(range) {
            return { range: range, newText: '' };
        }
        TextEdit.del = del;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Is.string(candidate.newText)
                && Range.is(candidate.range);
        }
        TextEdit.is = is;
    })(TextEdit || (exports.TextEdit = TextEdit = {}));
    var ChangeAnnotation;
    (function (ChangeAnnotation) {
        function create(label, needsConfirmation, description) {
            var result = { label: label };
            if (needsConfirmation !== undefined) {
                result.needsConfirmation = needsConfirmation;
            }
            if (description !== undefined) {
                result.description = description;
            }
            return result;
        }
        ChangeAnnotation.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label) &&
                (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        ChangeAnnotation.is = is;
    })(ChangeAnnotation || (exports.ChangeAnnotation = ChangeAnnotation = {}));
    var ChangeAnnotationIdentifier;
    (function (ChangeAnnotationIdentifier) {
        function is(value) {
            var candidate = value;
            return Is.string(candidate);
        }
        ChangeAnnotationIdentifier.is = is;
    })(ChangeAnnotationIdentifier || (exports.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
    var AnnotatedTextEdit;
    (function (AnnotatedTextEdit) {
        /**
         * Creates an annotated replace text edit.
         *
         * @param range The range of text to be replaced.
         * @param newText The new text.
         * @param annotation The annotation.
         */
        function replace(range, newText, annotation) {
            return { range: range, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.replace = replace;
        /**
         * Creates an annotated insert text edit.
         *
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         * @param annotation The annotation.
         */
        function insert(position, newText, annotation) {
            return { range: { start: position, end: position }, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.insert = insert;
        /**
         * Creates an annotated delete text edit.
         *
         * @param range The range of text to be deleted.
         * @param annotation The annotation.
         */
        function del(range, annotation) {
            return { range: range, newText: '', annotationId: annotation };
        }
        AnnotatedTextEdit.del = del;
        function is(value) {
            var candidate = value;
            return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit.is = is;
    })(AnnotatedTextEdit || (exports.AnnotatedTextEdit = AnnotatedTextEdit = {}));
    /**
     * The TextDocumentEdit namespace provides helper function to create
     * an edit that manipulates a text document.
     */
    var TextDocumentEdit;
    (function (TextDocumentEdit) {
        /**
         * Creates a new `TextDocumentEdit`
         */
        function create(textDocument, edits) {
            return { textDocument: textDocument, edits: edits };
        }
        TextDocumentEdit.create = create;
        function is(value) {
            var candidate = value;
            return Is.defined(candidate)
                && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument)
                && Array.isArray(candidate.edits);
        }
        TextDocumentEdit.is = is;
    })(TextDocumentEdit || (exports.TextDocumentEdit = TextDocumentEdit = {}));
    var CreateFile;
    (function (CreateFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'create',
                uri: uri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        CreateFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'create' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile.is = is;
    })(CreateFile || (exports.CreateFile = CreateFile = {}));
    var RenameFile;
    (function (RenameFile) {
        function create(oldUri, newUri, options, annotation) {
            var result = {
                kind: 'rename',
                oldUri: oldUri,
                newUri: newUri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        RenameFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'rename' && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile.is = is;
    })(RenameFile || (exports.RenameFile = RenameFile = {}));
    var DeleteFile;
    (function (DeleteFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'delete',
                uri: uri
            };
            if (options !== undefined && (options.recursive !== undefined || options.ignoreIfNotExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        DeleteFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'delete' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.recursive === undefined || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === undefined || Is.boolean(candidate.options.ignoreIfNotExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile.is = is;
    })(DeleteFile || (exports.DeleteFile = DeleteFile = {}));
    var WorkspaceEdit;
    (function (WorkspaceEdit) {
        function is(value) {
            var candidate = value;
            return candidate &&
                (candidate.changes !== undefined || candidate.documentChanges !== undefined) &&
                (candidate.documentChanges === undefined || candidate.documentChanges.every(function (change) {
                    if (Is.string(change.kind)) {
                        return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
                    }
                    else {
                        return TextDocumentEdit.is(change);
                    }
                }));
        }
        WorkspaceEdit.is = is;
    })(WorkspaceEdit || (exports.WorkspaceEdit = WorkspaceEdit = {}));
    var TextEditChangeImpl = /** @class */ (function () {
        function TextEditChangeImpl(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
        }
        TextEditChangeImpl.prototype.insert = function (position, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.insert(position, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.insert(position, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.insert(position, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.replace = function (range, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.replace(range, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.replace(range, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.replace(range, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.delete = function (range, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.del(range);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.del(range, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.del(range, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.add = function (edit) {
            this.edits.push(edit);
        };
        TextEditChangeImpl.prototype.all = function () {
            return this.edits;
        };
        TextEditChangeImpl.prototype.clear = function () {
            this.edits.splice(0, this.edits.length);
        };
        TextEditChangeImpl.prototype.assertChangeAnnotations = function (value) {
            if (value === undefined) {
                throw new Error("Text edit change is not configured to manage change annotations.");
            }
        };
        return TextEditChangeImpl;
    }());
    var SnippetTextEdit;
    (function (SnippetTextEdit) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Range.is(candidate.range)
                && StringValue.isSnippet(candidate.snippet)
                && (candidate.annotationId === undefined ||
                    (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit.is = is;
    })(SnippetTextEdit || (exports.SnippetTextEdit = SnippetTextEdit = {}));
    /**
     * A helper class
     */
    var ChangeAnnotations = /** @class */ (function () {
        function ChangeAnnotations(annotations) {
            this._annotations = annotations === undefined ? Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
        }
        ChangeAnnotations.prototype.all = function () {
            return this._annotations;
        };
        Object.defineProperty(ChangeAnnotations.prototype, "size", {
            get: function () {
                return this._size;
            },
            enumerable: false,
            configurable: true
        });
        ChangeAnnotations.prototype.manage = function (idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
                id = idOrAnnotation;
            }
            else {
                id = this.nextId();
                annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== undefined) {
                throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === undefined) {
                throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
        };
        ChangeAnnotations.prototype.nextId = function () {
            this._counter++;
            return this._counter.toString();
        };
        return ChangeAnnotations;
    }());
    /**
     * A workspace change helps constructing changes to a workspace.
     */
    var WorkspaceChange = /** @class */ (function () {
        function WorkspaceChange(workspaceEdit) {
            var _this = this;
            this._textEditChanges = Object.create(null);
            if (workspaceEdit !== undefined) {
                this._workspaceEdit = workspaceEdit;
                if (workspaceEdit.documentChanges) {
                    this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                    workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    workspaceEdit.documentChanges.forEach(function (change) {
                        if (TextDocumentEdit.is(change)) {
                            var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                            _this._textEditChanges[change.textDocument.uri] = textEditChange;
                        }
                    });
                }
                else if (workspaceEdit.changes) {
                    Object.keys(workspaceEdit.changes).forEach(function (key) {
                        var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                        _this._textEditChanges[key] = textEditChange;
                    });
                }
            }
            else {
                this._workspaceEdit = {};
            }
        }
        Object.defineProperty(WorkspaceChange.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function () {
                this.initDocumentChanges();
                if (this._changeAnnotations !== undefined) {
                    if (this._changeAnnotations.size === 0) {
                        this._workspaceEdit.changeAnnotations = undefined;
                    }
                    else {
                        this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    }
                }
                return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
        });
        WorkspaceChange.prototype.getTextEditChange = function (key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
                this.initDocumentChanges();
                if (this._workspaceEdit.documentChanges === undefined) {
                    throw new Error('Workspace edit is not configured for document changes.');
                }
                var textDocument = { uri: key.uri, version: key.version };
                var result = this._textEditChanges[textDocument.uri];
                if (!result) {
                    var edits = [];
                    var textDocumentEdit = {
                        textDocument: textDocument,
                        edits: edits
                    };
                    this._workspaceEdit.documentChanges.push(textDocumentEdit);
                    result = new TextEditChangeImpl(edits, this._changeAnnotations);
                    this._textEditChanges[textDocument.uri] = result;
                }
                return result;
            }
            else {
                this.initChanges();
                if (this._workspaceEdit.changes === undefined) {
                    throw new Error('Workspace edit is not configured for normal text edit changes.');
                }
                var result = this._textEditChanges[key];
                if (!result) {
                    var edits = [];
                    this._workspaceEdit.changes[key] = edits;
                    result = new TextEditChangeImpl(edits);
                    this._textEditChanges[key] = result;
                }
                return result;
            }
        };
        WorkspaceChange.prototype.initDocumentChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._changeAnnotations = new ChangeAnnotations();
                this._workspaceEdit.documentChanges = [];
                this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
        };
        WorkspaceChange.prototype.initChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._workspaceEdit.changes = Object.create(null);
            }
        };
        WorkspaceChange.prototype.createFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = CreateFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.renameFile = function (oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = RenameFile.create(oldUri, newUri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.deleteFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = DeleteFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        return WorkspaceChange;
    }());
    exports.WorkspaceChange = WorkspaceChange;
    /**
     * The TextDocumentIdentifier namespace provides helper functions to work with
     * {@link TextDocumentIdentifier} literals.
     */
    var TextDocumentIdentifier;
    (function (TextDocumentIdentifier) {
        /**
         * Creates a new TextDocumentIdentifier literal.
         * @param uri The document's uri.
         */
        function create(uri) {
            return { uri: uri };
        }
        TextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier.is = is;
    })(TextDocumentIdentifier || (exports.TextDocumentIdentifier = TextDocumentIdentifier = {}));
    /**
     * The VersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link VersionedTextDocumentIdentifier} literals.
     */
    var VersionedTextDocumentIdentifier;
    (function (VersionedTextDocumentIdentifier) {
        /**
         * Creates a new VersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        VersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link VersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier.is = is;
    })(VersionedTextDocumentIdentifier || (exports.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
    /**
     * The OptionalVersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link OptionalVersionedTextDocumentIdentifier} literals.
     */
    var OptionalVersionedTextDocumentIdentifier;
    (function (OptionalVersionedTextDocumentIdentifier) {
        /**
         * Creates a new OptionalVersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        OptionalVersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link OptionalVersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (exports.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
    /**
     * Predefined Language kinds
     * @since 3.18.0
     */
    var LanguageKind;
    (function (LanguageKind) {
        LanguageKind.ABAP = 'abap';
        LanguageKind.WindowsBat = 'bat';
        LanguageKind.BibTeX = 'bibtex';
        LanguageKind.Clojure = 'clojure';
        LanguageKind.Coffeescript = 'coffeescript';
        LanguageKind.C = 'c';
        LanguageKind.CPP = 'cpp';
        LanguageKind.CSharp = 'csharp';
        LanguageKind.CSS = 'css';
        /**
         * @since 3.18.0
         */
        LanguageKind.D = 'd';
        /**
         * @since 3.18.0
         */
        LanguageKind.Delphi = 'pascal';
        LanguageKind.Diff = 'diff';
        LanguageKind.Dart = 'dart';
        LanguageKind.Dockerfile = 'dockerfile';
        LanguageKind.Elixir = 'elixir';
        LanguageKind.Erlang = 'erlang';
        LanguageKind.FSharp = 'fsharp';
        LanguageKind.GitCommit = 'git-commit';
        LanguageKind.GitRebase = 'git-rebase';
        LanguageKind.Go = 'go';
        LanguageKind.Groovy = 'groovy';
        LanguageKind.Handlebars = 'handlebars';
        LanguageKind.Haskell = 'haskell';
        LanguageKind.HTML = 'html';
        LanguageKind.Ini = 'ini';
        LanguageKind.Java = 'java';
        LanguageKind.JavaScript = 'javascript';
        LanguageKind.JavaScriptReact = 'javascriptreact';
        LanguageKind.JSON = 'json';
        LanguageKind.LaTeX = 'latex';
        LanguageKind.Less = 'less';
        LanguageKind.Lua = 'lua';
        LanguageKind.Makefile = 'makefile';
        LanguageKind.Markdown = 'markdown';
        LanguageKind.ObjectiveC = 'objective-c';
        LanguageKind.ObjectiveCPP = 'objective-cpp';
        /**
         * @since 3.18.0
         */
        LanguageKind.Pascal = 'pascal';
        LanguageKind.Perl = 'perl';
        LanguageKind.Perl6 = 'perl6';
        LanguageKind.PHP = 'php';
        LanguageKind.Plaintext = 'plaintext';
        LanguageKind.Powershell = 'powershell';
        LanguageKind.Pug = 'jade';
        LanguageKind.Python = 'python';
        LanguageKind.R = 'r';
        LanguageKind.Razor = 'razor';
        LanguageKind.Ruby = 'ruby';
        LanguageKind.Rust = 'rust';
        LanguageKind.SCSS = 'scss';
        LanguageKind.SASS = 'sass';
        LanguageKind.Scala = 'scala';
        LanguageKind.ShaderLab = 'shaderlab';
        LanguageKind.ShellScript = 'shellscript';
        LanguageKind.SQL = 'sql';
        LanguageKind.Swift = 'swift';
        LanguageKind.TypeScript = 'typescript';
        LanguageKind.TypeScriptReact = 'typescriptreact';
        LanguageKind.TeX = 'tex';
        LanguageKind.VisualBasic = 'vb';
        LanguageKind.XML = 'xml';
        LanguageKind.XSL = 'xsl';
        LanguageKind.YAML = 'yaml';
    })(LanguageKind || (exports.LanguageKind = LanguageKind = {}));
    /**
     * The TextDocumentItem namespace provides helper functions to work with
     * {@link TextDocumentItem} literals.
     */
    var TextDocumentItem;
    (function (TextDocumentItem) {
        /**
         * Creates a new TextDocumentItem literal.
         * @param uri The document's uri.
         * @param languageId The document's language identifier.
         * @param version The document's version number.
         * @param text The document's text.
         */
        function create(uri, languageId, version, text) {
            return { uri: uri, languageId: languageId, version: version, text: text };
        }
        TextDocumentItem.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentItem} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem.is = is;
    })(TextDocumentItem || (exports.TextDocumentItem = TextDocumentItem = {}));
    /**
     * Describes the content type that a client supports in various
     * result literals like `Hover`, `ParameterInfo` or `CompletionItem`.
     *
     * Please note that `MarkupKinds` must not start with a `$`. This kinds
     * are reserved for internal usage.
     */
    var MarkupKind;
    (function (MarkupKind) {
        /**
         * Plain text is supported as a content format
         */
        MarkupKind.PlainText = 'plaintext';
        /**
         * Markdown is supported as a content format
         */
        MarkupKind.Markdown = 'markdown';
        /**
         * Checks whether the given value is a value of the {@link MarkupKind} type.
         */
        function is(value) {
            var candidate = value;
            return candidate === MarkupKind.PlainText || candidate === MarkupKind.Markdown;
        }
        MarkupKind.is = is;
    })(MarkupKind || (exports.MarkupKind = MarkupKind = {}));
    var MarkupContent;
    (function (MarkupContent) {
        /**
         * Checks whether the given value conforms to the {@link MarkupContent} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent.is = is;
    })(MarkupContent || (exports.MarkupContent = MarkupContent = {}));
    /**
     * The kind of a completion entry.
     */
    var CompletionItemKind;
    (function (CompletionItemKind) {
        CompletionItemKind.Text = 1;
        CompletionItemKind.Method = 2;
        CompletionItemKind.Function = 3;
        CompletionItemKind.Constructor = 4;
        CompletionItemKind.Field = 5;
        CompletionItemKind.Variable = 6;
        CompletionItemKind.Class = 7;
        CompletionItemKind.Interface = 8;
        CompletionItemKind.Module = 9;
        CompletionItemKind.Property = 10;
        CompletionItemKind.Unit = 11;
        CompletionItemKind.Value = 12;
        CompletionItemKind.Enum = 13;
        CompletionItemKind.Keyword = 14;
        CompletionItemKind.Snippet = 15;
        CompletionItemKind.Color = 16;
        CompletionItemKind.File = 17;
        CompletionItemKind.Reference = 18;
        CompletionItemKind.Folder = 19;
        CompletionItemKind.EnumMember = 20;
        CompletionItemKind.Constant = 21;
        CompletionItemKind.Struct = 22;
        CompletionItemKind.Event = 23;
        CompletionItemKind.Operator = 24;
        CompletionItemKind.TypeParameter = 25;
    })(CompletionItemKind || (exports.CompletionItemKind = CompletionItemKind = {}));
    /**
     * Defines whether the insert text in a completion item should be interpreted as
     * plain text or a snippet.
     */
    var InsertTextFormat;
    (function (InsertTextFormat) {
        /**
         * The primary text to be inserted is treated as a plain string.
         */
        InsertTextFormat.PlainText = 1;
        /**
         * The primary text to be inserted is treated as a snippet.
         *
         * A snippet can define tab stops and placeholders with `$1`, `$2`
         * and `${3:foo}`. `$0` defines the final tab stop, it defaults to
         * the end of the snippet. Placeholders with equal identifiers are linked,
         * that is typing in one will update others too.
         *
         * See also: https://microsoft.github.io/language-server-protocol/specifications/specification-current/#snippet_syntax
         */
        InsertTextFormat.Snippet = 2;
    })(InsertTextFormat || (exports.InsertTextFormat = InsertTextFormat = {}));
    /**
     * Completion item tags are extra annotations that tweak the rendering of a completion
     * item.
     *
     * @since 3.15.0
     */
    var CompletionItemTag;
    (function (CompletionItemTag) {
        /**
         * Render a completion as obsolete, usually using a strike-out.
         */
        CompletionItemTag.Deprecated = 1;
    })(CompletionItemTag || (exports.CompletionItemTag = CompletionItemTag = {}));
    /**
     * The InsertReplaceEdit namespace provides functions to deal with insert / replace edits.
     *
     * @since 3.16.0
     */
    var InsertReplaceEdit;
    (function (InsertReplaceEdit) {
        /**
         * Creates a new insert / replace edit
         */
        function create(newText, insert, replace) {
            return { newText: newText, insert: insert, replace: replace };
        }
        InsertReplaceEdit.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InsertReplaceEdit} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit.is = is;
    })(InsertReplaceEdit || (exports.InsertReplaceEdit = InsertReplaceEdit = {}));
    /**
     * How whitespace and indentation is handled during completion
     * item insertion.
     *
     * @since 3.16.0
     */
    var InsertTextMode;
    (function (InsertTextMode) {
        /**
         * The insertion or replace strings is taken as it is. If the
         * value is multi line the lines below the cursor will be
         * inserted using the indentation defined in the string value.
         * The client will not apply any kind of adjustments to the
         * string.
         */
        InsertTextMode.asIs = 1;
        /**
         * The editor adjusts leading whitespace of new lines so that
         * they match the indentation up to the cursor of the line for
         * which the item is accepted.
         *
         * Consider a line like this: <2tabs><cursor><3tabs>foo. Accepting a
         * multi line completion item is indented using 2 tabs and all
         * following lines inserted will be indented using 2 tabs as well.
         */
        InsertTextMode.adjustIndentation = 2;
    })(InsertTextMode || (exports.InsertTextMode = InsertTextMode = {}));
    /**
     * Defines how values from a set of defaults and an individual item will be
     * merged.
     *
     * @since 3.18.0
     */
    var ApplyKind;
    (function (ApplyKind) {
        /**
         * The value from the individual item (if provided and not `null`) will be
         * used instead of the default.
         */
        ApplyKind.Replace = 1;
        /**
         * The value from the item will be merged with the default.
         *
         * The specific rules for mergeing values are defined against each field
         * that supports merging.
         */
        ApplyKind.Merge = 2;
    })(ApplyKind || (exports.ApplyKind = ApplyKind = {}));
    var CompletionItemLabelDetails;
    (function (CompletionItemLabelDetails) {
        function is(value) {
            var candidate = value;
            return candidate && (Is.string(candidate.detail) || candidate.detail === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        CompletionItemLabelDetails.is = is;
    })(CompletionItemLabelDetails || (exports.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
    /**
     * The CompletionItem namespace provides functions to deal with
     * completion items.
     */
    var CompletionItem;
    (function (CompletionItem) {
        /**
         * Create a completion item and seed it with a label.
         * @param label The completion item's label
         */
        function create(label) {
            return { label: label };
        }
        CompletionItem.create = create;
    })(CompletionItem || (exports.CompletionItem = CompletionItem = {}));
    /**
     * The CompletionList namespace provides functions to deal with
     * completion lists.
     */
    var CompletionList;
    (function (CompletionList) {
        /**
         * Creates a new completion list.
         *
         * @param items The completion items.
         * @param isIncomplete The list is not complete.
         */
        function create(items, isIncomplete) {
            return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList.create = create;
    })(CompletionList || (exports.CompletionList = CompletionList = {}));
    var MarkedString;
    (function (MarkedString) {
        /**
         * Creates a marked string from plain text.
         *
         * @param plainText The plain text.
         */
        function fromPlainText(plainText) {
            return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&'); // escape markdown syntax tokens: http://daringfireball.net/projects/markdown/syntax#backslash
        }
        MarkedString.fromPlainText = fromPlainText;
        /**
         * Checks whether the given value conforms to the {@link MarkedString} type.
         */
        function is(value) {
            var candidate = value;
            return Is.string(candidate) || (Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value));
        }
        MarkedString.is = is;
    })(MarkedString || (exports.MarkedString = MarkedString = {}));
    var Hover;
    (function (Hover) {
        /**
         * Checks whether the given value conforms to the {@link Hover} interface.
         */
        function is(value) {
            var candidate = value;
            return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) ||
                MarkedString.is(candidate.contents) ||
                Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === undefined || Range.is(value.range));
        }
        Hover.is = is;
    })(Hover || (exports.Hover = Hover = {}));
    /**
     * The ParameterInformation namespace provides helper functions to work with
     * {@link ParameterInformation} literals.
     */
    var ParameterInformation;
    (function (ParameterInformation) {
        /**
         * Creates a new parameter information literal.
         *
         * @param label A label string.
         * @param documentation A doc string.
         */
        function create(label, documentation) {
            return documentation ? { label: label, documentation: documentation } : { label: label };
        }
        ParameterInformation.create = create;
    })(ParameterInformation || (exports.ParameterInformation = ParameterInformation = {}));
    /**
     * The SignatureInformation namespace provides helper functions to work with
     * {@link SignatureInformation} literals.
     */
    var SignatureInformation;
    (function (SignatureInformation) {
        function create(label, documentation) {
            var parameters = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                parameters[_i - 2] = arguments[_i];
            }
            var result = { label: label };
            if (Is.defined(documentation)) {
                result.documentation = documentation;
            }
            if (Is.defined(parameters)) {
                result.parameters = parameters;
            }
            else {
                result.parameters = [];
            }
            return result;
        }
        SignatureInformation.create = create;
    })(SignatureInformation || (exports.SignatureInformation = SignatureInformation = {}));
    /**
     * A document highlight kind.
     */
    var DocumentHighlightKind;
    (function (DocumentHighlightKind) {
        /**
         * A textual occurrence.
         */
        DocumentHighlightKind.Text = 1;
        /**
         * Read-access of a symbol, like reading a variable.
         */
        DocumentHighlightKind.Read = 2;
        /**
         * Write-access of a symbol, like writing to a variable.
         */
        DocumentHighlightKind.Write = 3;
    })(DocumentHighlightKind || (exports.DocumentHighlightKind = DocumentHighlightKind = {}));
    /**
     * DocumentHighlight namespace to provide helper functions to work with
     * {@link DocumentHighlight} literals.
     */
    var DocumentHighlight;
    (function (DocumentHighlight) {
        /**
         * Create a DocumentHighlight object.
         * @param range The range the highlight applies to.
         * @param kind The highlight kind
         */
        function create(range, kind) {
            var result = { range: range };
            if (Is.number(kind)) {
                result.kind = kind;
            }
            return result;
        }
        DocumentHighlight.create = create;
    })(DocumentHighlight || (exports.DocumentHighlight = DocumentHighlight = {}));
    /**
     * A symbol kind.
     */
    var SymbolKind;
    (function (SymbolKind) {
        SymbolKind.File = 1;
        SymbolKind.Module = 2;
        SymbolKind.Namespace = 3;
        SymbolKind.Package = 4;
        SymbolKind.Class = 5;
        SymbolKind.Method = 6;
        SymbolKind.Property = 7;
        SymbolKind.Field = 8;
        SymbolKind.Constructor = 9;
        SymbolKind.Enum = 10;
        SymbolKind.Interface = 11;
        SymbolKind.Function = 12;
        SymbolKind.Variable = 13;
        SymbolKind.Constant = 14;
        SymbolKind.String = 15;
        SymbolKind.Number = 16;
        SymbolKind.Boolean = 17;
        SymbolKind.Array = 18;
        SymbolKind.Object = 19;
        SymbolKind.Key = 20;
        SymbolKind.Null = 21;
        SymbolKind.EnumMember = 22;
        SymbolKind.Struct = 23;
        SymbolKind.Event = 24;
        SymbolKind.Operator = 25;
        SymbolKind.TypeParameter = 26;
    })(SymbolKind || (exports.SymbolKind = SymbolKind = {}));
    /**
     * Symbol tags are extra annotations that tweak the rendering of a symbol.
     *
     * @since 3.16
     */
    var SymbolTag;
    (function (SymbolTag) {
        /**
         * Render a symbol as obsolete, usually using a strike-out.
         */
        SymbolTag.Deprecated = 1;
    })(SymbolTag || (exports.SymbolTag = SymbolTag = {}));
    var SymbolInformation;
    (function (SymbolInformation) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the location of the symbol.
         * @param uri The resource of the location of symbol.
         * @param containerName The name of the symbol containing the symbol.
         */
        function create(name, kind, range, uri, containerName) {
            var result = {
                name: name,
                kind: kind,
                location: { uri: uri, range: range }
            };
            if (containerName) {
                result.containerName = containerName;
            }
            return result;
        }
        SymbolInformation.create = create;
    })(SymbolInformation || (exports.SymbolInformation = SymbolInformation = {}));
    var WorkspaceSymbol;
    (function (WorkspaceSymbol) {
        /**
         * Create a new workspace symbol.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param uri The resource of the location of the symbol.
         * @param range An options range of the location.
         * @returns A WorkspaceSymbol.
         */
        function create(name, kind, uri, range) {
            return range !== undefined
                ? { name: name, kind: kind, location: { uri: uri, range: range } }
                : { name: name, kind: kind, location: { uri: uri } };
        }
        WorkspaceSymbol.create = create;
    })(WorkspaceSymbol || (exports.WorkspaceSymbol = WorkspaceSymbol = {}));
    var DocumentSymbol;
    (function (DocumentSymbol) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param detail The detail of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the symbol.
         * @param selectionRange The selectionRange of the symbol.
         * @param children Children of the symbol.
         */
        function create(name, detail, kind, range, selectionRange, children) {
            var result = {
                name: name,
                detail: detail,
                kind: kind,
                range: range,
                selectionRange: selectionRange
            };
            if (children !== undefined) {
                result.children = children;
            }
            return result;
        }
        DocumentSymbol.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentSymbol} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate &&
                Is.string(candidate.name) && Is.number(candidate.kind) &&
                Range.is(candidate.range) && Range.is(candidate.selectionRange) &&
                (candidate.detail === undefined || Is.string(candidate.detail)) &&
                (candidate.deprecated === undefined || Is.boolean(candidate.deprecated)) &&
                (candidate.children === undefined || Array.isArray(candidate.children)) &&
                (candidate.tags === undefined || Array.isArray(candidate.tags));
        }
        DocumentSymbol.is = is;
    })(DocumentSymbol || (exports.DocumentSymbol = DocumentSymbol = {}));
    /**
     * A set of predefined code action kinds
     */
    var CodeActionKind;
    (function (CodeActionKind) {
        /**
         * Empty kind.
         */
        CodeActionKind.Empty = '';
        /**
         * Base kind for quickfix actions: 'quickfix'
         */
        CodeActionKind.QuickFix = 'quickfix';
        /**
         * Base kind for refactoring actions: 'refactor'
         */
        CodeActionKind.Refactor = 'refactor';
        /**
         * Base kind for refactoring extraction actions: 'refactor.extract'
         *
         * Example extract actions:
         *
         * - Extract method
         * - Extract function
         * - Extract variable
         * - Extract interface from class
         * - ...
         */
        CodeActionKind.RefactorExtract = 'refactor.extract';
        /**
         * Base kind for refactoring inline actions: 'refactor.inline'
         *
         * Example inline actions:
         *
         * - Inline function
         * - Inline variable
         * - Inline constant
         * - ...
         */
        CodeActionKind.RefactorInline = 'refactor.inline';
        /**
         * Base kind for refactoring move actions: `refactor.move`
         *
         * Example move actions:
         *
         * - Move a function to a new file
         * - Move a property between classes
         * - Move method to base class
         * - ...
         *
         * @since 3.18.0
         */
        CodeActionKind.RefactorMove = 'refactor.move';
        /**
         * Base kind for refactoring rewrite actions: 'refactor.rewrite'
         *
         * Example rewrite actions:
         *
         * - Convert JavaScript function to class
         * - Add or remove parameter
         * - Encapsulate field
         * - Make method static
         * - Move method to base class
         * - ...
         */
        CodeActionKind.RefactorRewrite = 'refactor.rewrite';
        /**
         * Base kind for source actions: `source`
         *
         * Source code actions apply to the entire file.
         */
        CodeActionKind.Source = 'source';
        /**
         * Base kind for an organize imports source action: `source.organizeImports`
         */
        CodeActionKind.SourceOrganizeImports = 'source.organizeImports';
        /**
         * Base kind for auto-fix source actions: `source.fixAll`.
         *
         * Fix all actions automatically fix errors that have a clear fix that do not require user input.
         * They should not suppress errors or perform unsafe fixes such as generating new types or classes.
         *
         * @since 3.15.0
         */
        CodeActionKind.SourceFixAll = 'source.fixAll';
        /**
         * Base kind for all code actions applying to the entire notebook's scope. CodeActionKinds using
         * this should always begin with `notebook.`
         *
         * @since 3.18.0
         */
        CodeActionKind.Notebook = 'notebook';
    })(CodeActionKind || (exports.CodeActionKind = CodeActionKind = {}));
    /**
     * The reason why code actions were requested.
     *
     * @since 3.17.0
     */
    var CodeActionTriggerKind;
    (function (CodeActionTriggerKind) {
        /**
         * Code actions were explicitly requested by the user or by an extension.
         */
        CodeActionTriggerKind.Invoked = 1;
        /**
         * Code actions were requested automatically.
         *
         * This typically happens when current selection in a file changes, but can
         * also be triggered when file content changes.
         */
        CodeActionTriggerKind.Automatic = 2;
    })(CodeActionTriggerKind || (exports.CodeActionTriggerKind = CodeActionTriggerKind = {}));
    /**
     * The CodeActionContext namespace provides helper functions to work with
     * {@link CodeActionContext} literals.
     */
    var CodeActionContext;
    (function (CodeActionContext) {
        /**
         * Creates a new CodeActionContext literal.
         */
        function create(diagnostics, only, triggerKind) {
            var result = { diagnostics: diagnostics };
            if (only !== undefined && only !== null) {
                result.only = only;
            }
            if (triggerKind !== undefined && triggerKind !== null) {
                result.triggerKind = triggerKind;
            }
            return result;
        }
        CodeActionContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is)
                && (candidate.only === undefined || Is.typedArray(candidate.only, Is.string))
                && (candidate.triggerKind === undefined || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext.is = is;
    })(CodeActionContext || (exports.CodeActionContext = CodeActionContext = {}));
    /**
     * Code action tags are extra annotations that tweak the behavior of a code action.
     *
     * @since 3.18.0
     */
    var CodeActionTag;
    (function (CodeActionTag) {
        /**
         * Marks the code action as LLM-generated.
         */
        CodeActionTag.LLMGenerated = 1;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionTag} interface.
         */
        function is(value) {
            return Is.defined(value) && value === CodeActionTag.LLMGenerated;
        }
        CodeActionTag.is = is;
    })(CodeActionTag || (exports.CodeActionTag = CodeActionTag = {}));
    var CodeAction;
    (function (CodeAction) {
        function create(title, kindOrCommandOrEdit, kind) {
            var result = { title: title };
            var checkKind = true;
            if (typeof kindOrCommandOrEdit === 'string') {
                checkKind = false;
                result.kind = kindOrCommandOrEdit;
            }
            else if (Command.is(kindOrCommandOrEdit)) {
                result.command = kindOrCommandOrEdit;
            }
            else {
                result.edit = kindOrCommandOrEdit;
            }
            if (checkKind && kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        CodeAction.create = create;
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.title) &&
                (candidate.diagnostics === undefined || Is.typedArray(candidate.diagnostics, Diagnostic.is)) &&
                (candidate.kind === undefined || Is.string(candidate.kind)) &&
                (candidate.edit !== undefined || candidate.command !== undefined) &&
                (candidate.command === undefined || Command.is(candidate.command)) &&
                (candidate.isPreferred === undefined || Is.boolean(candidate.isPreferred)) &&
                (candidate.edit === undefined || WorkspaceEdit.is(candidate.edit)) &&
                (candidate.tags === undefined || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction.is = is;
    })(CodeAction || (exports.CodeAction = CodeAction = {}));
    /**
     * The CodeLens namespace provides helper functions to work with
     * {@link CodeLens} literals.
     */
    var CodeLens;
    (function (CodeLens) {
        /**
         * Creates a new CodeLens literal.
         */
        function create(range, data) {
            var result = { range: range };
            if (Is.defined(data)) {
                result.data = data;
            }
            return result;
        }
        CodeLens.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeLens} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens.is = is;
    })(CodeLens || (exports.CodeLens = CodeLens = {}));
    /**
     * The FormattingOptions namespace provides helper functions to work with
     * {@link FormattingOptions} literals.
     */
    var FormattingOptions;
    (function (FormattingOptions) {
        /**
         * Creates a new FormattingOptions literal.
         */
        function create(tabSize, insertSpaces) {
            return { tabSize: tabSize, insertSpaces: insertSpaces };
        }
        FormattingOptions.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FormattingOptions} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions.is = is;
    })(FormattingOptions || (exports.FormattingOptions = FormattingOptions = {}));
    /**
     * The DocumentLink namespace provides helper functions to work with
     * {@link DocumentLink} literals.
     */
    var DocumentLink;
    (function (DocumentLink) {
        /**
         * Creates a new DocumentLink literal.
         */
        function create(range, target, data) {
            return { range: range, target: target, data: data };
        }
        DocumentLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink.is = is;
    })(DocumentLink || (exports.DocumentLink = DocumentLink = {}));
    /**
     * The SelectionRange namespace provides helper function to work with
     * SelectionRange literals.
     */
    var SelectionRange;
    (function (SelectionRange) {
        /**
         * Creates a new SelectionRange
         * @param range the range.
         * @param parent an optional parent.
         */
        function create(range, parent) {
            return { range: range, parent: parent };
        }
        SelectionRange.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === undefined || SelectionRange.is(candidate.parent));
        }
        SelectionRange.is = is;
    })(SelectionRange || (exports.SelectionRange = SelectionRange = {}));
    /**
     * A set of predefined token types. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenTypes;
    (function (SemanticTokenTypes) {
        SemanticTokenTypes["namespace"] = "namespace";
        /**
         * Represents a generic type. Acts as a fallback for types which can't be mapped to
         * a specific type like class or enum.
         */
        SemanticTokenTypes["type"] = "type";
        SemanticTokenTypes["class"] = "class";
        SemanticTokenTypes["enum"] = "enum";
        SemanticTokenTypes["interface"] = "interface";
        SemanticTokenTypes["struct"] = "struct";
        SemanticTokenTypes["typeParameter"] = "typeParameter";
        SemanticTokenTypes["parameter"] = "parameter";
        SemanticTokenTypes["variable"] = "variable";
        SemanticTokenTypes["property"] = "property";
        SemanticTokenTypes["enumMember"] = "enumMember";
        SemanticTokenTypes["event"] = "event";
        SemanticTokenTypes["function"] = "function";
        SemanticTokenTypes["method"] = "method";
        SemanticTokenTypes["macro"] = "macro";
        SemanticTokenTypes["keyword"] = "keyword";
        SemanticTokenTypes["modifier"] = "modifier";
        SemanticTokenTypes["comment"] = "comment";
        SemanticTokenTypes["string"] = "string";
        SemanticTokenTypes["number"] = "number";
        SemanticTokenTypes["regexp"] = "regexp";
        SemanticTokenTypes["operator"] = "operator";
        /**
         * @since 3.17.0
         */
        SemanticTokenTypes["decorator"] = "decorator";
        /**
         * @since 3.18.0
         */
        SemanticTokenTypes["label"] = "label";
    })(SemanticTokenTypes || (exports.SemanticTokenTypes = SemanticTokenTypes = {}));
    /**
     * A set of predefined token modifiers. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenModifiers;
    (function (SemanticTokenModifiers) {
        SemanticTokenModifiers["declaration"] = "declaration";
        SemanticTokenModifiers["definition"] = "definition";
        SemanticTokenModifiers["readonly"] = "readonly";
        SemanticTokenModifiers["static"] = "static";
        SemanticTokenModifiers["deprecated"] = "deprecated";
        SemanticTokenModifiers["abstract"] = "abstract";
        SemanticTokenModifiers["async"] = "async";
        SemanticTokenModifiers["modification"] = "modification";
        SemanticTokenModifiers["documentation"] = "documentation";
        SemanticTokenModifiers["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (exports.SemanticTokenModifiers = SemanticTokenModifiers = {}));
    /**
     * @since 3.16.0
     */
    var SemanticTokens;
    (function (SemanticTokens) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && (candidate.resultId === undefined || typeof candidate.resultId === 'string') &&
                Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === 'number');
        }
        SemanticTokens.is = is;
    })(SemanticTokens || (exports.SemanticTokens = SemanticTokens = {}));
    /**
     * The InlineValueText namespace provides functions to deal with InlineValueTexts.
     *
     * @since 3.17.0
     */
    var InlineValueText;
    (function (InlineValueText) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, text) {
            return { range: range, text: text };
        }
        InlineValueText.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText.is = is;
    })(InlineValueText || (exports.InlineValueText = InlineValueText = {}));
    /**
     * The InlineValueVariableLookup namespace provides functions to
     * deal with InlineValueVariableLookups.
     *
     * @since 3.17.0
     */
    var InlineValueVariableLookup;
    (function (InlineValueVariableLookup) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, variableName, caseSensitiveLookup) {
            return { range: range, variableName: variableName, caseSensitiveLookup: caseSensitiveLookup };
        }
        InlineValueVariableLookup.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup)
                && (Is.string(candidate.variableName) || candidate.variableName === undefined);
        }
        InlineValueVariableLookup.is = is;
    })(InlineValueVariableLookup || (exports.InlineValueVariableLookup = InlineValueVariableLookup = {}));
    /**
     * The InlineValueEvaluatableExpression namespace provides functions to deal with InlineValueEvaluatableExpression.
     *
     * @since 3.17.0
     */
    var InlineValueEvaluatableExpression;
    (function (InlineValueEvaluatableExpression) {
        /**
         * Creates a new InlineValueEvaluatableExpression literal.
         */
        function create(range, expression) {
            return { range: range, expression: expression };
        }
        InlineValueEvaluatableExpression.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range)
                && (Is.string(candidate.expression) || candidate.expression === undefined);
        }
        InlineValueEvaluatableExpression.is = is;
    })(InlineValueEvaluatableExpression || (exports.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
    /**
     * The InlineValueContext namespace provides helper functions to work with
     * {@link InlineValueContext} literals.
     *
     * @since 3.17.0
     */
    var InlineValueContext;
    (function (InlineValueContext) {
        /**
         * Creates a new InlineValueContext literal.
         */
        function create(frameId, stoppedLocation) {
            return { frameId: frameId, stoppedLocation: stoppedLocation };
        }
        InlineValueContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InlineValueContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(value.stoppedLocation);
        }
        InlineValueContext.is = is;
    })(InlineValueContext || (exports.InlineValueContext = InlineValueContext = {}));
    /**
     * Inlay hint kinds.
     *
     * @since 3.17.0
     */
    var InlayHintKind;
    (function (InlayHintKind) {
        /**
         * An inlay hint that for a type annotation.
         */
        InlayHintKind.Type = 1;
        /**
         * An inlay hint that is for a parameter.
         */
        InlayHintKind.Parameter = 2;
        function is(value) {
            return value === 1 || value === 2;
        }
        InlayHintKind.is = is;
    })(InlayHintKind || (exports.InlayHintKind = InlayHintKind = {}));
    var InlayHintLabelPart;
    (function (InlayHintLabelPart) {
        function create(value) {
            return { value: value };
        }
        InlayHintLabelPart.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.location === undefined || Location.is(candidate.location))
                && (candidate.command === undefined || Command.is(candidate.command));
        }
        InlayHintLabelPart.is = is;
    })(InlayHintLabelPart || (exports.InlayHintLabelPart = InlayHintLabelPart = {}));
    var InlayHint;
    (function (InlayHint) {
        function create(position, label, kind) {
            var result = { position: position, label: label };
            if (kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        InlayHint.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.position)
                && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is))
                && (candidate.kind === undefined || InlayHintKind.is(candidate.kind))
                && (candidate.textEdits === undefined) || Is.typedArray(candidate.textEdits, TextEdit.is)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.paddingLeft === undefined || Is.boolean(candidate.paddingLeft))
                && (candidate.paddingRight === undefined || Is.boolean(candidate.paddingRight));
        }
        InlayHint.is = is;
    })(InlayHint || (exports.InlayHint = InlayHint = {}));
    var StringValue;
    (function (StringValue) {
        function createSnippet(value) {
            return { kind: 'snippet', value: value };
        }
        StringValue.createSnippet = createSnippet;
        function isSnippet(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && candidate.kind === 'snippet'
                && Is.string(candidate.value);
        }
        StringValue.isSnippet = isSnippet;
    })(StringValue || (exports.StringValue = StringValue = {}));
    var InlineCompletionItem;
    (function (InlineCompletionItem) {
        function create(insertText, filterText, range, command) {
            return { insertText: insertText, filterText: filterText, range: range, command: command };
        }
        InlineCompletionItem.create = create;
    })(InlineCompletionItem || (exports.InlineCompletionItem = InlineCompletionItem = {}));
    var InlineCompletionList;
    (function (InlineCompletionList) {
        function create(items) {
            return { items: items };
        }
        InlineCompletionList.create = create;
    })(InlineCompletionList || (exports.InlineCompletionList = InlineCompletionList = {}));
    /**
     * Describes how an {@link InlineCompletionItemProvider inline completion provider} was triggered.
     *
     * @since 3.18.0
     */
    var InlineCompletionTriggerKind;
    (function (InlineCompletionTriggerKind) {
        /**
         * Completion was triggered explicitly by a user gesture.
         */
        InlineCompletionTriggerKind.Invoked = 1;
        /**
         * Completion was triggered automatically while editing.
         */
        InlineCompletionTriggerKind.Automatic = 2;
    })(InlineCompletionTriggerKind || (exports.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
    var SelectedCompletionInfo;
    (function (SelectedCompletionInfo) {
        function create(range, text) {
            return { range: range, text: text };
        }
        SelectedCompletionInfo.create = create;
    })(SelectedCompletionInfo || (exports.SelectedCompletionInfo = SelectedCompletionInfo = {}));
    var InlineCompletionContext;
    (function (InlineCompletionContext) {
        function create(triggerKind, selectedCompletionInfo) {
            return { triggerKind: triggerKind, selectedCompletionInfo: selectedCompletionInfo };
        }
        InlineCompletionContext.create = create;
    })(InlineCompletionContext || (exports.InlineCompletionContext = InlineCompletionContext = {}));
    var WorkspaceFolder;
    (function (WorkspaceFolder) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder.is = is;
    })(WorkspaceFolder || (exports.WorkspaceFolder = WorkspaceFolder = {}));
    exports.EOL = ['\n', '\r\n', '\r'];
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new ITextDocument literal from the given uri and content.
         * @param uri The document's uri.
         * @param languageId The document's language Id.
         * @param version The document's version.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ITextDocument} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount)
                && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument.is = is;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits, function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = text.length;
            for (var i = sortedEdits.length - 1; i >= 0; i--) {
                var e = sortedEdits[i];
                var startOffset = document.offsetAt(e.range.start);
                var endOffset = document.offsetAt(e.range.end);
                if (endOffset <= lastModifiedOffset) {
                    text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
                }
                else {
                    throw new Error('Overlapping edit');
                }
                lastModifiedOffset = startOffset;
            }
            return text;
        }
        TextDocument.applyEdits = applyEdits;
        function mergeSort(data, compare) {
            if (data.length <= 1) {
                // sorted
                return data;
            }
            var p = (data.length / 2) | 0;
            var left = data.slice(0, p);
            var right = data.slice(p);
            mergeSort(left, compare);
            mergeSort(right, compare);
            var leftIdx = 0;
            var rightIdx = 0;
            var i = 0;
            while (leftIdx < left.length && rightIdx < right.length) {
                var ret = compare(left[leftIdx], right[rightIdx]);
                if (ret <= 0) {
                    // smaller_equal -> take left to preserve order
                    data[i++] = left[leftIdx++];
                }
                else {
                    // greater -> take right
                    data[i++] = right[rightIdx++];
                }
            }
            while (leftIdx < left.length) {
                data[i++] = left[leftIdx++];
            }
            while (rightIdx < right.length) {
                data[i++] = right[rightIdx++];
            }
            return data;
        }
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (event, version) {
            this._content = event.text;
            this._version = version;
            this._lineOffsets = undefined;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                var lineOffsets = [];
                var text = this._content;
                var isLineStart = true;
                for (var i = 0; i < text.length; i++) {
                    if (isLineStart) {
                        lineOffsets.push(i);
                        isLineStart = false;
                    }
                    var ch = text.charAt(i);
                    isLineStart = (ch === '\r' || ch === '\n');
                    if (ch === '\r' && i + 1 < text.length && text.charAt(i + 1) === '\n') {
                        i++;
                    }
                }
                if (isLineStart && text.length > 0) {
                    lineOffsets.push(text.length);
                }
                this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return Position.create(0, offset);
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        return FullTextDocument;
    }());
    var Is;
    (function (Is) {
        var toString = Object.prototype.toString;
        function defined(value) {
            return typeof value !== 'undefined';
        }
        Is.defined = defined;
        function undefined(value) {
            return typeof value === 'undefined';
        }
        Is.undefined = undefined;
        function boolean(value) {
            return value === true || value === false;
        }
        Is.boolean = boolean;
        function string(value) {
            return toString.call(value) === '[object String]';
        }
        Is.string = string;
        function number(value) {
            return toString.call(value) === '[object Number]';
        }
        Is.number = number;
        function numberRange(value, min, max) {
            return toString.call(value) === '[object Number]' && min <= value && value <= max;
        }
        Is.numberRange = numberRange;
        function integer(value) {
            return toString.call(value) === '[object Number]' && -2147483648 <= value && value <= 2147483647;
        }
        Is.integer = integer;
        function uinteger(value) {
            return toString.call(value) === '[object Number]' && 0 <= value && value <= 2147483647;
        }
        Is.uinteger = uinteger;
        function func(value) {
            return toString.call(value) === '[object Function]';
        }
        Is.func = func;
        function objectLiteral(value) {
            // Strictly speaking class instances pass this check as well. Since the LSP
            // doesn't use classes we ignore this for now. If we do we need to add something
            // like this: `Object.getPrototypeOf(Object.getPrototypeOf(x)) === null`
            return value !== null && typeof value === 'object';
        }
        Is.objectLiteral = objectLiteral;
        function typedArray(value, check) {
            return Array.isArray(value) && value.every(check);
        }
        Is.typedArray = typedArray;
    })(Is || (Is = {}));
});


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
    return [...index.files].sort((a, b) => b.size - a.size || a.path.localeCompare(b.path)).slice(0, count);
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
// EXTERNAL MODULE: ./src/lint/dockerfile.ts + 2 modules
var dockerfile = __nccwpck_require__(1514);
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
/** Commands that are `pip install`, `pip3 install`, `python -m pip install` or `uv pip install`. */
function pipInstalls(run) {
    const installs = [];
    for (const command of run.shell().commands) {
        const rest = pipInstallArgs(command);
        if (!rest)
            continue;
        installs.push(readPipArgs(command, rest.tool, rest.args));
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
    const disk = range(reports.flatMap((r) => (r.diskGb === undefined ? [] : [r.diskGb])));
    const compressed = range(reports.flatMap((r) => (r.compressedGb === undefined ? [] : [r.compressedGb])));
    return [disk && `${disk} on disk`, compressed && `${compressed} compressed`].filter(Boolean).join(', ');
}


/***/ }),

/***/ 1514:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tP: () => (/* binding */ DockerfileError),
  $Z: () => (/* binding */ allInstructions),
  fF: () => (/* binding */ baseImage),
  dv: () => (/* binding */ chainInstructions),
  zE: () => (/* binding */ envBefore),
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

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __nccwpck_require__(8390);
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

;// CONCATENATED MODULE: ./src/lint/dockerfile.ts
// The Dockerfile model the rules read: stages resolved (ARG defaults in FROM, FROM <stage>
// chains, --target), instructions with 1-based lines, RUN scripts ready for the shell parser.
// Built once per file from dockerfile-ast; pure (no I/O).


class DockerfileError extends Error {
}
/** Parses a Dockerfile's text. Throws DockerfileError when it has no FROM at all. */
function parseDockerfile(text) {
    const source = text.replace(/^\uFEFF/, '');
    const ast = main.DockerfileParser.parse(source);
    const sourceLines = source.split(/\r?\n/);
    const escape = ast.getEscapeCharacter();
    const globalArgs = {};
    const preludeArgs = [];
    for (const arg of ast.getInitialARGs()) {
        const property = arg.getProperty();
        // An ARG without default stays a $reference: its value comes from --build-arg.
        const value = property?.getValue();
        if (property && value !== null && value !== undefined)
            globalArgs[property.getName()] = value;
        if (property)
            preludeArgs.push({ name: property.getName(), defaultValue: value ?? null, line: arg.getRange().start.line + 1 });
    }
    const stages = [];
    for (const node of ast.getInstructions()) {
        const keyword = node.getKeyword().toUpperCase();
        if (keyword === 'FROM') {
            stages.push(makeStage(node, stages, globalArgs));
            continue;
        }
        const stage = stages[stages.length - 1];
        if (!stage)
            continue; // instructions before the first FROM are global ARGs
        stage.instructions.push(makeInstruction(node, keyword, stage, sourceLines, escape, stages));
    }
    if (stages.length === 0)
        throw new DockerfileError('no FROM instruction found: is this a Dockerfile?');
    return {
        stages,
        comments: comments(ast, sourceLines),
        globalArgs,
        preludeArgs,
        escape,
        lineCount: sourceLines.length,
    };
}
/** Comments, including leading ones that dockerfile-ast reads as parser directives (`# key=value`). */
function comments(ast, sourceLines) {
    const directives = ast.getDirectives().map((d) => {
        const line = d.getRange().start.line;
        return { line: line + 1, text: (sourceLines[line] ?? '').replace(/^\s*#\s*/, '') };
    });
    const rest = ast.getComments().map((c) => ({ line: c.getRange().start.line + 1, text: c.getContent() }));
    return [...directives, ...rest];
}
function makeStage(node, stages, globalArgs) {
    const words = node.getArguments().map((a) => a.getValue());
    const asIndex = words.findIndex((w) => w.toLowerCase() === 'as');
    const rawImage = words[0] ?? '';
    const image = substituteArgs(rawImage, globalArgs);
    const parent = findStage(stages, image);
    const platform = node.getFlags().find((f) => f.getName().toLowerCase() === 'platform')?.getValue() ?? null;
    return {
        index: stages.length,
        name: asIndex >= 0 && words[asIndex + 1] ? words[asIndex + 1].toLowerCase() : null,
        fromLine: node.getRange().start.line + 1,
        image,
        parent,
        platform,
        instructions: [],
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
/**
 * dockerfile-ast recomputes an instruction's argument list (a scan of its text with position
 * lookups) on every getArguments() call, and getArgumentsContent, getArgumentsRange and
 * getHeredocs each call it again. Computes it once and has the node's later calls return copies
 * (the library shift()s the lists it gets). Flags are computed, and cached by the library,
 * before the list is frozen, as getFlags reads the list with flags still in it.
 */
function memoizeArguments(node) {
    const args = node.getArguments();
    node.getArguments = () => args.slice();
    return args;
}
function makeInstruction(node, keyword, stage, sourceLines, escape, stages) {
    const range = node.getRange();
    const astArgs = memoizeArguments(node);
    const flags = 'getFlags' in node && typeof node.getFlags === 'function'
        ? node.getFlags().map((f) => ({
            name: f.getName().toLowerCase(),
            value: f.getValue(),
        }))
        : [];
    const base = {
        keyword,
        line: range.start.line + 1,
        endLine: range.end.line + 1,
        args: node.getArgumentsContent() ?? '',
        words: astArgs.map((a) => a.getValue()),
        flags,
        stage,
        index: stage.instructions.length,
    };
    switch (keyword) {
        case 'RUN':
            return makeRun(base, node, astArgs, sourceLines, escape);
        case 'COPY':
        case 'ADD':
            return makeCopy(base, node, astArgs, stages);
        case 'ENV': {
            const pairs = node.getProperties().map((p) => ({ name: p.getName(), value: p.getValue() ?? '' }));
            return { ...base, pairs };
        }
        case 'ARG': {
            const property = node.getProperty();
            return {
                ...base,
                name: property?.getName() ?? '',
                defaultValue: property?.getValue() ?? null,
            };
        }
        default:
            return base;
    }
}
/** Whether the node has heredocs; only an argument starting with << can open one, so the library's scan runs only then. */
function hasHeredocs(node, astArgs) {
    return astArgs.some((a) => a.getValue().startsWith('<<')) && 'getHeredocs' in node && node.getHeredocs().length > 0;
}
function makeRun(base, node, astArgs, sourceLines, escape) {
    const mounts = base.flags.filter((f) => f.name === 'mount').map((f) => parseMount(f.value ?? ''));
    const execForm = execFormWords(base.args);
    const jsonForm = execForm !== null;
    const argsStart = astArgs.length > 0 ? astArgs[0].getRange().start : undefined;
    const firstArgsLine = argsStart ? argsStart.line + 1 : base.line;
    const script = argsStart && !execForm ? scriptText(sourceLines, argsStart.line, argsStart.character, base.endLine, escape) : '';
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
        hasHeredoc: hasHeredocs(node, astArgs),
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
function scriptText(lines, startLine, startChar, endLine1, escape) {
    const out = [];
    let continued = false;
    for (let i = startLine; i < endLine1 && i < lines.length; i++) {
        let line = i === startLine ? lines[i].slice(startChar) : lines[i];
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
function makeCopy(base, node, astArgs, stages) {
    const hasHeredoc = hasHeredocs(node, astArgs);
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
function stageChain(stage) {
    const chain = [];
    for (let s = stage; s && !chain.includes(s); s = s.parent)
        chain.push(s);
    return chain;
}
/** The external image a stage is ultimately built on, through FROM <stage> chains. */
function baseImage(stage) {
    const chain = stageChain(stage);
    return chain[chain.length - 1].image;
}
/** Instructions of the stage and its ancestors in build order (ancestors first). */
function chainInstructions(stage) {
    return stageChain(stage)
        .reverse()
        .flatMap((s) => s.instructions);
}
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
function allInstructions(model) {
    return model.stages.flatMap((s) => s.instructions);
}
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
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1514);

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
    return {
        rule: meta.id,
        name: meta.name,
        severity,
        message: raw.message,
        file,
        line: raw.line,
        endLine: raw.endLine ?? raw.line,
        suppressed: false,
        ...(raw.bytes !== undefined ? { bytes: raw.bytes } : {}),
    };
}
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
/** Errors first, then by line, then by rule: the order every rendering shows. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.rule.localeCompare(b.rule));
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

// EXTERNAL MODULE: ./src/lint/dockerfile.ts + 2 modules
var dockerfile = __nccwpck_require__(1514);
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
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1514);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2387);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5621);
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
function classifyCudaImage(image) {
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
    return found;
}
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
function isWeightsPath(path) {
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
function isSecretFile(path) {
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

/***/ 5621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ parseRequirements),
/* harmony export */   IW: () => (/* binding */ pinnedNamesIn),
/* harmony export */   MS: () => (/* binding */ classifyRequirement),
/* harmony export */   ce: () => (/* binding */ contextPathOf),
/* harmony export */   j1: () => (/* binding */ checkRequirementsFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1514);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2387);
// Requirements files as pip reads them, for MLG009: which entries are pinned to one version.
// pip-requirements-js parses the PEP 508 part of each line; pip's own syntax around it
// (continuations, comments, global options, per-requirement --hash, -e, bare URLs and paths)
// is handled here because that parser rejects it. Also maps a container path in a RUN back to
// the build-context file that a COPY or bind mount put there.


// Loaded on first use: building its grammar costs ~40 ms at start-up, which most lint runs
// (no requirements file, only plain specs) never need. A lazy require keeps `lint` fast.
const requireLazily = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
let pipRequirements;
const parsePipRequirementsLine = (line) => (pipRequirements ??= requireLazily('pip-requirements-js')).parsePipRequirementsLine(line);


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
            const target = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file), include.path));
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
/** Parses requirements text (pip's file format). Never throws: bad lines land in `errors`. */
function parseRequirements(text) {
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
        return { name: (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .packageName */ .oZ)(spec), pinned: true };
    // The common shapes (`torch`, `torch[cuda]`, `torch==2.1.0`, `transformers>=4.40,<5`) skip the
    // full PEP 508 parser, which costs ~0.1 ms a line: a 1 MB `pip install a b c ...` must not take
    // seconds. Pinned means an exact `==` (or `===`) without a wildcard, as the parser path decides.
    const simple = SIMPLE_REQUIREMENT.exec(spec);
    if (simple) {
        const exact = simple[2]?.split(',').some((clause) => /^\s*===?\s*[^*\s]+\s*$/.test(clause)) ?? false;
        return { name: normalise(simple[1]), pinned: exact };
    }
    let parsed;
    try {
        // The parser rejects PEP 440 arbitrary equality (===); it pins just like ==.
        parsed = parsePipRequirementsLine(spec.replace(/===/g, '=='));
    }
    catch (error) {
        return { error: String(error.message).replace(/^Failed to parse requirements line\.\s*/, '') };
    }
    if (parsed === null)
        return null;
    switch (parsed.type) {
        case 'ProjectName':
            return { name: normalise(parsed.name), pinned: (parsed.versionSpec ?? []).some((v) => v.operator === '==' && !v.version.includes('*')) };
        case 'ProjectURL':
            return { name: normalise(parsed.name), pinned: urlPins(parsed.url) };
        default:
            return null; // -r/-c are handled by the caller before this
    }
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
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.resolve(runDirectory(run, command), containerPath);
    for (const mount of run.mounts) {
        if (mount.type !== 'bind' || mount.options.from || !mount.target)
            continue;
        const source = mount.options.source ?? mount.options.src ?? '.';
        const found = mapCopied(absolute, [source], node_path__WEBPACK_IMPORTED_MODULE_0__.posix.resolve(workdirAt(run), mount.target), false, context);
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
        const destination = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.resolve(workdirAt(instruction), instruction.destination);
        const found = mapCopied(absolute, instruction.sources, destination, destinationIsDir, context);
        if (found)
            return found;
    }
    return null;
}
/** Which source of one COPY lands on `absolute`, as a context path that exists. */
function mapCopied(absolute, sources, destination, destinationIsDir, context) {
    for (const rawSource of sources) {
        const source = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(rawSource).replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
        const candidates = [];
        // A directory's contents are copied into the destination.
        if (absolute.startsWith(destination + '/'))
            candidates.push(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(source, absolute.slice(destination.length + 1)));
        // A file lands on the destination itself, or inside it when it is a directory.
        if (!destinationIsDir && absolute === destination)
            candidates.push(source);
        if (absolute === node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(destination, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(source)))
            candidates.push(source);
        if (/[*?[]/.test(source) && node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(absolute) === destination) {
            const glob = new RegExp('^' + node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(source).replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
            if (glob.test(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(absolute)))
                candidates.push(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(source), node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(absolute)));
        }
        const found = candidates.map((c) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(c).replace(/^\.\//, '')).find((c) => context.readText(c) !== null);
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
        for (const [position, instruction] of (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_2__/* .chainInstructions */ .dv)(stage).entries()) {
            layout.workdirs.set(instruction, dir);
            layout.positions.set(instruction, position);
            if ((0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_2__/* .isCopy */ .sN)(instruction))
                layout.copies.push({ position, copy: instruction });
            if (instruction.keyword === 'WORKDIR' && instruction.args.trim())
                dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.resolve(dir, instruction.args.trim());
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
            dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.resolve(dir, earlier.args[0]);
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
// EXTERNAL MODULE: ./src/lint/dockerfile.ts + 2 modules
var dockerfile = __nccwpck_require__(1514);
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

// EXTERNAL MODULE: ./src/lint/requirements.ts
var requirements = __nccwpck_require__(5621);
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
const topDir = (name) => (path) => path.startsWith(name + '/');
const anyDir = (name) => (path) => path.startsWith(name + '/') || path.includes('/' + name + '/');
const base = (path) => path.slice(path.lastIndexOf('/') + 1);
const ENTRIES = [
    { label: '.git', pattern: '.git', matches: topDir('.git') },
    { label: '.env', pattern: '**/.env*', matches: (p) => /^\.env(\.|$)/.test(base(p)) && !/\.(example|sample|template|dist)$/.test(p) },
    { label: 'models/', pattern: 'models/', matches: topDir('models'), codeAllowed: true },
    { label: 'data/', pattern: 'data/', matches: topDir('data'), codeAllowed: true },
    { label: 'notebooks/', pattern: 'notebooks/', matches: topDir('notebooks') },
    { label: '*.ipynb', pattern: '**/*.ipynb', matches: (p) => p.endsWith('.ipynb') },
    { label: '.ipynb_checkpoints', pattern: '**/.ipynb_checkpoints', matches: anyDir('.ipynb_checkpoints') },
    { label: '__pycache__', pattern: '**/__pycache__', matches: anyDir('__pycache__') },
    { label: '.pytest_cache', pattern: '**/.pytest_cache', matches: anyDir('.pytest_cache') },
    { label: 'tests/', pattern: 'tests/', matches: topDir('tests') },
    { label: '.venv/', pattern: '.venv/', matches: (p) => topDir('.venv')(p) || topDir('venv')(p) },
    { label: 'wandb/, mlruns/, lightning_logs/', pattern: 'wandb/\nmlruns/\nlightning_logs/', matches: (p) => ['wandb', 'mlruns', 'lightning_logs'].some((d) => topDir(d)(p)) },
];
const MAX_LARGEST = 5;
function MLG006_check({ model, context }) {
    const sent = `${context.truncated ? 'at least ' : ''}${(0,units/* formatBytes */.z3)(context.totalBytes)} in ${context.files.length} files`;
    const largest = largestEntries(context.files);
    const leftIn = leftInEntries(context, model);
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
    if (leftIn.length === 0)
        return [];
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
    const copied = (0,dockerfile/* allInstructions */.$Z)(model)
        .filter(dockerfile/* isCopy */.sN)
        .filter((c) => c.from === null)
        .flatMap((c) => c.sources.map((s) => s.replace(/^(\.\/|\/)+/, '')));
    const found = [];
    for (const entry of ENTRIES) {
        const files = context.files.filter((f) => entry.matches(f.path));
        if (files.length === 0)
            continue;
        if (entry.codeAllowed && files.every((f) => f.path.endsWith('.py')))
            continue;
        if (copied.some((source) => source !== '' && source !== '.' && entry.matches(source.replace(/\/*$/, '/'))))
            continue;
        found.push({ entry, bytes: files.reduce((sum, f) => sum + f.size, 0) });
    }
    return found;
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
        let words;
        try {
            words = JSON.parse(args);
        }
        catch {
            words = args.trim().split(/\s+/);
        }
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
function execWords(instruction) {
    const text = instruction.args.trim();
    if (!text.startsWith('['))
        return null;
    try {
        const words = JSON.parse(text);
        return Array.isArray(words) && words.every((w) => typeof w === 'string') ? words : null;
    }
    catch {
        return null;
    }
}
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
    for (const stage of (0,dockerfile/* stageChain */.ap)(final).reverse()) {
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
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   je: () => (/* binding */ DEFAULT_RELEASES_URL),
/* harmony export */   pW: () => (/* binding */ RELEASES_URL_ENV),
/* harmony export */   ss: () => (/* binding */ DEFAULT_TRIVY_VERSION),
/* harmony export */   xs: () => (/* binding */ checksumFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
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
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __nccwpck_require__(4529);
;// CONCATENATED MODULE: ./src/config/file.ts
// .ml-image-guard.yml: per-rule severity or off, budgets, paths to ignore. Parsed once;
// unknown keys and bad values are errors that name the key, so a typo never passes silently.

// Loaded only when a config file exists: most runs have none, and start-up time counts for the CLI.
const requireLazily = (0,external_node_module_.createRequire)(import.meta.url);
const parseYaml = (text) => requireLazily('yaml').parse(text);

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
function parseConfigFile(text, path) {
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
function buildConfig(raw, env) {
    const configPath = config_text(raw, 'config');
    const file = loadConfigFile(env.workspace, configPath);
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
function loadConfigFile(workspace, given) {
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
;// CONCATENATED MODULE: ./src/rules.ts
// Every rule the tool knows, Dockerfile and image rules, for config validation and SARIF.


function allRuleMetas() {
    return [...rules/* dockerfileRules */.M.map((r) => r.meta), ...image_rules/* imageRuleMetas */.W3].sort((a, b) => a.id.localeCompare(b.id));
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

;// CONCATENATED MODULE: ./src/report/text.ts
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
            lines.push(`  wall time ${(0,units/* formatDuration */.a3)(build.seconds)}, cache hits ${build.cacheHits}/${build.totalSteps}`);
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
            lines.push(`  size ${(0,units/* formatBytes */.z3)(image.size, { both: true })} uncompressed`);
        if (image.compressedSize !== null)
            lines.push(`  size ${(0,units/* formatBytes */.z3)(image.compressedSize, { both: true })} compressed (pushed/pulled)`);
        const layers = [...image.layers].sort((a, b) => b.size - a.size).slice(0, 10);
        if (layers.length > 0) {
            lines.push(`  largest layers (${image.layers.length} in all):`);
            for (const layer of layers) {
                const where = layer.line ? `line ${layer.line}` : 'base image';
                lines.push(`    ${(0,units/* formatBytes */.z3)(layer.size).padStart(10)}  ${where.padEnd(10)}  ${clean(truncate(layer.createdBy, 90))}`);
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
function findingLine(finding, paint, clean) {
    const where = finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
    return `${where} ${paint(finding.severity, finding.severity)} ${finding.rule} ${finding.name}: ${clean(finding.message)}`;
}
/** Terminal escapes from repository text must not reach the terminal. */
function stripControl(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, '');
}
function truncate(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
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

// EXTERNAL MODULE: ./src/lint/rule-meta.ts
var rule_meta = __nccwpck_require__(5721);
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
var base_images = __nccwpck_require__(2432);
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
    const sizeBudget = (row) => row === metric ? [size?.limitLabel && size.status !== 'skipped' ? `≤ ${size.limitLabel}` : '', growthLimit].filter(Boolean).join(' · ') || '—' : 'reported only';
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
        [time?.limitLabel && time.status !== 'skipped' ? `≤ ${time.limitLabel}` : '', timeGrowth?.limitLabel && timeGrowth.status !== 'skipped' ? `growth ≤ ${timeGrowth.limitLabel}` : '']
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
        rows.push([`Vulnerabilities ${gate}`.trim(), vulns.actual === null ? 'n/a' : String(vulns.actual), news, vulns.status === 'skipped' ? '—' : '0', worst([vulns])]);
    }
    const findings = budget(report, 'findings');
    if (findings) {
        const gate = findings.limitLabel?.replace(/^none at (\w+) or above$/, '≥ $1') ?? '';
        const news = comparison ? `${comparison.newFindings.length} new · ${comparison.fixedFindings.length} fixed` : '—';
        rows.push([`Findings ${gate}`.trim(), findings.actual === null ? 'n/a' : String(findings.actual), news, findings.status === 'skipped' ? '—' : '0', worst([findings])]);
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
    return notable.map((result) => `- ${ICONS[result.status]} **${result.check}**${result.gating ? '' : ' (not gating)'}: ${escapeMarkdown(result.reason ?? '')}`).join('\n');
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
    const items = fixed.slice(0, 30).map((finding) => `- ${escapeMarkdown(finding.rule, 20)} ${escapeMarkdown(finding.name, 60)}: ${escapeMarkdown(finding.message, 200)}`);
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
    const largest = [...all].filter((layer) => layer.size > 0).sort((a, b) => b.size - a.size).slice(0, 5);
    if (largest.length > 0) {
        parts.push('#### Largest layers');
        parts.push(table(['Size', 'Line', 'Instruction'], largest.map((layer) => [(0,units/* formatBytes */.z3)(layer.size), links.line(layer.line), escapeCode(layer.createdBy, 160)])));
    }
    const grown = [...(report.comparison?.grownInstructions ?? [])].filter((entry) => entry.delta > 0).sort((a, b) => b.delta - a.delta);
    if (grown.length > 0) {
        parts.push('#### What grew against the base');
        parts.push(table(['Line', 'Instruction', 'Base', 'This PR', 'Change'], grown.slice(0, 10).map((entry) => [links.line(entry.line), escapeCode(entry.createdBy, 160), (0,units/* formatBytes */.z3)(entry.before), (0,units/* formatBytes */.z3)(entry.after), `+${(0,units/* formatBytes */.z3)(entry.delta)}`])));
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
    const rows = scan.top.slice(0, 25).map((vuln) => [
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
    const rows = slowest.map((step) => [(0,units/* formatDuration */.a3)(step.seconds), step.cached ? 'cached' : 'ran', step.line === null ? '—' : links.line(step.line), escapeCode(step.name, 160)]);
    return `<details><summary>Slowest build steps</summary>\n\n${table(['Time', 'Cache', 'Line', 'Step'], rows)}\n\n</details>`;
}
function footer(report) {
    const base = report.baseline
        ? ` · compared with ${escapeCode(report.baseline.branch ?? report.baseline.ref, 120)}${report.baseline.commit ? ` at ${escapeCode(report.baseline.commit.slice(0, 12), 12)}` : ''}`
        : '';
    const checks = report.budgets.filter((result) => result.status === 'skipped').map((result) => `${result.check}: ${escapeMarkdown(result.reason ?? 'skipped', 160)}`);
    const skippedLine = checks.length > 0 ? `\n<sub>Skipped checks: ${checks.join(' · ')}</sub>` : '';
    return `<sub>ml-image-guard ${escapeMarkdown(report.tool.version, 20)}${base} · GB = 10^9 bytes, GiB = 2^30</sub>${skippedLine}`;
}

;// CONCATENATED MODULE: ./src/report/files.ts
// The report's files: report.json (the contract), comment.md (what the PR gets), SARIF.
// One writer for the action and the CLI, so both leave the same artifacts behind.


function writeReportFiles(dir, report, comment, sarif) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(dir, 'report.json');
    const commentPath = (0,external_node_path_.join)(dir, 'comment.md');
    (0,external_node_fs_.writeFileSync)(reportPath, JSON.stringify(report, null, 2) + '\n');
    (0,external_node_fs_.writeFileSync)(commentPath, comment);
    if (sarif) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(sarif.path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(sarif.path, JSON.stringify(sarif.log, null, 2) + '\n');
    }
    return { reportPath, commentPath, sarifPath: sarif?.path ?? null };
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
            const config = buildConfig(inputs, { workspace, tempDir: (0,external_node_os_.tmpdir)(), ruleNames: ruleNameIndex() });
            // `check` loads the build/scan/baseline code only when it runs: `lint` starts fast.
            const report = args.command === 'lint'
                ? (0,lint_report/* finishReport */.Ux)((0,lint_report/* lintReport */.AC)(config, git, log), config)
                : await (await Promise.all(/* import() */[__nccwpck_require__.e(964), __nccwpck_require__.e(611)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6611))).runPipeline(config, git, log);
            if (args.inputs['output-dir'] !== undefined) {
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
    process.stdout.write(render(reports, args.format));
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
function render(reports, format) {
    switch (format) {
        case 'json':
            return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n';
        case 'sarif': {
            const metas = allRuleMetas();
            const logs = reports.map((r) => toSarif(r, metas));
            const merged = { ...logs[0], runs: [{ ...logs[0].runs[0], results: logs.flatMap((l) => l.runs[0].results ?? []) }] };
            return JSON.stringify(merged, null, 2) + '\n';
        }
        case 'markdown':
            return reports.map((r) => renderComment(r, {})).join('\n\n---\n\n') + '\n';
        default: {
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

