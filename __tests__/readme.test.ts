import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateReadme } from '../scripts/readme.js';

test('README: inputs/outputs tables match action.yml, rules match the registry, the example comment matches the code', async () => {
  const current = readFileSync('README.md', 'utf8');
  const generated = await generateReadme(current);
  assert.ok(generated === current, 'README.md is out of date: run `npx tsx scripts/readme.ts` and commit it');
});

test('package.json, src/version.ts and the changelog agree on the version', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  assert.match(readFileSync('src/version.ts', 'utf8'), new RegExp(`VERSION = '${pkg.version}'`));
  assert.match(readFileSync('CHANGELOG.md', 'utf8'), new RegExp(`## ${pkg.version.replace(/\./g, '\\.')}`));
});
