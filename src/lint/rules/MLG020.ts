// `docker build` runs without GPUs: a GPU query at build time fails the build, or worse
// reports "no GPU" and bakes a CPU-only decision into the image.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isRun, type RunInstruction } from '../dockerfile.js';
import { parseNote } from '../commands.js';

export const meta: RuleMeta = {
  id: 'MLG020',
  name: 'gpu-at-build',
  severity: 'warning',
  description: 'A RUN queries the GPU (nvidia-smi, torch.cuda.is_available()) although no GPU is present while building.',
  docs: docsUrl('MLG020'),
  kind: 'dockerfile',
};

const TRIGGER = /nvidia-smi|cuda|gpu|GPU/;
const PYTHON_GPU_QUERY =
  /torch\.cuda\.(is_available|device_count|get_device_name|get_device_properties|current_device|mem_get_info)\s*\(|tf\.config\.(experimental\.)?list_physical_devices\(\s*['"]GPU|tf\.test\.is_gpu_available\s*\(|jax\.devices\(\s*['"]gpu|cupy\.cuda\.runtime\.getDeviceCount\s*\(/;

export function check({ model }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    for (const run of stage.instructions.filter(isRun)) {
      if (!TRIGGER.test(run.text)) continue;
      const query = gpuQuery(run);
      if (!query) continue;
      findings.push({
        line: query.line,
        message: `${query.what} at build time: builds run without a GPU (docker build has no --gpus), so this fails or reports none. Check the GPU when the container starts (entrypoint or health check) instead.${parseNote(run)}`,
      });
    }
  }
  return findings;
}

/** The first GPU query: an nvidia-smi command, or Python code run by `python -c` or a heredoc. */
function gpuQuery(run: RunInstruction): { line: number; what: string } | null {
  for (const command of run.shell().commands) {
    if (command.program === 'nvidia-smi') return { line: command.line, what: '`nvidia-smi`' };
    if (/^python[\d.]*$/.test(command.program)) {
      const code = command.args[command.args.indexOf('-c') + 1];
      const match = command.args.includes('-c') && code ? PYTHON_GPU_QUERY.exec(code) : null;
      if (match) return { line: command.line, what: `\`${match[0].replace(/\s*\($/, '()')}\`` };
    }
  }
  // Heredoc bodies are code fed to a program (RUN python3 <<EOF … EOF), not shell words.
  const match = run.hasHeredoc ? PYTHON_GPU_QUERY.exec(run.text) : null;
  if (!match) return null;
  const offset = run.text.slice(0, match.index).split('\n').length - 1;
  return { line: run.line + offset, what: `\`${match[0].replace(/\s*\($/, '()')}\`` };
}
