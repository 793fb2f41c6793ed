// The registry client against the real loopback registry, directly and behind a token-auth
// front (bearer challenge, token service, blobs redirected to another origin), with docker's
// credentials from a config file and a real docker-credential-* helper program.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { dockerTestOptions, REGISTRY } from '../helpers/docker.js';
import { pushImage, startAuthRegistry, type AuthRegistry, type PushedImage } from '../helpers/registry-images.js';
import { RegistryClient, isLoopback, parseChallenge } from '../../src/image/registry.js';
import { credentialsFromConfig, dockerCredentials } from '../../src/image/docker-credentials.js';
import { walkBlobs } from '../../src/image/walk.js';
import { blobJson, readBounded } from '../../src/image/blobs.js';
import type { ImageConfig } from '../../src/image/archive.js';
import { scratchDir } from '../helpers/scratch.js';

test('challenges are parsed as registries send them', () => {
  assert.deepEqual(
    parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/python:pull"'),
    {
      scheme: 'bearer',
      params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/python:pull' },
    },
  );
  assert.deepEqual(parseChallenge('Basic realm="Registry Realm"'), { scheme: 'basic', params: { realm: 'Registry Realm' } });
  assert.deepEqual(parseChallenge(''), { scheme: '', params: {} });
});

test('plain HTTP only for loopback registries', () => {
  for (const host of ['127.0.0.1:5000', 'localhost:5000', '[::1]:5000', '127.1.2.3']) assert.ok(isLoopback(host), host);
  for (const host of ['ghcr.io', '10.0.0.1:5000', '127.0.0.1.nip.io', 'localhost.example.com']) assert.ok(!isLoopback(host), host);
});

test("docker's config: a credential helper for the host wins, stored auths are the fallback, Docker Hub under its v1 key", () => {
  const config = {
    auths: {
      'https://ghcr.io': { auth: Buffer.from('octo:ghp_secret').toString('base64') },
      'https://index.docker.io/v1/': { identitytoken: 'refresh-me' },
    },
    credHelpers: { 'gcr.io': 'gcloud' },
    credsStore: 'desktop',
  };
  assert.deepEqual(credentialsFromConfig(config, 'ghcr.io'), { helper: 'desktop', stored: { username: 'octo', secret: 'ghp_secret' } });
  assert.deepEqual(credentialsFromConfig(config, 'gcr.io'), { helper: 'gcloud', stored: null });
  assert.deepEqual(credentialsFromConfig(config, 'registry-1.docker.io'), {
    helper: 'desktop',
    stored: { username: '<token>', secret: 'refresh-me' },
  });
  assert.deepEqual(credentialsFromConfig({ credsStore: '../../bin/sh' }, 'ghcr.io'), { helper: null, stored: null });
});

const options = await dockerTestOptions();

