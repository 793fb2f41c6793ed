import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfig } from '../../src/config/config.js';
import { INPUTS, type RawInputs } from '../../src/config/inputs.js';
import { parse } from 'yaml';
import { scratchDir } from '../helpers/scratch.js';

const ruleNames = new Map([
  ['mlg007', 'MLG007'],
  ['pip-cache', 'MLG007'],
  ['mlg013', 'MLG013'],
]);

function config(raw: RawInputs, files: Record<string, string> = {}) {
  const workspace = scratchDir('mlg-config-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  return buildConfig(raw, { workspace, tempDir: '/tmp/runner', ruleNames });
}

// Every input set to its action.yml default, as the runner does.
const actionYaml = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string; description: string }> };
const actionDefaults = Object.fromEntries(Object.entries(actionYaml.inputs).map(([k, v]) => [k, String(v.default ?? '')])) as RawInputs;

test('defaults: 3 GB uncompressed, 5 minutes, +10%, critical vulnerabilities, comment key from dockerfile', async () => {
  const c = await config(actionDefaults);
  assert.equal(c.budgets.sizeBytes, 3_000_000_000);
  assert.equal(c.budgets.timeSeconds, 300);
  assert.deepEqual(c.budgets.maxSizeIncrease, { kind: 'percent', value: 10 });
  assert.equal(c.budgets.maxTimeIncrease, null);
  assert.equal(c.budgets.failOnVulnerabilities, 'CRITICAL');
  assert.deepEqual(c.scan.severities, ['CRITICAL', 'HIGH']);
  assert.equal(c.scan.timeoutSeconds, 600);
  assert.equal(c.comment.key, 'Dockerfile');
  assert.equal(c.build.enabled, true);
  assert.equal(c.outputDir, '/tmp/runner/ml-image-guard/Dockerfile');
});

test('lists split on newlines (and commas where values cannot contain them)', async () => {
  const c = await config({ ...actionDefaults, 'build-args': 'A=1\nB=x,y\n', tags: 'a:1, b:2', secrets: 'id=hf,env=HF_TOKEN' });
  assert.deepEqual(c.build.buildArgs, ['A=1', 'B=x,y']);
  assert.deepEqual(c.build.tags, ['a:1', 'b:2']);
  assert.deepEqual(c.build.secrets, ['id=hf,env=HF_TOKEN']);
});

test('a build-push-action with: block reads as build-push-action reads it', async () => {
  const c = await config({
    ...actionDefaults,
    file: 'docker/Dockerfile.gpu',
    platforms: 'linux/amd64,linux/arm64\nlinux/arm64',
    load: 'true',
    secrets: 'GIT_AUTH_TOKEN=abc,def\nid=hf,env=HF_TOKEN',
    'secret-files': 'aws=./aws creds',
    'secret-envs': 'npm=NPM_TOKEN,pypi=PYPI_TOKEN',
    labels: 'org.opencontainers.image.title=app, with a comma\nteam=ml',
    'add-hosts': 'docker:10.180.0.1,db:10.0.0.2',
    allow: 'network.host,security.insecure',
    provenance: 'mode=max',
    sbom: 'false',
    outputs: 'type=image,name=r.example/a,push=true',
    image: '',
  });
  assert.equal(c.dockerfile, 'docker/Dockerfile.gpu');
  assert.deepEqual(c.build.platforms, ['linux/amd64', 'linux/arm64']);
  assert.equal(c.build.load, true);
  assert.deepEqual(c.build.secretValues, [{ id: 'GIT_AUTH_TOKEN', value: 'abc,def' }]);
  assert.deepEqual(c.build.secrets, ['id=hf,env=HF_TOKEN', 'id=aws,src=./aws creds', 'id=npm,env=NPM_TOKEN', 'id=pypi,env=PYPI_TOKEN']);
  assert.deepEqual(c.build.flags.labels, ['org.opencontainers.image.title=app, with a comma', 'team=ml']);
  assert.deepEqual(c.build.flags.addHosts, ['docker:10.180.0.1', 'db:10.0.0.2']);
  assert.deepEqual(c.build.flags.allow, ['network.host', 'security.insecure']);
  assert.equal(c.build.flags.provenance, 'mode=max');
  assert.equal(c.build.flags.sbom, 'false');
  assert.deepEqual(c.build.flags.outputs, ['type=image,name=r.example/a,push=true']);
  assert.equal(c.image, null);
  const measured = await config({ ...actionDefaults, image: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64), 'build-metadata': '{"x":1}' });
  assert.deepEqual(measured.image, { ref: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64), buildMetadata: '{"x":1}' });
});

