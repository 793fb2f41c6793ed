// An instruction's arguments as Docker splits them, read straight from the source text: words,
// --flags, and the arguments joined across continuations. The same results as dockerfile-ast's
// getArguments/getFlags/getArgumentsContent (a test compares them on every instruction of the
// repository's Dockerfiles, variants of them and random input), in one pass over offsets.
import { CR, DOLLAR, HASH, LF, isBlank, isNewline } from './chars.js';

export interface Flag {
  name: string; // lower-case, without dashes
  value: string | null;
}

export interface InstructionArguments extends ScannedArguments {
  flags: Flag[];
}

// Which instructions take --flags, and where dockerfile-ast stops looking for them: at the first
// word without `--` (FROM, RUN, COPY, ADD) or at CMD/NONE (HEALTHCHECK).
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const endsFlags = (keyword: string, word: string) => (keyword === 'HEALTHCHECK' ? /^(cmd|none)$/i.test(word) : !word.includes('--'));

/**
 * The words of source[from, to) after the instruction's flags, and the flags. `skip` leading
 * words are dropped first (ONBUILD's trigger keyword).
 */
export function instructionArguments(
  source: string,
  keyword: string,
  from: number,
  to: number,
  escape: string,
  skip = 0,
): InstructionArguments {
  const scanned = scanArguments(source, from, to, escape);
  const flags: Flag[] = [];
  if (FLAG_KEYWORDS.has(keyword)) {
    for (let i = skip; i < scanned.words.length; i++) {
      const word = scanned.words[i];
      if (endsFlags(keyword, word)) break;
      if (!word.startsWith('--')) continue;
      const eq = word.indexOf('=');
      flags.push(
        eq < 0 ? { name: word.slice(2).toLowerCase(), value: null } : { name: word.slice(2, eq).toLowerCase(), value: word.slice(eq + 1) },
      );
    }
  }
  // As dockerfile-ast: as many leading words as there are flags are dropped.
  const first = skip + flags.length;
  if (first === 0) return { words: scanned.words, starts: scanned.starts, ends: scanned.ends, flags };
  return { words: scanned.words.slice(first), starts: scanned.starts.slice(first), ends: scanned.ends.slice(first), flags };
}

/** The arguments as one string, from the first word to the last, continuations removed. */
export function argumentsText(source: string, args: ScannedArguments, escape: string): string {
  const last = args.words.length - 1;
  return last < 0 ? '' : joinedContent(source, args.starts[0], args.ends[last], escape);
}

export interface ScannedArguments {
  /** Whitespace-separated words, continuations joined, escapes applied (`\$` kept), quotes kept. */
  words: string[];
  /** Source offset of each word's first character. */
  starts: number[];
  /** Source offset just past each word (before a continuation's escape character). */
  ends: number[];
}

/**
 * Splits source[from, to) (everything after the keyword) into words. A line continuation is the
 * escape character followed by optional blanks and a newline; after one, a line whose first
 * character is `#` is a comment and blank lines are skipped. A word goes on across a continuation
 * unless the next line starts with blanks.
 */
