// Package caches written during a RUN stay in that layer: pip's wheel cache alone is
// hundreds of MB for torch. Flags pip/uv/conda installs that neither disable nor remove
// their cache (or keep it in a cache mount, outside the image).
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isCopy, isRun, shipsInFinal, type Instruction, type RunInstruction, type Stage } from '../dockerfile.js';
import { hasCacheMountOn, parseNote, pipInstalls, type PipInstall } from '../commands.js';
import { contextPathOf } from '../requirements.js';
import type { ContextIndex } from '../context.js';
import type { ShellCommand } from '../shell.js';
import { lastOption, readBoolean } from '../tools/options.js';
import { PIP_CONFIG_FILES, pipConfigEntries, pipConfigSet, pipInvocation } from '../tools/pip.js';
import { isUvInstall, uvInvocation } from '../tools/uv.js';
import { CONDA_FAMILY, cleanedPackages, condaInvocation, isCondaInstall } from '../tools/conda.js';
import { describeSetting, RunVariables, stageVariables, type VariableSetting } from '../tools/env.js';

export const meta: RuleMeta = {
  id: 'MLG007',
  name: 'pip-cache',
  severity: 'warning',
  description: 'pip/uv/conda installs that leave their package cache in the image layer.',
  docs: docsUrl('MLG007'),
  kind: 'dockerfile',
};

const CACHE_VARIABLES = [
  'PIP_NO_CACHE_DIR',
  'PIP_CACHE_DIR',
  'PIP_CONFIG_FILE',
  'UV_NO_CACHE',
  'UV_CACHE_DIR',
  'UV_LINK_MODE',
  'CONDA_PKGS_DIRS',
  'MAMBA_ROOT_PREFIX',
  'HOME',
  'XDG_CACHE_HOME',
];

