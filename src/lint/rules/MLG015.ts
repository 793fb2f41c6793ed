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
    if (instruction === cmd && entrypoint && !isEmptyExecForm(entrypoint) && !execWords(entrypoint)) continue;
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

/** `ENTRYPOINT []` resets the entrypoint: no shell, CMD runs alone. */
const isEmptyExecForm = (instruction: Instruction) => /^\[\s*\]$/.test(instruction.args.trim());

/** A `-c` script of one simple command: sh and bash exec it, so the server becomes PID 1 anyway. */
const isOneCommand = (script: string) => !/[;&|\n]|\$\(|`/.test(script);

function signalProblem(instruction: Instruction): string | null {
  const { keyword } = instruction;
  if (isEmptyExecForm(instruction)) return null;
  const words = execWords(instruction);
  if (words === null) {
    if (/^exec\s/.test(instruction.args.trim())) return null; // `exec` replaces the shell
    return `${keyword} in shell form runs under /bin/sh -c, so the shell is PID 1 and does not pass SIGTERM on: on a rolling update the server is killed after the grace period with requests in flight. Use the exec form, ${keyword} ["uvicorn", "app:app", …], or start the command with exec.`;
  }
  const dashC = words.indexOf('-c');
  const script = words[dashC + 1];
  if (SHELLS.test(words[0] ?? '') && dashC > 0 && script !== undefined && !/^\s*exec\s/.test(script) && !isOneCommand(script)) {
    return `${keyword} ${JSON.stringify(words.slice(0, dashC + 1))} runs a command list, so the shell stays PID 1 and does not pass SIGTERM on. Prefix the server's command with exec ("… && exec uvicorn …") so it replaces the shell.`;
  }
  return null;
}
