// Every rule has a documentation page with the expected heading and sections, and its docs URL points at it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { allRuleMetas } from '../src/rule-catalog.js';
import { generateInteropDoc } from '../scripts/readme.js';

const metas = allRuleMetas();

test('there are rules to check', () => {
  assert.ok(metas.length > 0);
});

for (const meta of metas) {
  test(`${meta.id} ${meta.name}: docs/rules/${meta.id}.md exists with its heading, Bad and Good sections`, () => {
    const path = `docs/rules/${meta.id}.md`;
    assert.ok(existsSync(path), `${path} is missing`);
    const text = readFileSync(path, 'utf8');
    const lines = text.split(/\r?\n/);
    assert.equal(lines[0], `# ${meta.id} ${meta.name}`, `${path}: first line`);
    assert.ok(
      lines.some((line) => line.trimEnd() === '## Bad'),
      `${path} has no "## Bad" section`,
    );
    assert.ok(
      lines.some((line) => line.trimEnd() === '## Good'),
      `${path} has no "## Good" section`,
    );
  });

  test(`${meta.id}: docs URL ends with docs/rules/${meta.id}.md`, () => {
    assert.ok(meta.docs.endsWith(`docs/rules/${meta.id}.md`), `${meta.id} docs URL is ${meta.docs}`);
  });
}

test('docs/interop.md: the counterparts table matches src/lint/interop.ts', () => {
  const current = readFileSync('docs/interop.md', 'utf8');
  assert.ok(generateInteropDoc(current) === current, 'docs/interop.md is out of date: run `npx tsx scripts/readme.ts` and commit it');
});
