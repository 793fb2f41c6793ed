// `node scripts/offline/base-image.mjs`: prints the name of a Debian bookworm image with Python 3
// (venv, pip, CA certificates) made without any image registry: debootstrap from the machine's
// Debian mirror, then `docker import`. The root filesystem tarball is cached under
// .cache/offline/base/<key>/, so a second engine (DOCKER_HOST) or a removed image only costs an
// import, and an image already present costs one `docker image inspect`.
// Needs root the first time (debootstrap); installs debootstrap with apt-get when missing.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { arch } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cacheRoot, inputKey, log, main, once, run } from './cache.mjs';

// Everything that changes the image's content (the mirror does not: same archive, other host).
export const BASE_INPUTS = {
  suite: process.env.MLG_BASE_SUITE || 'bookworm',
  variant: 'minbase',
  include: ['python3', 'python3-venv', 'python3-pip', 'ca-certificates'],
  arch: { x64: 'amd64', arm64: 'arm64' }[arch()] ?? arch(),
  changes: ['ENV LANG=C.UTF-8', 'CMD ["python3"]'],
  // Bump when the steps below change what ends up in the tarball.
  recipe: 1,
};

/** The Debian mirror the machine's apt already uses (deb822 or one-line format), else deb.debian.org. */
export function debianMirror() {
  if (process.env.MLG_DEBIAN_MIRROR) return process.env.MLG_DEBIAN_MIRROR;
  const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const deb822 = read('/etc/apt/sources.list.d/debian.sources').match(/^URIs:\s*(\S+\/debian)\/?\s*$/m);
  if (deb822) return deb822[1];
  const oneLine = read('/etc/apt/sources.list').match(/^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s+\S+/m);
  return oneLine ? oneLine[1] : 'http://deb.debian.org/debian';
}

export function baseImageName(inputs = BASE_INPUTS) {
  const prefix = process.env.MLG_OFFLINE_IMAGE_PREFIX || 'mlg-offline';
  return `${prefix}/python-${inputs.suite}:${inputKey(inputs)}`;
}

function ensureDebootstrap() {
  if (spawnSync('debootstrap', ['--version']).status === 0) return;
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version']).status !== 0)
    throw new Error('debootstrap is missing: install it (Debian/Ubuntu: sudo apt-get install -y debootstrap) and run this again');
  log("debootstrap is missing: installing Debian's package with apt-get install -y debootstrap");
  run('apt-get', ['install', '-y', '-qq', 'debootstrap'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** The cached root filesystem tarball for `inputs`, made with debootstrap on the first call. */
export function rootfsTarball(inputs = BASE_INPUTS) {
  const dir = once(join(cacheRoot(), 'base', inputKey(inputs)), (partial) => {
    if (process.getuid?.() !== 0)
      throw new Error('the first build of the base image needs root (debootstrap): sudo node scripts/offline/base-image.mjs');
    ensureDebootstrap();
    const rootfs = join(partial, 'rootfs');
    rmSync(rootfs, { recursive: true, force: true });
    const mirror = debianMirror();
    log(`debootstrap ${inputs.suite} (${inputs.variant}, ${inputs.include.join(',')}) from ${mirror}: a few minutes, once`);
    run('debootstrap', [
      `--variant=${inputs.variant}`,
      `--arch=${inputs.arch}`,
      `--include=${inputs.include.join(',')}`,
      inputs.suite,
      rootfs,
      mirror,
    ]);
    // What an image does not need: downloaded .debs and apt lists (apt-get update restores them).
    for (const junk of ['var/cache/apt/archives', 'var/lib/apt/lists'])
      run('find', [join(rootfs, junk), '-mindepth', '1', '-not', '-name', 'lock', '-not', '-name', 'partial', '-delete']);
    run('tar', ['--numeric-owner', '-C', rootfs, '-cf', join(partial, 'rootfs.tar'), '.']);
    rmSync(rootfs, { recursive: true, force: true });
  });
  return join(dir, 'rootfs.tar');
}

/** The base image's name, imported into the current engine (DOCKER_HOST) when it is not there yet. */
export function baseImage(inputs = BASE_INPUTS) {
  const name = baseImageName(inputs);
  if (spawnSync('docker', ['image', 'inspect', '--format', '{{.Id}}', name], { stdio: 'ignore' }).status === 0) return name;
  const tarball = rootfsTarball(inputs);
  log(`docker import ${name}`);
  run('docker', ['import', ...inputs.changes.flatMap((change) => ['--change', change]), tarball, name]);
  return name;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(() => baseImage());
