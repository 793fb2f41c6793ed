import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BuildConfig } from '../../src/config/types.js';
import { buildxArgv, buildxVersion, cacheRefFor, defaultTag, redactArgv, redactCacheSpec, type BuildxInput } from '../../src/build/argv.js';

const BUILD: BuildConfig = {
  enabled: true,
  buildArgs: [],
  secrets: [],
  tags: [],
  platform: null,
  push: false,
  builder: null,
  cacheRef: null,
  cacheMode: 'max',
  cacheFrom: [],
  cacheTo: [],
  noCache: false,
  analyzeLayers: 'auto',
};

const BASE: BuildxInput = {
  build: BUILD,
  dockerfile: 'Dockerfile',
  context: '.',
  target: null,
  branch: 'feature/new-model',
  defaultBranch: 'main',
  repository: 'Acme/Vision_Server',
  sha: '0123456789abcdef',
  metadataFile: '/tmp/m.json',
  iidFile: '/tmp/iid',
  buildxVersion: 'github.com/docker/buildx v0.13.1 788433953af10f2a698f5c07611dddce2e08c7a0',
  load: true,
};

const HEAD = ['buildx', 'build', '--progress=rawjson'];
const FILES = ['--metadata-file', '/tmp/m.json', '--iidfile', '/tmp/iid'];
const DEFAULT_TAG = ['--tag', 'ml-image-guard/acme/vision_server:0123456'];
const CACHE = 'registry.example.com/acme/cache';

type Row = {
  name: string;
  input: Partial<Omit<BuildxInput, 'build'>> & { build?: Partial<BuildConfig> };
  argv: string[];
  warnings?: number;
};

const table: Row[] = [
  {
    name: 'defaults: rawjson, default tag from repository and commit, load',
    input: {},
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, ...FILES, '--load', '.'],
  },
  {
    name: 'no commit known: dev tag; no repository: image',
    input: { repository: null, sha: null },
    argv: [...HEAD, '--file', 'Dockerfile', '--tag', 'ml-image-guard/image:dev', ...FILES, '--load', '.'],
  },
  {
    name: 'every plain flag in its place',
    input: {
      dockerfile: 'docker/Dockerfile.gpu',
      context: 'services/api',
      target: 'runtime',
      build: {
        builder: 'remote-bk',
        platform: 'linux/arm64',
        noCache: true,
        buildArgs: ['PY=3.11', 'TORCH=2.3.1'],
        secrets: ['id=hf,env=HF_TOKEN'],
        tags: ['ghcr.io/acme/api:pr-7', 'api:local'],
      },
    },
    argv: [
      ...HEAD,
      '--builder',
      'remote-bk',
      '--file',
      'docker/Dockerfile.gpu',
      '--target',
      'runtime',
      '--platform',
      'linux/arm64',
      '--no-cache',
      '--build-arg',
      'PY=3.11',
      '--build-arg',
      'TORCH=2.3.1',
      '--secret',
      'id=hf,env=HF_TOKEN',
      '--tag',
      'ghcr.io/acme/api:pr-7',
      '--tag',
      'api:local',
      ...FILES,
      '--load',
      'services/api',
    ],
  },
  {
    name: 'push replaces load',
    input: { build: { push: true, tags: ['r.example/a:1'] } },
    argv: [...HEAD, '--file', 'Dockerfile', '--tag', 'r.example/a:1', ...FILES, '--push', '.'],
  },
  {
    name: 'neither push nor load: the result stays in the build cache',
    input: { load: false },
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, ...FILES, '.'],
  },
  {
    name: 'cache-ref: read branch then default branch, write only the branch, image-manifest on buildx 0.13',
    input: { build: { cacheRef: CACHE } },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      ...DEFAULT_TAG,
      '--cache-from',
      `type=registry,ref=${CACHE}:cache-feature-new-model`,
      '--cache-from',
      `type=registry,ref=${CACHE}:cache-main`,
      '--cache-to',
      `type=registry,ref=${CACHE}:cache-feature-new-model,mode=max,ignore-error=true,image-manifest=true,oci-mediatypes=true`,
      ...FILES,
      '--load',
      '.',
    ],
  },
  {
    name: 'cache-ref on the default branch: one ref, mode=min',
    input: { branch: 'main', build: { cacheRef: CACHE, cacheMode: 'min' } },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      ...DEFAULT_TAG,
      '--cache-from',
      `type=registry,ref=${CACHE}:cache-main`,
      '--cache-to',
      `type=registry,ref=${CACHE}:cache-main,mode=min,ignore-error=true,image-manifest=true,oci-mediatypes=true`,
      ...FILES,
      '--load',
      '.',
    ],
  },
  {
    name: 'cache-ref with a tag of its own: the tag prefixes the branch',
    input: { branch: 'dev', build: { cacheRef: '127.0.0.1:5000/app:buildcache' } },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      ...DEFAULT_TAG,
      '--cache-from',
      'type=registry,ref=127.0.0.1:5000/app:buildcache-dev',
      '--cache-from',
      'type=registry,ref=127.0.0.1:5000/app:buildcache-main',
      '--cache-to',
      'type=registry,ref=127.0.0.1:5000/app:buildcache-dev,mode=max,ignore-error=true,image-manifest=true,oci-mediatypes=true',
      ...FILES,
      '--load',
      '.',
    ],
  },
  {
    name: 'buildx 0.11: no image-manifest, one warning',
    input: { branch: 'main', buildxVersion: 'github.com/docker/buildx v0.11.2 9872040', build: { cacheRef: CACHE } },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      ...DEFAULT_TAG,
      '--cache-from',
      `type=registry,ref=${CACHE}:cache-main`,
      '--cache-to',
      `type=registry,ref=${CACHE}:cache-main,mode=max,ignore-error=true`,
      ...FILES,
      '--load',
      '.',
    ],
    warnings: 1,
  },
  {
    name: 'unknown buildx version: no image-manifest, one warning',
    input: { branch: 'main', buildxVersion: null, build: { cacheRef: CACHE } },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      ...DEFAULT_TAG,
      '--cache-from',
      `type=registry,ref=${CACHE}:cache-main`,
      '--cache-to',
      `type=registry,ref=${CACHE}:cache-main,mode=max,ignore-error=true`,
      ...FILES,
      '--load',
      '.',
    ],
    warnings: 1,
  },
  {
    name: 'raw cache-from/cache-to replace the derived ones and pass through as given',
    input: { build: { cacheRef: CACHE, cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max', 'type=local,dest=/c'] } },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      ...DEFAULT_TAG,
      '--cache-from',
      'type=gha',
      '--cache-to',
      'type=gha,mode=max',
      '--cache-to',
      'type=local,dest=/c',
      ...FILES,
      '--load',
      '.',
    ],
  },
  {
    name: 'no-cache with cache-ref: nothing to read, still writes the fresh cache',
    input: { branch: 'main', build: { cacheRef: CACHE, noCache: true } },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      '--no-cache',
      ...DEFAULT_TAG,
      '--cache-to',
      `type=registry,ref=${CACHE}:cache-main,mode=max,ignore-error=true,image-manifest=true,oci-mediatypes=true`,
      ...FILES,
      '--load',
      '.',
    ],
  },
  {
    name: 'no branch known: the default branch ref is read and written',
    input: { branch: null, build: { cacheRef: CACHE } },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      ...DEFAULT_TAG,
      '--cache-from',
      `type=registry,ref=${CACHE}:cache-main`,
      '--cache-to',
      `type=registry,ref=${CACHE}:cache-main,mode=max,ignore-error=true,image-manifest=true,oci-mediatypes=true`,
      ...FILES,
      '--load',
      '.',
    ],
  },
];

