// Package-manager caches, shipped wheelhouses and downloaded package files, and build debris
// that nothing reads at run time. A file a package owns is never one (virtualenv's seed wheels).
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import { Quotes, formatBytes, groupByLayer, measured, placeOf, sum, type WalkedImage } from './common.js';

export const meta: RuleMeta = {
  id: 'MLG102',
  name: 'cache-in-image',
  severity: 'warning',
  description: 'Package-manager caches, wheelhouses, apt lists, stray __pycache__ or .git directories in the final image.',
  docs: docsUrl('MLG102'),
  kind: 'image',
};

interface CacheKind {
  /** Markdown, our words. */
  name: string;
  matches: (path: string) => boolean;
  /** Markdown, our words: an action on its own. */
  fix: string;
}

const PIP_CACHE = /\/\.cache\/pip\//;
const CONDA_PKGS = /\/(conda|miniconda\d?|anaconda\d?|miniforge\d?|mambaforge|micromamba|\.conda)\/pkgs\//;

export const CACHE_KINDS: readonly CacheKind[] = [
  {
    name: 'pip cache',
    matches: (p) => PIP_CACHE.test(p),
    fix: 'Install with `pip install --no-cache-dir`, or keep the cache in a cache mount (`RUN --mount=type=cache,target=/root/.cache/pip`).',
  },
  {
    name: 'uv cache',
    matches: (p) => /\/\.cache\/uv\//.test(p),
    fix: 'Set `UV_NO_CACHE=1`, or keep the cache in a cache mount (`RUN --mount=type=cache,target=/root/.cache/uv`).',
  },
  { name: 'Conda package cache', matches: (p) => CONDA_PKGS.test(p), fix: 'Run `conda clean -afy` in the same RUN that installs.' },
  {
    name: 'Wheelhouse',
    matches: (p) => p.endsWith('.whl') && !PIP_CACHE.test(p),
    fix: 'Bind-mount the wheels for the install instead of copying them (`RUN --mount=type=bind,source=wheels,target=/wheels pip install --no-index --find-links /wheels …`), or install in a builder stage.',
  },
  {
    name: 'Downloaded package files',
    matches: (p) => /\.(deb|rpm|apk|conda)$/.test(p) && !p.startsWith('/var/cache/apt/') && !CONDA_PKGS.test(p),
    fix: 'Delete them in the same RUN that installs them, or bind-mount them for the install.',
  },
  {
    name: 'apt lists',
    matches: (p) => p.startsWith('/var/lib/apt/lists/') && !/\/(lock|partial)$/.test(p),
    fix: 'Run `rm -rf /var/lib/apt/lists/*` in the same RUN as `apt-get install`.',
  },
  {
    name: 'apt cache',
    matches: (p) => p.startsWith('/var/cache/apt/') && !/\/(lock|partial)$/.test(p),
    fix: 'Run `apt-get clean` in the same RUN as `apt-get install`.',
  },
  {
    name: '`__pycache__` outside site-packages',
    matches: (p) => p.includes('/__pycache__/') && !/\/(site|dist)-packages\//.test(p),
    fix: 'Set `PYTHONDONTWRITEBYTECODE=1` and add `__pycache__` to `.dockerignore`.',
  },
  { name: '`.git` directory', matches: (p) => p.includes('/.git/'), fix: 'Add `.git` to `.dockerignore`.' },
];

export function check({ index, packages }: WalkedImage): RuleFinding[] {
  const unowned = index.files.filter((file) => !packages.ownerOf(file.path));
  const findings: RuleFinding[] = [];
  for (const kind of CACHE_KINDS) {
    for (const [layer, group] of groupByLayer(unowned.filter((file) => kind.matches(file.path)))) {
      const bytes = sum(group);
      if (bytes === 0) continue;
      const { line, origin, where } = placeOf(index, layer);
      const quotes = new Quotes();
      findings.push({
        line,
        origin,
        bytes,
        title: `${kind.name} in the image`,
        detail: `${formatBytes(bytes)} in ${group.length} ${group.length === 1 ? 'file' : 'files'} ${where}, e.g. ${quotes.files(group, 2)}; nothing reads them at run time.`,
        fix: kind.fix,
        quotes: quotes.list,
        saving: measured(bytes),
      });
    }
  }
  return findings;
}
