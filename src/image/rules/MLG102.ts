// Package-manager caches and build debris that nothing reads at run time.
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import type { ImageFileIndex, ImageFileRef } from '../filesystem.js';
import { findingLine, formatBytes, groupByLayer, listFiles, origin, sum } from './common.js';

export const meta: RuleMeta = {
  id: 'MLG102',
  name: 'cache-in-image',
  severity: 'warning',
  description: 'Package-manager caches, apt lists, stray __pycache__ or .git directories in the final image.',
  docs: docsUrl('MLG102'),
  kind: 'image',
};

interface CacheKind {
  name: string;
  matches: (path: string) => boolean;
  fix: string;
}

export const CACHE_KINDS: readonly CacheKind[] = [
  { name: 'pip cache', matches: (p) => /\/\.cache\/pip\//.test(p), fix: 'pip install --no-cache-dir, or a cache mount' },
  { name: 'uv cache', matches: (p) => /\/\.cache\/uv\//.test(p), fix: 'UV_NO_CACHE=1 or a cache mount' },
  {
    name: 'conda package cache',
    matches: (p) => /\/(conda|miniconda\d?|anaconda\d?|miniforge\d?|mambaforge|micromamba|\.conda)\/pkgs\//.test(p),
    fix: 'conda clean -afy in the same RUN',
  },
  {
    name: 'apt lists',
    matches: (p) => p.startsWith('/var/lib/apt/lists/') && !/\/(lock|partial)$/.test(p),
    fix: 'rm -rf /var/lib/apt/lists/* in the same RUN',
  },
  {
    name: 'apt cache',
    matches: (p) => p.startsWith('/var/cache/apt/') && !/\/(lock|partial)$/.test(p),
    fix: 'apt-get clean in the same RUN',
  },
  {
    name: '__pycache__ outside site-packages',
    matches: (p) => p.includes('/__pycache__/') && !/\/(site|dist)-packages\//.test(p),
    fix: 'PYTHONDONTWRITEBYTECODE=1 and a .dockerignore entry for __pycache__',
  },
  { name: '.git directory', matches: (p) => p.includes('/.git/'), fix: 'add .git to .dockerignore' },
];

export function check(index: ImageFileIndex): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const kind of CACHE_KINDS) {
    const files = index.files.filter((f: ImageFileRef) => kind.matches(f.path));
    for (const [layer, group] of groupByLayer(files)) {
      const bytes = sum(group);
      if (bytes === 0) continue;
      const line = group[0].line;
      findings.push({
        line: findingLine(line),
        bytes,
        message: `${kind.name}: ${formatBytes(bytes)} in ${group.length} files from ${origin(layer, line)}, e.g. ${listFiles(group, 2)}. Fix: ${kind.fix}.`,
      });
    }
  }
  return findings;
}