export function scanArguments(source: string, from: number, to: number, escape: string): ScannedArguments {
  const escapeCode = escape.charCodeAt(0);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
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
      if (pieceStart >= 0) value += source.slice(pieceStart, i);
      pieceStart = -1;
      if (afterContinuation) {
        blankAfterContinuation = !isNewline(c);
        if (isNewline(c) && inComment) {
          inComment = false;
          lineStart = true;
        }
      } else if (wordStart >= 0) {
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
        if (pieceStart >= 0) value += source.slice(pieceStart, i);
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
      if (pieceStart >= 0) value += source.slice(pieceStart, i);
      pieceStart = -1;
      if (isBlank(next)) {
        let j = i + 2;
        while (j < to && isBlank(source.charCodeAt(j))) j++;
        if (j < to && isNewline(source.charCodeAt(j))) {
          // A continuation with blanks after the escape character.
          inComment = false;
          afterContinuation = true;
          lineStart = true;
          if (wordStart >= 0) cut = i;
          i = source.charCodeAt(j) === CR ? j + 1 : j;
        } else if (j < to) {
          // An escaped blank separates words like a blank does.
          cut = i;
          if (wordStart < 0) i = j - 1;
        }
      } else if (next === CR || next === LF) {
        inComment = false;
        afterContinuation = true;
        lineStart = true;
        if (wordStart >= 0 && cut < 0) cut = i;
        i += next === CR ? 2 : 1;
      } else {
        if (next === -1) break; // a lone escape character at the very end
        value += next === DOLLAR ? source.slice(i, i + 2) : source[i + 1];
        if (wordStart < 0) wordStart = i;
        i++;
      }
    } else if (!inComment) {
      if (plainChar) {
        if (pieceStart < 0) pieceStart = i;
        if (wordStart < 0) wordStart = i;
      } else {
        inComment = true; // `#` first on a line after a continuation
      }
      lineStart = false;
    }
  }
  if (pieceStart >= 0) value += source.slice(pieceStart, Math.min(i, to));
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
function joinedContent(source: string, from: number, to: number, escape: string): string {
  if (!hasNewline(source, from, to)) return source.slice(from, to); // one line: as written
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
        while (j < to && isBlank(source.charCodeAt(j))) j++;
        if (j < to && isNewline(source.charCodeAt(j))) newlineAt = source.charCodeAt(j) === CR ? j + 1 : j;
      } else if (next === CR) {
        newlineAt = i + 2;
      } else if (next === LF) {
        newlineAt = i + 1;
      } else {
        i++; // an escaped character
        continue;
      }
      if (newlineAt < 0) continue;
      if (segmentStart >= 0) content += source.slice(segmentStart, end + 1);
      segmentStart = -1;
      inComment = false;
      i = newlineAt;
    } else if (isNewline(c)) {
      if (inComment) {
        segmentStart = -1;
        inComment = false;
      }
    } else if (!inComment) {
      if (segmentStart < 0) {
        if (c === HASH) {
          inComment = true;
          continue;
        }
        const start = lineStartOf(source, i);
        if (start !== i) segmentStart = start;
      }
      end = i;
    }
  }
  // A last line whose only character sits at column 0 keeps that character.
  content += segmentStart < 0 ? source.slice(end, end + 1) : source.slice(segmentStart, end + 1);
  return content;
}

function hasNewline(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isNewline(source.charCodeAt(i))) return true;
  return false;
}

function lineStartOf(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isNewline(source.charCodeAt(i - 1))) i--;
  return i;
}

export interface Property {
  name: string;
  /** Quotes removed and escapes applied; null for a bare name (`ARG TOKEN`, `ENV A`). */
  value: string | null;
}

/**
 * ENV/ARG pairs from the joined arguments: `name=value ...` (values may be quoted and contain
 * blanks), or ENV's old `ENV name value words` form when the first word has no `=`.
 */
export function properties(keyword: 'ENV' | 'ARG', args: string, escape: string): Property[] {
  const words = quotedWords(args, escape);
  if (words.length === 0) return [];
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
function quotedWords(text: string, escape: string): { raw: string; value: string }[] {
  const words: { raw: string; value: string }[] = [];
  let value = '';
  let start = -1;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === '' && (c === ' ' || c === '\t')) {
      if (start >= 0) words.push({ raw: text.slice(start, i), value });
      start = -1;
      value = '';
      continue;
    }
    if (start < 0) start = i;
    if (c === escape && quote !== "'") {
      if (i + 1 === text.length) break; // a lone escape character at the very end
      const next = text[i + 1];
      // Inside double quotes only a quote, the escape character and $ are escaped.
      value += quote === '"' && next !== '"' && next !== escape && next !== '$' ? c + next : next;
      i++;
    } else if ((c === '"' || c === "'") && (quote === '' || quote === c)) {
      quote = quote === '' ? c : '';
    } else {
      value += c;
    }
  }
  if (start >= 0) words.push({ raw: text.slice(start), value });
  return words;
}
