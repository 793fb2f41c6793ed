// The Bad/Good Dockerfiles of the ML rule pages are real: Bad triggers its rule, Good does not.
// (MLG006's examples depend on a .dockerignore and are covered by its own tests.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintDockerfile } from '../../../src/lint/engine.js';
import { memoryContext } from '../../../src/lint/context.js';

const IDS = ['MLG001', 'MLG002', 'MLG003', 'MLG004', 'MLG005', 'MLG014', 'MLG018', 'MLG019'];

function section(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`## ${heading}\n`);
  assert.ok(start >= 0, `missing ## ${heading}`);
  const end = markdown.indexOf('\n## ', start + 1);
  const body = markdown.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(/```dockerfile\n([\s\S]*?)```/g)].map((m) => m[1]);
}

for (const id of IDS) {
  test(`docs/rules/${id}.md: Bad examples trigger ${id}, Good examples do not`, async () => {
    const rule = await import(`../../../src/lint/rules/${id}.js`);
    const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
    assert.match(page, new RegExp(`ignore=${id}`));
    const lint = (text: string) =>
      lintDockerfile({ text, dockerfile: 'Dockerfile', target: null, context: memoryContext({}, '.git\n'), rules: [rule], settings: {} })
        .findings;
    for (const bad of section(page, 'Bad')) assert.ok(lint(bad).length > 0, `no ${id} finding for:\n${bad}`);
    for (const good of section(page, 'Good')) assert.deepEqual(lint(good), [], `${id} finding for Good:\n${good}`);
  });
}
