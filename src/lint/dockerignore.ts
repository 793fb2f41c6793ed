// .dockerignore matching with Docker's semantics (moby/patternmatcher, as BuildKit applies it),
// in time linear in pattern × path whatever the patterns: the file is in the repository under
// test, so a hostile one must not hang the run. Docker compiles patterns to Go regexps (RE2, linear);
// JavaScript's are backtracking, so each pattern here is a token list run as an NFA over the
// path's characters (O(tokens × chars)), and patterns are indexed by what they must contain (a
// literal first folder, a literal ending, a literal path) so a path is checked against the few
// patterns that can match it, not all of them.
//
// Semantics kept from patternmatcher: lines starting with # are comments; each pattern is trimmed
// and cleaned like filepath.Clean (`./a/` is `a`, a leading / is dropped); `!` makes an exception;
// `*` is any run of non-/ characters, `?` one non-/ character, `[a-z]`/`[^a-z]` a character class,
// `\` escapes the next character, `**` any number of folders (`**/` is `**`); a pattern matches
// a path when it matches the path or any of its parent folders; the last matching pattern wins.
// patternmatcher's literal shortcuts are kept too: `**name` matches any path ending in `name`,
// `name**` any path starting with `name`.
import { posix } from 'node:path';

export interface IgnoreMatcher {
  /** True when Docker leaves `path` (relative to the context, with /) out of the build context. */
  ignores(path: string): boolean;
}

/** The patterns of a .dockerignore file, as Docker reads them (comments dropped, trimmed, cleaned, leading / removed). */
export function parseDockerignore(text: string): string[] {
  const patterns: string[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = i === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.startsWith('#')) continue;
    let pattern = line.trim();
    if (pattern === '') continue;
    const exception = pattern.startsWith('!');
    if (exception) pattern = pattern.slice(1).trim();
    if (pattern !== '') pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    patterns.push(exception ? `!${pattern}` : pattern);
  }
  return patterns;
}

/** Go's filepath.Clean for slash paths: no empty, `.` or resolvable `..` parts, no trailing slash. */
function cleanPath(path: string): string {
  const normalized = posix.normalize(path);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'one' } // ?: one character but /
  | { kind: 'class'; negated: boolean; ranges: [string, string][] }
  | { kind: 'star' } // *: any run of characters but /
  | { kind: 'dirs' } // ** before more pattern: (.*/)?, any folders or none
  | { kind: 'any' }; // ** at the end: .*

type Shortcut = { kind: 'exact' | 'prefix' | 'suffix'; literal: string } | null;

interface Pattern {
  index: number;
  exception: boolean;
  /** The literal first folder a matching path must have, or null. */
  folder: string | null;
  /** The literal text before the first wildcard: a matching path starts with it. */
  prefix: string;
  tokens: Token[];
  /** patternmatcher's literal match types, which differ from its regexp for `**name`. */
  shortcut: Shortcut;
}

/** One pattern as patternmatcher compiles it; null for an empty one, `!` alone or a malformed class (Docker refuses the file). */
function compile(source: string, index: number): Pattern | null {
  let text = source.trim();
  if (text === '') return null;
  text = cleanPath(text);
  const exception = text.startsWith('!');
  if (exception) text = text.slice(1);
  if (text === '') return null;
  const chars = Array.from(text);
  const tokens: Token[] = [];
  let literalOnly = true; // no wildcard, class or escape so far
  let shortcut: Shortcut = null;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*' && chars[i + 1] === '*') {
      i++;
      if (chars[i + 1] === '/') i++;
      const atEnd = i + 1 >= chars.length;
      tokens.push({ kind: atEnd ? 'any' : 'dirs' });
      if (tokens.length === 1 && !chars.slice(i + 1).some((c) => '*?[]\\'.includes(c))) {
        shortcut = { kind: 'suffix', literal: text.slice(2) };
      } else if (atEnd && literalOnly) {
        shortcut = { kind: 'prefix', literal: text.slice(0, -2) };
      }
      literalOnly = false;
    } else if (ch === '*') {
      tokens.push({ kind: 'star' });
      literalOnly = false;
    } else if (ch === '?') {
      tokens.push({ kind: 'one' });
      literalOnly = false;
    } else if (ch === '\\') {
      tokens.push({ kind: 'char', char: chars[++i] ?? '\\' });
      literalOnly = false;
    } else if (ch === '[') {
      const parsed = parseClass(chars, i + 1);
      if (!parsed) return null;
      tokens.push(parsed.token);
      i = parsed.end;
      literalOnly = false;
    } else {
      tokens.push({ kind: 'char', char: ch });
    }
  }
  if (literalOnly) shortcut = { kind: 'exact', literal: text };
  if (shortcut?.kind === 'suffix' && tokens.length > 1 && text.includes('\\')) shortcut = null;
  const literal = tokens.findIndex((token) => token.kind !== 'char');
  const prefix = (literal < 0 ? tokens : tokens.slice(0, literal)).map((token) => (token.kind === 'char' ? token.char : '')).join('');
  return { index, exception, tokens, shortcut, folder: literalFirstFolder(tokens), prefix };
}

