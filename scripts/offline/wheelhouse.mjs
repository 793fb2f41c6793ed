// `node scripts/offline/wheelhouse.mjs <profile>`: prints the path of a folder of wheels for the
// offline base image (CPython 3.11, manylinux, this machine's CPU architecture), gathered once with
// `pip download` under .cache/offline/wheels/<profile>-<key>/. The folder also holds
// requirements.txt, every wheel in it pinned (name==version), so a Dockerfile installs it with
//   RUN --mount=type=bind,from=wheels,target=/wheels \
//       pip install --no-index --no-deps --find-links /wheels -r /wheels/requirements.txt
// and `--build-context wheels=<printed path>` (--no-deps: the lock is complete, see torch-cuda).
//
// pip follows the machine's configuration (`pip config list`): find-links and constraints as
// configured. One change: when only extra indexes are configured, the first becomes the index, so
// pip never waits on an unreachable default index (minutes per package, shared/DESIGN.md).
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arch } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cacheRoot, inputKey, log, main, once, run } from './cache.mjs';

const SERVE = ['numpy', 'fastapi', 'uvicorn'];

/** Profiles: top-level requirements, and an index only used where the machine configures none. */
export const PROFILES = {
  // Small and quick: what the demo's test installs (the same code path as the real profiles).
  tiny: { requirements: SERVE },
  'torch-cpu': { requirements: ['torch==2.13.0+cpu', 'transformers', ...SERVE], fallbackIndex: 'https://download.pytorch.org/whl/cpu' },
  // The CUDA build with the cuda-toolkit and nvidia-* wheels (several GB). torch comes without its
  // dependencies because one of them, cuda-bindings (Python bindings torch does not import at
  // start-up), is on no index here; the others are torch 2.14.1's Requires-Dist, listed.
  'torch-cuda': {
    noDeps: ['torch==2.14.1'],
    requirements: [
      ...['filelock', 'typing-extensions>=4.10.0', 'setuptools>=77.0.3', 'sympy>=1.13.3', 'networkx>=2.5.1', 'jinja2', 'fsspec>=0.8.5'],
      'cuda-toolkit[cublas,cudart,cufft,cufile,cupti,curand,cusolver,cusparse,nvjitlink,nvrtc,nvtx]==13.0.3',
      ...['nvidia-cudnn-cu13==9.24.0.43', 'nvidia-cusparselt-cu13==0.8.1', 'nvidia-nccl-cu13==2.30.7', 'nvidia-nvshmem-cu13==3.4.5'],
      'triton~=3.8.0',
      'transformers',
      ...SERVE,
    ],
  },
};

// The target interpreter: Debian bookworm's python3 (3.11, glibc 2.36), whatever runs pip here.
const MACHINE = { x64: 'x86_64', arm64: 'aarch64' }[arch()] ?? arch();
const TARGET = {
  python: '3.11',
  abi: 'cp311',
  // pip does not widen a --platform to the older manylinux tags: list them, legacy aliases too.
  platforms: [
    ...Array.from({ length: 36 - 5 + 1 }, (_, i) => `manylinux_2_${36 - i}_${MACHINE}`),
    ...['manylinux2014', 'manylinux2010', 'manylinux1'].map((legacy) => `${legacy}_${MACHINE}`),
  ],
};

/** pip's configured values by key, the most specific scope winning (env > site > user > global). */
export function pipConfig(listing) {
  const rank = { global: 0, user: 1, site: 2, ':env:': 3 };
  const values = new Map();
  for (const line of listing.split('\n')) {
    const match = /^([^.]+|:env:)\.([\w-]+)='(.*)'$/.exec(line.trim());
    if (!match) continue;
    const [, scope, key, value] = match;
    const previous = values.get(key);
    if (!previous || (rank[scope] ?? 0) >= previous.rank) values.set(key, { rank: rank[scope] ?? 0, value });
  }
  return Object.fromEntries([...values].map(([key, { value }]) => [key, value]));
}

/** The index flags pip download gets on top of its configuration. */
export function indexArgs(config, profile) {
  const extra = (config['extra-index-url'] ?? '').split(/\s+/).filter(Boolean);
  if (config['index-url']) return [];
  if (extra.length > 0) return ['--index-url', extra[0], ...extra.slice(1).flatMap((url) => ['--extra-index-url', url])];
  return profile.fallbackIndex ? ['--extra-index-url', profile.fallbackIndex] : [];
}

function pip(args) {
  for (const python of ['python3', 'python']) {
    if (spawnSync(python, ['-m', 'pip', '--version'], { stdio: 'ignore' }).status === 0) return run(python, ['-m', 'pip', ...args]);
  }
  throw new Error('pip is missing: install it (Debian/Ubuntu: sudo apt-get install -y python3-pip) and run this again');
}

/** `name==version` for every wheel file name (PEP 427: name-version[-build]-python-abi-platform.whl). */
export function lockLines(fileNames) {
  return fileNames
    .filter((file) => file.endsWith('.whl'))
    .map((file) => file.split('-'))
    .map(([name, version]) => `${name.replace(/_/g, '-').toLowerCase()}==${version}`)
    .sort();
}

export function wheelhouse(name) {
  const profile = PROFILES[name];
  if (!profile) throw new Error(`unknown wheelhouse profile "${name}": use one of ${Object.keys(PROFILES).join(', ')}`);
  const config = pipConfig(pip(['config', 'list']));
  const index = indexArgs(config, profile);
  // The configuration is an input too: other indexes or constraints may resolve other wheels.
  const key = inputKey({ profile, target: TARGET, index, config, recipe: 1 });
  return once(join(cacheRoot(), 'wheels', `${name}-${key}`), (partial) => {
    const wanted = [...(profile.noDeps ?? []), ...profile.requirements];
    log(`pip download ${name} (${wanted.join(' ')}) into ${partial}`);
    const download = (extra, requirements) =>
      pip([
        'download',
        '--disable-pip-version-check',
        '--progress-bar',
        'off',
        '--only-binary=:all:',
        '--python-version',
        TARGET.python,
        '--implementation',
        'cp',
        '--abi',
        TARGET.abi,
        ...TARGET.platforms.flatMap((platform) => ['--platform', platform]),
        ...index,
        '-d',
        partial,
        ...extra,
        ...requirements,
      ]);
    if (profile.noDeps) download(['--no-deps'], profile.noDeps);
    download([], profile.requirements);
    writeFileSync(join(partial, 'requirements.txt'), `${lockLines(readdirSync(partial)).join('\n')}\n`);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(() => wheelhouse(process.argv[2] ?? 'tiny'));
