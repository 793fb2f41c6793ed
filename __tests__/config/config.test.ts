import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildConfig } from '../../src/config/config.js';
import { INPUTS, type RawInputs } from '../../src/config/inputs.js';
import { parse } from 'yaml';

const ruleNames = new Map([
  ['mlg007', 'MLG007'],
  ['pip-cache', 'MLG007'],
  ['mlg013', 'MLG013'],
]);

function config(raw: RawInputs, files: Record<string, string> = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'mlg-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  return buildConfig(raw, { workspace, tempDir: '/tmp/runner', ruleNames });
}

// Every input set to its action.yml default, as the runner does.
const actionDefaults = Object.fromEntries(Object.entries(INPUTS).map(([k, v]) => [k, v.default])) as RawInputs;

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
    [{ 'cache-ref': 'r.example/cache,push=true' }, /^cache-ref: .*contains a comma, quote or line break/],
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
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string; description: string }> };
  assert.deepEqual(Object.keys(action.inputs).sort(), Object.keys(INPUTS).sort());
  for (const [name, spec] of Object.entries(INPUTS)) {
    assert.equal(String(action.inputs[name].default ?? ''), spec.default, `default of ${name}`);
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