/** A filepath.Match class from after its `[` to its `]`: `^` negates, `a-z` ranges, `\` escapes. */
function parseClass(chars: string[], start: number): { token: Token; end: number } | null {
  let i = start;
  const negated = chars[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  const single = (): string | null => {
    const c = chars[i];
    if (c === undefined || c === ']' || c === '-') return null;
    if (c === '\\') {
      i++;
      if (chars[i] === undefined) return null;
    }
    return chars[i++];
  };
  while (chars[i] !== ']' || ranges.length === 0) {
    const lo = single();
    if (lo === null) return null;
    let hi = lo;
    if (chars[i] === '-') {
      i++;
      const upper = single();
      if (upper === null || upper < lo) return null;
      hi = upper;
    }
    ranges.push([lo, hi]);
    if (chars[i] === undefined) return null;
  }
  return { token: { kind: 'class', negated, ranges }, end: i };
}

function classMatches(token: Extract<Token, { kind: 'class' }>, c: string): boolean {
  return token.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== token.negated;
}

/**
 * Runs the tokens as an NFA over the characters of `path`: O(tokens × characters), no backtracking.
 * State i means "tokens before i matched"; state m + 1 + i "inside the .* of the `dirs` token i".
 */
function tokensMatch(tokens: readonly Token[], path: readonly string[]): boolean {
  const m = tokens.length;
  // Two generations of states, reused: [0, m] are positions, [m + 1, 2m] the inner states.
  let active = new Uint8Array(2 * m + 1);
  let next = new Uint8Array(2 * m + 1);
  const close = (states: Uint8Array) => {
    for (let i = 0; i < m; i++) {
      const kind = tokens[i].kind;
      if (states[i] && (kind === 'star' || kind === 'dirs' || kind === 'any')) states[i + 1] = 1;
    }
  };
  active[0] = 1;
  close(active);
  for (const c of path) {
    next.fill(0);
    let alive = false;
    for (let i = 0; i < m; i++) {
      if (active[m + 1 + i]) {
        next[m + 1 + i] = 1;
        if (c === '/') next[i + 1] = 1;
        alive = true;
      }
      if (!active[i]) continue;
      alive = true;
      const token = tokens[i];
      switch (token.kind) {
        case 'char':
          if (c === token.char) next[i + 1] = 1;
          break;
        case 'one':
          if (c !== '/') next[i + 1] = 1;
          break;
        case 'class':
          if (classMatches(token, c)) next[i + 1] = 1;
          break;
        case 'star':
          if (c !== '/') next[i] = 1;
          break;
        case 'any':
          next[i] = 1;
          break;
        case 'dirs':
          next[m + 1 + i] = 1;
          if (c === '/') next[i + 1] = 1;
          break;
      }
    }
    if (!alive) return false;
    close(next);
    [active, next] = [next, active];
  }
  return active[m] === 1;
}

function patternMatches(pattern: Pattern, path: string, chars: readonly string[]): boolean {
  const shortcut = pattern.shortcut;
  if (shortcut?.kind === 'exact') return path === shortcut.literal;
  if (shortcut?.kind === 'prefix') return path.startsWith(shortcut.literal);
  if (shortcut?.kind === 'suffix') {
    const suffix = shortcut.literal;
    return path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
  }
  return tokensMatch(pattern.tokens, chars);
}

/** The literal folder a pattern must start with (`data/*.csv` → data), or null. */
function literalFirstFolder(tokens: readonly Token[]): string | null {
  let folder = '';
  for (const token of tokens) {
    if (token.kind !== 'char') return null;
    if (token.char === '/') return folder || null;
    folder += token.char;
  }
  return null;
}

/** The literal text a pattern must end with (`**\/*.pyc` → .pyc), or ''. */
function literalEnding(tokens: readonly Token[]): string {
  let ending = '';
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.kind !== 'char') break;
    ending = token.char + ending;
  }
  return ending;
}

