// Model weights shipped inside the image: every pull and every replica start pays for them.
// Weights are files no package owns in a weights format (told from their first bytes), so a
// CUDA library, a wheel or apt's package cache is never one, however big.
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import type { ImageFileRef } from '../filesystem.js';
import { weightsFormat, type WeightsFormat } from '../weights-format.js';
import { CACHE_KINDS } from './MLG102.js';
import { Quotes, formatBytes, groupByLayer, measured, placeOf, sum, type WalkedImage } from './common.js';

export const meta: RuleMeta = {
  id: 'MLG101',
  name: 'weights-in-image',
  severity: 'error',
  description: 'Model weights (files no package owns, in a weights format) or any unowned file over 500 MB in the final image.',
  docs: docsUrl('MLG101'),
  kind: 'image',
};

export const HUGE_FILE_BYTES = 500 * 1000 * 1000;
// Libraries ship small files in these formats (test fixtures, tiny vocabularies): only a file
// of real model size is worth an error.
export const MIN_WEIGHTS_BYTES = 1024 * 1024;

type Weights = ImageFileRef & { format: WeightsFormat };

export function check({ index, packages }: WalkedImage): RuleFinding[] {
  const weights: Weights[] = [];
  const huge: ImageFileRef[] = [];
  for (const file of index.files) {
    if (file.size < MIN_WEIGHTS_BYTES || packages.ownerOf(file.path) || CACHE_KINDS.some((kind) => kind.matches(file.path))) continue;
    const format = weightsFormat(file.path, index.captured.get(file.path)?.data);
    if (format) weights.push({ ...file, format });
    else if (file.size >= HUGE_FILE_BYTES) huge.push(file);
  }
  const findings: RuleFinding[] = [];
  for (const [layer, files] of groupByLayer(weights)) {
    const { line, origin, where } = placeOf(index, layer);
    const bytes = sum(files);
    const quotes = new Quotes();
    const formats = [...new Set(files.map((f) => f.format))].join(', ');
    findings.push({
      line,
      origin,
      bytes,
      title: 'Model weights in the image',
      detail: `${formatBytes(bytes)} of ${formats} files no package owns, ${where}: ${quotes.files(files, 3, (f) => `, ${f.format}`)}. Every pull and every new replica downloads them again.`,
      fix: 'Load the weights at start-up from a model store or a mounted volume; if they must ship, give them an image or layer of their own that changes only with the model.',
      quotes: quotes.list,
      saving: measured(bytes),
    });
  }
  for (const [layer, files] of groupByLayer(huge)) {
    const { line, origin, where } = placeOf(index, layer);
    const bytes = sum(files);
    const quotes = new Quotes();
    findings.push({
      line,
      origin,
      bytes,
      severity: 'warning',
      title: 'Files over 500 MB that no package owns',
      detail: `${formatBytes(bytes)} ${where}: ${quotes.files(files)}; not a weights format this check knows, but as heavy as one.`,
      fix: 'If it is a model or data, load it at run time from where it is stored; if it is a build output, build it in another stage and copy only what runs.',
      quotes: quotes.list,
      saving: measured(bytes),
    });
  }
  return findings;
}
