// Each way an image reaches the measure stage, on the real engine and the loopback registry: an
// image another step pushed and removed from the local store (the `image` input), a
// two-platform index built FROM scratch (no emulation), the OCI-layout walk against the
// docker-save walk of the same image, and the docker driver on the classic image store (a
// second dockerd started by scripts/ci-docker.sh) building without a cache export.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { buildConfig } from '../../src/config/config.js';
import type { RawInputs } from '../../src/config/inputs.js';
import { runPipeline } from '../../src/pipeline.js';
import { readRunContext } from '../../src/github/context.js';
import { ruleNameIndex } from '../../src/rule-catalog.js';
import { buildxVersion, CLASSIC_STORE_CACHE_WARNING, doublePushWarning } from '../../src/build/argv.js';
import { OciLayout } from '../../src/image/oci-layout.js';
import { blobJson } from '../../src/image/blobs.js';
import { walkBlobs, walkImage } from '../../src/image/walk.js';
import { analyzeArchive } from '../../src/image/analyze.js';
import { inspectImage } from '../../src/image/inspect.js';
import { ZSTD_READABLE, type ArchiveIndex, type ImageConfig } from '../../src/image/archive.js';
import type { Report } from '../../src/report/types.js';
import { classicDockerHost, classicDockerOptions, dockerTestOptions, REGISTRY } from '../helpers/docker.js';
import { BUSYBOX, buildError, docker, fixtureContext, stagesOf, unique } from '../build/fixture-images.js';
import { startGitHubServer } from '../helpers/github-server.js';
import { runActionInProcess } from '../helpers/action-runner.js';
import { removeDirAfter, removeImagesAfter, scratchDir } from '../helpers/scratch.js';
import { exec } from '../../src/util/exec.js';

const options = await dockerTestOptions();
const run = unique();

const quiet = {
  info: () => undefined,
  warning: () => undefined,
  group: <T>(_: string, body: () => Promise<T>) => body(),
  mask: () => undefined,
};

/** The layer walk of a one-manifest OCI layout, as the action reads one, and its layers' media types. */
async function walkLayout(dir: string): Promise<{ archive: ArchiveIndex; mediaTypes: string[] }> {
  const store = new OciLayout(dir);
  const top = await store.document(null);
  if (top.kind !== 'manifest') throw new Error(`${dir}: an index, not one manifest`);
  const config = (await blobJson(store, top.manifest.config, 1 << 20)) as ImageConfig;
  const walked = await walkBlobs(store, top.manifest, config);
  if (!walked.ok) throw new Error(walked.reason);
  return { archive: walked.archive, mediaTypes: top.manifest.layers.map((layer) => layer.mediaType) };
}

/** A context with a FROM scratch Dockerfile: busybox, a 2 MB weights file, and an app file. */
function scratchContext(): string {
  const dir = scratchDir('mlg-platform-');
  copyFileSync(BUSYBOX, join(dir, 'busybox'));
  writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(2_000_000, run.charCodeAt(0)));
  writeFileSync(join(dir, 'app.py'), `print("${run}")\n`);
  writeFileSync(
    join(dir, 'Dockerfile'),
    'FROM scratch\nCOPY busybox /bin/busybox\nCOPY weights.bin /models/weights.bin\nCOPY app.py /app/app.py\n',
  );
  return dir;
}

async function check(workspace: string, inputs: RawInputs): Promise<Report> {
  // The fixture bakes weights in on purpose: the findings gate is not what these tests check.
  const config = await buildConfig(
    { trivy: 'false', 'fail-on': 'never', ...inputs },
    { workspace, tempDir: workspace, ruleNames: ruleNameIndex() },
  );
  return runPipeline(config, readRunContext({}), quiet);
}

