// The package inventory on synthetic layer tars walked by the real indexer: RECORD sizes,
// whiteouts, upgrades, egg-info, conda-meta, dpkg and apk databases, the groups, and the
// property that no byte is counted twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { posix } from 'node:path';
import { newCaptureBudget } from '../../src/image/archive.js';
import { buildInventory } from '../../src/image/packages/inventory.js';
import { firstCsvField, normalizeName } from '../../src/image/packages/python.js';
import type { PackageInventory } from '../../src/report/types.js';
import { walkedIndex, type FileSpec, type LayerSpec } from '../helpers/layer-tar.js';

const SITE = 'usr/local/lib/python3.11/site-packages';

/** A pip-installed wheel: METADATA, INSTALLER, RECORD listing its files (sizes as pip writes them). */
function wheel(name: string, version: string, files: [string, number][], options: { site?: string; installer?: string } = {}): FileSpec[] {
  const site = options.site ?? SITE;
  const distInfo = `${name.replace(/-/g, '_')}-${version}.dist-info`;
  const record = [
    ...files.map(([path, size]) => `${path},sha256=x,${size}`),
    `${distInfo}/METADATA,,`,
    `${distInfo}/RECORD,,`,
    `${distInfo}/INSTALLER,,`,
  ].join('\n');
  return [
    ...files.map(([path, size]) => ({ name: posix.normalize(`${site}/${path}`), size })),
    {
      name: `${site}/${distInfo}/METADATA`,
      content: `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: x\n\nLong README\n`,
    },
    { name: `${site}/${distInfo}/INSTALLER`, content: `${options.installer ?? 'pip'}\n` },
    { name: `${site}/${distInfo}/RECORD`, content: `${record}\n` },
  ];
}

const bytesOf = (files: FileSpec[]) =>
  files.reduce((sum, f) => sum + (f.content !== undefined ? Buffer.byteLength(f.content) : (f.size ?? 0)), 0);
const inventoryOf = async (layers: LayerSpec[]) => buildInventory(await walkedIndex(layers)).inventory;
const find = (inventory: PackageInventory, name: string) => inventory.packages.find((p) => p.name === name);

test('Python: bytes are the files RECORD lists, version keeps its local label, name per PEP 503, the line that installed it', async () => {
  const torchFiles = wheel('torch', '2.5.1+cpu', [
    ['torch/__init__.py', 2_000],
    ['torch/lib/libtorch_cpu.so', 400_000],
    ['../../../bin/torchrun', 300],
  ]);
  const inventory = await inventoryOf([
    { line: null, files: [{ name: 'usr/bin/sh', size: 100 }] },
    {
      line: 12,
      files: [
        ...torchFiles,
        ...wheel('Typing_Extensions', '4.12.2', [['typing_extensions.py', 5_000]]),
        // Not in RECORD: written by the app later in the same RUN.
        { name: `${SITE}/torch/cache.txt`, size: 50_000 },
      ],
    },
  ]);
  const torch = find(inventory, 'torch')!;
  assert.equal(torch.version, '2.5.1+cpu');
  assert.equal(torch.installer, 'pip');
  assert.equal(torch.location, `/${SITE}`);
  assert.equal(torch.group, 'torch');
  assert.deepEqual([torch.layer, torch.line, torch.fromBase], [1, 12, false]);
  assert.equal(torch.bytes, bytesOf(torchFiles), '/usr/local/bin/torchrun (../../../bin) counts, torch/cache.txt does not');
  assert.equal(torch.files, 6);
  assert.ok(find(inventory, 'typing-extensions'), 'Typing_Extensions normalizes to typing-extensions');
  assert.equal(inventory.unownedBytes, 50_100);
  assert.deepEqual(inventory.unownedFolders, [
    { path: '/usr/local', bytes: 50_000 },
    { path: '/usr/bin', bytes: 100 },
  ]);
});

test('Python: a package whose files a later layer deletes (pip uninstall) is gone, its bytes with it', async () => {
  const inventory = await inventoryOf([
    {
      line: 3,
      files: [
        ...wheel('opencv-python', '4.10.0.84', [['cv2/cv2.abi3.so', 60_000]]),
        ...wheel('numpy', '2.1.0', [['numpy/core.so', 9_000]]),
      ],
    },
    { line: 4, files: [], deletes: [`/${SITE}/opencv_python-4.10.0.84.dist-info`, `/${SITE}/cv2`] },
  ]);
  assert.equal(find(inventory, 'opencv-python'), undefined);
  assert.ok(find(inventory, 'numpy'));
  assert.equal(inventory.unownedBytes, 0);
});

