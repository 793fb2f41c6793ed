// What RUN commands install, recognised once for every rule: pip/uv installs and system
// package installs (apt, yum/dnf, apk, conda family). Pure functions over parsed commands.
import type { ShellCommand } from './shell.js';
import type { RunInstruction } from './dockerfile.js';

export interface PipInstall {
  command: ShellCommand;
  tool: 'pip' | 'uv';
  /** Named requirements as written (torch, torch==2.1.0, "transformers>=4"). */
  packages: string[];
  requirementFiles: string[]; // -r
  constraintFiles: string[]; // -c
  /** pip install . / -e . / a path or URL: installs a project, not a named package. */
  localTargets: string[];
  options: string[]; // every flag as written
  indexUrls: string[]; // --index-url and --extra-index-url values
}

const PIP_VALUE_FLAGS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--src',
  '--upgrade-strategy',
  '--progress-bar',
  '--cache-dir',
  '--trusted-host',
  '--no-binary',
  '--only-binary',
  '--config-settings',
  '-C',
  '--global-option',
  '--python',
  '-p',
  '--log',
  '--timeout',
  '--retries',
  '--proxy',
  '--cert',
  '--client-cert',
  '--exists-action',
  '--root-user-action',
  '--report',
  '--index-strategy',
  '--extra',
  '--group',
  '--torch-backend',
]);

// Several rules ask for the same RUN's installs: read once per RUN (the model never changes).
const pipInstallsOf = new WeakMap<RunInstruction, readonly PipInstall[]>();
const systemInstallsOf = new WeakMap<RunInstruction, readonly SystemInstall[]>();

/** Commands that are `pip install`, `pip3 install`, `python -m pip install` or `uv pip install`. */
export function pipInstalls(run: RunInstruction): readonly PipInstall[] {
  let installs = pipInstallsOf.get(run);
  if (!installs) {
    const found: PipInstall[] = [];
    for (const command of run.shell().commands) {
      const rest = pipInstallArgs(command);
      if (rest) found.push(readPipArgs(command, rest.tool, rest.args));
    }
    pipInstallsOf.set(run, (installs = found));
  }
  return installs;
}

function pipInstallArgs(command: ShellCommand): { tool: 'pip' | 'uv'; args: string[] } | null {
  const { program, args } = command;
  if (/^pip(\d+(\.\d+)?)?$/.test(program) && args[0] === 'install') return { tool: 'pip', args: args.slice(1) };
  if (/^python(\d+(\.\d+)?)?$/.test(program)) {
    const m = args.indexOf('-m');
    if (m >= 0 && /^pip\d*$/.test(args[m + 1] ?? '') && args[m + 2] === 'install') return { tool: 'pip', args: args.slice(m + 3) };
  }
  if (program === 'uv' && args[0] === 'pip' && args[1] === 'install') return { tool: 'uv', args: args.slice(2) };
  return null;
}

function readPipArgs(command: ShellCommand, tool: 'pip' | 'uv', args: string[]): PipInstall {
  const install: PipInstall = {
    command,
    tool,
    packages: [],
    requirementFiles: [],
    constraintFiles: [],
    localTargets: [],
    options: [],
    indexUrls: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('-')) {
      const [flag, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      install.options.push(flag);
      const takesValue = PIP_VALUE_FLAGS.has(flag) || flag === '-e' || flag === '--editable';
      const value = inlineValue ?? (takesValue ? args[++i] : undefined);
      if (value === undefined) continue;
      if (flag === '-r' || flag === '--requirement') install.requirementFiles.push(value);
      else if (flag === '-c' || flag === '--constraint') install.constraintFiles.push(value);
      else if (flag === '-i' || flag === '--index-url' || flag === '--extra-index-url') install.indexUrls.push(value);
      else if (flag === '-e' || flag === '--editable') install.localTargets.push(value);
      continue;
    }
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
  options: string[];
}

const INSTALL_VERBS: Record<SystemPackageManager, string[]> = {
  'apt-get': ['install'],
  apt: ['install'],
  yum: ['install'],
  dnf: ['install'],
  microdnf: ['install'],
  apk: ['add'],
  conda: ['install', 'create'],
  mamba: ['install', 'create'],
  micromamba: ['install', 'create'],
};

// apk's -t/--virtual takes the group name (`apk add --virtual .build-deps gcc`).
const SYSTEM_VALUE_FLAGS = new Set([
  '-o',
  '-t',
  '--virtual',
  '--target-release',
  '-c',
  '--channel',
  '-n',
  '--name',
  '-p',
  '--prefix',
  '--repository',
  '-X',
  '--setopt',
  '-f',
  '--file',
]);

/** apt/yum/dnf/apk/conda install commands with the packages they name. */
export function systemInstalls(run: RunInstruction): readonly SystemInstall[] {
  const known = systemInstallsOf.get(run);
  if (known) return known;
  const installs: SystemInstall[] = [];
  for (const command of run.shell().commands) {
    const manager = command.program as SystemPackageManager;
    const verbs = INSTALL_VERBS[manager];
    if (!verbs) continue;
    const verbIndex = command.args.findIndex((a) => !a.startsWith('-'));
    if (verbIndex < 0 || !verbs.includes(command.args[verbIndex])) continue;
    const packages: string[] = [];
    const options: string[] = [];
    const rest = command.args.filter((_, i) => i !== verbIndex);
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i];
      if (arg.startsWith('-')) {
        options.push(arg);
        if (SYSTEM_VALUE_FLAGS.has(arg)) i++;
      } else packages.push(arg);
    }
    installs.push({ command, manager, packages, options });
  }
  systemInstallsOf.set(run, installs);
  return installs;
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
