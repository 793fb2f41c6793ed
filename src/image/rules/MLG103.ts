// Bytes that ship but are invisible: a later layer deleted or overwrote them, yet every pull
// still downloads the layer that added them.
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import type { HiddenFile, ImageFileIndex } from '../filesystem.js';
import { findingLine, formatBytes, groupByLayer, origin, sum } from './common.js';

export const meta: RuleMeta = {
  id: 'MLG103',
  name: 'wasted-bytes',
  severity: 'warning',
  description: 'Files deleted or overwritten by a later layer still ship in the earlier one.',
  docs: docsUrl('MLG103'),
  kind: 'image',
};

// Small config files overwritten by a later COPY are normal; this is about real weight.
export const MIN_WASTED_BYTES = 1024 * 1024;

export function check(index: ImageFileIndex): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const [layer, files] of groupByLayer(index.hidden)) {
    const bytes = sum(files);
    if (bytes < MIN_WASTED_BYTES) continue;
    const line = files[0].line;
    const share = index.totalBytes > 0 ? ` (${((100 * bytes) / index.totalBytes).toFixed(1)}% of the bytes in the layers)` : '';
    findings.push({
      line: findingLine(line),
      bytes,
      message:
        `${formatBytes(bytes)}${share} added by ${origin(layer, line)} is hidden by later layers but still ships: ` +
        `${describe(files)}. Remove files in the same RUN that creates them, or build them in a separate stage and COPY only the result.`,
    });
  }
  return findings;
}

function describe(files: HiddenFile[]): string {
  const sorted = [...files].sort((a, b) => b.size - a.size);
  const shown = sorted.slice(0, 3).map((f) => `${f.path} (${formatBytes(f.size)}, ${f.how} ${by(f)})`);
  return sorted.length > 3 ? `${shown.join(', ')} and ${sorted.length - 3} more` : shown.join(', ');
}

const by = (f: HiddenFile) => (f.byLine === null ? `in layer ${f.byLayer}` : `at line ${f.byLine}`);
