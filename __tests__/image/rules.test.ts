// The image rules on a file index with package owners and file heads, as the walk makes them:
// what a package owns is never weights or cache, formats are told from first bytes, each finding
// says whether its bytes came from the base image or a Dockerfile line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFileIndex, type IndexedLayer } from '../../src/image/filesystem.js';
import type { CapturedFile } from '../../src/image/captured-files.js';
import { buildInventory } from '../../src/image/packages/inventory.js';
import { imageFindings, imageRuleMetas, imageRules } from '../../src/image/rules/index.js';
import type { WalkedImage } from '../../src/image/rules/common.js';
import * as MLG101 from '../../src/image/rules/MLG101.js';
import * as MLG102 from '../../src/image/rules/MLG102.js';
import * as MLG103 from '../../src/image/rules/MLG103.js';
import * as MLG104 from '../../src/image/rules/MLG104.js';
import * as MLG105 from '../../src/image/rules/MLG105.js';
import { messageOf } from '../helpers/rule-finding.js';

const MB = 1_000_000;

/** A file of `size` bytes whose walk kept `content` (a head, or a whole metadata file). */
type Spec = [path: string, size: number, content?: string | Buffer];

function layer(position: number, line: number | null, specs: Spec[], whiteouts: IndexedLayer['whiteouts'] = []): IndexedLayer {
  const captured: CapturedFile[] = specs
    .filter(([, , content]) => content !== undefined)
    .map(([path, size, content]) => {
      const data = Buffer.from(content!);
      return { path, data, complete: data.length === size };
    });
  return {
    position,
    line,
    createdBy: `step ${position}`,
    fromBase: line === null,
    entries: specs.map(([path, size]) => ({ path, size, type: 'file' as const })),
    whiteouts,
    captured,
  };
}

/** A metadata file captured whole. */
const meta = (path: string, content: string): Spec => [path, Buffer.byteLength(content), content];

function image(layers: IndexedLayer[]): WalkedImage {
  const index = buildFileIndex(layers);
  return { index, packages: buildInventory(index) };
}

const SITE = '/usr/local/lib/python3.11/site-packages';
/** A wheel's METADATA and RECORD listing `paths` (relative to site-packages). */
const wheel = (name: string, version: string, paths: string[]): Spec[] => [
  meta(`${SITE}/${name}-${version}.dist-info/METADATA`, `Name: ${name}\nVersion: ${version}\n`),
  meta(`${SITE}/${name}-${version}.dist-info/RECORD`, paths.map((p) => `${p},,`).join('\n')),
];

const safetensorsHead = () => {
  const header = Buffer.from('{"__metadata__":{"format":"pt"},"w":{"dtype":"F16","shape":[4096,4096],"data_offsets":[0,33554432]}}');
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([length, header]).subarray(0, 128);
};
const zipHead = (firstMember: string) => {
  const head = Buffer.alloc(30);
  head.write('PK\x03\x04', 0, 'latin1');
  head.writeUInt16LE(firstMember.length, 26);
  return Buffer.concat([head, Buffer.from(firstMember)]);
};

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

test('MLG101: files no package owns in a weights format, told from their first bytes, grouped per layer with its line', () => {
  const findings = MLG101.check(
    image([
      layer(0, null, [['/usr/lib/firmware/tiny.bin', 4000]]),
      layer(1, 7, [
        ['/models/llama/model-00001.safetensors', 3 * MB, safetensorsHead()],
        ['/models/llama/pytorch_model.bin', 2 * MB, zipHead('pytorch_model/data.pkl')],
        ['/models/clf.pkl', 2 * MB, Buffer.from([0x80, 0x04, 0x95])],
        ['/models/tiny.gguf', 1.5 * MB, 'GGUF\x03\x00\x00\x00'],
        // A .safetensors name, but not its header: some other file renamed.
        ['/app/notes.safetensors', 2 * MB, 'plain text notes'],
        ['/app/tokenizer.json', 5 * MB, '{"version":"1.0"'],
      ]),
    ]),
  );
  assert.deepEqual(
    findings.map((f) => [f.line, f.bytes, 'origin' in f && f.origin]),
    [[7, 8.5 * MB, 'dockerfile']],
  );
  assert.match(
    messageOf(findings[0]),
    /^Model weights in the image: 8\.5 MB of safetensors, PyTorch, pickle, GGUF files no package owns, added at line 7: \/models\/llama\/model-00001\.safetensors \(3 MB, safetensors\), \/models\/llama\/pytorch_model\.bin \(2 MB, PyTorch\), \/models\/clf\.pkl \(2 MB, pickle\) and 1 more\./,
  );
  assert.ok('quotes' in findings[0] && findings[0].quotes?.includes('/models/llama/pytorch_model.bin'), 'paths are quotes, not our words');
});

