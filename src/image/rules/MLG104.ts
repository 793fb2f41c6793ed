// Compilers, headers, static libraries and CUDA toolkit parts: needed to build, not to run.
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import type { ImageFileIndex } from '../filesystem.js';
import { findingLine, formatBytes, groupByLayer, listFiles, origin, sum } from './common.js';

export const meta: RuleMeta = {
  id: 'MLG104',
  name: 'devel-artifacts',
  severity: 'warning',
  description: 'Compilers, headers, static libraries or CUDA toolkit directories in the final image.',
  docs: docsUrl('MLG104'),
  kind: 'image',
};

export const DEVEL_KINDS: readonly { name: string; matches: (path: string) => boolean }[] = [
  {
    name: 'compilers',
    matches: (p) =>
      /^\/usr(\/local)?\/bin\/([\w-]*-)?(gcc|g\+\+|cc1|cc1plus|clang|clang\+\+|gfortran|nvcc)(-[\d.]+)?$/.test(p) ||
      /^\/usr\/(lib|libexec)\/gcc\//.test(p) ||
      /^\/usr\/local\/cuda[^/]*\/(bin\/nvcc|nvvm)\b/.test(p),
  },
  {
    name: 'headers',
    matches: (p) => /^\/usr(\/local)?\/include\//.test(p) || /^\/usr\/local\/cuda[^/]*\/(targets\/[^/]+\/)?include\//.test(p),
  },
  { name: 'static libraries', matches: (p) => /\.a$/.test(p) },
  {
    name: 'CUDA toolkit tools',
    matches: (p) =>
      /^\/usr\/local\/cuda[^/]*\/(nsight[^/]*|libnvvp|extras|compute-sanitizer|samples|doc)\//.test(p) || /^\/opt\/nvidia\/nsight/.test(p),
  },
];

// A few MB of headers come with most runtimes (Python's own, for example): flag a kind only
// when it is worth a builder stage.
export const MIN_KIND_BYTES = 4 * 1024 * 1024;

export function check(index: ImageFileIndex): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const kind of DEVEL_KINDS) {
    const files = index.files.filter((f) => kind.matches(f.path));
    if (sum(files) < MIN_KIND_BYTES) continue;
    for (const [layer, group] of groupByLayer(files)) {
      const bytes = sum(group);
      const line = group[0].line;
      findings.push({
        line: findingLine(line),
        bytes,
        message:
          `${kind.name}: ${formatBytes(bytes)} from ${origin(layer, line)}, e.g. ${listFiles(group, 2)}. ` +
          'Build in a builder stage (or a -devel base) and copy only the runtime artifacts into a -runtime or slim final stage.',
      });
    }
  }
  return findings;
}
