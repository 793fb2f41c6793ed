// Python in a container: unbuffered output so logs appear (and survive a crash) at once,
// and no .pyc files written into the container's filesystem at run time.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { baseImage, envBefore, execFormWords, isRun } from '../dockerfile.js';

export const meta: RuleMeta = {
  id: 'MLG012',
  name: 'python-env',
  severity: 'info',
  description: 'A Python final stage without PYTHONDONTWRITEBYTECODE=1 and PYTHONUNBUFFERED=1.',
  docs: docsUrl('MLG012'),
  kind: 'dockerfile',
};

const PYTHON_IMAGE = /python|pytorch|tensorflow|jupyter|conda|mamba|miniforge|huggingface|vllm|jax/i;
const PYTHON_TOOLS = /\b(python[\d.]*|pip[\d.]*|uv|conda|mamba|micromamba|poetry|pipenv|uvicorn|gunicorn|celery|streamlit|jupyter)\b/;

export function check({ final }: LintInput): RuleFinding[] {
  const instructions = final.chainInstructions;
  const startup = instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT').map((i) => i.args);
  const flags = pythonFlags(startup);
  const usesPython =
    PYTHON_IMAGE.test(baseImage(final)) ||
    instructions.some((i) => isRun(i) && PYTHON_TOOLS.test(i.text)) ||
    startup.some((args) => PYTHON_TOOLS.test(args));
  if (!usesPython) return [];

  // Python honours any non-empty value; `python -u` / `-B` at start-up do the same.
  const env = envBefore(final, null);
  // Only what is missing is named and explained: the stage may already set the other.
  const missing = [
    !env.PYTHONDONTWRITEBYTECODE && !flags.includes('B')
      ? { setting: 'PYTHONDONTWRITEBYTECODE=1', why: 'no .pyc files are written into the container at run time' }
      : null,
    !env.PYTHONUNBUFFERED && !flags.includes('u')
      ? {
          setting: 'PYTHONUNBUFFERED=1',
          why: 'unbuffered output reaches `docker logs` and the log collector at once (and is not lost when the process is killed)',
        }
      : null,
  ].filter((m) => m !== null);
  if (missing.length === 0) return [];
  const settings = missing.map((m) => m.setting);
  return [
    {
      line: final.fromLine,
      message: `This Python image does not set ${settings.join(' or ')}. Add \`ENV ${settings.join(' ')}\`: ${missing.map((m) => m.why).join(', and ')}.`,
    },
  ];
}

/** The short options given to `python` in CMD/ENTRYPOINT (exec or shell form): "uB" for `python -u -B`. */
function pythonFlags(startup: string[]): string {
  let letters = '';
  for (const args of startup) {
    const words = execFormWords(args) ?? args.trim().split(/\s+/);
    const python = words.findIndex((w) => /(^|\/)python[\d.]*$/.test(w));
    if (python < 0) continue;
    for (const word of words.slice(python + 1)) {
      if (!/^-[A-Za-z]+$/.test(word)) break;
      letters += word.slice(1);
    }
  }
  return letters;
}
