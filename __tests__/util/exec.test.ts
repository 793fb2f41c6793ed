// The one way commands run: @actions/exec with a timeout, a byte cap, line streaming and a
// child environment without the job's tokens. Real processes (sh, sleep, cat, env).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exec } from '../../src/util/exec.js';
import { childEnvironment } from '../../src/util/child-env.js';

test('output is collected and a non-zero exit is returned, not thrown', async () => {
  const result = await exec('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  assert.deepEqual([result.exitCode, result.stdout, result.stderr], [3, 'out\n', 'err\n']);
});

test('a command that is not installed is a spawn error with exit code 127', async () => {
  const result = await exec('mlg-no-such-command', []);
  assert.equal(result.exitCode, 127);
  assert.ok(result.spawnError);
});

test('lines stream as they come; input reaches stdin; output beyond the cap is not kept', async () => {
  const lines: string[] = [];
  const result = await exec('cat', [], { input: 'a\r\nb\nc', onStdoutLine: (line) => lines.push(line), maxBuffer: 3 });
  assert.deepEqual(lines, ['a', 'b', 'c']);
  assert.equal(result.stdout, 'a\r\n');
});

test('a command past its timeout is stopped and says so', async () => {
  const result = await exec('sleep', ['30'], { timeoutSeconds: 1 });
  assert.equal(result.timedOut, true);
  assert.notEqual(result.exitCode, 0);
});

test('a child sees the allowlisted environment, not the job tokens', async () => {
  const parent = {
    PATH: process.env.PATH,
    HOME: '/h',
    DOCKER_CONFIG: '/d',
    'INPUT_GITHUB-TOKEN': 'ghs_x',
    GITHUB_TOKEN: 'ghs_y',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    HF_TOKEN: 'hf_z',
  };
  const env = childEnvironment(['HF_TOKEN'], parent);
  const result = await exec('env', [], { env });
  const names = result.stdout
    .trim()
    .split('\n')
    .map((line) => line.split('=')[0])
    .sort();
  assert.deepEqual(names, ['DOCKER_CONFIG', 'HF_TOKEN', 'HOME', 'PATH']);
});

test('a docker-looking name that carries a credential is withheld, unless a build secret names it', () => {
  const parent = {
    DOCKER_HOST: 'unix:///d.sock',
    DOCKER_CERT_PATH: '/certs',
    BUILDX_BUILDER: 'ci',
    DOCKER_PASSWORD: 'p',
    DOCKER_TOKEN: 't',
    DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'r',
    BUILDKIT_SECRET_FILE: '/s',
    CONTAINERD_API_KEY: 'k',
    DOCKER_AUTH_CREDENTIALS: 'c',
  };
  assert.deepEqual(Object.keys(childEnvironment([], parent)).sort(), ['BUILDX_BUILDER', 'DOCKER_CERT_PATH', 'DOCKER_HOST']);
  assert.equal(childEnvironment(['DOCKER_TOKEN'], parent).DOCKER_TOKEN, 't');
});