for (const row of table) {
  test(`buildxArgv: ${row.name}`, () => {
    const result = buildxArgv({ ...BASE, ...row.input, build: { ...BUILD, ...row.input.build } });
    assert.deepEqual(result.argv, row.argv);
    assert.equal(result.warnings.length, row.warnings ?? 0);
  });
}

test('cache refs and default tags are valid docker references', () => {
  assert.equal(cacheRefFor('r/c', 'dependabot/pip/torch-2.3'), 'r/c:cache-dependabot-pip-torch-2.3');
  assert.equal(cacheRefFor('r:5000/c@sha256:abc', 'main'), 'r:5000/c:cache-main');
  assert.equal(cacheRefFor('r/c', 'x'.repeat(200)).split(':')[1]?.length, 128);
  assert.equal(defaultTag('-Weird/..Name--', 'abcdef0123'), 'ml-image-guard/weird/name:abcdef0');
});

test('redactArgv hides secret specs and secret-looking build args, nothing else', () => {
  const { argv } = buildxArgv({
    ...BASE,
    build: { ...BUILD, secrets: ['id=hf,src=/run/hf_token', 'env=AWS_KEY'], buildArgs: ['HF_TOKEN=hf_abc', 'PY=3.11'] },
  });
  const logged = redactArgv(argv).join(' ');
  assert.ok(!logged.includes('/run/hf_token') && !logged.includes('hf_abc') && !logged.includes('AWS_KEY'));
  assert.ok(logged.includes('--secret id=hf,***') && logged.includes('--secret ***'));
  assert.ok(logged.includes('--build-arg HF_TOKEN=***') && logged.includes('--build-arg PY=3.11'));
});

test('redactCacheSpec hides credentials in raw cache specs', () => {
  assert.equal(
    redactCacheSpec('type=s3,region=eu,bucket=b,access_key_id=AKIAX,secret_access_key=abc,session_token=t'),
    'type=s3,region=eu,bucket=b,access_key_id=***,secret_access_key=***,session_token=***',
  );
});

test('the variables buildx reads for a build: env= sources of secrets, and the runner cache service for type=gha', () => {
  const withSecrets = buildxArgv({
    ...BASE,
    build: { ...BUILD, secrets: ['id=hf,env=HF_TOKEN', 'id=aws,src=/run/aws', 'env=WANDB_API_KEY,id=wandb'] },
  });
  assert.deepEqual(withSecrets.envNames, ['HF_TOKEN', 'WANDB_API_KEY']);
  const gha = buildxArgv({ ...BASE, build: { ...BUILD, cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'] } });
  assert.deepEqual(gha.envNames, ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2']);
  assert.deepEqual(buildxArgv({ ...BASE, build: BUILD }).envNames, []);
});

test('buildxVersion reads upstream and distribution version lines', () => {
  assert.equal(buildxVersion('github.com/docker/buildx v0.13.1 788433953af10f2a698f5c07611dddce2e08c7a0'), '0.13.1');
  assert.equal(buildxVersion('github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3'), '0.13.1');
  assert.equal(buildxVersion('github.com/docker/buildx v0.21.0-desktop.1 abc'), '0.21.0');
  assert.equal(buildxVersion('no version here'), null);
});
