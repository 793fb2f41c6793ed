// Splits a Dockerfile into parser directives, comments and instructions (keyword and source
// offsets), as dockerfile-ast does: continuations (blank and comment lines inside them), the
// escape directive, heredoc bodies after RUN/COPY/ADD. dockerfile-ast builds a language-server
// AST (a position and range object for every token) and that parse alone cost more than all our
// rules; this pass keeps offsets only. A test checks that both split every Dockerfile in the
// repository, variants of them and random inputs the same way (__tests__/lint/dockerfile-oracle.test.ts).
import { instructionArguments } from './arguments.js';
import { CR, EQUALS, HASH, LF, SPACE, TAB, isBlank, isNewline } from './chars.js';

export interface SyntaxInstruction {
  /** Upper-case, as written otherwise (an unknown keyword stays an instruction). */
  keyword: string;
  /** Source offsets: the keyword's first character, just past the keyword, the instruction's end. */
  start: number;
  keywordEnd: number;
  end: number;
  line: number; // 1-based
  endLine: number; // 1-based, heredoc bodies included
}

export interface SyntaxComment {
  line: number; // 1-based
  /** The text after `#`, trimmed. */
  text: string;
}

export interface SyntaxDirective {
  line: number;
  name: string;
  value: string;
}

export interface DockerfileSyntax {
  source: string;
  /** Offset of each line's start; a line ends at \r\n, \r or \n (as dockerfile-ast counts lines). */
  lineOffsets: number[];
  escape: string;
  directives: SyntaxDirective[];
  comments: SyntaxComment[];
  instructions: SyntaxInstruction[];
}

/** Parses Dockerfile text (without a BOM). Never throws. */
export function parseSyntax(source: string): DockerfileSyntax {
  const lineOffsets = computeLineOffsets(source);
  const directives = readDirectives(source, lineOffsets);
  const escapeDirective = directives.find((d) => d.name.toLowerCase() === 'escape');
  const escape = escapeDirective && (escapeDirective.value === '\\' || escapeDirective.value === '`') ? escapeDirective.value : '\\';
  const parser = new SyntaxParser(source, lineOffsets, escape);
  // Directives occupy the first lines; the body starts after them.
  const bodyStart = directives.length === 0 ? 0 : (lineOffsets[directives.length] ?? source.length);
  for (let i = bodyStart; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (isBlank(c) || isNewline(c)) continue;
    i = c === HASH ? parser.comment(i) : parser.instruction(i);
  }
  return { source, lineOffsets, escape, directives, comments: parser.comments, instructions: parser.instructions };
}

function computeLineOffsets(source: string): number[] {
  const offsets = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === CR && source.charCodeAt(i + 1) === LF) i++;
    if (c === LF || c === CR) offsets.push(i + 1);
  }
  return offsets;
}

/** A line's text (0-based index) without its line break. */
export function lineText(syntax: Pick<DockerfileSyntax, 'source' | 'lineOffsets'>, line: number): string {
  const { source, lineOffsets } = syntax;
  const start = lineOffsets[line];
  if (start === undefined) return '';
  let end = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : source.length;
  if (end > start && source.charCodeAt(end - 1) === LF) end--;
  if (end > start && source.charCodeAt(end - 1) === CR) end--;
  return source.slice(start, end);
}

