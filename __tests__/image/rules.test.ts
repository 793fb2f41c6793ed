import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFileIndex, type IndexedLayer } from '../../src/image/filesystem.js';
import { imageFindings, imageRuleMetas, imageRules } from '../../src/image/rules/index.js';
import * as MLG101 from '../../src/image/rules/MLG101.js';
import * as MLG102 from '../../src/image/rules/MLG102.js';
import * as MLG103 from '../../src/image/rules/MLG103.js';
import * as MLG104 from '../../src/image/rules/MLG104.js';
import * as MLG105 from '../../src/image/rules/MLG105.js';
import { messageOf } from '../helpers/rule-finding.js';

const MB = 1_000_000;
const files = (...specs: [string, number][]) => specs.map(([path, size]) => ({ path, size, type: 'file' as const }));
const layer = (
  position: number,
  line: number | null,
  entries: IndexedLayer['entries'],
  whiteouts: IndexedLayer['whiteouts'] = [],
): IndexedLayer => ({
  position,
  line,
  createdBy: `step ${position}`,
  fromBase: line === null,
  entries,
  whiteouts,
});

test('registry: sorted ids, names and severities of RULES.md, kind image', () => {
  assert.deepEqual(
    imageRuleMetas.map((m) => [m.id, m.name, m.severity, m.kind]),
    [
      ['MLG101', 'weights-in-image', 'error', 'image'],
      ['MLG102', 'cache-in-image', 'warning', 'image'],
      ['MLG103', 'wasted-bytes', 'warning', 'image'],
      ['MLG104', 'devel-artifacts', 'warning', 'image'],
      ['MLG105', 'secret-file-in-image', 'error', 'image'],
    ],
  );
  assert.ok(imageRules.every((r) => r.meta.docs.endsWith(`/${r.meta.id}.md`)));
});

test('MLG101: weights by extension (real size) and any file over 500 MB, grouped per layer with its line', () => {
  const index = buildFileIndex([
    layer(0, null, files(['/usr/lib/firmware/tiny.bin', 4000])),
    layer(
      1,
      7,
      files(
        ['/models/llama/model-00001.safetensors', 3 * MB],
        ['/models/llama/model-00002.safetensors', 2 * MB],
        ['/app/tokenizer.pkl', 5 * MB],
        ['/models/clf.pkl', 2 * MB],
      ),
    ),
    layer(2, 9, files(['/data/corpus.tar', 600 * MB])),
  ]);
  const findings = MLG101.check(index);
  assert.deepEqual(
    findings.map((f) => [f.line, f.bytes]),
    [
      [7, 7 * MB],
      [9, 600 * MB],
    ],
  );
  assert.match(
    messageOf(findings[0]),
    /^7 MB of model weights in layer 1 \(Dockerfile line 7\): \/models\/llama\/model-00001\.safetensors \(3 MB\), \/models\/llama\/model-00002\.safetensors \(2 MB\), \/models\/clf\.pkl \(2 MB\)\./,
  );
});

test('MLG102: each cache kind per layer; __pycache__ in site-packages and apt lock files are fine', () => {
  const index = buildFileIndex([
    layer(0, null, files(['/var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease', 150_000], ['/var/lib/apt/lists/lock', 0])),
    layer(1, 5, files(['/root/.cache/pip/http/a/b', 3 * MB], ['/usr/lib/python3/site-packages/x/__pycache__/m.pyc', 9000])),
    layer(
      2,
      8,
      files(['/app/.git/objects/pack/p.pack', 2 * MB], ['/app/__pycache__/main.pyc', 30_000], ['/opt/conda/pkgs/torch.tar.bz2', MB]),
    ),
  ]);
  const findings = MLG102.check(index);
  assert.deepEqual(
    findings.map((f) => [messageOf(f).split(':')[0], f.line, f.bytes]),
    [
      ['pip cache', 5, 3 * MB],
      ['conda package cache', 8, MB],
      ['apt lists', 0, 150_000],
      ['__pycache__ outside site-packages', 8, 30_000],
      ['.git directory', 8, 2 * MB],
    ],
  );
  assert.match(messageOf(findings[2]), /layer 0 \(base image\)/);
});

