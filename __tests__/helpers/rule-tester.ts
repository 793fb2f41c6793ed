// ESLint-style rule tester: valid snippets yield no finding of the rule, invalid ones yield
// exactly the listed findings (rule id and 1-based line, optionally a message pattern, the
// instruction's last line and the finer position inside it).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDockerfile } from '../../src/lint/engine.js';
import { memoryContext } from '../../src/lint/context.js';
import type { DockerfileRule } from '../../src/lint/rule.js';
import type { Severity } from '../../src/report/types.js';

export interface RuleCase {
  name?: string;
  code: string;
  /** Build-context files: path → text content, or a size in bytes. */
  context?: Record<string, string | number>;
  /** .dockerignore text; omitted = no .dockerignore. Defaults to a benign one so MLG006 stays quiet elsewhere. */
  dockerignore?: string;
  target?: string;
}

export interface InvalidCase extends RuleCase {
  /** `suppressed`: whether a suppression comment (ours, hadolint's or BuildKit's) silences it. */
  errors: { line: number; endLine?: number; position?: number; message?: RegExp; severity?: Severity; suppressed?: boolean }[];
}

export function ruleTester(rule: DockerfileRule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id} ${rule.meta.name}`, () => {
    test('metadata', () => {
      assert.match(rule.meta.id, /^MLG\d{3}$/);
      assert.match(rule.meta.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(rule.meta.description.length > 10);
      assert.ok(rule.meta.docs.endsWith(`${rule.meta.id}.md`));
    });
    for (const [i, c] of cases.valid.entries()) {
      test(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const found = run(rule, c);
        assert.deepEqual(found, [], `expected no ${rule.meta.id} finding, got: ${JSON.stringify(found, null, 1)}`);
      });
    }
    for (const [i, c] of cases.invalid.entries()) {
      test(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const found = run(rule, c);
        assert.deepEqual(
          found.map((f) => f.line),
          c.errors.map((e) => e.line),
          `lines of ${rule.meta.id} findings: ${JSON.stringify(found, null, 1)}`,
        );
        for (const [j, expected] of c.errors.entries()) {
          assert.equal(found[j].rule, rule.meta.id);
          if (expected.message) assert.match(found[j].message, expected.message);
          if (expected.severity) assert.equal(found[j].severity, expected.severity);
          if (expected.endLine !== undefined) assert.equal(found[j].endLine, expected.endLine, 'endLine');
          if (expected.position !== undefined) assert.equal(found[j].position?.line, expected.position, 'position');
          if (expected.suppressed !== undefined)
            assert.equal(found[j].suppressed, expected.suppressed, `finding on line ${found[j].line} suppressed`);
        }
      });
    }
  });
}

function run(rule: DockerfileRule, c: RuleCase) {
  const { findings } = lintDockerfile({
    text: c.code,
    dockerfile: 'Dockerfile',
    target: c.target ?? null,
    context: memoryContext(c.context ?? {}, c.dockerignore ?? '.git\n'),
    rules: [rule],
    settings: {},
  });
  return findings.filter((f) => f.rule === rule.meta.id).sort((a, b) => a.line - b.line);
}