test('the config file sets rules by id or name and budgets; an explicit input wins over it', async () => {
  const file = 'rules:\n  pip-cache: off\n  MLG013: error\nbudgets:\n  size-budget: 2GiB\n  time-budget: 10m\nignore-paths: [data/]\n';
  const c = await config({ ...actionDefaults, 'time-budget': '90' }, { '.ml-image-guard.yml': file });
  assert.deepEqual(c.rules, { MLG007: 'off', MLG013: 'error' });
  assert.equal(c.budgets.sizeBytes, 2 * 2 ** 30);
  assert.equal(c.budgets.timeSeconds, 90);
  assert.deepEqual(c.ignorePaths, ['data/']);
  assert.equal(c.configFile, '.ml-image-guard.yml');
});

test('bad values fail fast with a one-line message naming the input', async () => {
  const cases: [RawInputs, RegExp][] = [
    [{ 'size-budget': '3 gigs' }, /^size-budget: .*e\.g\. 3GB/],
    [{ 'size-budget': '500m' }, /^size-budget: .*ambiguous/],
    [{ 'time-budget': 'soon' }, /^time-budget: /],
    [{ push: 'maybe' }, /^push: "maybe" is not a boolean/],
    [{ 'fail-on': 'fatal' }, /^fail-on: "fatal" is not one of error, warning, info, never/],
    [{ platform: 'linux/amd64,linux/arm64' }, /^platform: .*use platforms: for a multi-platform build/],
    [{ platforms: 'linux/amd64,linux' }, /^platforms: "linux" is not os\/arch/],
    [{ 'cache-ref': 'r.example/cache,push=true' }, /^cache-ref: .*is not an image reference/],
    [{ 'secret-files': 'aws=./creds,type=env' }, /^secret-files: .*contains a comma/],
    [{ 'secret-envs': 'hf=HF TOKEN' }, /^secret-envs: "hf=HF TOKEN" is not KEY=ENV_NAME/],
    [{ provenance: 'type=sbom' }, /^provenance: .*no type=/],
    [{ provenance: 'mode=max,"x=y' }, /^provenance: /],
    [{ secrets: 'not a secret spec' }, /^secrets: an entry is neither .*its value is not shown$/],
    [{ 'build-metadata': '{}' }, /^build-metadata: .*set image: too/],
    [{ image: 'ghcr.io/acme/app --privileged' }, /^image: .*is not an image reference/],
    [{ 'shm-size': 'lots' }, /^shm-size: /],
    [{ ulimit: 'nofile' }, /^ulimit: /],
    [{ 'trivy-severity': 'SEVERE' }, /^trivy-severity: /],
    [{ 'pr-number': 'abc' }, /^pr-number: /],
    [{ config: 'missing.yml' }, /^config: missing\.yml does not exist/],
  ];
  for (const [raw, message] of cases) {
    await assert.rejects(
      () => config({ ...actionDefaults, ...raw }),
      (e: Error) => message.test(e.message) && !e.message.includes('\n'),
      JSON.stringify(raw),
    );
  }
  await assert.rejects(
    () => config(actionDefaults, { '.ml-image-guard.yml': 'rules:\n  MLG999: off\n' }),
    /rules\.MLG999 is not a rule id or name/,
  );
  await assert.rejects(() => config(actionDefaults, { '.ml-image-guard.yml': 'budget:\n  size: 1GB\n' }), /unknown key "budget"/);
  await assert.rejects(() => config(actionDefaults, { '.ml-image-guard.yml': 'rules: [' }), /not valid YAML/);
});

