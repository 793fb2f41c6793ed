// Renders comments to PNG as GitHub shows them, for the README and docs: cmark-gfm (GitHub's
// renderer) to HTML, GitHub's stylesheet (the github-markdown-css package) in a column as wide as
// a PR conversation's, screenshotted by headless Chromium (Debian's `chromium`; emoji need
// `fonts-noto-color-emoji`). Collapsed sections stay collapsed: the picture is what a reviewer
// sees first.
//
//   npx tsx scripts/comment-png.ts OUT_DIR FILE.md…   (default: the golden comments → docs/)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { markdownToHtml } from './comment-html.js';

/** GitHub's comment column is about 780 px of text inside 16 px padding. */
const WIDTH_PX = 812;

// Without the networking flags Chromium floods a closed network with refused connections.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

function page(markdown: string): string {
  const css = readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<style>${css}</style>`,
    `<style>body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;width:${WIDTH_PX}px;padding:16px}</style>`,
    '</head><body><article class="markdown-body">',
    markdownToHtml(markdown),
    // The height, for the second run to size the window to the content.
    '</article><script>document.title = String(document.querySelector("article").getBoundingClientRect().height)</script></body></html>',
  ].join('\n');
}

function chromium(args: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'mlg-chromium-'));
  try {
    const result = spawnSync('chromium', [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, ...args], { encoding: 'utf8', timeout: 60_000 });
    if (result.error) throw new Error(`chromium did not run (${result.error.message}): apt-get install -y chromium`);
    if (result.status !== 0) throw new Error(`chromium exited with ${result.status}: ${result.stderr.slice(-500)}`);
    return result.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function renderPng(markdown: string, out: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-page-'));
  try {
    const html = join(dir, 'page.html');
    writeFileSync(html, page(markdown));
    const dom = chromium([`--window-size=${WIDTH_PX},2000`, '--dump-dom', `file://${html}`]);
    const height = Math.ceil(Number(/<title>([\d.]+)<\/title>/.exec(dom)?.[1] ?? 2000));
    chromium([`--window-size=${WIDTH_PX},${Math.min(height, 8000)}`, `--screenshot=${resolve(out)}`, `file://${html}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'docs', ...files] = process.argv.slice(2);
  const inputs =
    files.length > 0
      ? files
      : ['lint-bad-inference.md', 'built-pr-grown.md', 'built-no-change.md'].map((name) => `__tests__/fixtures/comments/${name}`);
  for (const file of inputs) {
    const out = join(outDir, `comment-${basename(file, '.md')}.png`);
    renderPng(readFileSync(file, 'utf8'), out);
    console.log(out);
  }
}
