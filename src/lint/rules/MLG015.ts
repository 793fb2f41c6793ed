// Shell-form CMD/ENTRYPOINT runs the server under /bin/sh -c: sh is PID 1, does not forward
// SIGTERM, and the server is killed after the grace period with requests in flight.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { execFormWords, type Instruction } from '../dockerfile.js';

export const meta: RuleMeta = {
  id: 'MLG015',
  name: 'shell-form-entrypoint',
  severity: 'info',
  description: 'CMD/ENTRYPOINT in shell form in the final stage: the server is not PID 1 and misses SIGTERM.',
  docs: docsUrl('MLG015'),
  kind: 'dockerfile',
};

const SHELLS = /(^|\/)(sh|bash|dash|ash|zsh)$/;

export function check({ final }: LintInput): RuleFinding[] {
  const instructions = final.chainInstructions;
  const entrypoint = lastOf(instructions, 'ENTRYPOINT');
  const cmd = lastOf(instructions, 'CMD');
  const findings: RuleFinding[] = [];
  for (const instruction of [entrypoint, cmd]) {
    if (!instruction) continue;
    // A shell-form ENTRYPOINT ignores CMD altogether: nothing more to say about it.
    if (instruction === cmd && entrypoint && !execWords(entrypoint)) continue;
    const problem = signalProblem(instruction);
    if (problem) findings.push({ line: instruction.line, endLine: instruction.endLine, message: problem });
  }
  return findings;
}

function lastOf(instructions: readonly Instruction[], keyword: string): Instruction | undefined {
  return instructions.filter((i) => i.keyword === keyword).pop();
}

/** The exec-form (JSON) words, or null for shell form (Docker falls back to it on bad JSON too). */
const execWords = (instruction: Instruction) => execFormWords(instruction.args);

function signalProblem(instruction: Instruction): string | null {
  const { keyword } = instruction;
  const words = execWords(instruction);
  if (words === null) {
    if (/^exec\s/.test(instruction.args.trim())) return null; // `exec` replaces the shell
    return `${keyword} in shell form runs under /bin/sh -c, so the shell is PID 1 and does not pass SIGTERM on: on a rolling update the server is killed after the grace period with requests in flight. Use the exec form, ${keyword} ["uvicorn", "app:app", …], or start the command with exec.`;
  }
  const dashC = words.indexOf('-c');
  if (SHELLS.test(words[0] ?? '') && dashC > 0 && words[dashC + 1] !== undefined && !/^\s*exec\s/.test(words[dashC + 1])) {
    return `${keyword} ${JSON.stringify(words.slice(0, dashC + 1))} wraps the server in a shell that stays PID 1 and does not pass SIGTERM on. Prefix the script with exec ("exec uvicorn …") so the server replaces the shell.`;
  }
  return null;
}
