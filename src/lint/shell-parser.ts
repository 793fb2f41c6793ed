// A shell parser for what Dockerfile RUN scripts are made of: simple commands with their
// assignment prefixes and 1-based lines, across &&, ||, ;, |, &, newlines, subshells, { },
// if/for/while/case, functions, $(...), backticks, <(...), redirections and heredocs, with
// POSIX quoting (' " \ $'...'). Written here because mvdan-sh costs ~0.2 s of CPU to load and
// sh-syntax several ms a parse, while the lint budget is a fraction of a ms per Dockerfile;
// a differential test checks this parser against mvdan-sh on every Dockerfile we have.

export interface ParsedWord {
  text: string; // quotes removed; expansions kept as written ($VAR, $(...))
  line: number;
  /** `NAME=` at the start, unquoted: an assignment when it prefixes a command. */
  assignment: { name: string; value: string } | null;
}

export interface SimpleCommand {
  words: ParsedWord[]; // assignments first, then the command and its arguments
  line: number;
}

export class ShellSyntaxError extends Error {}

/**
 * Substitutions nest by recursion: past this depth the script is refused (and read by the
 * fallback) before the recursion overflows the stack, which a 2000-deep $( did on the main thread.
 */
const MAX_NESTING = 200;

/** Words that open or close compound commands; dropped where a command would start. */
const RESERVED = new Set(['{', '}', '!', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'esac', 'in']);
/** A character of a shell NAME ([A-Za-z_][A-Za-z0-9_]*), at its start or further in. */
function isNameChar(c: string, first: boolean): boolean {
  const code = c.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || (!first && code >= 48 && code <= 57);
}

export function parseSimpleCommands(script: string): SimpleCommand[] {
  const parser = new Parser(script);
  parser.parseList(null);
  return parser.commands;
}

class Parser {
  readonly commands: SimpleCommand[] = [];
  private pos = 0;
  private line = 1;
  private pendingHeredocs: { delimiter: string; stripTabs: boolean }[] = [];
  private backtickDepth = 0;
  private nesting = 0;

  constructor(private readonly src: string) {}

  /** Parses commands until `terminator` (')' of $( or '`') or the end; returns after it. */
  parseList(terminator: ')' | '`' | null): void {
    if (this.nesting === MAX_NESTING) throw new ShellSyntaxError(`line ${this.line}: substitutions nested deeper than ${MAX_NESTING}`);
    this.nesting++;
    if (terminator === '`') this.backtickDepth++;
    try {
      this.parseCommands(terminator);
    } finally {
      if (terminator === '`') this.backtickDepth--;
      this.nesting--;
    }
  }