test('MLG101: a 9 GB CUDA torch image — libcublasLt.so, libtorch_cuda.so, wheels and apt’s pkgcache.bin are not weights', () => {
  // The files the old size-or-extension rule flagged on a real torch 2.9 cu13 image.
  const cublas = 'nvidia/cu13/lib/libcublasLt.so.13';
  const findings = MLG101.check(
    image([
      layer(0, null, [['/var/cache/apt/pkgcache.bin', 40 * MB, Buffer.from([0x52, 0x17, 0x98, 0x98, 0x10, 0x00])]]),
      layer(1, 12, [
        ...wheel('nvidia_cublas', '13.0.0.19', [cublas]),
        ...wheel('torch', '2.9.0+cu130', ['torch/lib/libtorch_cuda.so']),
        [`${SITE}/${cublas}`, 542 * MB, '\x7fELF\x02\x01\x01'],
        [`${SITE}/torch/lib/libtorch_cuda.so`, 503 * MB, '\x7fELF\x02\x01\x01'],
      ]),
      layer(2, 14, [['/wheels/torch-2.9.0+cu130-cp311-cp311-manylinux_2_28_x86_64.whl', 900 * MB, zipHead('torch/__init__.py')]]),
      layer(3, 15, [['/data/corpus.tar', 600 * MB, 'corpus\0\0\0']]),
    ]),
  );
  assert.deepEqual(
    findings.map((f) => [f.line, f.severity ?? 'error', messageOf(f).split(':')[0]]),
    [[15, 'warning', 'Files over 500 MB that no package owns']],
  );
});

test('MLG101: without a kept head (the walk’s budget ran out) only unambiguous names count', () => {
  const findings = MLG101.check(
    image([
      layer(0, 3, [
        ['/w/model.onnx', 2 * MB],
        ['/w/vocab.bin', 2 * MB],
      ]),
    ]),
  );
  assert.match(messageOf(findings[0]), /^Model weights in the image: 2 MB of ONNX files/);
});

test('MLG102: each cache kind per layer, a shipped wheelhouse with its bytes; what a package owns is not cache', () => {
  const findings = MLG102.check(
    image([
      layer(0, null, [
        ['/var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease', 150_000],
        ['/var/lib/apt/lists/lock', 0],
      ]),
      layer(1, 5, [
        ['/root/.cache/pip/http/a/b', 3 * MB],
        [`${SITE}/x/__pycache__/m.pyc`, 9000],
      ]),
      layer(2, 8, [
        ['/app/.git/objects/pack/p.pack', 2 * MB],
        ['/app/__pycache__/main.pyc', 30_000],
        ['/opt/conda/pkgs/torch.tar.bz2', MB],
        ['/wheels/numpy-2.1.0-cp311-cp311-manylinux_2_17_x86_64.whl', 16 * MB],
        ['/wheels/scipy-1.14.1-cp311-cp311-manylinux_2_17_x86_64.whl', 40 * MB],
        // virtualenv's seed wheels belong to virtualenv.
        ...wheel('virtualenv', '20.26.6', ['virtualenv/seed/wheels/embed/pip-24.2-py3-none-any.whl']),
        [`${SITE}/virtualenv/seed/wheels/embed/pip-24.2-py3-none-any.whl`, 1_800_000],
      ]),
    ]),
  );
  assert.deepEqual(
    findings.map((f) => [messageOf(f).split(':')[0], f.line, f.bytes, 'origin' in f && f.origin]),
    [
      ['pip cache in the image', 5, 3 * MB, 'dockerfile'],
      ['Conda package cache in the image', 8, MB, 'dockerfile'],
      ['Wheelhouse in the image', 8, 56 * MB, 'dockerfile'],
      ['apt lists in the image', 0, 150_000, 'base-image'],
      ['`__pycache__` outside site-packages in the image', 8, 30_000, 'dockerfile'],
      ['`.git` directory in the image', 8, 2 * MB, 'dockerfile'],
    ],
  );
  assert.match(messageOf(findings[2]), /2 files added at line 8, e\.g\. \/wheels\/scipy-.*\(40 MB\)/);
  assert.match(messageOf(findings[3]), /from the base image \(layer 0\)/);
});

