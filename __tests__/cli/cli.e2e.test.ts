// The bundled CLI (dist/cli/index.js) as a user runs it: exit statuses, formats, SARIF validity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { exec } from '../../src/util/exec.js';
import { removeImagesAfter, scratchDir } from '../helpers/scratch.js';

const CLI = resolve('dist/cli/index.js');
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: never) => void;
const cli = (args: string[], cwd = process.cwd()) =>
  exec(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });

function project(dockerfile: string, files: Record<string, string> = {}): string {
  const dir = scratchDir('mlg-cli-');
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const CLEAN =
  'FROM python:3.11-slim@sha256:abc\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\nUSER 1000\nCMD ["python", "-m", "app"]\n';

test('lint: exit 0 when clean, 1 with an error finding, --fail-on moves the threshold', async () => {
  const clean = project(CLEAN, { '.dockerignore': '.git\n' });
  assert.equal((await cli(['lint'], clean)).exitCode, 0);

  const bad = project('FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\n', { '.dockerignore': '.git\n' });
  const result = await cli(['lint', 'Dockerfile'], bad);
  assert.equal(result.exitCode, 1);
  assert.match(result.stdout, /^Dockerfile:1 error MLG001 cuda-devel-final: /m);
  assert.equal((await cli(['lint', '--fail-on', 'never'], bad)).exitCode, 0);

  const warningOnly = project('FROM ubuntu\n', { '.dockerignore': '.git\n' });
  assert.equal((await cli(['lint'], warningOnly)).exitCode, 0);
  assert.equal((await cli(['lint', '--fail-on', 'warning'], warningOnly)).exitCode, 1);
});

test('lint: the exit status follows the effective fail-on, whatever its case or source', async () => {
  // Failed before: `--fail-on INFO` printed "failed" and exited 0; the config file's fail-on was ignored.
  const warningOnly = project('FROM ubuntu\n', { '.dockerignore': '.git\n' });
  const upper = await cli(['lint', '--fail-on', 'INFO'], warningOnly);
  assert.match(upper.stdout, /failed/);
  assert.equal(upper.exitCode, 1);
  const fromFile = project('FROM ubuntu\n', { '.dockerignore': '.git\n', '.ml-image-guard.yml': 'budgets:\n  fail-on: warning\n' });
  assert.equal((await cli(['lint'], fromFile)).exitCode, 1);
  // A flag the user typed is the workflow's value: the config file cannot loosen it.
  const loosening = project('FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\n', {
    '.dockerignore': '.git\n',
    '.ml-image-guard.yml': 'budgets:\n  fail-on: never\n',
  });
  assert.equal((await cli(['lint', '--fail-on', 'error'], loosening)).exitCode, 1);
});

test('lint: exit 2 with one line and no stack trace for usage errors and unreadable input', async () => {
  const dir = project(CLEAN);
  const cases: [string[], RegExp][] = [
    [['lint', 'missing/Dockerfile'], /^ml-image-guard: cannot read missing\/Dockerfile: no such file or folder/],
    [['lint', '--format', 'yaml'], /^ml-image-guard: --format: "yaml" is not one of text, json, sarif, markdown/],
    [['lint', '--push'], /^ml-image-guard: --push is a check flag/],
    [['frobnicate'], /^ml-image-guard: unknown command "frobnicate"/],
    [['lint', '--fail-on', 'fatal'], /^ml-image-guard: fail-on: "fatal" is not one of/],
    [['lint', '--context', 'no-such-folder'], /^ml-image-guard: .*build context no-such-folder .*does not exist/],
  ];
  for (const [args, message] of cases) {
    const result = await cli(args, dir);
    assert.equal(result.exitCode, 2, args.join(' '));
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split('\n').length, 1, `one line: ${result.stderr}`);
    assert.doesNotMatch(result.stderr, /\bat .*\.js:\d+/);
  }
  writeFileSync(join(dir, 'Binary'), Buffer.from([0, 1, 2, 3, 0xff]));
  const binary = await cli(['lint', 'Binary'], dir);
  assert.equal(binary.exitCode, 2);
  assert.match(binary.stderr, /binary file, not a Dockerfile/);
  writeFileSync(join(dir, 'Text'), 'hello\n');
  assert.match((await cli(['lint', 'Text'], dir)).stderr, /no FROM instruction found/);
});

