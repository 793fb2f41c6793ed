// The comment as GitHub renders it (cmark-gfm with GitHub's extensions), read as a reviewer
// reads it: in rendered prose no literal backticks (our code spans render), no HTML entities
// shown as text, no word cut mid-way, no doubled words. Over the golden comments of real runs
// and the lint-only comments of every example.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntities, markdownToHtml } from '../../scripts/comment-html.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { lintOnlyReport } from '../../scripts/readme.js';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'comments');

/** The text nodes of rendered prose (code and pre excluded: there, backticks and entities are the reader's text). */
function proseNodes(html: string): string[] {
  const prose = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  return prose
    .split(/<[^>]+>/)
    .map((node) => decodeEntities(node).replace(/\s+/g, ' ').trim())
    .filter((node) => node !== '');
}

/** What a reviewer would notice, one line per problem. */
function renderingProblems(markdown: string): string[] {
  const problems: string[] = [];
  for (const node of proseNodes(markdownToHtml(markdown))) {
    if (node.includes('`')) problems.push(`literal backtick: ${node.slice(0, 120)}`);
    const entity = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.exec(node);
    if (entity) problems.push(`entity shown as text (${entity[0]}): ${node.slice(0, 120)}`);
    const cut = /[\p{L}\d]…/u.exec(node);
    if (cut) problems.push(`word cut mid-way: …${node.slice(Math.max(0, cut.index - 40), cut.index + 2)}`);
    const doubled = /\b(\p{L}{2,})\s+\1\b/iu.exec(node);
    if (doubled) problems.push(`doubled word "${doubled[0]}": ${node.slice(0, 120)}`);
  }
  return problems;
}

const goldens = readdirSync(GOLDEN_DIR).filter((name) => name.endsWith('.md'));

test('there are golden comments to read', () => {
  assert.ok(goldens.length >= 5, goldens.join(', '));
});

for (const name of goldens) {
  test(`rendered as GitHub renders it, ${name} reads cleanly`, () => {
    assert.deepEqual(renderingProblems(readFileSync(join(GOLDEN_DIR, name), 'utf8')), []);
  });
}

for (const example of readdirSync('examples')) {
  test(`rendered as GitHub renders it, the lint-only comment and summary of examples/${example} read cleanly`, async () => {
    const report = await lintOnlyReport(example);
    assert.deepEqual(renderingProblems(renderComment(report)), []);
    assert.deepEqual(renderingProblems(renderSummary(report)), []);
  });
}

test('the checks see what a reviewer sees: each problem is caught', () => {
  assert.match(renderingProblems('Add \\`--no-cache-dir\\` to pip.').join('\n'), /literal backtick/);
  assert.match(renderingProblems('A pipe &amp;#124; here.').join('\n'), /entity shown as text/);
  assert.match(renderingProblems('Use the runtime image at run time f…').join('\n'), /word cut mid-way/);
  assert.match(renderingProblems('saves about about 0.8 GB').join('\n'), /doubled word/);
  assert.deepEqual(renderingProblems('Add `--no-cache-dir` and `a &amp; b` … saves 0.8 GB.'), []);
});