test('MLG103: hidden bytes per adding layer with the removing line; small overwrites are not worth a finding', () => {
  const findings = MLG103.check(
    image([
      layer(0, 4, [
        ['/data/wheels.tar', 8 * MB],
        ['/etc/app.conf', 2000],
      ]),
      layer(1, 5, [['/data/settings.dat', 3 * MB]]),
      layer(
        2,
        6,
        [
          ['/data/settings.dat', 1000],
          ['/etc/app.conf', 2100],
        ],
        [{ path: '/data/wheels.tar', opaque: false }],
      ),
    ]),
  );
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

test('MLG104: devel kinds above the threshold, per layer, naming the packages that brought them', () => {
  const status = ['gcc-12', 'libpython3.11-dev', 'linux-libc-dev']
    .map((name) => `Package: ${name}\nStatus: install ok installed\nVersion: 1.${name.length}\n`)
    .join('\n');
  const findings = MLG104.check(
    image([
      layer(0, null, [['/usr/local/include/python3.11/Python.h', 1 * MB]]),
      layer(1, 3, [
        meta('/var/lib/dpkg/status', status),
        meta('/var/lib/dpkg/info/gcc-12.list', '/usr/bin/x86_64-linux-gnu-gcc-12\n/usr/lib/gcc/x86_64-linux-gnu/12/cc1\n'),
        meta('/var/lib/dpkg/info/linux-libc-dev.list', '/usr/include/linux/bpf.h\n'),
        meta('/var/lib/dpkg/info/libpython3.11-dev.list', '/usr/include/python3.11/Python.h\n/usr/lib/libpython3.11.a\n'),
        ['/usr/include/linux/bpf.h', 4 * MB],
        ['/usr/include/python3.11/Python.h', 1 * MB],
        ['/usr/lib/libpython3.11.a', 5 * MB],
        ['/usr/bin/x86_64-linux-gnu-gcc-12', 1 * MB],
        ['/usr/lib/gcc/x86_64-linux-gnu/12/cc1', 30 * MB],
        ['/usr/local/cuda-12.1/bin/nvcc', 4 * MB],
      ]),
    ]),
  );
  assert.deepEqual(
    findings.map((f) => [messageOf(f).split(':')[0], f.line, f.bytes]),
    [
      ['Compilers in the final image', 3, 35 * MB],
      ['Headers in the final image', 0, 1 * MB],
      ['Headers in the final image', 3, 5 * MB],
      ['Static libraries in the final image', 3, 5 * MB],
    ],
  );
  assert.match(messageOf(findings[0]), /brought by gcc-12 1\.6 \(31 MB\)\./);
  assert.match(messageOf(findings[2]), /brought by linux-libc-dev 1\.14 \(4 MB\), libpython3\.11-dev 1\.17 \(1 MB\)\./);
  assert.match(messageOf(findings[1]), /-runtime \(or slim\) variant/, 'base-image bytes: the fix is the base');
  assert.match(messageOf(findings[0]), /builder stage/);
});

test('MLG105: credentials by name in any layer, even hidden later; templates and certificates are not', () => {
  const findings = MLG105.check(
    image([
      layer(0, null, [
        ['/etc/ssl/certs/ca-certificates.pem', 200_000],
        ['/usr/lib/python3/site-packages/certifi/cacert.pem', 280_000],
      ]),
      layer(1, 5, [
        ['/app/.env', 120],
        ['/app/.env.example', 90],
        ['/root/.ssh/id_ed25519', 400],
        ['/root/.ssh/id_ed25519.pub', 100],
        ['/srv/tls/server-key.pem', 1700],
      ]),
      layer(
        2,
        7,
        [
          ['/root/.cache/huggingface/token', 37],
          ['/home/u/.aws/credentials', 116],
        ],
        [{ path: '/app/.env', opaque: false }],
      ),
    ]),
  );
  assert.deepEqual(
    findings.map((f) => [f.line, 'quotes' in f && f.quotes?.[0]]),
    [
      [5, '/app/.env'],
      [5, '/root/.ssh/id_ed25519'],
      [5, '/srv/tls/server-key.pem'],
      [7, '/root/.cache/huggingface/token'],
      [7, '/home/u/.aws/credentials'],
    ],
  );
  assert.match(messageOf(findings[0]), /^Credentials file in a layer, hidden later but still shipped/);
  assert.match(
    messageOf(findings[1]),
    /^Credentials file in the image: \/root\/\.ssh\/id_ed25519, added at line 5, is in the final filesystem/,
  );
});

test('every image finding is structured: a title of at most 80 characters, detail, fix, and its origin', () => {
  const all = imageFindings(
    image([
      layer(0, null, [['/var/lib/apt/lists/x_InRelease', 150_000]]),
      layer(1, 3, [
        ['/w/model.gguf', 2 * MB, 'GGUF'],
        ['/app/.env', 10],
      ]),
    ]),
  );
  assert.deepEqual(
    all.map(({ meta, finding }) => [meta.id, finding.line]),
    [
      ['MLG101', 3],
      ['MLG102', 0],
      ['MLG105', 3],
    ],
  );
  for (const { finding } of all) {
    assert.ok(!('message' in finding));
    assert.ok('title' in finding && finding.title.length <= 80 && finding.detail && finding.fix && finding.origin);
  }
});
