// Packages against the base branch: the changes sorted by |Δ|, and the ML regressions said in words.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/baseline/compare.js';
import { packageChanges, packageRegressions } from '../../src/baseline/packages.js';
import type { ImagePackage, PackageInventory } from '../../src/report/types.js';
import { finding, makeReport } from './make-report.js';

const MB = 1_000_000;
const pkg = (
  ecosystem: ImagePackage['ecosystem'],
  name: string,
  version: string,
  bytes: number,
  group: ImagePackage['group'] = 'python',
): ImagePackage => ({
  ecosystem,
  name,
  version,
  bytes,
  files: 1,
  group,
  layer: 1,
  line: 5,
  fromBase: false,
});
const inventory = (...packages: ImagePackage[]): PackageInventory => ({ packages, groups: [], unownedBytes: 0 });

describe('package changes', () => {
  test('added, removed, version and size changes, largest |Δ| first (then by name); unchanged packages are left out', () => {
    const changes = packageChanges(
      inventory(
        pkg('python', 'torch', '2.5.1', 900 * MB),
        pkg('python', 'numpy', '2.1.0', 40 * MB),
        pkg('deb', 'libc6', '2.36', 12 * MB),
        pkg('python', 'fastapi', '0.115', MB),
      ),
      inventory(
        pkg('python', 'torch', '2.4.0', 800 * MB),
        pkg('python', 'numpy', '2.1.0', 41 * MB),
        pkg('deb', 'libc6', '2.36', 12 * MB),
        pkg('python', 'scipy', '1.14', 120 * MB),
      ),
    );
    assert.deepEqual(
      changes.map((c) => [c.name, c.change, c.delta]),
      [
        ['scipy', 'removed', -120 * MB],
        ['torch', 'version', 100 * MB],
        ['fastapi', 'added', MB],
        ['numpy', 'size', -MB],
      ],
    );
  });

  test('a CPU torch replaced by a CUDA build, with the CUDA wheels it brought', () => {
    const before = inventory(pkg('python', 'torch', '2.5.1+cpu', 700 * MB, 'torch'));
    const after = inventory(
      pkg('python', 'torch', '2.5.1+cu124', 1_600 * MB, 'torch'),
      pkg('python', 'nvidia-cublas-cu12', '12.4.5.8', 600 * MB, 'cuda'),
      pkg('python', 'nvidia-cudnn-cu12', '9.1.0.70', 700 * MB, 'cuda'),
    );
    const [regression, ...rest] = packageRegressions(packageChanges(after, before), after, before);
    assert.equal(rest.length, 0);
    assert.equal(regression.kind, 'torch-cpu-to-cuda');
    assert.equal(regression.bytes, 900 * MB + 1_300 * MB);
    assert.match(
      regression.detail,
      /^torch `2\.5\.1\+cpu` → `2\.5\.1\+cu124` \(\+900 MB\) brought 2 CUDA wheels \(`nvidia-cudnn-cu12`, `nvidia-cublas-cu12`, 1\.3 GB\)/,
    );
    assert.ok(regression.title.length <= 80);
  });

  test('two copies of CUDA: CUDA debs from the base plus nvidia-* wheels; not said again when the base had both', () => {
    const before = inventory(pkg('deb', 'libcublas-12-4', '12.4.5.8-1', 700 * MB, 'cuda'));
    const after = inventory(
      pkg('deb', 'libcublas-12-4', '12.4.5.8-1', 700 * MB, 'cuda'),
      pkg('python', 'nvidia-cublas-cu12', '12.4.5.8', 600 * MB, 'cuda'),
    );
    const regressions = packageRegressions(packageChanges(after, before), after, before);
    assert.deepEqual(
      regressions.map((r) => [r.kind, r.bytes]),
      [['duplicate-cuda', 600 * MB]],
    );
    assert.deepEqual(packageRegressions(packageChanges(after, after), after, after), []);
  });

  test('a dev tree in the final stage: compilers and -dev packages that were not there', () => {
    const before = inventory(pkg('deb', 'libc6', '2.36', 12 * MB, 'system'));
    const after = inventory(
      pkg('deb', 'libc6', '2.36', 12 * MB, 'system'),
      pkg('deb', 'gcc-12', '12.2.0-14', 70 * MB, 'system'),
      pkg('deb', 'libpython3.11-dev', '3.11.2-6', 20 * MB, 'system'),
      pkg('deb', 'linux-libc-dev', '6.1.119-1', 9 * MB, 'system'),
      pkg('python', 'types-requests', '2.32', MB),
    );
    const [regression] = packageRegressions(packageChanges(after, before), after, before);
    assert.equal(regression.kind, 'dev-tree');
    assert.equal(regression.bytes, 99 * MB);
    assert.match(regression.detail, /^`gcc-12`, `libpython3\.11-dev`, `linux-libc-dev` \(99 MB\)/);
  });
});

describe('compare: packages and findings', () => {
  const withPackages = (packages: PackageInventory, status: 'ok' | 'partial' = 'ok') => {
    const report = makeReport();
    report.image!.analysis = { status, bytesByRule: {}, largestFiles: [], byInstruction: [], packages };
    return report;
  };

  test('package changes only when both walks covered the whole image', () => {
    const current = withPackages(inventory(pkg('python', 'torch', '2.5.1', 900 * MB)));
    const base = withPackages(inventory());
    assert.deepEqual(
      compare(current, base).packages?.map((c) => c.change),
      ['added'],
    );
    assert.equal(compare(current, withPackages(inventory(), 'partial')).packages, undefined);
    assert.equal(compare(current, makeReport()).packages, undefined, 'a baseline from before the inventory');
  });

  test('a finding whose detail changed (more bytes) is the same finding; same title at another line is too', () => {
    const grown = { ...finding('MLG101', 'Model weights in the image', 9), detail: '6 MB of safetensors files', message: 'x 6 MB' };
    const before = { ...finding('MLG101', 'Model weights in the image', 9), detail: '4 MB of safetensors files', message: 'x 4 MB' };
    const moved = { ...finding('MLG102', 'pip cache in the image', 12) };
    const comparison = compare(makeReport({ findings: [grown, moved] }), makeReport({ findings: [before, { ...moved, line: 10 }] }));
    assert.deepEqual(comparison.newFindings, []);
    assert.deepEqual(comparison.fixedFindings, []);
  });
});