test('action.yml declares every input with the same default as the code, and nothing else', () => {
  const action = actionYaml;
  assert.deepEqual(Object.keys(action.inputs).sort(), Object.keys(INPUTS).sort());
  for (const [name, spec] of Object.entries(INPUTS)) {
    const declared = String(action.inputs[name].default ?? '');
    if ('gate' in spec) {
      // A gate the config file may set: blank in action.yml, so that "the workflow set it" can be told.
      assert.equal(declared, '', `${name}: a gate input has no action.yml default`);
      assert.ok(action.inputs[name].description.includes(`Default \`${spec.default}\``), `description of ${name} states its default`);
    } else {
      assert.equal(declared, spec.default, `default of ${name}`);
    }
    assert.ok(action.inputs[name].description.length > 10, `description of ${name}`);
  }
});

test('trivy-sha256: empty is none; a SHA-256 as sha256sum prints it, any case, sha256: prefix allowed; else a one-line error', async () => {
  const hex = 'ab'.repeat(32);
  assert.equal((await config(actionDefaults)).scan.sha256, null);
  assert.equal((await config({ ...actionDefaults, 'trivy-sha256': hex.toUpperCase() })).scan.sha256, hex);
  assert.equal((await config({ ...actionDefaults, 'trivy-sha256': ` sha256:${hex} ` })).scan.sha256, hex);
  for (const bad of [hex.slice(1), `${hex}  trivy_0.70.0_Linux-64bit.tar.gz`, 'g'.repeat(64)]) {
    await assert.rejects(
      config({ ...actionDefaults, 'trivy-sha256': bad }),
      /^ConfigError: trivy-sha256: ".*" is not a SHA-256 \(64 hex digits, as sha256sum prints it\)$/,
    );
  }
});

test('a blank input means its default: a blank ${{ vars.X }} never turns a gate or a stage off', async () => {
  const blank = await config({
    ...actionDefaults,
    'size-budget': '',
    'time-budget': ' ',
    'fail-on-budget': '',
    'fail-on': '',
    build: '',
    trivy: '',
    'cache-mode': '',
    'trivy-severity': '',
    'minimum-change-threshold': '',
  });
  assert.equal(blank.budgets.sizeBytes, 3_000_000_000);
  assert.equal(blank.budgets.timeSeconds, 300);
  assert.equal(blank.budgets.failOnBudget, true);
  assert.equal(blank.failOn, 'error');
  assert.equal(blank.build.enabled, true);
  assert.equal(blank.scan.enabled, true);
  assert.equal(blank.build.cacheMode, 'max');
  assert.deepEqual(blank.scan.severities, ['CRITICAL', 'HIGH']);
  assert.deepEqual(blank.comment.minimumChange, { bytes: 1_000_000, seconds: 10 });
});