export function check({ model, final, context }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    let stageEnv: ((before: Instruction) => Readonly<Record<string, VariableSetting>>) | undefined;
    let pipConfig: PipConfigWrites | undefined;
    for (const run of stage.instructions.filter(isRun)) {
      if (!/pip|uv|conda|mamba/.test(run.text)) continue;
      stageEnv ??= stageVariables(stage, model.globalArgs, CACHE_VARIABLES);
      pipConfig ??= PipConfigWrites.of(stage);
      const scope = new RunScope(run, new RunVariables(run, stageEnv(run), CACHE_VARIABLES), pipConfig, context);
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
  /** pip.conf settings read from copied context files, by PIP_CONFIG_FILE and key. */
  readonly copiedConfig = new Map<string, string | null>();

  constructor(
    readonly run: RunInstruction,
    readonly variables: RunVariables,
    readonly pipConfig: PipConfigWrites,
    readonly context: ContextIndex,
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
  position(command: ShellCommand): number {
    if (!this.positions) {
      this.positions = new Map();
      this.commands.forEach((c, i) => {
        if (!this.positions!.has(c)) this.positions!.set(c, i);
      });
    }
    return this.positions.get(command) ?? -1;
  }

  /** A variable's setting for `command`, with where it was set. */
  env(command: ShellCommand, name: string): VariableSetting | undefined {
    return this.variables.get(command, name);
  }
}

const pipConfigWritesOf = new WeakMap<Stage, PipConfigWrites>();

/** pip configuration one instruction writes: `pip config set`, pip.conf text in a RUN or a COPY heredoc. */
function pipSettingsWrittenBy(instruction: Instruction): PipSetting[] {
  const settings: PipSetting[] = [];
  const text = (entry: { key: string; value: string }) => `pip.conf text \`${entry.key} = ${entry.value}\``;
  if (isRun(instruction) && /\bpip|PIP_CONFIG_FILE/.test(instruction.text)) {
    for (const command of instruction.shell().commands) {
      const set = pipInvocation(command);
      const written = set && pipConfigSet(set);
      if (written) settings.push({ ...written, written: shown(command), line: command.line, command });
    }
    if (/pip\.(conf|ini)|PIP_CONFIG_FILE/.test(instruction.text)) {
      for (const entry of pipConfigEntries(instruction.text)) settings.push({ ...entry, written: text(entry), line: instruction.line });
    }
  } else if (isCopy(instruction) && instruction.hasHeredoc && /pip\.(conf|ini)/.test(instruction.args)) {
    for (const entry of pipConfigEntries(instruction.args)) settings.push({ ...entry, written: text(entry), line: instruction.line });
  }
  return settings;
}

/** A pip configuration setting written before an install, and what wrote it (for messages). */
interface PipSetting {
  key: string;
  value: string;
  written: string;
  line: number;
  /** The `pip config set` command, when a command of a RUN wrote it. */
  command?: ShellCommand;
}

/**
 * pip configuration that RUNs of the stage chain write: `pip config set install.no-cache-dir 1`
 * and pip.conf text (`[global]` / `no-cache-dir = false`) in a RUN that names pip.conf or pip.ini.
 * Read once per stage.
 */
class PipConfigWrites {
  private readonly byInstruction = new Map<Instruction, PipSetting[]>();
  /** The settings written by instructions before each one of the stage, by key (records shared: not modified). */
  private readonly lastBefore = new Map<Instruction, Readonly<Record<string, PipSetting>>>();
  /** The settings in force after the stage: where a FROM <stage> child starts. */
  readonly end: Readonly<Record<string, PipSetting>>;

  /** A stage's writes, read once per stage and built on its parent's (a chain is read once, not once per stage). */
  static of(stage: Stage): PipConfigWrites {
    let writes = pipConfigWritesOf.get(stage);
    if (!writes) {
      for (const current of [...stage.chain].reverse()) {
        if (pipConfigWritesOf.has(current)) continue;
        const parent = current.chain[1] ? pipConfigWritesOf.get(current.chain[1]) : undefined;
        pipConfigWritesOf.set(current, new PipConfigWrites(current, parent?.end ?? {}));
      }
      writes = pipConfigWritesOf.get(stage)!;
    }
    return writes;
  }

  private constructor(stage: Stage, inherited: Readonly<Record<string, PipSetting>>) {
    let last = inherited;
    for (const instruction of stage.instructions) {
      this.lastBefore.set(instruction, last);
      const settings = pipSettingsWrittenBy(instruction);
      if (settings.length > 0) {
        this.byInstruction.set(instruction, settings);
        last = { ...last, ...Object.fromEntries(settings.map((setting) => [setting.key, setting])) };
      }
    }
    this.end = last;
  }

  /** The last setting of `key` written before `command` of `run` (earlier RUNs, or earlier in this RUN). */
  before(scope: RunScope, command: ShellCommand, key: string): PipSetting | undefined {
    let found = this.lastBefore.get(scope.run)?.[key];
    for (const setting of this.byInstruction.get(scope.run) ?? []) {
      if (setting.key === key && setting.command && scope.position(setting.command) < scope.position(command)) found = setting;
    }
    return found;
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
    const why = pipCacheKept(scope, install);
    if (why === null) continue;
    const purged = scope.after(command, 'pip cache purge', (c) => {
      const pip = pipInvocation(c);
      return pip?.verb === 'cache' && (pip.rest.includes('purge') || pip.rest.includes('remove'));
    });
    if (purged || scope.removesAfter(command, 'rm pip cache', /(^|\/)\.cache(\/pip)?\/?\*?$/)) continue;
    problems.push({
      command,
      message: `${shown(command)} keeps its wheel cache (${why.dir}) in this layer: hundreds of MB for torch and CUDA wheels${why.note}. Add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or use RUN --mount=type=cache,target=${why.dir.startsWith('/') ? why.dir : '/root/.cache/pip'}.`,
    });
  }
  return problems;
}

/**
 * Where pip keeps its cache for this install and why it is on, or null when it is off or in a
 * cache mount. pip turns the cache off for --no-cache-dir (any unambiguous prefix), and for any
 * non-empty PIP_NO_CACHE_DIR or no-cache-dir setting, even 0/false (pip 19+ keeps that for
 * backward compatibility); an empty value is ignored.
 */
function pipCacheKept(scope: RunScope, install: PipInstall): { dir: string; note: string } | null {
  const { command, args } = install;
  if (lastOption(args, '--no-cache-dir')) return null;
  const notes: string[] = [];
  const variable = scope.env(command, 'PIP_NO_CACHE_DIR');
  if (variable && variable.value.trim() !== '') return null;
  if (variable) notes.push(`${describeSetting('PIP_NO_CACHE_DIR', variable)} is empty, which pip ignores`);
  const configured = scope.pipConfig.before(scope, command, 'no-cache-dir');
  if (configured && configured.value.trim() !== '') return null;
  const fileSetting = copiedPipConfig(scope, command, 'no-cache-dir');
  if (fileSetting !== null && fileSetting.trim() !== '') return null;
  const option = lastOption(args, '--cache-dir');
  const envDir = scope.env(command, 'PIP_CACHE_DIR');
  const configDir = scope.pipConfig.before(scope, command, 'cache-dir');
  const configuredDir = option?.value ?? envDir?.value ?? configDir?.value ?? copiedPipConfig(scope, command, 'cache-dir');
  const home = userCache(scope, command);
  const dir = configuredDir ?? `${home.dir}/pip`;
  if (configDir && !option && !envDir && readBoolean(configDir.value) !== null) {
    notes.push(
      `${configDir.written} (line ${configDir.line}) names a cache directory \`${configDir.value}\`, relative to the working directory; it does not turn the cache off`,
    );
  }
  if (cacheMounted(scope.run, [dir])) return null;
  if (!configuredDir) notes.push(...home.notes(scope.run, 'pip'));
  return { dir: /^[/~$]/.test(dir) ? dir : `./${dir}`, note: notes.length > 0 ? ` (${notes.join('; ')})` : '' };
}

const copiesPipConfig = new WeakMap<Stage, boolean>();

/** Only a COPY that names pip or lands on a directory above a config file can bring one. */
function mayCopyPipConfig(stage: Stage): boolean {
  let may = copiesPipConfig.get(stage);
  if (may === undefined) {
    may = stage.instructions.some(
      (c) =>
        isCopy(c) &&
        !c.hasHeredoc &&
        (/pip/.test([c.destination, ...c.sources].join(' ')) || /^\/(etc|root)?\/?$|^\/root\/\.(config|pip)\/?$/.test(c.destination)),
    );
    copiesPipConfig.set(stage, may);
  }
  return may;
}

/** A pip.conf setting from a file that a COPY brought from the build context to a place pip reads. */
function copiedPipConfig(scope: RunScope, command: ShellCommand, key: string): string | null {
  const configFile = scope.env(command, 'PIP_CONFIG_FILE')?.value;
  // Absolute paths: the answer is the RUN's, whichever of its commands asks.
  const memo = `${configFile ?? ''}\0${key}`;
  if (!scope.copiedConfig.has(memo)) scope.copiedConfig.set(memo, readCopiedPipConfig(scope, command, configFile, key));
  return scope.copiedConfig.get(memo)!;
}

function readCopiedPipConfig(scope: RunScope, command: ShellCommand, configFile: string | undefined, key: string): string | null {
  if (!mayCopyPipConfig(scope.run.stage)) return null;
  for (const path of configFile ? [configFile, ...PIP_CONFIG_FILES] : PIP_CONFIG_FILES) {
    if (!path.startsWith('/')) continue;
    const source = contextPathOf(scope.run, command, path, scope.context);
    const text = source === null ? null : scope.context.readText(source);
    const entry =
      text === null
        ? undefined
        : pipConfigEntries(text)
            .filter((e) => e.key === key)
            .pop();
    if (entry) return entry.value;
  }
  return null;
}

function uvProblems(scope: RunScope): Problem[] {
  const { run } = scope;
  const problems: Problem[] = [];
  for (const command of run.shell().commands) {
    const uv = uvInvocation(command);
    if (!uv || !isUvInstall(uv)) continue;
    // -n, --no-cache, or its alias --no-cache-dir; else UV_NO_CACHE read as clap reads a boolish value.
    if (lastOption(uv.args, '--no-cache')) continue;
    const variable = scope.env(command, 'UV_NO_CACHE');
    const disabled = variable && variable.value.trim() !== '' ? readBoolean(variable.value) : false;
    // A value uv cannot read stops it with an error: nothing is installed, so nothing is cached.
    if (disabled !== false) continue;
    const configured = lastOption(uv.args, '--cache-dir')?.value ?? scope.env(command, 'UV_CACHE_DIR')?.value;
    const home = userCache(scope, command);
    const dir = configured ?? `${home.dir}/uv`;
    if (cacheMounted(run, [dir])) continue;
    const cleaned = scope.after(command, 'uv cache clean', (c) => {
      const cache = uvInvocation(c);
      return cache?.verbs[0] === 'cache' && (cache.verbs[1] === 'clean' || cache.verbs[1] === 'prune');
    });
    if (cleaned || scope.removesAfter(command, 'rm uv cache', /(^|\/)\.cache(\/uv)?\/?\*?$/)) continue;
    const notes: string[] = configured ? [] : home.notes(run, 'uv');
    if (variable) notes.push(`${describeSetting('UV_NO_CACHE', variable)} leaves the cache on`);
    const linkMode = lastOption(uv.args, '--link-mode')?.value ?? scope.env(command, 'UV_LINK_MODE')?.value;
    if (linkMode === 'copy') notes.push('with link mode `copy` every installed file is kept twice, in the environment and in the cache');
    problems.push({
      command,
      message: `${shown(command)} keeps its cache (${dir}) in this layer${notes.length > 0 ? ` (${notes.join('; ')})` : ''}. Add --no-cache, set ENV UV_NO_CACHE=1, or use RUN --mount=type=cache,target=${dir.startsWith('/') ? dir : '/root/.cache/uv'}.`,
    });
  }
  return problems;
}

function condaProblems(scope: RunScope): Problem[] {
  const { run } = scope;
  const problems: Problem[] = [];
  for (const command of run.shell().commands) {
    const conda = condaInvocation(command);
    if (!conda || !isCondaInstall(conda)) continue;
    const pkgsDirs = (scope.env(command, 'CONDA_PKGS_DIRS')?.value ?? '').split(',').filter((d) => d.trim() !== '');
    const root = scope.env(command, 'MAMBA_ROOT_PREFIX')?.value;
    if (cacheMounted(run, ['/opt/conda/pkgs', '/root/.conda/pkgs', '/root/micromamba/pkgs', ...pkgsDirs, root && `${root}/pkgs`])) continue;
    const cleaned = scope.after(command, 'conda clean', (c) => {
      const clean = CONDA_FAMILY.has(c.program) ? condaInvocation(c) : null;
      return clean !== null && cleanedPackages(clean) !== null;
    });
    if (cleaned || scope.removesAfter(command, 'rm conda pkgs', /\/pkgs\/?\*?$/)) continue;
    problems.push({
      command,
      message: `${shown(command)} leaves downloaded packages in the conda pkgs cache in this layer. End the same RUN with \`${command.program} clean -afy\` (or ${command.program} clean --all --yes).`,
    });
  }
  return problems;
}

/**
 * The cache root of the user a command runs as: $XDG_CACHE_HOME, else $HOME/.cache, else the
 * home of the USER in force (/root, or /home/<name> as useradd -m makes it); `~/.cache` when the
 * user is only known by a number or a variable. `notes` says why when a cache mount misses it.
 */
function userCache(scope: RunScope, command: ShellCommand) {
  const xdg = scope.env(command, 'XDG_CACHE_HOME')?.value;
  const home = scope.env(command, 'HOME')?.value;
  const user = userBefore(scope.run);
  const userHome =
    user === null || user.name === 'root' || user.name === '0' ? '/root' : /^[a-z_][\w.-]*$/i.test(user.name) ? `/home/${user.name}` : '~';
  const dir = xdg || `${home || userHome}/.cache`;
  return {
    dir,
    notes(run: RunInstruction, tool: string): string[] {
      const missed = run.mounts.filter((m) => m.type === 'cache' && m.target?.includes(`.cache`)).map((m) => m.target);
      if (missed.length === 0 || !dir.startsWith('/')) return [];
      const who = user && !xdg && !home ? `, the cache of USER ${user.name} (line ${user.line})` : '';
      return [`the cache mount on ${missed.join(', ')} is not ${dir}/${tool}${who}`];
    },
  };
}

const usersBefore = new WeakMap<Stage, Map<Instruction, { name: string; line: number } | null>>();

/** The USER in force before a RUN (USER carries into FROM <stage> children), or null for root by default. */
function userBefore(run: RunInstruction): { name: string; line: number } | null {
  let users = usersBefore.get(run.stage);
  if (!users) {
    users = new Map();
    let user: { name: string; line: number } | null = null;
    for (const instruction of run.stage.chainInstructions) {
      if (!users.has(instruction)) users.set(instruction, user);
      if (instruction.keyword === 'USER') user = { name: instruction.args.split(/[\s:]/)[0] ?? '', line: instruction.line };
    }
    usersBefore.set(run.stage, users);
  }
  return users.get(run) ?? null;
}

function cacheMounted(run: RunInstruction, dirs: (string | null | undefined)[]): boolean {
  // `~/.cache/…` when the user's home is unknown: a cache mount on any home's .cache counts.
  for (const tail of dirs.filter((d): d is string => typeof d === 'string' && d.startsWith('~/')).map((d) => d.slice(1))) {
    const covered = run.mounts.some((m) => {
      const at = m.target?.indexOf('/.cache') ?? -1;
      if ((m.type !== 'cache' && m.type !== 'tmpfs') || at < 0) return false;
      const rest = m.target!.slice(at).replace(/\/+$/, '');
      return tail === rest || tail.startsWith(rest + '/');
    });
    if (covered) return true;
  }
  return hasCacheMountOn(run, ...dirs.filter((d): d is string => typeof d === 'string' && d.startsWith('/')));
}

/** The command as a short quote for messages. */
function shown(command: ShellCommand): string {
  const text = [command.name, ...command.args].join(' ');
  return '`' + (text.length > 60 ? text.slice(0, 57) + '...' : text) + '`';
}