test('Python: an upgrade in a later layer reports the new version, its files and its line; the old ones are not counted', async () => {
  const newer = wheel('numpy', '2.1.0', [
    ['numpy/core.so', 31_000],
    ['numpy/new_only.py', 800],
  ]);
  const inventory = await inventoryOf([
    {
      line: 5,
      files: wheel('numpy', '1.26.4', [
        ['numpy/core.so', 20_000],
        ['numpy/old_only.py', 700],
      ]),
    },
    { line: 9, deletes: [`/${SITE}/numpy-1.26.4.dist-info`, `/${SITE}/numpy/old_only.py`], files: newer },
  ]);
  const numpy = inventory.packages.filter((p) => p.name === 'numpy');
  assert.deepEqual(
    numpy.map((p) => [p.version, p.line, p.bytes]),
    [['2.1.0', 9, bytesOf(newer)]],
  );
});

test('Python: egg-info folders by installed-files.txt, a distutils egg-info file and a RECORD-less dist-info by their top-level folders', async () => {
  const inventory = await inventoryOf([
    {
      line: 2,
      files: [
        { name: `${SITE}/legacy_pkg/__init__.py`, size: 1_000 },
        { name: `${SITE}/legacy_pkg-0.3-py3.11.egg-info/PKG-INFO`, content: 'Metadata-Version: 1.0\nName: legacy-pkg\nVersion: 0.3\n' },
        {
          name: `${SITE}/legacy_pkg-0.3-py3.11.egg-info/installed-files.txt`,
          content: '../legacy_pkg/__init__.py\nPKG-INFO\ninstalled-files.txt\n',
        },
        { name: 'usr/lib/python3/dist-packages/oldlib/core.py', size: 3_000 },
        { name: 'usr/lib/python3/dist-packages/oldlib-1.0.egg-info', content: 'Metadata-Version: 1.1\nName: oldlib\nVersion: 1.0\n' },
        { name: `${SITE}/yaml/__init__.py`, size: 4_000 },
        { name: `${SITE}/_yaml.cpython-311-x86_64-linux-gnu.so`, size: 9_000 },
        { name: `${SITE}/PyYAML-6.0.2.dist-info/METADATA`, content: 'Name: PyYAML\nVersion: 6.0.2\n' },
        { name: `${SITE}/PyYAML-6.0.2.dist-info/top_level.txt`, content: '_yaml\nyaml\n' },
      ],
    },
  ]);
  const summary = (name: string) => {
    const p = find(inventory, name)!;
    return [p.version, p.files, p.location];
  };
  assert.deepEqual(summary('legacy-pkg'), ['0.3', 3, `/${SITE}`]);
  assert.deepEqual(summary('oldlib'), ['1.0', 2, '/usr/lib/python3/dist-packages']);
  assert.deepEqual(summary('pyyaml'), ['6.0.2', 4, `/${SITE}`]);
  assert.equal(inventory.unownedBytes, 0);
});

test('conda: conda-meta lists the files, with build and channel; conda’s own dist-info is not a second package', async () => {
  const meta = {
    name: 'pytorch',
    version: '2.1.0',
    build: 'py3.11_cuda12.1_cudnn8.9.2_0',
    channel: 'https://conda.anaconda.org/pytorch/linux-64',
    files: ['lib/python3.11/site-packages/torch/lib/libtorch_cuda.so', 'lib/python3.11/site-packages/torch-2.1.0.dist-info/METADATA'],
  };
  const inventory = await inventoryOf([
    {
      line: 7,
      files: [
        { name: 'opt/conda/lib/python3.11/site-packages/torch/lib/libtorch_cuda.so', size: 800_000 },
        { name: 'opt/conda/lib/python3.11/site-packages/torch-2.1.0.dist-info/METADATA', content: 'Name: torch\nVersion: 2.1.0\n' },
        { name: 'opt/conda/lib/python3.11/site-packages/torch-2.1.0.dist-info/INSTALLER', content: 'conda\n' },
        { name: 'opt/conda/conda-meta/pytorch-2.1.0-py3.11_cuda12.1_cudnn8.9.2_0.json', content: JSON.stringify(meta) },
        {
          name: 'opt/conda/conda-meta/cudatoolkit-11.8.0-h6a678d5_0.json',
          content: JSON.stringify({ name: 'cudatoolkit', version: '11.8.0', files: [] }),
        },
        { name: 'opt/conda/conda-meta/history', size: 300 },
      ],
    },
  ]);
  assert.deepEqual(
    inventory.packages.map((p) => [p.ecosystem, p.name, p.version, p.group]),
    [
      ['conda', 'pytorch', '2.1.0', 'torch'],
      ['conda', 'cudatoolkit', '11.8.0', 'cuda'],
    ],
  );
  const pytorch = inventory.packages[0];
  assert.equal(pytorch.build, meta.build);
  assert.equal(pytorch.channel, meta.channel);
  assert.equal(pytorch.location, '/opt/conda');
  assert.equal(pytorch.files, 3, 'the two listed files and its own conda-meta JSON');
});