test('the config file cannot loosen a gate the workflow set, and may tighten it', async () => {
  // Failed before: the PR's config file won, so `fail-on: never` in it turned the workflow's gate off.
  const file = (budgets: string) => ({ '.ml-image-guard.yml': `budgets:\n${budgets}` });
  const looser = await config(
    {
      ...actionDefaults,
      'fail-on': 'error',
      'size-budget': '1GB',
      'time-budget': '5m',
      'max-size-increase': '10%',
      'fail-on-vulnerabilities': 'high',
    },
    file(
      '  fail-on: never\n  size-budget: 5GB\n  size-metric: compressed\n  time-budget: off\n  max-size-increase: +200MB\n' +
        '  fail-on-budget: false\n  fail-on-vulnerabilities: none\n  trivy-severity: CRITICAL\n  trivy-ignore-unfixed: true\n',
    ),
  );
  assert.equal(looser.failOn, 'error');
  assert.equal(looser.budgets.sizeBytes, 1e9);
  assert.equal(looser.budgets.sizeMetric, 'uncompressed', 'size-metric belongs to the size gate the workflow set');
  assert.equal(looser.budgets.timeSeconds, 300);
  assert.deepEqual(looser.budgets.maxSizeIncrease, { kind: 'percent', value: 10 });
  assert.equal(looser.budgets.failOnBudget, true, 'fail-on-budget would turn the size gate into a warning');
  assert.equal(looser.budgets.failOnVulnerabilities, 'HIGH');
  assert.deepEqual(looser.scan.severities, ['CRITICAL', 'HIGH']);
  assert.equal(looser.scan.ignoreUnfixed, true);
  for (const key of [
    'fail-on',
    'size-budget',
    'size-metric',
    'time-budget',
    'max-size-increase',
    'fail-on-budget',
    'fail-on-vulnerabilities',
  ]) {
    assert.ok(
      looser.notes.some((note) => note.startsWith(`.ml-image-guard.yml: budgets.${key}: `)),
      `a note says ${key} was not applied: ${looser.notes.join(' | ')}`,
    );
  }

  const tighter = await config(
    { ...actionDefaults, 'fail-on': 'error', 'size-budget': '3GB', 'max-size-increase': '10%', 'fail-on-vulnerabilities': 'critical' },
    file(
      '  fail-on: warning\n  size-budget: 2GiB\n  max-size-increase: 5%\n  fail-on-vulnerabilities: high\n  trivy-severity: [CRITICAL, HIGH, MEDIUM]\n  trivy-ignore-unfixed: false\n',
    ),
  );
  assert.equal(tighter.failOn, 'warning');
  assert.equal(tighter.budgets.sizeBytes, 2 * 2 ** 30);
  assert.deepEqual(tighter.budgets.maxSizeIncrease, { kind: 'percent', value: 5 });
  assert.equal(tighter.budgets.failOnVulnerabilities, 'HIGH');
  assert.deepEqual(tighter.scan.severities, ['CRITICAL', 'HIGH', 'MEDIUM']);
  assert.equal(tighter.scan.ignoreUnfixed, false);
  assert.deepEqual(tighter.notes, []);
});

test('the config file sets what the workflow left blank: it beats the defaults', async () => {
  const c = await config(actionDefaults, {
    '.ml-image-guard.yml': 'budgets:\n  fail-on: never\n  time-budget: 10m\n  size-metric: compressed\n',
  });
  assert.equal(c.failOn, 'never');
  assert.equal(c.budgets.timeSeconds, 600);
  assert.equal(c.budgets.sizeMetric, 'compressed');
  assert.deepEqual(c.notes, []);
  // The CLI gives only the flags a user typed: the same rule.
  const cli = await config({ 'fail-on': 'error' }, { '.ml-image-guard.yml': 'budgets:\n  fail-on: never\n' });
  assert.equal(cli.failOn, 'error');
});

test('strict values: numbers are finite, booleans are YAML 1.2 core, pr-number is a positive safe integer', async () => {
  const nines = '9'.repeat(400);
  const cases: [RawInputs, RegExp][] = [
    [{ 'size-budget': nines }, /^size-budget: .* is too large/],
    [{ 'size-budget': `${nines}GB` }, /^size-budget: .* is too large/],
    [{ 'time-budget': nines }, /^time-budget: .* is too large/],
    [{ 'trivy-timeout': `${nines}m` }, /^trivy-timeout: .* is too large/],
    [{ 'max-size-increase': `${nines}%` }, /^max-size-increase: .* is too large/],
    [{ 'minimum-change-threshold': `${nines}MB` }, /^minimum-change-threshold: .* is too large/],
    [{ 'size-budget': '-1GB' }, /^size-budget: /],
    [{ push: 'yes' }, /^push: "yes" is not a boolean; use true or false/],
    [{ build: '1' }, /^build: "1" is not a boolean/],
    [{ trivy: 'on' }, /^trivy: "on" is not a boolean/],
    [{ 'fail-on-budget': 'no' }, /^fail-on-budget: "no" is not a boolean/],
    [{ 'pr-number': '0' }, /^pr-number: "0" is not a pull request number/],
    [{ 'pr-number': '-3' }, /^pr-number: /],
    [{ 'pr-number': '1e3' }, /^pr-number: /],
    [{ 'pr-number': '9'.repeat(17) }, /^pr-number: /],
  ];
  for (const [raw, message] of cases) {
    await assert.rejects(
      () => config({ ...actionDefaults, ...raw }),
      (e: Error) => message.test(e.message) && !e.message.includes('\n') && e.message.length < 300,
      JSON.stringify(raw).slice(0, 80),
    );
  }
  for (const value of ['true', 'True', 'TRUE']) assert.equal((await config({ ...actionDefaults, push: value })).build.push, true);
  for (const value of ['false', 'False', 'FALSE']) assert.equal((await config({ ...actionDefaults, trivy: value })).scan.enabled, false);
  assert.equal((await config({ ...actionDefaults, 'pr-number': '42' })).publish.prNumber, 42);
});