/** The 0-based line holding a source offset. */
export function lineAt(lineOffsets: number[], offset: number): number {
  let low = 0;
  let high = lineOffsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineOffsets[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * `# name=value` lines at the very top. A blank line, an instruction, or a comment without `=`
 * ends them; so does trailing whitespace after a value (dockerfile-ast reads what follows it
 * as a blank line).
 */
function readDirectives(source: string, lineOffsets: number[]): SyntaxDirective[] {
  const directives: SyntaxDirective[] = [];
  scan: for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (isBlank(c)) continue;
    if (c !== HASH) break;
    let nameStart = -1;
    let nameEnd = -1;
    for (let j = i + 1; j < source.length; j++) {
      const d = source.charCodeAt(j);
      if (isNewline(d)) break scan;
      if (isBlank(d)) {
        if (nameStart >= 0 && nameEnd < 0) nameEnd = j;
      } else if (d === EQUALS) {
        if (nameEnd < 0) nameEnd = j;
        if (nameStart < 0) break scan; // `# =x`: a plain comment
        let valueStart = -1;
        let valueEnd = -1;
        let k = j + 1;
        for (; k < source.length && !isNewline(source.charCodeAt(k)); k++) {
          if (isBlank(source.charCodeAt(k))) {
            if (valueStart >= 0 && valueEnd < 0) valueEnd = k;
          } else if (valueStart < 0) {
            valueStart = k;
          }
        }
        if (valueStart < 0) valueStart = valueEnd = j + 1;
        else if (valueEnd < 0) valueEnd = k;
        directives.push({
          line: lineAt(lineOffsets, i) + 1,
          name: source.slice(nameStart, nameEnd),
          value: source.slice(valueStart, valueEnd),
        });
        i = source.charCodeAt(valueEnd) === CR ? valueEnd + 1 : valueEnd;
        continue scan;
      } else if (nameStart < 0) {
        nameStart = j;
      }
    }
    break;
  }
  return directives;
}

class SyntaxParser {
  readonly comments: SyntaxComment[] = [];
  readonly instructions: SyntaxInstruction[] = [];
  private readonly escapeCode: number;

  constructor(
    private readonly source: string,
    private readonly lineOffsets: number[],
    private readonly escape: string,
  ) {
    this.escapeCode = escape.charCodeAt(0);
  }

  /** A comment from `#` to the end of its line; returns the offset of that line end. */
  comment(start: number): number {
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
  instruction(start: number): number {
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
          if (keywordEnd < 0) keywordEnd = i;
          i++;
        } else if (isBlank(next)) {
          let j = i + 2;
          for (; j < source.length; j++) {
            const d = source.charCodeAt(j);
            if (isBlank(d)) continue;
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
        } else {
          keywordEnd = i + 1;
          keyword += this.escape;
          afterEscape = false;
        }
      } else if (isBlank(c)) {
        if (afterEscape) {
          let j = i + 1;
          for (; j < source.length && isBlank(source.charCodeAt(j)); j++);
          if (j < source.length && isNewline(source.charCodeAt(j))) {
            i = j;
            continue;
          }
        }
        if (keywordEnd < 0) keywordEnd = i;
        const end = this.arguments(keyword, keywordEnd, i);
        this.push(keyword, start, keywordEnd, end);
        return end;
      } else if (isNewline(c)) {
        if (afterEscape) continue;
        if (keywordEnd < 0) keywordEnd = i;
        this.push(keyword, start, keywordEnd, i);
        return i;
      } else if (c === HASH && afterEscape) {
        continue;
      } else {
        keywordEnd = i + 1;
        keyword += source[i];
        afterEscape = false;
      }
    }
    if (keywordEnd < 0) keywordEnd = source.length;
    this.push(keyword, start, keywordEnd, source.length);
    return source.length;
  }

  /**
   * The arguments from `offset` to the first newline that is not escaped; after a continuation,
   * a line starting with `#` is a comment. Heredoc bodies follow. Returns the end offset.
   */
  private arguments(keyword: string, keywordEnd: number, offset: number): number {
    const { source, escapeCode } = this;
    let continued = false;
    for (let i = offset + 1; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (isNewline(c)) {
        if (continued) continue;
        return this.heredocs(keyword.toUpperCase(), keywordEnd, i);
      }
      if (c === escapeCode) {
        const next = source.charCodeAt(i + 1);
        if (isNewline(next)) {
          continued = true;
          i++;
        } else if (isBlank(next)) {
          let j = i + 2;
          for (; j < source.length && isBlank(source.charCodeAt(j)); j++);
          if (j >= source.length) return source.length;
          if (isNewline(source.charCodeAt(j))) continued = true;
          i = j; // as dockerfile-ast: the character after `\ ` is passed over
        }
      } else if (c === HASH) {
        if (continued) i = this.comment(i);
      } else if (!isBlank(c)) {
        continued = false;
      }
    }
    return source.length;
  }

  /** Skips the heredoc bodies that RUN/COPY/ADD (also under ONBUILD) open with `<<NAME` words. */
  private heredocs(keyword: string, keywordEnd: number, end: number): number {
    if (!this.source.slice(keywordEnd, end).includes('<<')) return end; // the common case: no heredoc
    let args = instructionArguments(this.source, keyword, keywordEnd, end, this.escape).words;
    if (keyword === 'ONBUILD') {
      keyword = (args[0] ?? '').toUpperCase();
      args = instructionArguments(this.source, keyword, keywordEnd, end, this.escape, 1).words;
    }
    if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD') return end;
    const names: string[] = [];
    let tabbed = false;
    for (const word of args) {
      if (!word.startsWith('<<') || word.length <= 2) continue;
      if (word.startsWith('<<-')) tabbed = true;
      const name = heredocName(word);
      if (name !== null) names.push(name);
    }
    let offset = end;
    for (const name of names) offset = this.heredocEnd(name, offset, tabbed);
    return offset;
  }

  /** The end of the line that closes a heredoc: the name alone, from column 0 (after tabs for <<-). */
  private heredocEnd(name: string, offset: number, tabbed: boolean): number {
    const { source } = this;
    let wordStart = -1;
    let lineStart = true;
    for (let i = offset; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === SPACE || (c === TAB && !tabbed)) {
        lineStart = false;
      } else if (isNewline(c)) {
        if (wordStart >= 0 && source.slice(wordStart, i) === name) return i;
        wordStart = -1;
        lineStart = true;
      } else if (c !== TAB && lineStart) {
        wordStart = i;
        lineStart = false;
      }
    }
    return source.length;
  }

  private push(keyword: string, start: number, keywordEnd: number, end: number) {
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
export function heredocName(word: string): string | null {
  let name = word.slice(word.startsWith('<<-') ? 3 : 2);
  for (const quote of ['"', "'"]) {
    if (name.startsWith(quote)) {
      if (!name.endsWith(quote)) return null;
      name = name.slice(1, -1);
    }
  }
  return name.startsWith('<') ? null : name;
}
