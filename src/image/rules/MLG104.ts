// Compilers, headers, static libraries and CUDA toolkit parts: needed to build, not to run.
// Each finding names the packages that brought them, which is what to remove or move.
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import { Quotes, formatBytes, groupByLayer, measured, placeOf, sum, type WalkedImage } from './common.js';

export const meta: RuleMeta = {
  id: 'MLG104',
  name: 'devel-artifacts',
  severity: 'warning',
  description: 'Compilers, headers, static libraries or CUDA toolkit directories in the final image, with the packages that brought them.',
  docs: docsUrl('MLG104'),
  kind: 'image',
};

export const DEVEL_KINDS: readonly { name: string; matches: (path: string) => boolean }[] = [
  {
    name: 'Compilers',
    matches: (p) =>
      /^\/usr(\/local)?\/bin\/([\w-]*-)?(gcc|g\+\+|cc1|cc1plus|clang|clang\+\+|gfortran|nvcc)(-[\d.]+)?$/.test(p) ||
      /^\/usr\/(lib|libexec)\/gcc\//.test(p) ||
      /^\/usr\/local\/cuda[^/]*\/(bin\/nvcc|nvvm)\b/.test(p),
  },
  {
    name: 'Headers',
    matches: (p) => /^\/usr(\/local)?\/include\//.test(p) || /^\/usr\/local\/cuda[^/]*\/(targets\/[^/]+\/)?include\//.test(p),
  },
  { name: 'Static libraries', matches: (p) => /\.a$/.test(p) },
  {
    name: 'CUDA toolkit tools',
    matches: (p) =>
      /^\/usr\/local\/cuda[^/]*\/(nsight[^/]*|libnvvp|extras|compute-sanitizer|samples|doc)\//.test(p) || /^\/opt\/nvidia\/nsight/.test(p),
  },
];

// A few MB of headers come with most runtimes (Python's own, for example): flag a kind only
// when it is worth a builder stage.
export const MIN_KIND_BYTES = 4 * 1024 * 1024;

export function check({ index, packages }: WalkedImage): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const kind of DEVEL_KINDS) {
    const files = index.files.filter((f) => kind.matches(f.path));
    if (sum(files) < MIN_KIND_BYTES) continue;
    for (const [layer, group] of groupByLayer(files)) {
      const bytes = sum(group);
      const { line, origin, where } = placeOf(index, layer);
      const quotes = new Quotes();
      const example = quotes.files(group, 2);
      const owners = quotes.owners(group, packages);
      findings.push({
        line,
        origin,
        bytes,
        title: `${kind.name} in the final image`,
        detail: `${formatBytes(bytes)} ${where}, e.g. ${example}${owners ? `; brought by ${owners}` : ''}.`,
        fix:
          origin === 'base-image'
            ? 'Build on the -devel image in a builder stage and start the final stage from the -runtime (or slim) variant.'
            : 'Install build tools in a builder stage and copy only the built artifacts into the final stage, or remove them (`apt-get purge --auto-remove`) in the RUN that used them.',
        quotes: quotes.list,
        saving: measured(bytes),
      });
    }
  }
  return findings;
}
