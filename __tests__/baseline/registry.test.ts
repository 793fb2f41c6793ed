// Baselines through the real local registry with docker buildx, as the action runs them:
// a push run on main saves its report, a PR run loads it back and compares.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { compare, loadBaseline, reportRef, saveBaseline } from '../../src/baseline/index.js';
import { pushReport } from '../../src/baseline/registry-store.js';
import { exec } from '../../src/util/exec.js';
import { dockerTestOptions, REGISTRY } from '../helpers/docker.js';
import { finding, layer, makeReport } from './make-report.js';

// A repository of its own per run, so reruns and other tests never see these tags.
const repositoryPath = `mlg-test/baseline-${randomBytes(4).toString('hex')}`;
const cacheRef = `${REGISTRY}/${repositoryPath}:buildcache`;
const key = 'docker/gpu.Dockerfile:train';

describe('baseline in the registry', await dockerTestOptions(), () => {
  // With buildx's docker driver a save keeps the image in the local store, even when the push
  // fails: drop what these tests tagged, on every registry they used.
  const registriesUsed = new Set([REGISTRY]);
  after(async () => {
    const references = [...registriesUsed].map((registry) => `reference=${registry}/${repositoryPath}:*`);
    const listed = await exec('docker', [
      'image',
      'ls',
      '--format',
      '{{.Repository}}:{{.Tag}}',
      ...references.flatMap((r) => ['--filter', r]),
    ]);
    const tags = listed.stdout.split('\n').filter(Boolean);
    if (tags.length > 0) await exec('docker', ['image', 'rm', ...tags]);
  });

  test('a push run saves, a PR run loads it back and compare shows the deltas', async () => {
    const mainReport = makeReport({
      size: 2_000_000_000,
      compressedSize: 800_000_000,
      buildSeconds: 120,
      layers: [layer('RUN /bin/sh -c pip install torch # buildkit', 1_500_000_000, 4)],
      findings: [finding('MLG004', 'pip install without --no-cache-dir', 4)],
      vulnerabilityKeys: ['CVE-2024-1 openssl'],
    });
    const saved = await saveBaseline({ cacheRef, branch: 'main', key, report: mainReport });
    assert.deepEqual(saved, { ok: true, ref: reportRef(cacheRef, 'main', key) });

    const loaded = await loadBaseline({ cacheRef, branch: 'main', key });
    assert.equal(loaded.reason, undefined);
    assert.deepEqual(loaded.report, mainReport);
    assert.deepEqual(loaded.ref, { source: 'registry', ref: saved.ref, commit: mainReport.git.sha, branch: 'main' });

    const prReport = makeReport({
      size: 2_300_000_000,
      compressedSize: 900_000_000,
      buildSeconds: 150,
      layers: [layer('RUN /bin/sh -c pip install torch # buildkit', 1_800_000_000, 6)],
      findings: [finding('MLG007', 'model weights copied into the image', 9)],
      vulnerabilityKeys: ['CVE-2024-1 openssl', 'CVE-2024-2 numpy'],
    });
    const comparison = compare(prReport, loaded.report);
    assert.equal(comparison.size.delta, 300_000_000);
    assert.equal(comparison.compressedSize.delta, 100_000_000);
    assert.equal(comparison.buildSeconds.delta, 30);
    assert.deepEqual(
      comparison.grownInstructions.map((g) => [g.line, g.delta]),
      [[6, 300_000_000]],
    );
    assert.deepEqual(
      comparison.newFindings.map((f) => f.rule),
      ['MLG007'],
    );
    assert.deepEqual(
      comparison.fixedFindings.map((f) => f.rule),
      ['MLG004'],
    );
    assert.deepEqual(comparison.newVulnerabilities, ['CVE-2024-2 numpy']);
  });

  test('the next push run replaces the baseline', async () => {
    await saveBaseline({ cacheRef, branch: 'main', key, report: makeReport({ size: 1 }) });
    assert.equal((await saveBaseline({ cacheRef, branch: 'main', key, report: makeReport({ size: 2 }) })).ok, true);
    const loaded = await loadBaseline({ cacheRef, branch: 'main', key });
    assert.equal(loaded.report?.image?.size, 2);
  });

  test('a PR whose base branch has no baseline says so', async () => {
    const loaded = await loadBaseline({ cacheRef, branch: 'release/2.0', key });
    assert.deepEqual(loaded, { report: null, ref: null, reason: 'no baseline yet for release/2.0' });
  });

  test('another image of the matrix has its own baseline', async () => {
    const loaded = await loadBaseline({ cacheRef, branch: 'main', key: 'Dockerfile' });
    assert.equal(loaded.reason, 'no baseline yet for main');
  });

  test('a tag that holds no valid report is refused with a reason', async () => {
    const ref = reportRef(cacheRef, 'garbage', key)!;
    assert.deepEqual(await pushReport({ ref }, '{"schemaVersion": 1, "findings": '), { ok: true });
    const loaded = await loadBaseline({ cacheRef, branch: 'garbage', key });
    assert.equal(loaded.report, null);
    assert.match(loaded.reason ?? '', /was not used: not valid JSON/);
  });

  test('a registry that does not answer gives a reason, not a throw', async () => {
    registriesUsed.add('127.0.0.1:5999');
    const unreachable = `127.0.0.1:5999/${repositoryPath}:cache`;
    const loaded = await loadBaseline({ cacheRef: unreachable, branch: 'main', key });
    assert.equal(loaded.report, null);
    assert.match(loaded.reason ?? '', /could not be loaded: registry unreachable: .*connection refused/);
    const saved = await saveBaseline({ cacheRef: unreachable, branch: 'main', key, report: makeReport() });
    assert.equal(saved.ok, false);
    assert.match(saved.reason ?? '', /baseline not saved to 127\.0\.0\.1:5999\/.*registry unreachable/);
  });

  describe('a registry that refuses the credentials', () => {
    let server: Server;
    let registry = '';
    before(async () => {
      server = createServer((_request, response) => {
        response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"', 'Docker-Distribution-API-Version': 'registry/2.0' });
        response.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      registriesUsed.add(registry);
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test('load and save say it is about authorisation', async () => {
      const loaded = await loadBaseline({ cacheRef: `${registry}/${repositoryPath}`, branch: 'main', key });
      assert.match(loaded.reason ?? '', /not authorised by the registry \(is docker logged in to it\?\)/);
      const saved = await saveBaseline({ cacheRef: `${registry}/${repositoryPath}`, branch: 'main', key, report: makeReport() });
      assert.equal(saved.ok, false);
      assert.match(saved.reason ?? '', /not authorised by the registry/);
    });
  });
});
