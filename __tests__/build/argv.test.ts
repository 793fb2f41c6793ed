import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BuildConfig } from '../../src/config/types.js';
import { BUILD as FIXTURE_BUILD } from './fixture-images.js';
import {
  CLASSIC_STORE_CACHE_WARNING,
  buildxArgv,
  doublePushWarning,
  buildxVersion,
  cacheRefFor,
  defaultTag,
  redactArgv,
  redactCacheSpec,
  type BuildProduct,
  type BuildxInput,
} from '../../src/build/argv.js';

const BUILD: BuildConfig = { ...FIXTURE_BUILD, analyzeLayers: 'auto' };

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
  ociDir: '/tmp/work/oci',
  buildxVersion: 'github.com/docker/buildx v0.13.1 788433953af10f2a698f5c07611dddce2e08c7a0',
  builder: { driver: 'docker', imageStore: 'containerd' },
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
  /** buildx 0.13 with the docker driver on the containerd store, pushing: the engine pushes again. */
  doublePush?: boolean;
  product?: BuildProduct;
  error?: RegExp;
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
        platforms: ['linux/arm64'],
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
    name: 'push replaces load; buildx 0.13 on the containerd store pushes twice, and the report says so',
    input: { build: { push: true, tags: ['r.example/a:1'] } },
    argv: [...HEAD, '--file', 'Dockerfile', '--tag', 'r.example/a:1', ...FILES, '--push', '.'],
    warnings: 1,
    doublePush: true,
    product: { kind: 'registry', name: 'r.example/a:1' },
  },
  {
    name: 'push with buildx 0.22: BuildKit pushes once, no warning',
    input: { buildxVersion: 'github.com/docker/buildx v0.22.0 18ccba0', build: { push: true, tags: ['r.example/a:1'] } },
    argv: [...HEAD, '--file', 'Dockerfile', '--tag', 'r.example/a:1', ...FILES, '--push', '.'],
    product: { kind: 'registry', name: 'r.example/a:1' },
  },
  {
    name: 'a registry output on the containerd store with buildx 0.13: the same double push',
    input: { build: { tags: ['r.example/a:1'], flags: { ...BUILD.flags, outputs: ['type=registry'] } } },
    argv: [...HEAD, '--file', 'Dockerfile', '--tag', 'r.example/a:1', ...FILES, '--output', 'type=registry', '.'],
    warnings: 1,
    doublePush: true,
    product: { kind: 'registry', name: 'r.example/a:1' },
  },
  {
    name: 'docker-container driver, no push, no load: an OCI layout to read the blobs from, nothing loaded',
    input: { builder: { driver: 'docker-container', imageStore: null } },
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, ...FILES, '--output', 'type=oci,dest=/tmp/work/oci,tar=false', '.'],
    product: { kind: 'oci-layout', dir: '/tmp/work/oci' },
  },
  {
    name: 'kubernetes driver with load: true: loaded as asked, measured from the local store',
    input: { builder: { driver: 'kubernetes', imageStore: null }, build: { load: true } },
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, ...FILES, '--load', '.'],
    product: { kind: 'local' },
  },
  {
    name: 'remote driver pushing: read back from the registry, nothing loaded',
    input: { builder: { driver: 'remote', imageStore: null }, build: { push: true, tags: ['r.example/a:1'] } },
    argv: [...HEAD, '--file', 'Dockerfile', '--tag', 'r.example/a:1', ...FILES, '--push', '.'],
    product: { kind: 'registry', name: 'r.example/a:1' },
  },
  {
    name: 'push and load: both, measured from the registry',
    input: { build: { push: true, load: true, tags: ['r.example/a:1'] } },
    argv: [...HEAD, '--file', 'Dockerfile', '--tag', 'r.example/a:1', ...FILES, '--push', '--load', '.'],
    warnings: 1,
    doublePush: true,
    product: { kind: 'registry', name: 'r.example/a:1' },
  },
  {
    name: 'platforms on the docker driver without push: one build, an OCI layout per-platform manifests are read from',
    input: { build: { platforms: ['linux/amd64', 'linux/arm64'] } },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      '--platform',
      'linux/amd64,linux/arm64',
      ...DEFAULT_TAG,
      ...FILES,
      '--output',
      'type=oci,dest=/tmp/work/oci,tar=false',
      '.',
    ],
    product: { kind: 'oci-layout', dir: '/tmp/work/oci' },
  },
  {
    name: 'outputs: a registry output is read back from the registry under its name',
    input: { build: { flags: { ...BUILD.flags, outputs: ['type=image,name=r.example/b:2,push=true'] } } },
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, ...FILES, '--output', 'type=image,name=r.example/b:2,push=true', '.'],
    warnings: 1,
    doublePush: true,
    product: { kind: 'registry', name: 'r.example/b:2' },
  },
  {
    name: "outputs: the user's OCI layout folder is read in place",
    input: { build: { flags: { ...BUILD.flags, outputs: ['type=oci,dest=out/img,tar=false'] } } },
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, ...FILES, '--output', 'type=oci,dest=out/img,tar=false', '.'],
    product: { kind: 'oci-layout', dir: 'out/img' },
  },
  {
    name: 'outputs: a local folder holds no image: built, nothing to measure, and said why',
    input: { build: { flags: { ...BUILD.flags, outputs: ['type=local,dest=out'] } } },
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, ...FILES, '--output', 'type=local,dest=out', '.'],
    product: {
      kind: 'none',
      reason: 'the outputs write no image to read back: add push: true, load: true or an output type=oci,tar=false,dest=DIR',
    },
  },
  {
    name: "build-push-action's inputs, each as its own flag in a fixed place",
    input: {
      build: {
        secrets: ['id=aws,src=./aws', 'id=hf,env=HF_TOKEN'],
        noCache: true,
        flags: {
          pull: true,
          labels: ['org.opencontainers.image.source=https://github.com/acme/app', 'team=ml'],
          annotations: ['index:org.opencontainers.image.description=model server'],
          buildContexts: ['base=docker-image://python:3.11-slim'],
          network: 'host',
          allow: ['network.host', 'security.insecure'],
          ssh: ['default'],
          provenance: 'mode=max',
          sbom: 'true',
          attests: ['type=sbom,generator=image'],
          outputs: [],
          shmSize: '2g',
          ulimits: ['nofile=1024:1024'],
          addHosts: ['docker:10.180.0.1'],
          cgroupParent: '/actions_job',
          call: null,
          noCacheFilters: ['builder'],
        },
      },
    },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      '--no-cache',
      '--no-cache-filter',
      'builder',
      '--pull',
      '--network',
      'host',
      '--add-host',
      'docker:10.180.0.1',
      '--allow',
      'network.host',
      '--allow',
      'security.insecure',
      '--shm-size',
      '2g',
      '--ulimit',
      'nofile=1024:1024',
      '--cgroup-parent',
      '/actions_job',
      '--build-context',
      'base=docker-image://python:3.11-slim',
      '--label',
      'org.opencontainers.image.source=https://github.com/acme/app',
      '--label',
      'team=ml',
      '--annotation',
      'index:org.opencontainers.image.description=model server',
      '--secret',
      'id=aws,src=./aws',
      '--secret',
      'id=hf,env=HF_TOKEN',
      '--ssh',
      'default',
      '--provenance',
      'mode=max',
      '--sbom',
      'true',
      '--attest',
      'type=sbom,generator=image',
      ...DEFAULT_TAG,
      ...FILES,
      '--load',
      '.',
    ],
  },
  {
    name: 'call: check on buildx 0.15: evaluated, no image to measure',
    input: { buildxVersion: 'github.com/docker/buildx v0.15.1 abc', build: { flags: { ...BUILD.flags, call: 'check' } } },
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, '--call', 'check', ...FILES, '--load', '.'],
    product: { kind: 'none', reason: 'call: check evaluates the build without producing an image' },
  },
  {
    name: 'call on buildx 0.13: refused in one line before anything runs',
    input: { build: { flags: { ...BUILD.flags, call: 'check' } } },
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, '--call', 'check', ...FILES, '--load', '.'],
    product: { kind: 'none', reason: 'call: check evaluates the build without producing an image' },
    error: /^call needs buildx >= 0\.15\.0 \(found buildx 0\.13\.1\); remove call or update buildx/,
  },
  {
    name: 'the docker driver on the classic store: no --cache-to (only inline), --cache-from kept, one warning, load',
    input: {
      branch: 'main',
      builder: { driver: 'docker', imageStore: 'classic' },
      build: { cacheRef: CACHE, cacheTo: [], platforms: ['linux/amd64', 'linux/arm64'] },
    },
    argv: [
      ...HEAD,
      '--file',
      'Dockerfile',
      '--platform',
      'linux/amd64,linux/arm64',
      ...DEFAULT_TAG,
      '--cache-from',
      `type=registry,ref=${CACHE}:cache-main`,
      ...FILES,
      '--load',
      '.',
    ],
    warnings: 1,
    product: { kind: 'local' },
  },
  {
    name: 'the classic store keeps an inline cache export, which it supports',
    input: { builder: { driver: 'docker', imageStore: 'classic' }, build: { cacheTo: ['type=inline', 'type=gha,mode=max'] } },
    argv: [...HEAD, '--file', 'Dockerfile', ...DEFAULT_TAG, '--cache-to', 'type=inline', ...FILES, '--load', '.'],
    warnings: 1,
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
    if (row.warnings && row.input.builder?.imageStore === 'classic') assert.deepEqual(result.warnings, [CLASSIC_STORE_CACHE_WARNING]);
    assert.equal(result.warnings.includes(doublePushWarning('0.13.1')), row.doublePush ?? false, 'the double-push warning');
    assert.deepEqual(result.product, row.product ?? { kind: 'local' });
    if (row.error) assert.match(result.error ?? '', row.error);
    else assert.equal(result.error, undefined);
  });
}

