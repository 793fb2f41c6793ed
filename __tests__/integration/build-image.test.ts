// Real buildx builds of the fixture images, measured and walked: sizes equal docker history
// and the registry manifest exactly, and every planted problem is found at its layer and line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dockerTestOptions, REGISTRY } from '../helpers/docker.js';
import { build, buildError, docker, fixtureContext, measure, unique } from '../build/fixture-images.js';
import { RegistryClient } from '../../src/image/registry.js';
import { platformManifests } from '../../src/image/blobs.js';
import { parseImageReference } from '../../src/util/image-ref.js';
import { messageOf } from '../helpers/rule-finding.js';
import { removeDirAfter, removeImagesAfter } from '../helpers/scratch.js';

const options = await dockerTestOptions();
const run = unique();

async function buildFixture(name: string, files: Record<string, string> = {}) {
  const context = fixtureContext(name, files);
  removeDirAfter(context.dir);
  const tag = `${REGISTRY}/mlg-it/${name}:${run}`;
  removeImagesAfter(tag);
  const built = await build(context.dir, context.dockerfile, { tags: [tag] });
  assert.equal(built.section.status, 'ok', buildError(built.section));
  const measured = await measure(tag, context.dockerfile);
  return { tag, built, ...measured };
}

/** Sums `docker history` sizes on its own, and the pushed manifest's layer sizes from the registry API. */
async function independentSizes(tag: string) {
  const history = await docker('history', '--no-trunc', '--human=false', '--format', '{{.Size}}', tag);
  const historySum = history
    .trim()
    .split('\n')
    .reduce((sum, size) => sum + Number(size), 0);
  await docker('push', '--quiet', tag);
  const { path: repository, tag: reference } = parseImageReference(tag);
  const accept =
    'application/vnd.oci.image.manifest.v1+json,application/vnd.oci.image.index.v1+json,application/vnd.docker.distribution.manifest.v2+json';
  const get = async (ref: string) =>
    (await (await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${ref}`, { headers: { accept } })).json()) as {
      layers?: { size: number }[];
      manifests?: { digest: string; platform?: { os: string } }[];
    };
  let manifest = await get(reference ?? 'latest');
  if (manifest.manifests) manifest = await get(manifest.manifests.find((m) => m.platform?.os !== 'unknown')!.digest);
  return { historySum, manifestSum: manifest.layers!.reduce((sum, l) => sum + l.size, 0), manifestLayers: manifest.layers!.length };
}

describe('fixture images built with buildx, measured and walked', options, () => {
  test('multi-stage: exact sizes, layers on their lines, devel artifacts at line 16', async () => {
    const { tag, built, inspection, result } = await buildFixture('multistage', { 'app.py': 'print("hi")\n' });
    const section = inspection.section;
    const sizes = await independentSizes(tag);
    assert.equal(section.size, sizes.historySum);
    assert.equal(section.compressedSize, sizes.manifestSum, 'compressed size from the local blobs equals the registry manifest');
    assert.equal(section.layers.length, sizes.manifestLayers);
    const registry = new RegistryClient(tag);
    const top = await registry.document(null);
    const manifest = top.kind === 'index' ? await registry.document(platformManifests(top.manifests)[0].digest) : top;
    assert.equal(manifest.kind === 'manifest' && manifest.manifest.layers.reduce((sum, l) => sum + l.size, 0), sizes.manifestSum);
    assert.deepEqual(
      section.layers.map((l) => l.line),
      [8, 10, 14, 15, 16, 18],
    );
    assert.ok(section.layers.every((l) => !l.fromBase && l.compressedSize! > 0 && l.digest?.startsWith('sha256:')));
    // buildx merges the identical `COPY busybox` of builder (line 4) and base (line 8) into one step.
    const lines = built.section.steps.map((s) => s.line);
    assert.deepEqual(
      lines.filter((l) => l !== 4 && l !== 8),
      [5, 10, 14, 15, 16, 18],
    );
    assert.equal(lines.filter((l) => l === 4 || l === 8).length, 1);
    assert.equal(built.section.totalSteps, 7);
    assert.match(built.digest ?? '', /^sha256:/);
    assert.match(built.imageId ?? '', /^sha256:/);
    const devel = result.findings.filter((f) => f.meta.id === 'MLG104');
    assert.deepEqual(
      devel.map((f) => [messageOf(f.finding).split(':')[0], f.finding.line, f.finding.bytes]),
      [
        ['Headers in the final image', 16, 5_000_000],
        ['Static libraries in the final image', 16, 5_000_000],
      ],
    );
    assert.equal(result.analysis.status, 'ok');
    assert.equal(result.analysis.largestFiles[0].size, 5_000_000);
    assert.equal(result.analysis.byInstruction.find((b) => b.line === 15)?.added, 3_000_000);
  });

  test('wasted bytes: deleted and overwritten files counted at the lines that added them', async () => {
    const { tag, inspection, result } = await buildFixture('wasted');
    const sizes = await independentSizes(tag);
    assert.equal(inspection.section.size, sizes.historySum);
    assert.equal(inspection.section.compressedSize, sizes.manifestSum);
    const wasted = result.findings.filter((f) => f.meta.id === 'MLG103').map((f) => f.finding);
    assert.deepEqual(
      wasted.map((f) => [f.line, f.bytes]),
      [
        [5, 8_000_000],
        [6, 3_000_000],
      ],
    );
    assert.match(messageOf(wasted[0]), /\/data\/wheels\.tar \(8 MB, deleted at line 7\)/);
    assert.match(messageOf(wasted[1]), /\/data\/settings\.dat \(3 MB, overwritten at line 7\)/);
    assert.equal(result.analysis.bytesByRule.MLG103, 11_000_000);
    assert.deepEqual(
      result.analysis.byInstruction.find((b) => b.line === 5),
      {
        line: 5,
        createdBy: inspection.section.layers[1].createdBy,
        added: 8_000_000,
        wasted: 8_000_000,
      },
    );
  });

  test('pip cache and .git: found at the RUN lines that left them; site-packages __pycache__ is fine', async () => {
    const { result } = await buildFixture('cache-git', { 'src/main.py': 'print(1)\n' });
    const caches = result.findings
      .filter((f) => f.meta.id === 'MLG102')
      .map((f) => [messageOf(f.finding).split(':')[0], f.finding.line, f.finding.bytes]);
    assert.deepEqual(caches, [
      ['pip cache in the image', 5, 3_000_000],
      ['`__pycache__` outside site-packages in the image', 9, 30_000],
      ['`.git` directory in the image', 9, 2_000_000],
    ]);
  });

  test('planted weights and .env: MLG101 at line 6, MLG105 at line 5 although line 7 deleted it; the value never shows', async () => {
    const secret = `hf_${unique()}SECRETVALUE`;
    const { result } = await buildFixture('planted', { '.env': `HF_TOKEN=${secret}\n` });
    const weights = result.findings.filter((f) => f.meta.id === 'MLG101').map((f) => f.finding);
    assert.deepEqual(
      weights.map((f) => [f.line, f.bytes]),
      [[6, 6_000_000]],
    );
    assert.match(
      messageOf(weights[0]),
      /of safetensors files no package owns, added at line 6: \/models\/model\.safetensors \(6 MB, safetensors\)\./,
    );
    const secrets = result.findings.filter((f) => f.meta.id === 'MLG105').map((f) => f.finding);
    assert.equal(secrets.length, 1);
    assert.equal(secrets[0].line, 5);
    assert.match(messageOf(secrets[0]), /\/app\/\.env, added at line 5: a later layer hides it/);
    assert.ok(!JSON.stringify(result).includes(secret));
  });
});