/** The manifest's layer sizes, read from the registry API on its own. */
async function manifestLayerSum(repository: string, reference: string, platform = 'linux/amd64'): Promise<number> {
  const accept =
    'application/vnd.oci.image.index.v1+json,application/vnd.oci.image.manifest.v1+json,application/vnd.docker.distribution.manifest.v2+json';
  const get = async (ref: string) =>
    (await (await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${ref}`, { headers: { accept } })).json()) as {
      layers?: { size: number }[];
      manifests?: { digest: string; platform: { os: string; architecture: string } }[];
    };
  let manifest = await get(reference);
  if (manifest.manifests)
    manifest = await get(manifest.manifests.find((m) => `${m.platform.os}/${m.platform.architecture}` === platform)!.digest);
  return manifest.layers!.reduce((sum, layer) => sum + layer.size, 0);
}

describe('where the image comes from', options, () => {
  test('image input: a pushed image that is not in the local store is measured from the registry', async () => {
    const dir = scratchContext();
    const repository = `mlg-it/pushed-${run}`;
    const tag = `${REGISTRY}/${repository}:v1`;
    const metadataFile = join(dir, 'metadata.json');
    removeImagesAfter(tag); // removed below, then pulled: whichever step a failure stops at
    await docker('buildx', 'build', '--quiet', '--push', '--metadata-file', metadataFile, '--tag', tag, dir);
    await docker('image', 'rm', tag);
    const local = await docker('image', 'ls', '--quiet', tag);
    assert.equal(local.trim(), '', 'the image is only in the registry');

    const report = await check(dir, { image: tag, 'build-metadata': readFileSync(metadataFile, 'utf8') });
    const image = report.image!;
    assert.equal(image.status, 'ok', image.reason);
    assert.equal(image.source, 'registry');
    const digest = (JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, string>)['containerimage.digest'];
    assert.equal(image.ref, `${REGISTRY}/${repository}@${digest}`, 'pinned to the digest the build pushed');
    assert.equal(image.compressedSize, await manifestLayerSum(repository, 'v1'), "the compressed size is the manifest's layer sum");
    assert.equal(
      image.size,
      readFileSync(BUSYBOX).length + 2_000_000 + `print("${run}")\n`.length,
      'the uncompressed size is the bytes of its files',
    );
    // Failed before (the local store took docker history's figure, which the containerd store rounds
    // up to disk blocks: 8% more on the demo's image): the same image has one size wherever it is read.
    await docker('pull', '--quiet', tag);
    const fromStore = (await check(dir, { image: tag })).image!;
    await docker('image', 'rm', tag);
    assert.equal(fromStore.source, 'local-store');
    assert.equal(fromStore.size, image.size, 'measured from the local store, the same size as from the registry');
    assert.deepEqual(
      fromStore.layers.map((l) => l.size),
      image.layers.map((l) => l.size),
    );
    assert.deepEqual(
      image.layers.map((l) => l.line),
      [2, 3, 4],
    );
    assert.equal(image.analysis?.status, 'ok');
    assert.equal(report.build?.status, 'skipped');
    assert.match(report.build?.reason ?? '', /needs buildx >= 0\.21\.0 \(found buildx 0\.\d+\.\d+\)/);
    assert.ok(report.notes.some((n) => n.startsWith('Build time not read: ')));
  });

  test('a two-platform index pushed: one build, two platform sections, no unknown/unknown, a size row for each', async () => {
    const dir = scratchContext();
    const repository = `mlg-it/multi-${run}`;
    removeImagesAfter(`${REGISTRY}/${repository}:v1`); // the docker driver keeps the pushed index in the local store
    const report = await check(dir, { platforms: 'linux/amd64,linux/arm64', push: 'true', tags: `${REGISTRY}/${repository}:v1` });
    assert.equal(report.build?.status, 'ok', buildError(report.build));
    const platforms = report.platforms ?? [];
    assert.deepEqual(
      platforms.map((p) => [p.platform, p.source, p.status]),
      [
        ['linux/amd64', 'registry', 'ok'],
        ['linux/arm64', 'registry', 'ok'],
      ],
    );
    const index = (await (
      await fetch(`http://${REGISTRY}/v2/${repository}/manifests/v1`, { headers: { accept: 'application/vnd.oci.image.index.v1+json' } })
    ).json()) as { manifests: { platform: { os: string } }[] };
    assert.ok(
      index.manifests.some((m) => m.platform.os === 'unknown'),
      'the pushed index holds attestation manifests',
    );
    assert.ok(!JSON.stringify(report.platforms).includes('unknown/unknown'));
    assert.equal(platforms[1].compressedSize, await manifestLayerSum(repository, 'v1', 'linux/arm64'));
    assert.deepEqual(
      report.budgets.filter((b) => b.check === 'size').map((b) => b.platform),
      ['linux/amd64', 'linux/arm64'],
    );
    assert.equal(report.image?.platform, 'linux/amd64');
    // This engine's buildx (Debian trixie's 0.13.1 in CI) pushed it twice; one from 0.22 on pushes once.
    const buildx = buildxVersion(await docker('buildx', 'version'));
    assert.ok(buildx);
    assert.equal(
      report.build?.warnings.includes(doublePushWarning(buildx)),
      semver.lt(buildx, '0.22.0'),
      'the double-push warning, as this buildx earns it',
    );
  });

  test('a two-platform build that is not pushed writes an OCI layout, measured per platform, nothing loaded', async () => {
    const dir = scratchContext();
    const tag = `ml-image-guard/platform-oci:${run}`;
    const report = await check(dir, { platforms: 'linux/amd64,linux/arm64', tags: tag });
    assert.equal(report.build?.status, 'ok', buildError(report.build));
    assert.deepEqual(
      (report.platforms ?? []).map((p) => [p.platform, p.source, p.status, p.size]),
      [
        ['linux/amd64', 'oci-layout', 'ok', report.image?.size],
        ['linux/arm64', 'oci-layout', 'ok', report.image?.size],
      ],
    );
    assert.equal((await docker('image', 'ls', '--quiet', tag)).trim(), '', 'not loaded into the local store');
  });

  test('the OCI-layout walk of an image finds what the docker-save walk of the same image finds', async () => {
    const context = fixtureContext('wasted', {}, { ownCache: true });
    removeDirAfter(context.dir);
    const tag = `ml-image-guard/platform-walk:${run}`;
    removeImagesAfter(tag);
    const layoutDir = join(context.dir, 'layout');
    await docker('buildx', 'build', '--quiet', '--load', '--tag', tag, context.dir);
    // The same build again, from the cache: the same layers, written as an OCI layout.
    await docker('buildx', 'build', '--quiet', '--output', `type=oci,dest=${layoutDir},tar=false`, context.dir);
    const { chain } = stagesOf(context.dockerfile);

    const inspection = await inspectImage({ ref: tag, chain });
    const saved = await walkImage(tag);
    assert.ok(saved.ok);
    const fromSave = analyzeArchive(inspection.section, saved.archive, inspection.history, chain, 0);

    const blobs = await walkLayout(layoutDir);
    const fromBlobs = analyzeArchive(structuredClone(inspection.section), blobs.archive, inspection.history, chain, 0);

    const diffIds = inspection.diffIds;
    assert.equal(diffIds.length, 4);
    for (const diffId of diffIds) {
      assert.deepEqual(blobs.archive.layers.get(diffId)?.entries, saved.archive.layers.get(diffId)?.entries, diffId);
      assert.deepEqual(blobs.archive.layers.get(diffId)?.whiteouts, saved.archive.layers.get(diffId)?.whiteouts, diffId);
    }
    assert.deepEqual(fromBlobs.analysis.byInstruction, fromSave.analysis.byInstruction);
    assert.deepEqual(fromBlobs.analysis.largestFiles, fromSave.analysis.largestFiles);
    assert.deepEqual(fromBlobs.analysis.bytesByRule, fromSave.analysis.bytesByRule);
    assert.ok((fromSave.analysis.bytesByRule.MLG103 ?? 0) > 0, 'the walk found the deleted wheels, on both paths');
  });

  // Our comment advises `compression=zstd` for slow exports: the walk must then still read the layers.
  test('zstd layers are walked where Node reads zstd, and said not readable where it cannot', async () => {
    const context = fixtureContext('wasted', {}, { ownCache: true });
    removeDirAfter(context.dir);
    const gzipDir = join(context.dir, 'layout-gzip');
    const zstdDir = join(context.dir, 'layout-zstd');
    await docker('buildx', 'build', '--quiet', '--output', `type=oci,dest=${gzipDir},tar=false`, context.dir);
    await docker(
      'buildx',
      'build',
      '--quiet',
      '--output',
      `type=oci,dest=${zstdDir},tar=false,compression=zstd,force-compression=true`,
      context.dir,
    );
    const gzip = await walkLayout(gzipDir);
    const zstd = await walkLayout(zstdDir);
    assert.ok(
      zstd.mediaTypes.every((type) => type.endsWith('+zstd')),
      zstd.mediaTypes.join(', '),
    );
    assert.equal(gzip.archive.layers.size, 4);
    if (ZSTD_READABLE) {
      assert.deepEqual(zstd.archive.unsupported, []);
      for (const [diffId, layer] of gzip.archive.layers) assert.deepEqual(zstd.archive.layers.get(diffId)?.entries, layer.entries, diffId);
    } else {
      assert.equal(zstd.archive.unsupported.length, 4);
      assert.equal(zstd.archive.layers.size, 0);
    }
  });

  test("secrets in build-push-action's KEY=value form reach the build as a file and appear nowhere", async () => {
    const dir = scratchContext();
    const value = `hf_${run}planted0123456789`;
    writeFileSync(
      join(dir, 'Dockerfile'),
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN --mount=type=secret,id=HF_TOKEN,required=true ["/bin/busybox", "sh", "-c", "/bin/busybox cat /run/secrets/HF_TOKEN"]\n',
    );
    const lines: string[] = [];
    const masked: string[] = [];
    const log = { ...quiet, info: (line: string) => lines.push(line), mask: (secret: string) => masked.push(secret) };
    removeImagesAfter(`ml-image-guard/secret:${run}`);
    const config = await buildConfig(
      { trivy: 'false', 'fail-on': 'never', secrets: `HF_TOKEN=${value}`, tags: `ml-image-guard/secret:${run}` },
      { workspace: dir, tempDir: dir, ruleNames: ruleNameIndex() },
    );
    const report = await runPipeline(config, readRunContext({}), log);
    assert.equal(report.build?.status, 'ok', buildError(report.build));
    assert.ok(masked.includes(value), 'registered with the log masker');
    assert.ok(
      lines.some((line) => line.includes('***')),
      'the RUN printed it, redacted',
    );
    assert.ok(!lines.join('\n').includes(value));
    assert.ok(!JSON.stringify(report).includes(value));
  });

  test('two-step recipe through the action: outputs imageid, digest and metadata as build-push-action sets them', async () => {
    const dir = scratchContext();
    const tag = `${REGISTRY}/mlg-it/outputs-${run}:v1`;
    removeImagesAfter(tag);
    const github = await startGitHubServer();
    try {
      const result = await runActionInProcess({
        workspace: dir,
        apiUrl: github.url,
        inputs: { tags: tag, push: 'true', trivy: 'false', comment: 'never', 'fail-on': 'never' },
      });
      assert.equal(result.exitCode, 0, result.log);
      const metadata = JSON.parse(result.outputs.metadata) as Record<string, unknown>;
      assert.equal(result.outputs.digest, metadata['containerimage.digest']);
      assert.match(result.outputs.digest, /^sha256:[a-f0-9]{64}$/);
      assert.match(result.outputs.imageid, /^sha256:[a-f0-9]{64}$/);
      assert.equal(metadata['image.name'], tag);

      const second = await runActionInProcess({
        workspace: dir,
        apiUrl: github.url,
        inputs: { image: tag, 'build-metadata': result.outputs.metadata, trivy: 'false', comment: 'never', 'fail-on': 'never' },
      });
      assert.equal(second.exitCode, 0, second.log);
      const report = JSON.parse(readFileSync(second.outputs.report, 'utf8')) as Report;
      assert.equal(report.image?.ref, `${REGISTRY}/mlg-it/outputs-${run}@${result.outputs.digest}`);
      assert.equal(second.outputs['compressed-size'], String(report.image?.compressedSize));
    } finally {
      await github.close();
    }
  });
});

