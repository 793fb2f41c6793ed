// Arguments as BuildKit reads them, where dockerfile-ast (our parser) reads them differently.
// Each difference is checked against the real engine (__tests__/lint/buildkit-reading.test.ts
// builds the cases and compares `docker image inspect` Config.Env with the model):
// - Joined arguments: BuildKit drops every comment line inside a continuation, indented or not,
//   and keeps the blanks before the escape character; dockerfile-ast's getArgumentsContent()
//   keeps an indented comment line (`    # why`) as part of the arguments.
// - ENV/ARG values: BuildKit removes quotes anywhere in a word (`a"b c"d` → `ab cd`) and applies
//   escapes by its shell rules, also in ENV's old `ENV name value` form; dockerfile-ast's
//   Property.getValue() keeps quotes unless one pair encloses the whole value.
// - ENV/ARG words: an escaped quote (`\"`) opens no quote for BuildKit, it does for dockerfile-ast;
//   and `ARG A B` declares A and B, where dockerfile-ast reads ENV's `name value` form.

export interface KeyValue {
  name: string;
  /** Quotes removed and escapes applied, variables left as written; null for a bare name. */
  value: string | null;
}

const CONTINUATION: Record<string, RegExp> = { '\\': /\\[ \t]*$/, '`': /`[ \t]*$/ };

/** Where a line's continuation (the escape character, then only blanks) starts; -1 on a line that ends the instruction. */
export function continuationAt(line: string, escape: string): number {
  return CONTINUATION[escape].exec(line)?.index ?? -1;
}

/**
 * An instruction's arguments as one logical line, as BuildKit joins it: a line ending in the
 * escape character (blanks after it allowed) goes on with the next line, as written, after
 * skipping blank and comment lines. Lines after the logical line (heredoc bodies) follow verbatim.
 */
export function joinContinuations(text: string, escape: string): string {
  const continuation = CONTINUATION[escape];
  if (!text.includes('\n') && !text.includes('\r')) return text.replace(continuation, '');
  const lines = text.split(/\r\n|\r|\n/);
  let joined = '';
  let i = 0;
  for (;;) {
    const line = lines[i];
    const cut = continuation.exec(line);
    if (!cut) {
      joined += line;
      break;
    }
    joined += line.slice(0, cut.index);
    for (i++; i < lines.length && isSkippedLine(lines[i]); i++);
    if (i === lines.length) return joined;
  }
  return i + 1 < lines.length ? joined + '\n' + lines.slice(i + 1).join('\n') : joined;
}

/** Inside a continuation, BuildKit skips whitespace-only lines and lines whose first non-blank is `#`. */
function isSkippedLine(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed === '' || trimmed.startsWith('#');
}

/**
 * ENV's pairs or ARG's declarations from the joined arguments. ENV whose first word has no `=`
 * is the old form: the name, then everything after the blanks that follow it is the value.
 */
export function keyValues(keyword: 'ENV' | 'ARG', args: string, escape: string): KeyValue[] {
  const words = splitWords(args, escape);
  if (words.length === 0) return [];
  if (keyword === 'ENV' && !words[0].includes('=')) {
    const [name, value = ''] = args.trim().split(/[ \t\v\f\r\n]+(.*)/s);
    return [{ name: unquote(name, escape), value: unquote(value, escape) }];
  }
  return words.map((word) => {
    const eq = word.indexOf('=');
    if (eq < 0) return { name: unquote(word, escape), value: null };
    return { name: unquote(word.slice(0, eq), escape), value: unquote(word.slice(eq + 1), escape) };
  });
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

/** Words split at blanks outside quotes; quotes and escapes kept. An escape outside quotes keeps the next character literal. */
function splitWords(text: string, escape: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === '' && isSpace(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === escape && quote !== "'") {
      if (i + 1 === text.length) break; // an escape character at the very end is dropped
      word += c + text[++i];
      continue;
    }
    if (quote === '' && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = '';
    word += c;
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * A word's value as BuildKit's shell lexer gives it, variables left as written: quotes removed;
 * outside quotes the escape character keeps the next character; inside double quotes it escapes
 * only `"`, `$` and itself; inside single quotes nothing.
 */
export function unquote(word: string, escape: string): string {
  let value = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === escape) {
      if (i + 1 < word.length) value += word[++i];
    } else if (c === "'") {
      const end = word.indexOf("'", i + 1);
      value += word.slice(i + 1, end < 0 ? word.length : end);
      i = end < 0 ? word.length : end;
    } else if (c === '"') {
      for (i++; i < word.length && word[i] !== '"'; i++) {
        const next = word[i + 1];
        if (word[i] !== escape) value += word[i];
        else if (next === '"' || next === '$' || next === escape) value += word[++i];
        else if (i + 1 < word.length) value += word[i];
      }
    } else {
      value += c;
    }
  }
  return value;
}
