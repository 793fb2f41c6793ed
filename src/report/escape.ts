// Repository text (Dockerfile lines, file and stage names, messages quoting them, layer
// createdBy) is hostile until escaped: it must not inject HTML, break a table or a <details>,
// open a code span, ping people, or link issues. Everything that did not come from us goes
// through these functions before it reaches markdown.

/** Zero-width joiner: breaks GitHub's @mention, #123 and URL autolinking without visible change. */
const ZWJ = '\u200d';

const HTML_ENTITIES: Record<string, string> = {
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
export function escapeMarkdown(text: string, maxLength = 300): string {
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
export function escapeCode(text: string, maxLength = 300): string {
  return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}

/** Lines shown verbatim (a build's error output): a <pre> block, where markdown is off and entities decode. */
export function escapePre(lines: string[], maxLineLength = 300): string {
  const body = lines
    .map((line) => line.replace(INVISIBLE, '').replace(/[\r\u2028\u2029]/g, ''))
    .map((line) => (line.length > maxLineLength ? `${line.slice(0, maxLineLength - 1)}…` : line))
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