test('lint --format json stays valid JSON when a secret-looking ENV is `true`, and masks the real secret', async () => {
  // Failed before the fix: "true" was redacted in the JSON text, so the output did not parse and the exit was 2.
  const secret = 'hunter22-not-a-boolean';
  const dir = project(`FROM ubuntu\nENV TS_DISABLE_TOKEN_AUTHORIZATION=true DB_PASSWORD=${secret}\n`, { '.dockerignore': '.git\n' });
  const result = await cli(['lint', '--format', 'json', '--fail-on', 'never'], dir);
  assert.equal(result.exitCode, 0, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.equal(typeof report.passed, 'boolean');
  assert.ok(!result.stdout.includes(secret) && !result.stderr.includes(secret));
});

test('lint --format json prints the versioned report with 1-based lines', async () => {
  const dir = project('FROM ubuntu\nRUN pip install torch\n', { '.dockerignore': '.git\n' });
  const result = await cli(['lint', '--format', 'json'], dir);
  const report = JSON.parse(result.stdout);
  assert.equal(report.schemaVersion, 2);
  const finding = report.findings.find((f: { rule: string }) => f.rule === 'MLG013');
  assert.deepEqual(Object.keys(finding).sort(), [
    'detail',
    'endLine',
    'file',
    'fix',
    'line',
    'message',
    'name',
    'quotes',
    'rule',
    'severity',
    'suppressed',
    'title',
  ]);
  assert.equal(finding.line, 1);
  assert.ok(report.findings.some((f: { rule: string; line: number }) => f.rule === 'MLG007' && f.line === 2));
});

test('lint --format sarif is valid SARIF 2.1.0 with rule metadata and help links', async () => {
  const dir = project('FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\n# ml-image-guard ignore=MLG007\nRUN pip install torch\n');
  const result = await cli(['lint', '--format', 'sarif'], dir);
  const sarif = JSON.parse(result.stdout);
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // A CommonJS class typed as an ES default export.
  const Ajv = (AjvDraft04 as unknown as { default: typeof AjvDraft04 }).default ?? AjvDraft04;
  // The published schema has a pattern that is valid only without the u flag.
  const ajv = new (Ajv as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } })({
    allErrors: true,
    strict: false,
    unicodeRegExp: false,
  });
  addFormats(ajv as never);
  const validate = ajv.compile(schema);
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.name, 'ml-image-guard');
  assert.ok(run.tool.driver.rules.length >= 26, 'all Dockerfile and image rules');
  assert.ok(
    run.tool.driver.rules.every((r: { helpUri: string; help: { text: string } }) => r.helpUri.endsWith('.md') && r.help.text.length > 0),
  );
  const suppressed = run.results.find((r: { ruleId: string }) => r.ruleId === 'MLG007');
  assert.equal(suppressed.suppressions[0].kind, 'inSource');
  assert.equal(run.results.find((r: { ruleId: string }) => r.ruleId === 'MLG001').level, 'error');
});

test('lint takes several Dockerfiles; context defaults to each Dockerfile folder', async () => {
  const dir = project(CLEAN, { 'svc/Dockerfile': 'FROM ubuntu\n', 'svc/.dockerignore': '.git\n', '.dockerignore': '.git\n' });
  const result = await cli(['lint', 'Dockerfile', 'svc/Dockerfile', '--format', 'json'], dir);
  const reports = JSON.parse(result.stdout);
  assert.equal(reports.length, 2);
  assert.equal(reports[1].context, 'svc');
  assert.ok(!reports[1].findings.some((f: { rule: string }) => f.rule === 'MLG006'), 'svc/.dockerignore was found');
});

