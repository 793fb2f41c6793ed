// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Two bundles so the CLI never loads Octokit just to lint.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync, readFileSync, existsSync, readdirSync, mkdtempSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { STAMP, bundleInputsHash } from './bundle-inputs.mjs';

const targets = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];
rmSync('dist', { recursive: true, force: true });
const statsDir = mkdtempSync(join(tmpdir(), 'mlg-bundle-'));
for (const [i, { entry, out }] of targets.entries()) {
  const stats = join(statsDir, `${i}.json`);
  const r = spawnSync('npx', ['ncc', 'build', entry, '-o', out, '--stats-out', stats, '-q'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(join(out, 'licenses.txt'), licenses(JSON.parse(readFileSync(stats, 'utf8'))));
}
rmSync(statsDir, { recursive: true, force: true });

// The CLI bundle needs a shebang to run as the package's bin.
const cli = 'dist/cli/index.js';
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + text, { mode: 0o755 });
}
mkdirSync(dirname(STAMP), { recursive: true });
writeFileSync(STAMP, bundleInputsHash());

/**
 * The license of every package bundled into any chunk (ncc's --license keeps only one chunk's
 * packages once a bundle has lazy chunks), as ncc writes them: name, license, text.
 */
function licenses(stats) {
  const roots = new Set();
  const visit = (modules) => {
    for (const module of modules ?? []) {
      visit(module.modules);
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec((module.name ?? '').replace(/^\.\//, ''));
      if (match) roots.add(match[1]);
    }
  };
  visit(stats.modules);
  const entries = new Map();
  for (const root of roots) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const file = readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
    const text = file ? readFileSync(join(root, file), 'utf8').trim() : '';
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
    entries.set(`${pkg.name}\n${license}\n${text}`, pkg.name);
  }
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([entry]) => `${entry}\n\n`)
    .join('');
}