/** A map from path endings to patterns, looked up by walking a path backwards. */
class EndingIndex {
  private readonly root = new Map<string, EndingNode>();

  add(ending: string, pattern: Pattern): void {
    let children = this.root;
    let node: EndingNode | undefined;
    for (const c of Array.from(ending).reverse()) {
      node = children.get(c);
      if (!node) children.set(c, (node = { children: new Map(), patterns: [] }));
      children = node.children;
    }
    node!.patterns.push(pattern);
  }

  /** Patterns whose ending `path` ends with. */
  candidates(chars: readonly string[], into: Pattern[]): void {
    let children = this.root;
    for (let i = chars.length - 1; i >= 0; i--) {
      const node = children.get(chars[i]);
      if (!node) return;
      into.push(...node.patterns);
      children = node.children;
    }
  }
}

interface EndingNode {
  children: Map<string, EndingNode>;
  patterns: Pattern[];
}

export function compileDockerignore(sources: readonly string[]): IgnoreMatcher {
  const patterns = sources.map((source, i) => compile(source, i)).filter((p): p is Pattern => p !== null);
  // Each pattern goes to the one index that names what a matching path must have.
  const exact = new Map<string, number>();
  const byFolder = new Map<string, Pattern[]>();
  const byEnding = new EndingIndex();
  const always: Pattern[] = [];
  for (const pattern of patterns) {
    if (pattern.shortcut?.kind === 'exact') {
      exact.set(pattern.shortcut.literal, pattern.index);
      continue;
    }
    // `**/name` matches a path ending in /name, or name itself: either way the path ends in name.
    const ending =
      pattern.shortcut?.kind === 'suffix'
        ? pattern.shortcut.literal.replace(/^\//, '')
        : pattern.shortcut
          ? ''
          : literalEnding(pattern.tokens);
    // The ending is the sharper filter (data/**/*.tmp3: .tmp3); the first folder is checked before the NFA runs.
    if (ending) byEnding.add(ending, pattern);
    else if (pattern.folder) byFolder.set(pattern.folder, [...(byFolder.get(pattern.folder) ?? []), pattern]);
    else always.push(pattern);
  }
  const byIndex = new Map(patterns.map((p) => [p.index, p]));

  /** The last pattern (highest index) that matches `candidate` itself, above `floor`. */
  const lastMatch = (candidate: string, floor: number): number => {
    let best = Math.max(floor, exact.get(candidate) ?? -1);
    const chars = Array.from(candidate);
    const slash = candidate.indexOf('/');
    const folder = slash < 0 ? candidate : candidate.slice(0, slash);
    const found: Pattern[] = [...always, ...(byFolder.get(folder) ?? [])];
    byEnding.candidates(chars, found);
    found.sort((a, b) => b.index - a.index);
    for (const pattern of found) {
      if (pattern.index <= best) break;
      if (candidate.startsWith(pattern.prefix) && patternMatches(pattern, candidate, chars)) best = pattern.index;
    }
    return best;
  };

  return {
    ignores(path: string): boolean {
      const clean = cleanPath(path.replace(/^\/+/, '')) || '.';
      // The path and each of its parent folders: a pattern that matches a folder takes what is in it.
      const parts = clean.split('/');
      let best = -1;
      for (let depth = parts.length; depth >= 1; depth--) best = lastMatch(parts.slice(0, depth).join('/'), best);
      return best >= 0 && !byIndex.get(best)!.exception;
    },
  };
}
