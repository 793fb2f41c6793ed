// What the bundle is built from, hashed: the test runner rebuilds dist/ before tests that run it
// when this differs from what the last `npm run bundle` recorded, so no test runs a stale bundle.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const STAMP = 'node_modules/.cache/ml-image-guard/bundle-inputs';

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

export function bundleInputsHash() {
  const hash = createHash('sha256');
  for (const path of [...files('src'), 'package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs']) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

export function bundleIsCurrent() {
  return existsSync('dist/index.js') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === bundleInputsHash();
}