const classic = await classicDockerOptions();

describe('the docker driver on the classic image store (a second engine)', classic, () => {
  test('detected before building: built without --cache-to, --cache-from kept, one line on what to add, measured from its store', async () => {
    const dir = scratchContext();
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = classicDockerHost();
    try {
      const cacheRef = `${REGISTRY}/mlg-it/classic-cache-${run}`;
      const report = await check(dir, { 'cache-ref': cacheRef, tags: `ml-image-guard/classic:${run}` });
      const build = report.build!;
      assert.equal(build.status, 'ok', buildError(build));
      assert.deepEqual(build.cache?.to, []);
      assert.deepEqual(build.cache?.from, [`type=registry,ref=${cacheRef}:cache-main`]);
      assert.deepEqual(
        build.warnings.filter((w) => w === CLASSIC_STORE_CACHE_WARNING),
        [CLASSIC_STORE_CACHE_WARNING],
      );
      assert.equal(report.image?.status, 'ok', report.image?.reason);
      assert.equal(report.image?.source, 'local-store');
      assert.equal(report.image?.size, readFileSync(BUSYBOX).length + 2_000_000 + `print("${run}")\n`.length);
      assert.equal(report.passed, true, 'never a failure for it');
    } finally {
      // On the second engine, so removed here, while DOCKER_HOST still names it.
      await exec('docker', ['image', 'rm', '--force', `ml-image-guard/classic:${run}`]);
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });
});
