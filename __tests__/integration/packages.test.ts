// The package inventory on a real image built offline: the Debian base (dpkg), a venv and torch
// CPU with transformers installed from real wheels. torch's bytes as the walk counts them match
// `du` of its files inside the image.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dockerTestOptions } from '../helpers/docker.js';
import { buildTorchImage, TORCH_DOCKERFILE } from '../helpers/offline-images.js';
import { docker, measure, unique } from '../build/fixture-images.js';

const options = await dockerTestOptions();
const SITE = '/opt/venv/lib/python3.11/site-packages';

describe('packages of a real torch CPU image', options, () => {
  const tag = `image-itest/torch-cpu:${unique()}`;
  after(async () => {
    await docker('image', 'rm', '-f', tag).catch(() => undefined);
  });

  test('torch within 2% of du, its version and line; dpkg packages from the base; groups add up', async () => {
    await buildTorchImage('torch-cpu', tag);
    const { inspection, result } = await measure(tag, TORCH_DOCKERFILE);
    const inventory = result.analysis.packages!;
    const torch = inventory.packages.find((p) => p.ecosystem === 'python' && p.name === 'torch')!;
    assert.match(torch.version, /\+cpu$/);
    assert.equal(torch.installer, 'pip');
    assert.equal(torch.location, SITE);
    assert.equal(torch.line, 8, 'the RUN pip install line');
    assert.equal(torch.group, 'torch');

    // du of what torch installed: its top-level folders and files in site-packages and its scripts.
    const script = [
      `cd ${SITE}`,
      'record=$(ls -d torch-*.dist-info)/RECORD',
      'du -cb $(cut -d, -f1 "$record" | grep -v "^\\.\\./" | cut -d/ -f1 | sort -u) $(grep "^\\.\\./" "$record" | cut -d, -f1) | tail -n1 | cut -f1',
    ].join(' && ');
    const du = Number((await docker('run', '--rm', '--entrypoint', 'sh', tag, '-c', script)).trim());
    const off = Math.abs(torch.bytes - du) / du;
    console.log(`# torch ${torch.version}: walk ${torch.bytes} bytes, du ${du} bytes (${(off * 100).toFixed(2)}% apart)`);
    assert.ok(off <= 0.02, `torch: ${torch.bytes} bytes vs du ${du}`);

    const python3 = inventory.packages.find((p) => p.ecosystem === 'deb' && p.name === 'python3.11');
    assert.ok(python3?.fromBase, 'the base image’s python3.11 deb');
    assert.equal(python3.group, 'python-interpreter');
    assert.ok(inventory.packages.some((p) => p.name === 'transformers' && p.group === 'python'));

    const visible = inspection.section.layers.reduce((sum, layer) => sum + layer.size, 0);
    const counted =
      inventory.packages.reduce((sum, p) => sum + p.bytes, 0) +
      inventory.unownedBytes +
      (inventory.groups.find((g) => g.group === 'python-interpreter')!.bytes -
        inventory.packages.filter((p) => p.group === 'python-interpreter').reduce((sum, p) => sum + p.bytes, 0));
    assert.ok(counted <= visible, `${counted} counted, ${visible} in the layers`);
    assert.ok(inventory.unownedBytes < 0.05 * visible, `unowned ${inventory.unownedBytes} of ${visible}`);

    const weights = result.findings.filter((f) => f.meta.id === 'MLG101');
    assert.deepEqual(weights, [], 'no library of torch is weights');
  });
});