test('a bad config file value is one line naming the file, the key and a fix', async () => {
  const cases: [string, RegExp][] = [
    ['budgets:\n  size-budget: 3 gigs\n', /^\.ml-image-guard\.yml: budgets\.size-budget: "3 gigs" is not a size .*use e\.g\. 3GB/],
    ['budgets:\n  fail-on-budget: yes\n', /^\.ml-image-guard\.yml: budgets\.fail-on-budget: "yes" is not a boolean; use true or false/],
    ['budgets:\n  fail-on: fatal\n', /^\.ml-image-guard\.yml: budgets\.fail-on: "fatal" is not one of error, warning, info, never/],
    ['budgets:\n  size-budget: {max: 1GB}\n', /^\.ml-image-guard\.yml: budgets\.size-budget: give a value, e\.g\. /],
    ['budgets:\n  trivy-severity: [SEVERE]\n', /^\.ml-image-guard\.yml: budgets\.trivy-severity: "SEVERE" is not one of/],
  ];
  for (const [text, message] of cases) {
    await assert.rejects(
      () => config(actionDefaults, { '.ml-image-guard.yml': text }),
      (e: Error) => message.test(e.message) && !e.message.includes('\n'),
      text,
    );
  }
});

test('values inside buildx CSV options cannot add options', async () => {
  const cases: [RawInputs, RegExp][] = [
    [{ 'cache-ref': 'r.example/cache,push=true' }, /^cache-ref: /],
    [{ 'cache-ref': 'r.example/cache"x' }, /^cache-ref: /],
    [{ 'cache-ref': 'r.example/cache mode=max' }, /^cache-ref: /],
    [{ 'cache-from': 'type=registry,ref=r.example/a,ref=r.example/b' }, /^cache-from: .*names ref twice/],
    [{ 'cache-to': 'type=registry,"ref=r.example/a,push=true"' }, /^cache-to: .*quote/],
    [{ 'cache-to': 'type=registry,ref' }, /^cache-to: .*not key=value/],
    [{ secrets: 'id=hf,"src=a,b"' }, /^secrets: .*quote/],
    [{ secrets: 'id=hf,src=a,id=other' }, /^secrets: .*names id twice/],
  ];
  for (const [raw, message] of cases) {
    await assert.rejects(
      () => config({ ...actionDefaults, ...raw }),
      (e: Error) => message.test(e.message) && !e.message.includes('\n'),
      JSON.stringify(raw),
    );
  }
  const fine = await config({
    ...actionDefaults,
    'cache-ref': 'ghcr.io/acme/app-cache:v1',
    'cache-from': 'type=gha,scope=gpu\nghcr.io/acme/app-cache:main',
    'cache-to': 'type=registry,ref=ghcr.io/acme/app-cache:pr,mode=max,ignore-error=true',
  });
  assert.equal(fine.build.cacheRef, 'ghcr.io/acme/app-cache:v1');
  assert.deepEqual(fine.build.cacheFrom, ['type=gha,scope=gpu', 'ghcr.io/acme/app-cache:main']);
});
