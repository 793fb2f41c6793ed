// Repository text (Dockerfile lines, file and stage names, quotes in findings, layer
// createdBy) is hostile until escaped: it must not inject HTML, break a table or a <details>,
// open a code span, ping people, or link issues. Everything that did not come from us goes
// through these functions before it reaches markdown.
//
// Text a reader copies (image references, digests, paths, commands) goes into code spans: GitHub
// neither links nor mentions inside them, so the characters stay exactly as written.

/** Zero-width joiner: breaks GitHub's @mention, #123 and URL autolinking in prose without visible change. */
const ZWJ = '\u200d';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

// Control characters, and bidi overrides that make text read differently than it is.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Repository text is bounded before it reaches markdown; longer text ends at a word boundary. */
export const QUOTE_MAX_CHARS = 300;

/** One line, no control or bidi characters. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(INVISIBLE, '');
}

/**
 * At most about `maxLength` characters, ending at a word boundary with ` …`; one word longer than
 * the whole budget is the only thing ever cut inside, since there is no boundary to end at.
 */
export function shorten(text: string, maxLength = QUOTE_MAX_CHARS): string {
  if (text.length <= maxLength) return text;
  const window = text.slice(0, maxLength + 1);
  const boundary = window.search(/\s+\S*$/);
  const end = boundary > maxLength / 2 ? boundary : maxLength;
  return `${text.slice(0, end).trimEnd()} …`;
}

/** Repository text as inline prose (a table cell, a list item): one line, inert, at a word boundary when long. */
export function escapeMarkdown(text: string, maxLength = QUOTE_MAX_CHARS): string {
  return shorten(oneLine(text), maxLength)
    .replace(/(^|[^\w.+-])@(?=[\w-])/g, `$1@${ZWJ}`) // a mention starts a word: `image:1@sha256` stays whole
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/:(?=\/\/)/g, `:${ZWJ}`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`)
    .replace(/[&<>"]/g, (char) => HTML_ENTITIES[char])
    .replace(/[\\`*_[\]~$|]/g, '\\$&') // code, emphasis, links, strikethrough, math, table cells
    .replace(/^[#+=-]/, '\\$&') // a heading or a list, where the text opens a line
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Repository text as a code span: one line, copyable as written. The fence is longer than any
 * run of backticks inside; in a table cell (`cell`), pipes are escaped as GFM tables require
 * (the table, not the code span, removes the backslash).
 */
export function code(text: string, options: { cell?: boolean; maxLength?: number } = {}): string {
  let content = shorten(oneLine(text), options.maxLength ?? QUOTE_MAX_CHARS);
  if (content.trim() === '') return '—';
  if (options.cell) content = content.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Lines shown verbatim (a build's error output): a <pre> block, where markdown is off and entities decode. */
export function escapePre(lines: string[], maxLineLength = QUOTE_MAX_CHARS): string {
  const body = lines
    .map((line) => line.replace(INVISIBLE, '').replace(/[\r\u2028\u2029]/g, ''))
    .map((line) => shorten(line, maxLineLength))
    .map((line) => line.replace(/[&<>"]/g, (char) => HTML_ENTITIES[char]).replace(/@(?=[\w-])/g, `@${ZWJ}`))
    .join('\n');
  return `<pre>${body}</pre>`;
}

/** A repository path as a URL path: every segment percent-encoded, slashes kept. */
export function encodePath(path: string): string {
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
export function escapeMarkerKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/-/g, '%2D');
}
