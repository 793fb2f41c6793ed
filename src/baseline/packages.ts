// Packages against the base branch: added, removed, changed in version or in size, with byte
// deltas, largest |Δ| first; and the ML regressions a reviewer should hear in words: a CPU torch
// replaced by a CUDA build, two copies of CUDA, a build toolchain in the final stage. Pure.
import { formatBytes } from '../config/units.js';
import type { ImagePackage, PackageChange, PackageInventory, PackageRegression } from '../report/types.js';
import { compareText } from '../util/compare.js';

/** The comparison keeps this many changes, largest |Δ| first. */
export const MAX_PACKAGE_CHANGES = 500;

type Side = { version: string; bytes: number };

/** One entry per ecosystem and name: a package in two environments counts once, with both sizes. */
function byName(inventory: PackageInventory): Map<string, { pkg: ImagePackage; side: Side }> {
  const packages = new Map<string, { pkg: ImagePackage; side: Side }>();
  for (const pkg of inventory.packages) {
    const key = `${pkg.ecosystem}\u0000${pkg.name}`;
    const known = packages.get(key);
    if (known) known.side.bytes += pkg.bytes;
    else packages.set(key, { pkg, side: { version: pkg.version, bytes: pkg.bytes } });
  }
  return packages;
}

export function packageChanges(current: PackageInventory, baseline: PackageInventory): PackageChange[] {
  const now = byName(current);
  const before = byName(baseline);
  const changes: PackageChange[] = [];
  for (const key of new Set([...now.keys(), ...before.keys()])) {
    const after = now.get(key);
    const old = before.get(key);
    const { ecosystem, name } = (after ?? old)!.pkg;
    const change: PackageChange['change'] = !old
      ? 'added'
      : !after
        ? 'removed'
        : old.side.version !== after.side.version
          ? 'version'
          : 'size';
    const delta = (after?.side.bytes ?? 0) - (old?.side.bytes ?? 0);
    if (change === 'size' && delta === 0) continue;
    changes.push({ ecosystem, name, change, before: old?.side ?? null, after: after?.side ?? null, delta });
  }
  return changes
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || compareText(a.name, b.name) || compareText(a.ecosystem, b.ecosystem))
    .slice(0, MAX_PACKAGE_CHANGES);
}

const isCudaWheel = (change: { ecosystem: string; name: string }) => change.ecosystem === 'python' && /^(nvidia-|cuda-)/.test(change.name);
const DEV_PACKAGE = /^(gcc|g\+\+|cpp|clang|gfortran|build-essential|make|cmake|binutils)(-[\d.]+)?$|-dev$|^(lib)?(gcc|stdc\+\+)-\d+-dev$/;
/** Image text as a code span, with nothing in it that could end one. */
const span = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const named = (names: string[], shown = 3) => {
  const listed = names.slice(0, shown).map(span);
  return names.length > shown ? `${listed.join(', ')} and ${names.length - shown} more` : listed.join(', ');
};
const sumDelta = (changes: readonly PackageChange[]) => changes.reduce((sum, change) => sum + change.delta, 0);

export function packageRegressions(
  changes: readonly PackageChange[],
  current: PackageInventory,
  baseline: PackageInventory,
): PackageRegression[] {
  const regressions: PackageRegression[] = [];
  const cudaAdded = changes.filter((change) => change.change === 'added' && isCudaWheel(change));

  const torch = changes.find((change) => change.ecosystem === 'python' && change.name === 'torch' && change.before && change.after);
  if (torch && /\+cpu$/.test(torch.before!.version) && !/\+cpu$/.test(torch.after!.version)) {
    const bytes = torch.delta + sumDelta(cudaAdded);
    regressions.push({
      kind: 'torch-cpu-to-cuda',
      title: 'The CPU build of torch was replaced by a CUDA build',
      detail:
        `torch ${span(torch.before!.version)} → ${span(torch.after!.version)} (${signed(torch.delta)})` +
        (cudaAdded.length > 0
          ? ` brought ${cudaAdded.length} CUDA ${cudaAdded.length === 1 ? 'wheel' : 'wheels'} (${named(cudaAdded.map((c) => c.name))}, ${formatBytes(sumDelta(cudaAdded))})`
          : '') +
        '. If this image runs on CPUs, install torch from the CPU index (`--index-url https://download.pytorch.org/whl/cpu`) or pin the `+cpu` build.',
      bytes,
    });
  }

  const cudaBytes = (inventory: PackageInventory, wheels: boolean) =>
    inventory.packages
      .filter((pkg) => pkg.group === 'cuda' && (pkg.ecosystem === 'python') === wheels)
      .reduce((sum, pkg) => sum + pkg.bytes, 0);
  const twoCopies = (inventory: PackageInventory) => cudaBytes(inventory, true) > 0 && cudaBytes(inventory, false) > 0;
  if (twoCopies(current) && !twoCopies(baseline)) {
    const system = current.packages.filter((pkg) => pkg.group === 'cuda' && pkg.ecosystem !== 'python');
    const wheels = current.packages.filter((pkg) => pkg.group === 'cuda' && pkg.ecosystem === 'python');
    regressions.push({
      kind: 'duplicate-cuda',
      title: 'Two copies of CUDA: the system packages and the nvidia-* wheels',
      detail:
        `${formatBytes(cudaBytes(current, false))} of CUDA libraries from system packages (${named(system.map((p) => p.name))}) and ` +
        `${formatBytes(cudaBytes(current, true))} from wheels (${named(wheels.map((p) => p.name))}); torch loads its wheels. ` +
        'Start from a base without CUDA (torch brings its own) or install the torch build that uses the system CUDA.',
      bytes: Math.min(cudaBytes(current, false), cudaBytes(current, true)),
    });
  }

  const dev = changes.filter((change) => change.change === 'added' && change.ecosystem !== 'python' && DEV_PACKAGE.test(change.name));
  if (dev.length > 0 && sumDelta(dev) > 0) {
    regressions.push({
      kind: 'dev-tree',
      title: 'Compilers and -dev packages arrived in the final stage',
      detail: `${named(
        dev.map((change) => change.name),
        4,
      )} (${formatBytes(sumDelta(dev))}) are new in the final image. Build in a builder stage and copy only what runs, or purge them in the RUN that used them.`,
      bytes: sumDelta(dev),
    });
  }
  return regressions;
}

const signed = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${formatBytes(Math.abs(bytes))}`;