  private parseCommands(terminator: ')' | '`' | null): void {
    const src = this.src;
    let words: ParsedWord[] = [];
    let parenDepth = 0;
    const endCommand = () => {
      this.finishCommand(words);
      words = [];
    };
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') {
        this.pos++;
      } else if (c === '\\' && src[this.pos + 1] === '\n') {
        this.pos += 2;
        this.line++;
      } else if (c === '\n') {
        this.pos++;
        this.line++;
        endCommand();
        this.readHeredocBodies();
      } else if (c === '#') {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      } else if (c === ';' || c === '&' || c === '|') {
        if (c === '&' && src[this.pos + 1] === '>') {
          this.pos += src[this.pos + 2] === '>' ? 3 : 2;
          this.readWord(); // &>file: a redirection target, not an argument
          continue;
        }
        const doubled = src[this.pos + 1] === c || (c === '|' && src[this.pos + 1] === '&');
        this.pos += doubled ? 2 : 1;
        endCommand();
      } else if (c === '(') {
        this.pos++;
        if (this.peekNonBlank() === ')') {
          // name() { ...; }: a function definition, its name is not a command.
          this.pos = this.src.indexOf(')', this.pos) + 1;
          words = [];
          continue;
        }
        endCommand();
        parenDepth++;
      } else if (c === ')') {
        if (parenDepth === 0 && terminator === ')') {
          this.pos++;
          endCommand();
          return;
        }
        this.pos++;
        if (parenDepth > 0) {
          parenDepth--;
          endCommand();
        } else {
          words = []; // a case pattern: `pat)` precedes the branch's commands
        }
      } else if (c === '`' && terminator === '`') {
        this.pos++;
        endCommand();
        return;
      } else if ((c === '<' || c === '>') && src[this.pos + 1] === '(') {
        const line = this.line;
        this.pos += 2;
        this.parseList(')');
        words.push({ text: '$(...)', line, assignment: null });
      } else if (c === '<' || c === '>') {
        this.readRedirection(words);
      } else {
        const before = this.pos;
        const word = this.readWord();
        // A backtick that closes an outer substitution inside $(...): the nesting is broken.
        if (this.pos === before) throw new ShellSyntaxError(`line ${this.line}: unexpected ${JSON.stringify(c)}`);
        if (word) words.push(word);
      }
    }
    if (terminator) throw new ShellSyntaxError(`line ${this.line}: reached the end without closing ${terminator === ')' ? '$(' : '`'}`);
    if (parenDepth > 0) throw new ShellSyntaxError(`line ${this.line}: reached the end without closing (`);
    endCommand();
  }

  private finishCommand(words: ParsedWord[]) {
    let start = 0;
    while (start < words.length && RESERVED.has(words[start].text)) start++;
    const rest = words.slice(start);
    if (rest.length === 0) return;
    const first = rest[0].text;
    // Headers of for/case/select list values, not commands: `for f in *.whl; do`.
    if (first === 'for' || first === 'case' || first === 'select') return;
    this.commands.push({ words: rest, line: rest[0].line });
  }

  private peekNonBlank(): string | undefined {
    let i = this.pos;
    while (this.src[i] === ' ' || this.src[i] === '\t') i++;
    return this.src[i];
  }

  /** `>`, `>>`, `<`, `2>&1`, `<<EOF`, `<<-EOF`, `<<<word`: the target is not an argument. */
  private readRedirection(words: ParsedWord[]) {
    const src = this.src;
    // A file descriptor number written right before the operator belongs to it.
    const last = words[words.length - 1];
    if (last && /^\d+$/.test(last.text) && /\d/.test(src[this.pos - 1] ?? '')) words.pop();
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
      if (delimiter) this.pendingHeredocs.push({ delimiter: delimiter.text, stripTabs });
      return;
    }
    this.pos++;
    if (src[this.pos] === '>' || src[this.pos] === '&' || src[this.pos] === '|') this.pos++;
    this.skipBlanks();
    this.readWord();
  }

  private skipBlanks() {
    while (this.src[this.pos] === ' ' || this.src[this.pos] === '\t') this.pos++;
  }

  private readHeredocBodies() {
    for (const { delimiter, stripTabs } of this.pendingHeredocs) {
      while (this.pos < this.src.length) {
        const end = this.src.indexOf('\n', this.pos);
        const lineEnd = end < 0 ? this.src.length : end;
        let text = this.src.slice(this.pos, lineEnd).replace(/\r$/, '');
        if (stripTabs) text = text.replace(/^\t+/, '');
        this.pos = end < 0 ? this.src.length : end + 1;
        this.line++;
        if (text === delimiter) break;
      }
    }
    this.pendingHeredocs = [];
  }

  /** One word with quotes removed; null at an operator. */
  private readWord(): ParsedWord | null {
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
          if (close < 0) throw new ShellSyntaxError(`line ${this.line}: reached the end without closing (`);
          text += src.slice(this.pos, close + 1);
          this.line += countNewlines(src, this.pos, close);
          this.pos = close + 1;
          continue;
        }
        break;
      }
      if (c === '`') {
        if (this.backtickDepth > 0) break; // the closing backtick of the substitution we are in
        this.pos++;
        this.parseList('`');
        text += '$(...)';
        unquotedPrefix = false;
      } else if (c === '\\') {
        if (src[this.pos + 1] === '\n') {
          this.pos += 2;
          this.line++;
          continue;
        }
        text += src[this.pos + 1] ?? '';
        this.pos += 2;
        unquotedPrefix = false;
      } else if (c === "'") {
        const close = src.indexOf("'", this.pos + 1);
        if (close < 0) throw new ShellSyntaxError(`line ${this.line}: reached the end without closing quote '`);
        text += src.slice(this.pos + 1, close);
        this.line += countNewlines(src, this.pos, close);
        this.pos = close + 1;
        unquotedPrefix = false;
      } else if (c === '"') {
        this.pos++;
        text += this.readDoubleQuoted();
        unquotedPrefix = false;
      } else if (c === '$') {
        text += this.readDollar();
        unquotedPrefix = false;
      } else {
        if (c === '=' && unquotedPrefix && assignmentAt < 0 && identifierSoFar) assignmentAt = text.length;
        if (unquotedPrefix && assignmentAt < 0) identifierSoFar = isNameChar(c, text === '') && (text === '' || identifierSoFar);
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

  private readDoubleQuoted(): string {
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
        if (next === '\n') this.line++;
        else if (next === '$' || next === '`' || next === '"' || next === '\\') text += next;
        else text += c + (next ?? '');
        this.pos += 2;
      } else if (c === '$') {
        text += this.readDollar();
      } else if (c === '`') {
        this.pos++;
        this.parseList('`');
        text += '$(...)';
      } else {
        if (c === '\n') this.line++;
        text += c;
        this.pos++;
      }
    }
    throw new ShellSyntaxError(`line ${this.line}: reached the end without closing quote "`);
  }

  /** $NAME, ${...}, $(...), $((...)), $'...': expansions render as written, command substitutions are parsed. */
  private readDollar(): string {
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
        } else text += src[i++];
      }
      if (i >= src.length) throw new ShellSyntaxError(`line ${this.line}: reached the end without closing quote '`);
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
  private skipBalanced(from: number, open: string, close: string, depth: number): number {
    const src = this.src;
    let i = from;
    while (i < src.length && depth > 0) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === "'" && open === '{') {
        const end = src.indexOf("'", i + 1);
        if (end < 0) break;
        this.line += countNewlines(src, i, end);
        i = end;
      } else if (c === open) depth++;
      else if (c === close) depth--;
      else if (c === '\n') this.line++;
      i++;
    }
    if (depth > 0) throw new ShellSyntaxError(`line ${this.line}: reached the end without closing ${open}`);
    return i;
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function ansiEscape(c: string): string {
  return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[c] ?? c;
}