test('MLG103: hidden bytes per adding layer with the removing line; small overwrites are not worth a finding', () => {
  const index = buildFileIndex([
    layer(0, 4, files(['/data/wheels.tar', 8 * MB], ['/etc/app.conf', 2000])),
    layer(1, 5, files(['/data/settings.dat', 3 * MB])),
    layer(2, 6, files(['/data/settings.dat', 1000], ['/etc/app.conf', 2100]), [{ path: '/data/wheels.tar', opaque: false }]),
  ]);
  const findings = MLG103.check(index);
  assert.deepEqual(
    findings.map((f) => [f.line, f.bytes]),
    [
      [4, 8 * MB + 2000],
      [5, 3 * MB],
    ],
  );
  assert.match(messageOf(findings[0]), /\/data\/wheels\.tar \(8 MB, deleted at line 6\)/);
  assert.match(messageOf(findings[1]), /\/data\/settings\.dat \(3 MB, overwritten at line 6\)/);
  assert.match(messageOf(findings[0]), /\d+\.\d% of the bytes in the layers/);
});

test('MLG104: devel kinds above the threshold, per layer', () => {
  const index = buildFileIndex([
    layer(0, null, files(['/usr/local/include/python3.11/Python.h', 1 * MB])),
    layer(
      1,
      3,
      files(
        ['/usr/include/cuda_runtime.h', 5 * MB],
        ['/usr/lib/libtorch_static.a', 5 * MB],
        ['/usr/bin/x86_64-linux-gnu-gcc-12', 1 * MB],
        ['/usr/local/cuda-12.1/bin/nvcc', 4 * MB],
      ),
    ),
  ]);
  const findings = MLG104.check(index);
  assert.deepEqual(
    findings.map((f) => [messageOf(f).split(':')[0], f.line, f.bytes]),
    [
      ['compilers', 3, 5 * MB],
      ['headers', 0, 1 * MB],
      ['headers', 3, 5 * MB],
      ['static libraries', 3, 5 * MB],
    ],
  );
});

test('MLG105: credentials by name in any layer, even hidden later; templates and certificates are not', () => {
  const index = buildFileIndex([
    layer(0, null, files(['/etc/ssl/certs/ca-certificates.pem', 200_000], ['/usr/lib/python3/site-packages/certifi/cacert.pem', 280_000])),
    layer(
      1,
      5,
      files(
        ['/app/.env', 120],
        ['/app/.env.example', 90],
        ['/root/.ssh/id_ed25519', 400],
        ['/root/.ssh/id_ed25519.pub', 100],
        ['/srv/tls/server-key.pem', 1700],
      ),
    ),
    layer(2, 7, files(['/root/.cache/huggingface/token', 37], ['/home/u/.aws/credentials', 116]), [{ path: '/app/.env', opaque: false }]),
  ]);
  const findings = MLG105.check(index);
  assert.deepEqual(
    findings.map((f) => [f.line, messageOf(f).split(' in ')[0]]),
    [
      [5, 'Possible credentials file /app/.env'],
      [5, 'Possible credentials file /root/.ssh/id_ed25519'],
      [5, 'Possible credentials file /srv/tls/server-key.pem'],
      [7, 'Possible credentials file /root/.cache/huggingface/token'],
      [7, 'Possible credentials file /home/u/.aws/credentials'],
    ],
  );
  assert.match(messageOf(findings[0]), /A later layer hides it, but the layer still ships it/);
  assert.match(messageOf(findings[1]), /It is in the final filesystem/);
});

test('imageFindings pairs each finding with its rule meta', () => {
  const index = buildFileIndex([layer(0, 3, files(['/w/model.gguf', 2 * MB], ['/app/.env', 10]))]);
  assert.deepEqual(
    imageFindings(index).map(({ meta, finding }) => [meta.id, finding.line]),
    [
      ['MLG101', 3],
      ['MLG105', 3],
    ],
  );
});