test('check without building prints the PR comment as markdown', async () => {
  const dir = project(CLEAN, { '.dockerignore': '.git\n' });
  const result = await cli(['check', '--build', 'false', '--format', 'markdown', '--output-dir', join(dir, 'out')], dir);
  assert.equal(result.exitCode, 0, result.stderr);
  assert.match(result.stdout, /^<!-- ml-image-guard:key=Dockerfile -->/);
  assert.match(result.stdout, /build is false/i);
});

test('check --output-dir: a folder the user names outside the project is written; a link inside the project that leads out is not', async () => {
  // Failed before: every path outside the working folder and the temp folder was refused, the demo's too.
  mkdirSync('.mlg', { recursive: true });
  const named = mkdtempSync(join(resolve('.mlg'), 'cli-out-')); // neither the project nor the temp folder
  const dir = project(CLEAN, { '.dockerignore': '.git\n' });
  const result = await cli(['check', '--build', 'false', '--format', 'json', '--output-dir', join(named, 'reports')], dir);
  assert.equal(result.exitCode, 0, result.stderr);
  assert.equal(JSON.parse(readFileSync(join(named, 'reports', 'report.json'), 'utf8')).dockerfile, 'Dockerfile');

  symlinkSync(named, join(dir, 'out'));
  const linked = await cli(['check', '--build', 'false', '--format', 'json', '--output-dir', 'out/linked'], dir);
  assert.equal(linked.exitCode, 2);
  assert.match(linked.stderr, /output-dir: .*outside/);
  assert.ok(!existsSync(join(named, 'linked')), 'nothing written through the link');
  rmSync(named, { recursive: true, force: true });
});

test('check builds a fixture image and reads an existing Trivy report: the scan section matches the report', async (t) => {
  const { dockerTestOptions } = await import('../helpers/docker.js');
  const { skip } = await dockerTestOptions();
  if (skip) return t.skip(skip);
  const dir = scratchDir('mlg-cli-check-');
  removeImagesAfter(`mlg-cli-check:${process.pid}`);
  writeFileSync(join(dir, 'Dockerfile'), readFileSync('__tests__/fixtures/images/planted/Dockerfile', 'utf8'));
  copyFileSync('/bin/busybox', join(dir, 'busybox')); // keeps the executable bit
  writeFileSync(join(dir, '.env'), 'API_TOKEN=planted-value-1234\n');
  const trivyReport = resolve('__tests__/fixtures/trivy/image-python.json');
  const result = await cli(
    ['check', '--trivy-report', trivyReport, '--tags', `mlg-cli-check:${process.pid}`, '--format', 'json', '--fail-on', 'never'],
    dir,
  );
  const report = JSON.parse(result.stdout);
  assert.equal(report.build.status, 'ok', result.stderr);
  assert.equal(report.scan.status, 'ok');

  // Counted straight from the Trivy JSON, independently of our parser.
  const trivy = JSON.parse(readFileSync(trivyReport, 'utf8')) as {
    Results?: { Vulnerabilities?: { Severity: string; FixedVersion?: string }[] }[];
  };
  const vulns = (trivy.Results ?? []).flatMap((r) => r.Vulnerabilities ?? []);
  for (const severity of ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']) {
    assert.equal(report.scan.counts[severity], vulns.filter((v) => v.Severity === severity).length, severity);
    assert.equal(
      report.scan.fixable[severity],
      vulns.filter((v) => v.Severity === severity && v.FixedVersion).length,
      `fixable ${severity}`,
    );
  }
  assert.ok(
    report.findings.some((f: { rule: string; line: number }) => f.rule === 'MLG101' && f.line === 6),
    'planted weights at line 6',
  );
  assert.ok(
    report.findings.some((f: { rule: string; line: number }) => f.rule === 'MLG105' && f.line === 5),
    'planted .env at line 5',
  );
  assert.ok(!result.stdout.includes('planted-value-1234'), 'the .env content never appears');
});
