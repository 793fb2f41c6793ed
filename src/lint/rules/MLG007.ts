// Package caches written during a RUN stay in that layer: pip's wheel cache alone is
// hundreds of MB for torch. Flags pip/uv/conda installs that neither disable nor remove
// their cache (or keep it in a cache mount, outside the image).
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isRun, shipsInFinal, type Instruction, type RunInstruction, type Stage } from '../dockerfile.js';
import { hasCacheMountOn, parseNote, pipInstalls } from '../commands.js';
import { envBeforeEach } from '../ml.js';
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
const CACHE_VARIABLES = ['PIP_NO_CACHE_DIR', 'PIP_CACHE_DIR', 'UV_NO_CACHE', 'UV_CACHE_DIR'];

export function check({ model, final }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    let stageEnv: ((before: Instruction) => Readonly<Record<string, string>>) | undefined;
    for (const run of stage.instructions.filter(isRun)) {
      if (!/pip|uv|conda|mamba/.test(run.text)) continue;
      stageEnv ??= envBeforeEach(stage, CACHE_VARIABLES);
      const scope = new RunScope(run, stageEnv(run));
      const byTool = [
        ['pip', pipProblems(scope)],
        ['uv', uvProblems(scope)],
        ['conda', condaProblems(scope)],
      ] as const;
      for (const [facet, problems] of byTool) {
        for (const problem of problems) findings.push({ ...sized(problem, stage, final, run), facet });
      }
    }
  }
  return findings;
}

/**
 * What the checks ask of one RUN, each answer computed once for the RUN (not once per install,
 * which made a RUN of thousands of installs quadratic): the position of each command, the last
 * command of each cleanup kind (a cleanup counts when it comes after the install), and the
 * variables in force.
 */
class RunScope {
  private readonly commands: ShellCommand[];
  private positions: Map<ShellCommand, number> | undefined;
  private readonly lastIndexes = new Map<string, number>();
  private assignmentsByName: Map<string, { line: number; value: string }[]> | undefined;
  private assignmentsOrdered = true;

  constructor(
    readonly run: RunInstruction,
    private readonly env: Readonly<Record<string, string>>,
  ) {
    this.commands = run.shell().commands;
  }

  /** Does a command that `kind` names (and `test` accepts) run after `command` in this RUN? */
  after(command: ShellCommand, kind: string, test: (c: ShellCommand) => boolean): boolean {
    let last = this.lastIndexes.get(kind);
    if (last === undefined) {
      last = -1;
      for (let i = this.commands.length - 1; i >= 0; i--) {
        if (test(this.commands[i])) {
          last = i;
          break;
        }
      }
      this.lastIndexes.set(kind, last);
    }
    return last > this.position(command);
  }

  /** Does the RUN delete, after `command`, a path that `target` matches? `kind` names the target. */
  removesAfter(command: ShellCommand, kind: string, target: RegExp): boolean {
    return this.after(command, kind, (c) => c.program === 'rm' && c.args.some((a) => !a.startsWith('-') && target.test(a)));
  }

  /** The command's index in the RUN (the first, as indexOf gives), -1 when it is not there. */
  private position(command: ShellCommand): number {
    if (!this.positions) {
      this.positions = new Map();
      this.commands.forEach((c, i) => {
        if (!this.positions!.has(c)) this.positions!.set(c, i);
      });
    }
    return this.positions.get(command) ?? -1;
  }

  /**
   * A variable's value for `command`: ENV earlier in the stage chain, `export` earlier in the
   * same RUN, or the command's own prefix (later ones win). Undefined when never set.
   */
  envValue(command: ShellCommand, name: string): string | undefined {
    let value: string | undefined = this.env[name];
    const assignments = this.assignments().get(name) ?? [];
    if (this.assignmentsOrdered) {
      // The last assignment at or before the command's line, by binary search.
      let lo = 0;
      let hi = assignments.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (assignments[mid].line <= command.line) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) value = assignments[lo - 1].value;
    } else {
      for (const assignment of assignments) if (assignment.line <= command.line) value = assignment.value;
    }
    return command.env[name] ?? value;
  }

  private assignments(): Map<string, { line: number; value: string }[]> {
    if (!this.assignmentsByName) {
      this.assignmentsByName = new Map();
      for (const { name, value, line } of this.run.shell().assignments) {
        if (!CACHE_VARIABLES.includes(name)) continue;
        const list = this.assignmentsByName.get(name) ?? [];
        if (list.length > 0 && list[list.length - 1].line > line) this.assignmentsOrdered = false;
        list.push({ line, value });
        this.assignmentsByName.set(name, list);
      }
    }
    return this.assignmentsByName;
  }
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

function pipProblems(scope: RunScope): Problem[] {
  const { run } = scope;
  const problems: Problem[] = [];
  for (const install of pipInstalls(run)) {
    if (install.tool !== 'pip') continue;
    const { command } = install;
    // pip turns the cache off for any PIP_NO_CACHE_DIR value, even 0/false (kept for backward compatibility).
    if (install.options.includes('--no-cache-dir') || scope.envValue(command, 'PIP_NO_CACHE_DIR')) continue;
    const cacheDirs = ['/root/.cache/pip', flagValue(command.args, '--cache-dir'), scope.envValue(command, 'PIP_CACHE_DIR')];
    if (cacheMounted(run, cacheDirs)) continue;
    const purged = scope.after(command, 'pip cache purge', (c) => /\bpip\d* cache purge\b/.test([c.program, ...c.args].join(' ')));
    if (purged || scope.removesAfter(command, 'rm pip cache', /(^|\/)\.cache(\/pip)?\/?\*?$/)) continue;
    problems.push({
      command,
      message: `${shown(command)} keeps its wheel cache (~/.cache/pip) in this layer: hundreds of MB for torch and CUDA wheels. Add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or use RUN --mount=type=cache,target=/root/.cache/pip.`,
    });
  }
  return problems;
}

function uvProblems(scope: RunScope): Problem[] {
  const { run } = scope;
  const problems: Problem[] = [];
  for (const command of run.shell().commands) {
    if (command.program !== 'uv' || !isUvInstall(command.args)) continue;
    if (command.args.includes('--no-cache') || command.args.includes('-n') || truthy(scope.envValue(command, 'UV_NO_CACHE'))) continue;
    const cacheDirs = ['/root/.cache/uv', flagValue(command.args, '--cache-dir'), scope.envValue(command, 'UV_CACHE_DIR')];
    if (cacheMounted(run, cacheDirs)) continue;
    const cleaned = scope.after(
      command,
      'uv cache clean',
      (c) => c.program === 'uv' && c.args[0] === 'cache' && ['clean', 'prune'].includes(c.args[1]),
    );
    if (cleaned || scope.removesAfter(command, 'rm uv cache', /(^|\/)\.cache(\/uv)?\/?\*?$/)) continue;
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

function condaProblems(scope: RunScope): Problem[] {
  const { run } = scope;
  const problems: Problem[] = [];
  for (const command of run.shell().commands) {
    if (!CONDA_FAMILY.has(command.program) || !isCondaInstall(command.args)) continue;
    if (hasCacheMountOn(run, '/opt/conda/pkgs', '/root/.conda/pkgs', '/root/micromamba/pkgs')) continue;
    const cleaned = scope.after(command, 'conda clean', (c) => CONDA_FAMILY.has(c.program) && c.args[0] === 'clean' && cleansAll(c.args));
    if (cleaned || scope.removesAfter(command, 'rm conda pkgs', /\/pkgs\/?\*?$/)) continue;
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
