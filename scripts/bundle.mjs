// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Two bundles so the CLI never loads Octokit just to lint.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';

const targets = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];
rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of targets) {
  const r = spawnSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The CLI bundle needs a shebang to run as the package's bin.
const cli = 'dist/cli/index.js';
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + text, { mode: 0o755 });
}
