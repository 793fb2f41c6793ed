// Runs every __tests__/**/*.test.ts with Node's own test runner, or the files whose paths contain
// one of the arguments. The tests run as plain JavaScript compiled into .test-build/ first
// (scripts/test-build.mjs: only what changed is compiled again), not through tsx in every test
// file's process. Files named *.e2e.test.ts run the shipped bundle: dist/ is rebuilt first when the
// sources changed since the last bundle, so no test ever runs a stale bundle. Node 20's --test
// takes no globs, so the files are listed here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { bundleIsCurrent } from './bundle-inputs.mjs';
import { OUT, buildTests } from './test-build.mjs';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? find(path) : name.endsWith('.test.ts') ? [path] : [];
  });
}

const filter = process.argv.slice(2);
const files = find('__tests__').filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)));
if (files.some((f) => f.endsWith('.e2e.test.ts')) && !bundleIsCurrent()) {
  console.log('# dist/ is older than the sources: npm run bundle');
  const bundle = spawnSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
  if (bundle.status !== 0) process.exit(bundle.status ?? 1);
}
await buildTests();
const compiled = (f) => join(OUT, f.replace(/\.ts$/, '.js'));
// *.serial.test.ts prune records of the engine's build cache, shared by every build: BuildKit can
// then fail a build running beside them with "not found" (seen in the demo's test), so they run
// after the others, alone.
const nodeTest = (list, concurrency) =>
  list.length === 0
    ? 0
    : (spawnSync(
        process.execPath,
        ['--enable-source-maps', '--test', '--test-reporter=spec', `--test-concurrency=${concurrency}`, ...list.map(compiled)],
        { stdio: 'inherit' },
      ).status ?? 1);
const serial = files.filter((f) => f.endsWith('.serial.test.ts'));
const concurrent = nodeTest(
  files.filter((f) => !serial.includes(f)),
  2,
);
const alone = nodeTest(serial, 1);
process.exit(concurrent || alone);
