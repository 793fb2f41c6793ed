// Bytes that ship but are invisible: a later layer deleted or overwrote them, yet every pull
// still downloads the layer that added them.
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import type { HiddenFile } from '../filesystem.js';
import { Quotes, formatBytes, groupByLayer, measured, placeOf, sum, type WalkedImage } from './common.js';

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

export function check({ index }: WalkedImage): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const [layer, files] of groupByLayer(index.hidden)) {
    const bytes = sum(files);
    if (bytes < MIN_WASTED_BYTES) continue;
    const { line, origin, where } = placeOf(index, layer);
    const share = index.totalBytes > 0 ? ` (${((100 * bytes) / index.totalBytes).toFixed(1)}% of the bytes in the layers)` : '';
    const quotes = new Quotes();
    findings.push({
      line,
      origin,
      bytes,
      title: 'Files hidden by later layers still ship',
      detail: `${formatBytes(bytes)}${share} ${where} is deleted or overwritten later, yet every pull downloads it: ${quotes.files(files, 3, by)}.`,
      fix: 'Remove files in the same RUN that creates them, or build them in a separate stage and COPY only the result.',
      quotes: quotes.list,
      saving: measured(bytes),
    });
  }
  return findings;
}

const by = (f: HiddenFile) => `, ${f.how} ${f.byLine === null ? `in layer ${f.byLayer}` : `at line ${f.byLine}`}`;