const STATUS = [
  'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.36-9+deb12u9\nInstalled-Size: 12000\n',
  'Package: gcc-12\nStatus: install ok installed\nArchitecture: amd64\nVersion: 12.2.0-14\nInstalled-Size: 70000\nDescription: GNU C compiler\n a long description\n',
  'Package: vim-tiny\nStatus: deinstall ok config-files\nArchitecture: amd64\nVersion: 2:9.0\nInstalled-Size: 1000\n',
  'Package: tzdata\nStatus: install ok installed\nArchitecture: all\nVersion: 2024a\nInstalled-Size: 2\n',
].join('\n');

test('dpkg: status for versions, the .list files for bytes in the final filesystem, Installed-Size where no list is left', async () => {
  const inventory = await inventoryOf([
    {
      line: null,
      files: [
        { name: 'var/lib/dpkg/status', content: STATUS },
        {
          name: 'var/lib/dpkg/info/libc6:amd64.list',
          content: '/.\n/lib\n/lib/x86_64-linux-gnu/libc.so.6\n/usr/share/doc/libc6/copyright\n',
        },
        { name: 'lib/x86_64-linux-gnu/libc.so.6', size: 2_000_000 },
        { name: 'usr/share/doc/libc6/copyright', size: 1_000 },
        { name: 'usr/share/zoneinfo/UTC', size: 5_000 },
      ],
    },
    {
      line: 4,
      files: [
        { name: 'var/lib/dpkg/info/gcc-12.list', content: '/usr/bin/gcc-12\n/usr/lib/gcc/x86_64-linux-gnu/12/cc1\n' },
        { name: 'usr/bin/gcc-12', size: 1_000_000 },
        { name: 'usr/lib/gcc/x86_64-linux-gnu/12/cc1', size: 30_000_000 },
      ],
      // The docs were removed to slim the image: libc6's bytes shrink, its version stays.
      deletes: ['/usr/share/doc'],
    },
  ]);
  const row = (name: string) => {
    const p = find(inventory, name);
    return p && [p.version, p.bytes, p.line, p.estimated ?? false];
  };
  const listBytes = (text: string) => Buffer.byteLength(text);
  assert.deepEqual(row('libc6'), [
    '2.36-9+deb12u9',
    2_000_000 + listBytes('/.\n/lib\n/lib/x86_64-linux-gnu/libc.so.6\n/usr/share/doc/libc6/copyright\n'),
    null,
    false,
  ]);
  assert.deepEqual(row('gcc-12'), [
    '12.2.0-14',
    31_000_000 + listBytes('/usr/bin/gcc-12\n/usr/lib/gcc/x86_64-linux-gnu/12/cc1\n'),
    4,
    false,
  ]);
  assert.equal(find(inventory, 'vim-tiny'), undefined, 'a removed package keeps a stanza, not a place in the inventory');
  assert.deepEqual(row('tzdata'), ['2024a', 2048, null, true]);
  assert.equal(inventory.unownedBytes, 5_000 + listBytes(STATUS) - 2048);
});

test('apk: the installed database, folders and files', async () => {
  const installed = 'P:musl\nV:1.2.5-r0\nF:lib\nR:ld-musl-x86_64.so.1\nI:800000\n\nP:python3\nV:3.12.8-r1\nF:usr/bin\nR:python3.12\n\n';
  const inventory = await inventoryOf([
    {
      line: null,
      files: [
        { name: 'lib/apk/db/installed', content: installed },
        { name: 'lib/ld-musl-x86_64.so.1', size: 700_000 },
        { name: 'usr/bin/python3.12', size: 20_000 },
      ],
    },
  ]);
  assert.deepEqual(
    inventory.packages.map((p) => [p.name, p.version, p.bytes, p.group]),
    [
      ['musl', '1.2.5-r0', 700_000, 'system'],
      ['python3', '3.12.8-r1', 20_000, 'python-interpreter'],
    ],
  );
});

test('groups: CUDA wheels and debs, torch and friends, an interpreter built from source, the rest', async () => {
  const inventory = await inventoryOf([
    {
      line: null,
      files: [
        { name: 'var/lib/dpkg/status', content: 'Package: libcublas-12-4\nStatus: install ok installed\nVersion: 12.4.5.8-1\n' },
        { name: 'var/lib/dpkg/info/libcublas-12-4.list', content: '/usr/local/cuda-12.4/lib64/libcublas.so.12\n' },
        { name: 'usr/local/cuda-12.4/lib64/libcublas.so.12', size: 100_000 },
        { name: 'usr/local/bin/python3.11', size: 20_000 },
        { name: 'usr/local/lib/python3.11/os.py', size: 3_000 },
      ],
    },
    {
      line: 6,
      files: [
        ...wheel('nvidia-cudnn-cu12', '9.1.0.70', [['nvidia/cudnn/lib/libcudnn.so.9', 500_000]]),
        ...wheel('torchvision', '0.20.1', [['torchvision/_C.so', 70_000]]),
        ...wheel('triton', '3.1.0', [['triton/_C/libtriton.so', 90_000]]),
        ...wheel('fastapi', '0.115.0', [['fastapi/__init__.py', 1_000]]),
      ],
    },
  ]);
  const groups = Object.fromEntries(inventory.groups.map((g) => [g.group, g.packages]));
  assert.deepEqual(groups, { cuda: 2, torch: 2, 'python-interpreter': 0, python: 1 });
  assert.equal(inventory.groups.find((g) => g.group === 'python-interpreter')?.bytes, 23_000);
});

