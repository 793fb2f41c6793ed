// Weights in an image make every build, push and pull move gigabytes, and tie a model update
// to a new image. Mount them or download them at start-up into a cache volume instead.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isCopy, type CopyInstruction } from '../dockerfile.js';
import type { ContextFile, ContextIndex } from '../context.js';
import { inModelsDir, isWeightsPath } from '../ml.js';
import { formatBytes } from '../../config/units.js';

export const meta: RuleMeta = {
  id: 'MLG003',
  name: 'weights-copied',
  severity: 'error',
  description: 'COPY/ADD puts model weights into the image; mount them or download them at start-up into a cache volume.',
  docs: docsUrl('MLG003'),
  kind: 'dockerfile',
};

const ADVICE =
  'Keep weights out of the image: mount them at run time (volume, PVC, object-store mount) or download them at start-up into a mounted cache (HF_HOME), and list their folder in .dockerignore. ' +
  'A weights layer is rebuilt, pushed and pulled by every node on each release, and a model update should not need a new image.';
const MAX_NAMED = 3;
/** Tokenizers, configs and test fixtures are small: below this a .bin or a file in models/ is not weights. */
const WEIGHTS_MIN_BYTES = 1_000_000;
/** Extensions with no use but weights; .bin, .pb, .h5, .engine hold anything (app.bin, schema.pb). */
const WEIGHTS_ONLY_EXTENSION = /\.(safetensors|pt|pth|ckpt|onnx|gguf|ggml|tflite|keras)$/i;

export function check({ final, context }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const instruction of final.chainInstructions) {
    if (!isCopy(instruction) || instruction.hasHeredoc) continue;
    const copy = instruction;
    const named: string[] = [];
    const fromContext: ContextFile[] = [];
    for (const source of copy.sources) {
      if (/^[a-z][\w+.-]*:\/\//i.test(source) || source.startsWith('git@')) continue; // remote ADD: MLG004
      const looksLikeWeights = nameSuggestsWeights(source);
      if (copy.from !== null || /[*?[]/.test(source)) {
        if (looksLikeWeights) named.push(source);
        continue;
      }
      const files = filesUnder(context, source);
      if (files.length === 0) {
        if (looksLikeWeights) named.push(source); // not in the context we see: judge by the name
        continue;
      }
      // Judge by format, size and place: a .safetensors is weights at any size; a models/ folder of
      // Python ORM classes is code, and a 100-byte app.bin a fixture.
      const weights = files.filter(
        (f) => WEIGHTS_ONLY_EXTENSION.test(f.path) || (f.size >= WEIGHTS_MIN_BYTES && (isWeightsPath(f.path) || inModelsDir(f.path))),
      );
      fromContext.push(...weights);
    }
    if (named.length === 0 && fromContext.length === 0) continue;
    findings.push(fromContext.length > 0 ? contextFinding(copy, fromContext, context) : namedFinding(copy, named));
  }
  return findings;
}

/** The name and place alone: a models-like folder, a weights-only extension, or a model-ish name with a weights extension (model.bin). */
function nameSuggestsWeights(source: string): boolean {
  const path = withoutGlob(source);
  if (inModelsDir(path)) return true;
  const file = source.split('/').pop() ?? '';
  return WEIGHTS_ONLY_EXTENSION.test(file) || (isWeightsPath(file) && /model|weight|checkpoint|ckpt/i.test(file));
}

/** Sizes unknown (not in the context we see, --from, a glob): possible weights, a level below the default. */
function namedFinding(copy: CopyInstruction, sources: string[]): RuleFinding {
  const origin = copy.from ? ` --from=${copy.from}` : '';
  return {
    line: copy.line,
    endLine: copy.endLine,
    severity: 'warning',
    message:
      `${copy.keyword}${origin} may put model weights into the image (${sources.join(', ')}): judged by its name and place only, its size is not known here. ` +
      ADVICE,
  };
}

function contextFinding(copy: CopyInstruction, files: ContextFile[], context: ContextIndex): RuleFinding {
  const unique = [...new Map(files.map((f) => [f.path, f])).values()].sort((a, b) => b.size - a.size);
  const total = unique.reduce((sum, f) => sum + f.size, 0);
  const biggest = unique.slice(0, MAX_NAMED).map((f) => `${f.path} (${formatBytes(f.size)})`);
  const more = unique.length > MAX_NAMED ? ` and ${unique.length - MAX_NAMED} more` : '';
  const ignoreNote = context.dockerignore
    ? `${context.dockerignore.path} does not exclude them`
    : 'there is no .dockerignore to exclude them';
  return {
    line: copy.line,
    endLine: copy.endLine,
    bytes: total,
    message:
      `${copy.keyword} ${copy.sources.join(' ')} brings ${unique.length} model weight file${unique.length === 1 ? '' : 's'} (${formatBytes(total)}) from the build context into the image: ` +
      `${biggest.join(', ')}${more}; ${ignoreNote}. ${ADVICE}`,
  };
}

/** Unignored context files at or under a COPY source (`.`, `./models`, `/app/weights/`). */
function filesUnder(context: ContextIndex, source: string): ContextFile[] {
  const path = source
    .replace(/^(\.\/|\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/^\.$/, '');
  if (path === '') return context.files;
  return context.files.filter((f) => f.path === path || f.path.startsWith(path + '/'));
}

/** `models/*` → `models`: the folder a glob source reads from. */
function withoutGlob(source: string): string {
  return source
    .split('/')
    .filter((segment) => !/[*?[]/.test(segment))
    .join('/');
}
