// Regenerates the README's generated sections from their sources: the inputs and outputs
// tables from action.yml, the rule list from the rule registry, and the example comment by
// running the pipeline on examples/bad-inference (lint only); and docs/interop.md's table of
// hadolint and BuildKit counterparts from src/lint/interop.ts. `--check` fails on drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { buildConfig } from '../src/config/config.js';
import { runPipeline } from '../src/pipeline.js';
import { readRunContext } from '../src/github/context.js';
import { renderComment } from '../src/report/markdown.js';
import type { Report } from '../src/report/types.js';
import { allRuleMetas, ruleNameIndex } from '../src/rule-catalog.js';
import { COUNTERPARTS } from '../src/lint/interop.js';

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function inputsTable(action: ActionYaml): string {
  const rows = Object.entries(action.inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.default === undefined || spec.default === '' ? '' : `\`${cell(String(spec.default))}\``} | ${cell(spec.description)} |`,
  );
  return ['| input | default | description |', '|---|---|---|', ...rows].join('\n');
}

export function outputsTable(action: ActionYaml): string {
  const rows = Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return ['| output | description |', '|---|---|', ...rows].join('\n');
}

export function rulesTable(): string {
  const rows = allRuleMetas().map(
    (meta) => `| [${meta.id}](docs/rules/${meta.id}.md) | \`${meta.name}\` | ${meta.severity} | ${meta.kind} | ${cell(meta.description)} |`,
  );
  return ['| id | name | default | needs | what it flags |', '|---|---|---|---|---|', ...rows].join('\n');
}

const hadolintLink = (id: string) => `[${id}](https://github.com/hadolint/hadolint/wiki/${id})`;
/** docs.docker.com names each check's page in kebab case: JSONArgsRecommended → json-args-recommended. */
const buildkitLink = (name: string) =>
  `[${name}](https://docs.docker.com/reference/build-checks/${name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()}/)`;

export function interopTable(): string {
  const names = new Map(allRuleMetas().map((meta) => [meta.id, meta.name]));
  const rows = COUNTERPARTS.map(
    (c) =>
      `| [${c.rule}](rules/${c.rule}.md) \`${names.get(c.rule)}\` | ${cell(c.part)} | ${c.hadolint.map(hadolintLink).join(', ') || '–'} | ${c.buildkit.map(buildkitLink).join(', ') || '–'} | ${cell(c.differs)} |`,
  );
  return ['| ours | part | hadolint | BuildKit check | how ours differs |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function generateInteropDoc(doc: string): string {
  return replaceSection(doc, 'counterparts', interopTable());
}

/** The report an example gets linted alone, the pipeline run as the CLI runs it. */
export async function lintOnlyReport(example: string): Promise<Report> {
  const config = await buildConfig(
    { dockerfile: `examples/${example}/Dockerfile`, context: `examples/${example}`, build: 'false', trivy: 'false' },
    { workspace: process.cwd(), tempDir: tmpdir(), ruleNames: ruleNameIndex() },
  );
  const quiet = {
    info: () => undefined,
    warning: () => undefined,
    group: <T>(_: string, body: () => Promise<T>) => body(),
    mask: () => undefined,
  };
  return runPipeline(config, readRunContext({}), quiet);
}

export async function exampleComment(): Promise<string> {
  return renderComment(await lintOnlyReport('bad-inference'), { linkBase: null });
}

export function replaceSection(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  return readme.slice(0, from + start.length) + '\n' + content.trim() + '\n' + readme.slice(to);
}

export async function generateReadme(readme: string): Promise<string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as ActionYaml;
  let text = replaceSection(readme, 'inputs', inputsTable(action));
  text = replaceSection(text, 'outputs', outputsTable(action));
  text = replaceSection(text, 'rules', rulesTable());
  // The comment is shown rendered, as GitHub would show it, inside a quote-free block.
  text = replaceSection(text, 'example-comment', (await exampleComment()).replace(/^<!-- ml-image-guard:key=.*? -->\n?/, ''));
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files: [string, (text: string) => string | Promise<string>][] = [
    ['README.md', generateReadme],
    ['docs/interop.md', generateInteropDoc],
  ];
  for (const [path, generate] of files) {
    const current = readFileSync(path, 'utf8');
    const next = await generate(current);
    if (!process.argv.includes('--check')) writeFileSync(path, next);
    else if (next !== current) {
      console.error(`${path} is out of date: run \`npx tsx scripts/readme.ts\``);
      process.exit(1);
    }
  }
}
