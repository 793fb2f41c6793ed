// The comment as GitHub shows it: cmark-gfm (GitHub's own renderer, with the extensions GitHub
// turns on) to HTML, and the text a reader sees, whole or above the fold (outside <details>,
// whose <summary> line stays visible). Used by the rendering test, the PNG script and
// `npx tsx scripts/comment-html.ts size FILE.md…`, which prints the figures the issue budgets.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** GitHub renders raw HTML (then sanitizes it), so --unsafe: otherwise cmark-gfm drops <details>. */
export function markdownToHtml(markdown: string): string {
  const result = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw new Error(`cmark-gfm did not run (${result.error.message}): apt-get install -y cmark-gfm`);
  if (result.status !== 0) throw new Error(`cmark-gfm exited with ${result.status}: ${result.stderr}`);
  return result.stdout;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes one level of HTML character references, as a browser does for text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** HTML without the collapsed part of each closed <details>: its <summary> stays, the rest goes. */
export function aboveTheFold(html: string): string {
  return html.replace(
    /<details(?![^>]*\bopen\b)[^>]*>([\s\S]*?)<\/details>/gi,
    (_, inner: string) => /<summary\b[^>]*>[\s\S]*?<\/summary>/i.exec(inner)?.[0] ?? '',
  );
}

/** What a reader sees: tags and comments removed, entities decoded, whitespace runs as one space. */
export function visibleText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(td|th|li|p|h\d|summary|pre|tr|br)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

export interface CommentSize {
  /** Characters a reader sees before opening any <details>. */
  aboveTheFold: number;
  /** Characters of the markdown body, as GitHub counts toward its 65,536. */
  body: number;
}

export function commentSize(markdown: string): CommentSize {
  return { aboveTheFold: visibleText(aboveTheFold(markdownToHtml(markdown))).length, body: markdown.length };
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'size') {
  for (const file of process.argv.slice(3)) {
    const size = commentSize(readFileSync(file, 'utf8'));
    console.log(`${file}: ${size.aboveTheFold} visible characters above the fold, ${size.body} characters in the body`);
  }
}