test('cache refs and default tags are valid docker references', () => {
  assert.equal(cacheRefFor('r/c', 'dependabot/pip/torch-2.3'), 'r/c:cache-dependabot-pip-torch-2.3');
  assert.equal(cacheRefFor('r:5000/c@sha256:abc', 'main'), 'r:5000/c:cache-main');
  assert.equal(cacheRefFor('r/c', 'x'.repeat(200)).split(':')[1]?.length, 128);
  assert.equal(defaultTag('-Weird/..Name--', 'abcdef0123'), 'ml-image-guard/weird/name:abcdef0');
});

test('redactArgv hides secret specs and every non-trivial build arg value, nothing else', () => {
  const { argv } = buildxArgv({
    ...BASE,
    build: { ...BUILD, secrets: ['id=hf,src=/run/hf_token', 'env=AWS_KEY'], buildArgs: ['HF_TOKEN=hf_abc', 'PY=3.11', 'USE_CUDA=1'] },
  });
  const logged = redactArgv(argv).join(' ');
  assert.ok(!logged.includes('/run/hf_token') && !logged.includes('hf_abc') && !logged.includes('AWS_KEY'));
  assert.ok(logged.includes('--secret id=hf,***') && logged.includes('--secret ***'));
  assert.ok(logged.includes('--build-arg HF_TOKEN=***') && logged.includes('--build-arg PY=***'));
  assert.ok(logged.includes('--build-arg USE_CUDA=1'));
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
