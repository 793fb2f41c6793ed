// Weights fetched by a RUN land in a layer: gigabytes rebuilt whenever the layer's cache breaks,
// pushed and pulled on every release, and a model update needs a new image.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isCopy, isRun, shipsInFinal, stagesReaching, type RunInstruction, type Stage } from '../dockerfile.js';
import type { ContextIndex } from '../context.js';
import type { ShellCommand } from '../shell.js';
import { parseNote } from '../commands.js';
import { isWeightsPath } from '../ml.js';
import { contextPathOf } from '../requirements.js';

export const meta: RuleMeta = {
  id: 'MLG004',
  name: 'weights-downloaded-at-build',
  severity: 'error',
  description: 'A RUN (or ADD) downloads model weights during the build; download them at start-up into a mounted cache volume.',
  docs: docsUrl('MLG004'),
  kind: 'dockerfile',
};

const ADVICE =
  'Download at start-up into a mounted cache volume instead (e.g. HF_HOME on a volume or PVC, fetched by the entrypoint when missing), or mount the weights read-only: ' +
  'they then stay out of every layer, push and pull, and a model change needs no rebuild.';

const TRIGGER =
  /huggingface|\bhf\b|hf_hub|snapshot_download|from_pretrained|torch\.hub|\bgit\b|wget|curl|aws|gsutil|gcloud|azcopy|ollama|dvc|modelscope|python/;

/** Calls in Python code that fetch weights from a hub. */
const PYTHON_DOWNLOADS: [RegExp, string][] = [
  [/\bsnapshot_download\s*\(/, 'snapshot_download()'],
  [/\bhf_hub_download\s*\(/, 'hf_hub_download()'],
  [/\.from_pretrained\s*\(/, 'from_pretrained()'],
  [/\btorch\.hub\.load(_state_dict_from_url)?\s*\(/, 'torch.hub.load()'],
  [/\bSentenceTransformer\s*\(/, 'SentenceTransformer()'],
  [/\bwhisper\.load_model\s*\(/, 'whisper.load_model()'],
  [/\bpipeline\s*\(\s*["'][\w-]+["']/, 'transformers pipeline()'],
  [/\bcreate_model\s*\([^)]*pretrained\s*=\s*True/, 'timm create_model(pretrained=True)'],
];

export function check({ model, final, context }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  // A stage that reaches the final image neither by FROM nor by COPY --from puts no weights in it.
  const reaching = stagesReaching(final);
  for (const instruction of model.instructions) {
    if (!reaching.has(instruction.stage)) continue;
    const where = shipsInFinal(instruction.stage, final) ? '' : ` ${notShipped(instruction.stage)}`;
    if (isCopy(instruction) && instruction.keyword === 'ADD') {
      const url = instruction.sources.find(isWeightsUrl);
      if (url)
        findings.push({
          line: instruction.line,
          message: `ADD downloads model weights at build time (${redactUrl(url)}).${where} ${ADVICE}`,
        });
      continue;
    }
    if (!isRun(instruction) || !TRIGGER.test(instruction.text)) continue;
    for (const { command, what } of downloads(instruction, context)) {
      findings.push({
        line: command?.line ?? instruction.line,
        message: `RUN downloads model weights at build time (${what}).${where} ${ADVICE}${parseNote(instruction)}`,
      });
    }
  }
  return findings;
}

function notShipped(stage: Stage): string {
  const name = stage.name ? `"${stage.name}"` : `${stage.index}`;
  return `Stage ${name} is not the final image: the weights ship only if a COPY --from takes them, and every build still downloads them.`;
}

function downloads(run: RunInstruction, context: ContextIndex): { command: ShellCommand | null; what: string }[] {
  const found: { command: ShellCommand | null; what: string }[] = [];
  for (const command of run.shell().commands) {
    const what = commandDownload(command, run, context);
    if (what) found.push({ command, what });
  }
  // `RUN <<EOF` with a python shebang: the body is Python, not shell.
  if (found.length === 0 && run.hasHeredoc && /^#!.*python/m.test(run.text)) {
    const what = pythonDownload(run.text);
    if (what) found.push({ command: null, what });
  }
  return found;
}

function commandDownload(command: ShellCommand, run: RunInstruction, context: ContextIndex): string | null {
  const { program, args } = command;
  const positional = args.filter((a) => !a.startsWith('-'));
  switch (program) {
    case 'huggingface-cli':
    case 'hf':
    case 'modelscope':
      return positional[0] === 'download' ? `${program} download` : null;
    case 'ollama':
      return positional[0] === 'pull' ? 'ollama pull' : null;
    case 'dvc':
      return positional[0] === 'pull' || positional[0] === 'fetch' ? `dvc ${positional[0]}` : null;
    case 'git':
      if (positional[0] === 'clone' && positional.some((a) => /\b(huggingface\.co|hf\.co)\//.test(a)))
        return 'git clone of a Hugging Face repository';
      if (positional[0] === 'lfs' && ['pull', 'fetch', 'clone'].includes(positional[1] ?? '')) return `git lfs ${positional[1]}`;
      return null;
    case 'wget':
    case 'curl': {
      const url = args.find(isWeightsUrl);
      return url ? `${program} ${redactUrl(url)}` : null;
    }
    case 'aws':
      return positional[0] === 's3' && ['cp', 'sync'].includes(positional[1]) && (positional[2] ?? '').startsWith('s3://')
        ? `aws s3 ${positional[1]} from ${positional[2]}`
        : null;
    case 'gsutil':
    case 'gcloud': {
      const source = positional.find((a) => a.startsWith('gs://'));
      return source && positional.some((a) => ['cp', 'rsync'].includes(a)) && positional.indexOf(source) < positional.length - 1
        ? `${program} copy from ${source}`
        : null;
    }
    case 'azcopy':
      return ['copy', 'cp', 'sync'].includes(positional[0] ?? '') ? `azcopy ${positional[0]}` : null;
  }
  if (/^python(\d+(\.\d+)?)?$/.test(program)) return pythonCommandDownload(command, run, context);
  return null;
}

function pythonCommandDownload(command: ShellCommand, run: RunInstruction, context: ContextIndex): string | null {
  const { args } = command;
  const m = args.indexOf('-m');
  if (m >= 0 && args[m + 1] === 'spacy' && args[m + 2] === 'download') return 'python -m spacy download';
  const c = args.indexOf('-c');
  if (c >= 0) return pythonDownload(args[c + 1] ?? '');
  const script = args.find((a) => !a.startsWith('-'));
  if (!script) return run.hasHeredoc ? pythonDownload(run.text) : null; // python3 <<EOF … EOF
  if (script.endsWith('.py')) {
    // The script as the build context has it, found through the COPY or bind mount that put it there.
    const path = contextPathOf(run, command, script, context);
    const what = pythonDownload((path && context.readText(path)) ?? '');
    return what ? `${what} in ${script}` : null;
  }
  return null;
}

function pythonDownload(code: string): string | null {
  return PYTHON_DOWNLOADS.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

function isWeightsUrl(arg: string): boolean {
  const match = /^https?:\/\/([^/?#]+)([^?#]*)/i.exec(arg);
  if (!match) return false;
  const [, host, path] = match;
  return (/(^|\.)(huggingface\.co|hf\.co)$/i.test(host) && /\/resolve\//.test(path)) || isWeightsPath(path);
}

/** Scheme, host and path only: query strings can carry signed tokens. */
function redactUrl(url: string): string {
  return url.replace(/[?#].*$/, '');
}
