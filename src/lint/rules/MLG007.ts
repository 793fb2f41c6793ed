// Package caches written during a RUN stay in that layer: pip's wheel cache alone is
// hundreds of MB for torch. Flags pip/uv/conda installs that neither disable nor remove
// their cache (or keep it in a cache mount, outside the image).
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { envBefore, isRun, shipsInFinal, type RunInstruction, type Stage } from '../dockerfile.js';
import { commandsAfter, hasCacheMountOn, parseNote, pipInstalls, removesAfter } from '../commands.js';
import type { ShellCommand } from '../shell.js';

export const meta: RuleMeta = {
  id: 'MLG007',
  name: 'pip-cache',
  severity: 'warning',
  description: 'pip/uv/conda installs that leave their package cache in the image layer.',
  docs: docsUrl('MLG007'),
  kind: 'dockerfile',
};

const CONDA_FAMILY = new Set(['conda', 'mamba', 'micromamba']);

export function check({ model, final }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    for (const run of stage.instructions.filter(isRun)) {
      if (!/pip|uv|conda|mamba/.test(run.text)) continue;
      for (const problem of [...pipProblems(run, stage), ...uvProblems(run, stage), ...condaProblems(run)]) {
        findings.push(sized(problem, stage, final, run));
      }
    }
  }
  return findings;
}

interface Problem {
  command: ShellCommand;
  message: string;
}

/** A cache in a stage that never reaches the final image costs build-cache space only. */
function sized(problem: Problem, stage: Stage, final: Stage, run: RunInstruction): RuleFinding {
  const message = problem.message + parseNote(run);
  if (shipsInFinal(stage, final)) return { line: problem.command.line, message };
  return {
    line: problem.command.line,
    severity: 'info',
    message: `${message} This stage does not reach the final image, so it only bloats the build cache (and a registry cache export).`,
  };
}

function pipProblems(run: RunInstruction, stage: Stage): Problem[] {
  const problems: Problem[] = [];
  for (const install of pipInstalls(run)) {
    if (install.tool !== 'pip') continue;
    const { command } = install;
    // pip turns the cache off for any PIP_NO_CACHE_DIR value, even 0/false (kept for backward compatibility).
    if (install.options.includes('--no-cache-dir') || envValue(run, stage, command, 'PIP_NO_CACHE_DIR')) continue;
    const cacheDirs = ['/root/.cache/pip', flagValue(command.args, '--cache-dir'), envValue(run, stage, command, 'PIP_CACHE_DIR')];
    if (cacheMounted(run, cacheDirs)) continue;
    const purged = commandsAfter(run, command).some((c) => /\bpip\d* cache purge\b/.test([c.program, ...c.args].join(' ')));
    if (purged || removesAfter(run, command, /(^|\/)\.cache(\/pip)?\/?\*?$/)) continue;
    problems.push({
      command,
      message: `${shown(command)} keeps its wheel cache (~/.cache/pip) in this layer: hundreds of MB for torch and CUDA wheels. Add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or use RUN --mount=type=cache,target=/root/.cache/pip.`,
    });
  }
  return problems;
}

function uvProblems(run: RunInstruction, stage: Stage): Problem[] {
  const problems: Problem[] = [];
  for (const command of run.shell().commands) {
    if (command.program !== 'uv' || !isUvInstall(command.args)) continue;
    if (command.args.includes('--no-cache') || command.args.includes('-n') || truthy(envValue(run, stage, command, 'UV_NO_CACHE'))) continue;
    const cacheDirs = ['/root/.cache/uv', flagValue(command.args, '--cache-dir'), envValue(run, stage, command, 'UV_CACHE_DIR')];
    if (cacheMounted(run, cacheDirs)) continue;
    const cleaned = commandsAfter(run, command).some((c) => c.program === 'uv' && c.args[0] === 'cache' && ['clean', 'prune'].includes(c.args[1]));
    if (cleaned || removesAfter(run, command, /(^|\/)\.cache(\/uv)?\/?\*?$/)) continue;
    problems.push({
      command,
      message: `${shown(command)} keeps its cache (~/.cache/uv) in this layer. Add --no-cache, set ENV UV_NO_CACHE=1, or use RUN --mount=type=cache,target=/root/.cache/uv.`,
    });
  }
  return problems;
}

/** uv pip install/sync, uv sync, uv add, uv tool install. */
function isUvInstall(args: string[]): boolean {
  const [verb, sub] = args.filter((a) => !a.startsWith('-'));
  if (verb === 'pip' || verb === 'tool') return sub === 'install' || sub === 'sync';
  return verb === 'sync' || verb === 'add';
}

function condaProblems(run: RunInstruction): Problem[] {
  const problems: Problem[] = [];
  for (const command of run.shell().commands) {
    if (!CONDA_FAMILY.has(command.program) || !isCondaInstall(command.args)) continue;
    if (hasCacheMountOn(run, '/opt/conda/pkgs', '/root/.conda/pkgs', '/root/micromamba/pkgs')) continue;
    const cleaned = commandsAfter(run, command).some((c) => CONDA_FAMILY.has(c.program) && c.args[0] === 'clean' && cleansAll(c.args));
    if (cleaned || removesAfter(run, command, /\/pkgs\/?\*?$/)) continue;
    problems.push({
      command,
      message: `${shown(command)} leaves downloaded packages in the conda pkgs cache in this layer. End the same RUN with \`${command.program} clean -afy\` (or ${command.program} clean --all --yes).`,
    });
  }
  return problems;
}

/** conda install/create/update and conda env create/update. */
function isCondaInstall(args: string[]): boolean {
  const [verb, sub] = args.filter((a) => !a.startsWith('-'));
  if (verb === 'env') return sub === 'create' || sub === 'update';
  return verb === 'install' || verb === 'create' || verb === 'update';
}

/** `clean --all`, `-a` in any short cluster (-afy), or the old `-tipsy` (tarballs + packages). */
function cleansAll(args: string[]): boolean {
  const short = args.filter((a) => /^-[a-z]+$/.test(a)).join('');
  return args.includes('--all') || short.includes('a') || (short.includes('t') && short.includes('p'));
}

/**
 * A variable's value for `command`: ENV earlier in the stage chain, `export` earlier in the
 * same RUN, or the command's own prefix (later ones win). Undefined when never set.
 */
function envValue(run: RunInstruction, stage: Stage, command: ShellCommand, name: string): string | undefined {
  let value: string | undefined = envBefore(stage, run)[name];
  for (const assignment of run.shell().assignments) if (assignment.name === name && assignment.line <= command.line) value = assignment.value;
  return command.env[name] ?? value;
}

function truthy(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function cacheMounted(run: RunInstruction, dirs: (string | undefined)[]): boolean {
  return hasCacheMountOn(run, ...dirs.filter((d): d is string => d !== undefined && d.startsWith('/')));
}

function flagValue(args: string[], flag: string): string | undefined {
  const i = args.findIndex((a) => a === flag || a.startsWith(flag + '='));
  if (i < 0) return undefined;
  return args[i] === flag ? args[i + 1] : args[i].slice(flag.length + 1);
}

/** The command as a short quote for messages. */
function shown(command: ShellCommand): string {
  const text = [command.name, ...command.args].join(' ');
  return '`' + (text.length > 60 ? text.slice(0, 57) + '...' : text) + '`';
}
