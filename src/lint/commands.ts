// What RUN commands install, recognised once for every rule: pip/uv installs and system
// package installs (apt, yum/dnf, apk, conda family). Pure functions over parsed commands.
import type { ShellCommand } from './shell.js';
import type { RunInstruction } from './dockerfile.js';
import { parseArgs, splitVerb, type Grammar, type ParsedArgs } from './tools/options.js';
import { pipInvocation } from './tools/pip.js';
import { uvInvocation } from './tools/uv.js';
import { aptInvocation } from './tools/apt.js';
import { condaInvocation } from './tools/conda.js';

export interface PipInstall {
  command: ShellCommand;
  tool: 'pip' | 'uv';
  /** Named requirements as written (torch, torch==2.1.0, "transformers>=4"). */
  packages: string[];
  requirementFiles: string[]; // -r
  constraintFiles: string[]; // -c
  /** pip install . / -e . / a path or URL: installs a project, not a named package. */
  localTargets: string[];
  /** Every option, read with the tool's grammar (tools/pip.ts, tools/uv.ts): `--no-cache` is pip's --no-cache-dir. */
  args: ParsedArgs;
  indexUrls: string[]; // --index-url and --extra-index-url values
}

// Several rules ask for the same RUN's installs: read once per RUN (the model never changes).
const pipInstallsOf = new WeakMap<RunInstruction, readonly PipInstall[]>();
const systemInstallsOf = new WeakMap<RunInstruction, readonly SystemInstall[]>();

/** Commands that are `pip install`, `pip3 install`, `python -m pip install` or `uv pip install`. */
export function pipInstalls(run: RunInstruction): readonly PipInstall[] {
  let installs = pipInstallsOf.get(run);
  if (!installs) {
    const found: PipInstall[] = [];
    for (const command of run.shell().commands) {
      const pip = pipInvocation(command);
      if (pip?.verb === 'install') found.push(readPipArgs(command, 'pip', pip.args));
      const uv = pip ? null : uvInvocation(command);
      if (uv && uv.verbs[0] === 'pip' && uv.verbs[1] === 'install') found.push(readPipArgs(command, 'uv', uv.args));
    }
    pipInstallsOf.set(run, (installs = found));
  }
  return installs;
}

const REQUIREMENT_OPTIONS = new Set(['--requirement', '--requirements']);
const CONSTRAINT_OPTIONS = new Set(['--constraint', '--constraints']);
const INDEX_OPTIONS = new Set(['--index-url', '--extra-index-url', '--index', '--default-index']);

function readPipArgs(command: ShellCommand, tool: 'pip' | 'uv', args: ParsedArgs): PipInstall {
  const install: PipInstall = {
    command,
    tool,
    packages: [],
    requirementFiles: [],
    constraintFiles: [],
    localTargets: [],
    args,
    indexUrls: [],
  };
  for (const { name, value } of args.options) {
    if (value === null) continue;
    if (REQUIREMENT_OPTIONS.has(name)) install.requirementFiles.push(value);
    else if (CONSTRAINT_OPTIONS.has(name)) install.constraintFiles.push(value);
    else if (INDEX_OPTIONS.has(name)) install.indexUrls.push(value);
    else if (name === '--editable') install.localTargets.push(value);
  }
  for (const arg of args.operands) {
    if (isLocalTarget(arg)) install.localTargets.push(arg);
    else install.packages.push(arg);
  }
  return install;
}

function isLocalTarget(arg: string): boolean {
  return (
    arg === '.' ||
    arg.startsWith('./') ||
    arg.startsWith('/') ||
    arg.startsWith('../') ||
    /^[\w+.-]+:\/\//.test(arg) ||
    /\.(whl|tar\.gz|zip)$/.test(arg) ||
    arg.startsWith('$')
  );
}

/** The distribution name of a requirement string: "torch[cuda]>=2; python_version>'3'" → torch. */
export function packageName(requirement: string): string {
  return (/^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(requirement.trim())?.[0] ?? requirement).toLowerCase().replace(/_/g, '-');
}

