// Model weights shipped inside the image: every pull and every replica start pays for them.
import { docsUrl, type RuleFinding, type RuleMeta } from '../../lint/rule-meta.js';
import type { ImageFileIndex, ImageFileRef } from '../filesystem.js';
import { findingLine, formatBytes, groupByLayer, listFiles, origin, sum } from './common.js';

export const meta: RuleMeta = {
  id: 'MLG101',
  name: 'weights-in-image',
  severity: 'error',
  description: 'Model weights (or any file over 500 MB) in the final image.',
  docs: docsUrl('MLG101'),
  kind: 'image',
};

const WEIGHTS = /\.(safetensors|bin|pt|pth|ckpt|onnx|gguf|ggml|h5|keras|pb|tflite|engine|plan|msgpack|npz)$/i;
const PICKLE_IN_MODELS_DIR = /\/(models?|checkpoints?|weights|hf_cache|ckpts?)\/.*\.(pkl|joblib)$/i;
export const HUGE_FILE_BYTES = 500 * 1000 * 1000;
// Libraries ship small files with these extensions (test fixtures, tiny vocabularies): only a
// file of real model size is worth an error.
const MIN_WEIGHTS_BYTES = 1024 * 1024;

export function isWeights(file: ImageFileRef): boolean {
  if (file.size >= HUGE_FILE_BYTES) return true;
  return file.size >= MIN_WEIGHTS_BYTES && (WEIGHTS.test(file.path) || PICKLE_IN_MODELS_DIR.test(file.path));
}

export function check(index: ImageFileIndex): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const [layer, files] of groupByLayer(index.files.filter(isWeights))) {
    const bytes = sum(files);
    const line = files[0].line;
    findings.push({
      line: findingLine(line),
      bytes,
      message:
        `${formatBytes(bytes)} of model weights in ${origin(layer, line)}: ${listFiles(files)}. ` +
        'Load weights at start-up from a model store or a mounted volume instead of baking them into the image.',
    });
  }
  return findings;
}