test('walk: METADATA past its read limit still gives name and version; a cut RECORD falls back to the top-level folders', async () => {
  const longRecord = Array.from({ length: 800_000 }, (_, i) => `big/m${i}.py,sha256=x,1`).join('\n');
  const inventory = await inventoryOf([
    {
      line: 2,
      files: [
        { name: `${SITE}/big-1.0.dist-info/METADATA`, content: `Name: big\nVersion: 1.0\n\n${'x'.repeat(400_000)}` },
        { name: `${SITE}/big-1.0.dist-info/RECORD`, content: longRecord },
        { name: `${SITE}/big/m0.py`, size: 1 },
        { name: `${SITE}/big/unlisted_in_the_cut_part.py`, size: 10 },
      ],
    },
  ]);
  const big = find(inventory, 'big')!;
  assert.equal(big.version, '1.0');
  assert.equal(big.files, 4, 'both module files, METADATA and RECORD');
});

test('walk: past the capture budget the inventory says it is short', async () => {
  const budget = newCaptureBudget();
  budget.remainingBytes = 10;
  const index = await walkedIndex([{ line: 1, files: wheel('numpy', '2.1.0', [['numpy/core.so', 9_000]]) }], budget);
  assert.equal(budget.exhausted, true);
  assert.equal(buildInventory(index).inventory.packages.length, 0);
});

test('PEP 503 names and RECORD CSV paths', () => {
  assert.equal(normalizeName('Friendly-Bard__x.Y'), 'friendly-bard-x-y');
  assert.equal(firstCsvField('"dir/with,comma.py",sha256=x,12'), 'dir/with,comma.py');
  assert.equal(firstCsvField('"a""b.py",,'), 'a"b.py');
  assert.equal(firstCsvField('plain.py,sha256=x,3'), 'plain.py');
});

test('property: package bytes, interpreter and unowned bytes add up to the final filesystem; no package exceeds it', async () => {
  const pathArb = fc.constantFrom('a/x.py', 'a/y.so', 'b/z.py', 'c.py', '../../../bin/t', 'a/sub/w.bin');
  const layerArb = fc.record({
    files: fc.array(fc.tuple(pathArb, fc.nat(5_000)), { maxLength: 5 }),
    wheels: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('1.0', '2.0'), fc.array(pathArb, { maxLength: 4 })), {
      maxLength: 3,
    }),
    deletes: fc.array(fc.constantFrom('a', 'a/x.py', 'b', 'a-1.0.dist-info', 'b-2.0.dist-info', 'c.py'), { maxLength: 2 }),
    declared: fc.option(fc.nat(50_000), { nil: undefined }),
  });
  await fc.assert(
    fc.asyncProperty(fc.array(layerArb, { minLength: 1, maxLength: 4 }), async (layers) => {
      const specs: LayerSpec[] = layers.map((layer, i) => ({
        line: i + 1,
        deletes: layer.deletes.map((path) => `/${SITE}/${path}`),
        files: [
          ...layer.files.map(([path, size]) => ({ name: `${SITE}/${path}`, size })),
          ...layer.wheels.flatMap(([name, version, paths]) =>
            wheel(
              name,
              version,
              paths.map((path) => [path, 10] as [string, number]),
            ),
          ),
          ...(layer.declared !== undefined
            ? [
                {
                  name: 'var/lib/dpkg/status',
                  content: `Package: p${i}\nStatus: install ok installed\nInstalled-Size: ${layer.declared}\n`,
                },
              ]
            : []),
        ],
      }));
      const index = await walkedIndex(specs);
      const { inventory } = buildInventory(index);
      const visibleBytes = index.files.reduce((sum, f) => sum + f.size, 0);
      const packageBytes = inventory.packages.reduce((sum, p) => sum + p.bytes, 0);
      const interpreter = inventory.groups.find((g) => g.group === 'python-interpreter')?.bytes ?? 0;
      assert.ok(packageBytes <= visibleBytes);
      assert.equal(packageBytes + inventory.unownedBytes + interpreter, visibleBytes);
    }),
    { numRuns: 150 },
  );
});