export type SystemPackageManager = 'apt-get' | 'apt' | 'yum' | 'dnf' | 'microdnf' | 'apk' | 'conda' | 'mamba' | 'micromamba';

export interface SystemInstall {
  command: ShellCommand;
  manager: SystemPackageManager;
  packages: string[];
  /** The options, read with the manager's grammar (tools/apt.ts, tools/conda.ts). */
  args: ParsedArgs;
}

// yum/dnf/microdnf and apk: only the options that take a value, so it is not read as a package.
const RPM_GRAMMAR: Grammar = {
  tool: 'dnf',
  prefixes: false,
  options: [
    '--setopt',
    '--exclude',
    '--enablerepo',
    '--disablerepo',
    '--installroot',
    '--releasever',
    '--config',
    '--repo',
    '--repofrompath',
  ].map((name) => ({ name, value: true, short: name === '--exclude' ? ['x'] : name === '--config' ? ['c'] : undefined })),
};
const APK_GRAMMAR: Grammar = {
  tool: 'apk',
  prefixes: false,
  options: [
    { name: '--virtual', short: ['t'], value: true },
    { name: '--repository', short: ['X'], value: true },
    { name: '--root', short: ['p'], value: true },
    { name: '--arch', value: true },
    { name: '--cache-dir', value: true },
    { name: '--keys-dir', value: true },
  ],
};

/** apt/yum/dnf/apk/conda install commands with the packages they name. */
export function systemInstalls(run: RunInstruction): readonly SystemInstall[] {
  const known = systemInstallsOf.get(run);
  if (known) return known;
  const installs: SystemInstall[] = [];
  for (const command of run.shell().commands) {
    const install = systemInstall(command);
    if (install) installs.push(install);
  }
  systemInstallsOf.set(run, installs);
  return installs;
}

function systemInstall(command: ShellCommand): SystemInstall | null {
  const manager = command.program as SystemPackageManager;
  const apt = aptInvocation(command);
  if (apt) return apt.verb === 'install' ? { command, manager, packages: apt.args.operands, args: apt.args } : null;
  const conda = condaInvocation(command);
  if (conda) {
    const installs = conda.verbs.length === 1 && (conda.verbs[0] === 'install' || conda.verbs[0] === 'create');
    return installs ? { command, manager, packages: conda.args.operands, args: conda.args } : null;
  }
  const grammar = manager === 'apk' ? APK_GRAMMAR : ['yum', 'dnf', 'microdnf'].includes(manager) ? RPM_GRAMMAR : null;
  if (!grammar) return null;
  const { verb, rest } = splitVerb(grammar, command.args);
  if (verb !== (manager === 'apk' ? 'add' : 'install')) return null;
  const args = parseArgs(grammar, rest);
  return { command, manager, packages: args.operands, args };
}

/** Does the RUN have a cache (or tmpfs) mount whose target covers `path`? */
export function hasCacheMountOn(run: RunInstruction, ...paths: string[]): boolean {
  return run.mounts.some(
    (m) =>
      (m.type === 'cache' || m.type === 'tmpfs') &&
      m.target !== null &&
      paths.some((p) => p === m.target || p.startsWith(m.target!.replace(/\/+$/, '') + '/') || m.target!.startsWith(p)),
  );
}

/** A note to add to a message when the RUN's shell could not be parsed and a tokenizer stood in. */
export function parseNote(run: RunInstruction): string {
  const error = run.shell().error;
  return error ? ` (this RUN's shell could not be parsed: ${error}; checked with a simple tokenizer)` : '';
}

/** The commands that run after `command` in the same RUN: a cleanup only shrinks the layer when it follows. */
export function commandsAfter(run: RunInstruction, command: ShellCommand): ShellCommand[] {
  const commands = run.shell().commands;
  return commands.slice(commands.indexOf(command) + 1);
}

/** Does the RUN delete, after `command`, a path that `target` matches (`rm -rf /var/lib/apt/lists/*`)? */
export function removesAfter(run: RunInstruction, command: ShellCommand, target: RegExp): boolean {
  return commandsAfter(run, command).some((c) => c.program === 'rm' && c.args.some((a) => !a.startsWith('-') && target.test(a)));
}