describe('the registry client on the loopback registry', options, () => {
  const repository = `mlg-it/registry-client-${Date.now().toString(36)}`;
  let image: PushedImage;
  let auth: AuthRegistry;
  let home: string;
  const saved = { PATH: process.env.PATH, DOCKER_CONFIG: process.env.DOCKER_CONFIG };

  before(async () => {
    image = await pushImage(repository, 'v1', [
      { 'app/model.bin': Buffer.alloc(300_000, 7) },
      { 'app/main.py': 'print(1)\n', 'etc/x': 'y' },
    ]);
    auth = await startAuthRegistry('ci-bot', 'pa55,word');
    // docker login's state: a config naming a credential helper, and the helper program on PATH.
    home = scratchDir('mlg-docker-config-');
    writeFileSync(join(home, 'config.json'), JSON.stringify({ credHelpers: { [auth.host]: 'mlgtest' } }));
    const helper = join(home, 'docker-credential-mlgtest');
    writeFileSync(
      helper,
      `#!/bin/sh\nread server\n[ "$server" = "${auth.host}" ] || exit 1\necho '{"ServerURL":"${auth.host}","Username":"ci-bot","Secret":"pa55,word"}'\n`,
    );
    chmodSync(helper, 0o755);
    process.env.DOCKER_CONFIG = home;
    process.env.PATH = `${home}${delimiter}${saved.PATH ?? ''}`;
  });
  after(async () => {
    process.env.PATH = saved.PATH;
    if (saved.DOCKER_CONFIG === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = saved.DOCKER_CONFIG;
    await auth?.close();
  });

  test('reads the manifest by tag, the config and every layer, each verified; the walk finds the files', async () => {
    const client = new RegistryClient(`${REGISTRY}/${repository}:v1`);
    const top = await client.document(null);
    assert.equal(top.kind, 'manifest');
    assert.equal(top.digest, image.manifestDigest);
    if (top.kind !== 'manifest') return;
    assert.deepEqual(
      top.manifest.layers.map((l) => [l.digest, l.size]),
      image.layers.map((l) => [l.digest, l.size]),
    );
    const config = (await blobJson(client, top.manifest.config, 1 << 20)) as ImageConfig;
    const walk = await walkBlobs(client, top.manifest, config);
    assert.ok(walk.ok);
    const layers = image.layers.map((l) => walk.archive.layers.get(l.diffId));
    assert.deepEqual(
      layers.map((l) => l?.entries.map((e) => [e.path, e.size])),
      [
        [['/app/model.bin', 300_000]],
        [
          ['/app/main.py', 9],
          ['/etc/x', 1],
        ],
      ],
    );
  });

  test('behind a token service: the helper supplies the credentials, the token is used, our Authorization never reaches the blob origin', async () => {
    const client = new RegistryClient(`${auth.host}/${repository}@${image.manifestDigest}`);
    const top = await client.document(null);
    assert.equal(top.digest, image.manifestDigest);
    if (top.kind !== 'manifest') return;
    const bytes = await readBounded(await client.blob(top.manifest.layers[1]), 1 << 20, 'layer');
    assert.equal(bytes.length, image.layers[1].size);
    const tokenRequests = auth.seen.filter((s) => s.server === 'token');
    assert.equal(tokenRequests.length, 1);
    assert.equal(tokenRequests[0].authorization, `Basic ${Buffer.from('ci-bot:pa55,word').toString('base64')}`);
    assert.match(tokenRequests[0].path, /scope=repository%3Amlg-it%2Fregistry-client-[a-z0-9]+%3Apull/);
    assert.ok(auth.seen.filter((s) => s.server === 'registry').some((s) => s.authorization?.startsWith('Bearer ')));
    const cdn = auth.seen.filter((s) => s.server === 'cdn');
    assert.equal(cdn.length, 1);
    assert.equal(cdn[0].authorization, null, 'the redirect target gets no Authorization header');
  });

  test('a token that expires during a walk is renewed', async () => {
    const client = new RegistryClient(`${auth.host}/${repository}:v1`);
    const top = await client.document(null);
    auth.expireTokens();
    if (top.kind !== 'manifest') return assert.fail('not a manifest');
    const config = await blobJson(client, top.manifest.config, 1 << 20);
    assert.ok(config);
  });

  test('a blob whose bytes do not match its digest fails the walk with the reason', async () => {
    const client = new RegistryClient(`${auth.host}/${repository}:v1`);
    const top = await client.document(null);
    if (top.kind !== 'manifest') return assert.fail('not a manifest');
    const config = (await blobJson(client, top.manifest.config, 1 << 20)) as ImageConfig;
    auth.corruptNextBlobs(1);
    const walk = await walkBlobs(client, top.manifest, config);
    assert.equal(walk.ok, false);
    assert.match(
      walk.ok ? '' : walk.reason,
      /^reading layer sha256:[a-f0-9]{64} from .*: .*(do not match its digest|invalid|incorrect|unexpected end)/,
    );
  });

  test('no credentials for a protected registry: one line that says to log in', async () => {
    delete process.env.DOCKER_CONFIG;
    process.env.DOCKER_CONFIG = scratchDir('mlg-empty-config-');
    try {
      assert.equal(await dockerCredentials(auth.host), null);
      await assert.rejects(new RegistryClient(`${auth.host}/${repository}:v1`).document(null), (error: Error) => {
        assert.match(error.message, /the token service answered HTTP 401: log in to 127\.0\.0\.1:\d+ first \(docker\/login-action\)/);
        assert.ok(!error.message.includes('\n'));
        return true;
      });
    } finally {
      process.env.DOCKER_CONFIG = home;
    }
  });

  test('a tag that does not exist: not found, said plainly', async () => {
    await assert.rejects(
      new RegistryClient(`${REGISTRY}/${repository}:missing`).document(null),
      /manifests missing answered HTTP 404: not found/,
    );
  });
});
