// conda, mamba and micromamba as they read their command lines: conda (and mamba 1, its Python
// front end) through argparse, which takes unambiguous prefixes of long options; micromamba
// (and mamba 2) through CLI11, which does not. Options: `conda install --help`, `conda clean
// --help` (https://docs.conda.io/projects/conda/en/latest/commands/clean.html) and
// `micromamba clean --help`.
import type { ShellCommand } from '../shell.js';
import { parseArgs, splitVerb, type Grammar, type OptionSpec, type ParsedArgs } from './options.js';

export type CondaFamily = 'conda' | 'mamba' | 'micromamba';
export const CONDA_FAMILY: ReadonlySet<string> = new Set<CondaFamily>(['conda', 'mamba', 'micromamba']);

const COMMON: OptionSpec[] = [
  { name: '--yes', short: ['y'] },
  { name: '--quiet', short: ['q'] },
  { name: '--verbose', short: ['v'] },
  { name: '--json' },
  { name: '--dry-run', short: ['d'] },
  { name: '--help', short: ['h'] },
  { name: '--root-prefix', short: ['r'], value: true },
  { name: '--rc-file', value: true },
];

const INSTALL: OptionSpec[] = [
  { name: '--name', short: ['n'], value: true },
  { name: '--prefix', short: ['p'], value: true },
  { name: '--channel', short: ['c'], value: true },
  { name: '--override-channels' },
  { name: '--file', short: ['f'], value: true },
  { name: '--revision', value: true },
  { name: '--update-deps' },
  { name: '--satisfied-skip-solve', short: ['S'] },
  { name: '--freeze-installed', aliases: ['--no-update-deps'] },
  { name: '--no-deps' },
  { name: '--only-deps' },
  { name: '--force-reinstall' },
  { name: '--copy' },
  { name: '--no-pin' },
  { name: '--clone', value: true },
  { name: '--platform', aliases: ['--subdir'], value: true },
  { name: '--solver', value: true },
  { name: '--repodata-fn', value: true },
  { name: '--strict-channel-priority' },
  { name: '--no-channel-priority' },
  { name: '--use-local' },
  { name: '--offline' },
  { name: '--insecure', short: ['k'] },
  { name: '--all' },
];

const CLEAN: OptionSpec[] = [
  { name: '--all', short: ['a'] },
  { name: '--index-cache', short: ['i'] },
  { name: '--packages', short: ['p'] },
  { name: '--tarballs', short: ['t'] },
  { name: '--force-pkgs-dirs', short: ['f'] },
  { name: '--tempfiles', short: ['c'], value: true },
  { name: '--logfiles', short: ['l'] },
  { name: '--locks' },
  { name: '--trash' },
];

const installGrammar = (tool: CondaFamily): Grammar => ({ tool, prefixes: tool !== 'micromamba', options: [...COMMON, ...INSTALL] });
const cleanGrammar = (tool: CondaFamily): Grammar => ({
  tool,
  prefixes: tool !== 'micromamba',
  // micromamba's -l is --locks, conda's is --logfiles.
  options: [
    ...COMMON,
    ...CLEAN.map((o) => (tool === 'micromamba' && o.name === '--logfiles' ? { name: '--logfiles' } : o)),
    ...(tool === 'micromamba' ? [{ name: '--locks', short: ['l'] }] : []),
  ],
});

const GRAMMARS = new Map<string, { install: Grammar; clean: Grammar }>(
  (['conda', 'mamba', 'micromamba'] as const).map((tool) => [tool, { install: installGrammar(tool), clean: cleanGrammar(tool) }]),
);

export interface CondaInvocation {
  command: ShellCommand;
  tool: CondaFamily;
  /** ['install'], ['env', 'create'], ['clean'] … */
  verbs: string[];
  args: ParsedArgs;
}

export function condaInvocation(command: ShellCommand): CondaInvocation | null {
  const grammars = GRAMMARS.get(command.program);
  if (!grammars) return null;
  const tool = command.program as CondaFamily;
  const { verb, rest } = splitVerb(grammars.install, command.args);
  if (verb === null) return { command, tool, verbs: [], args: parseArgs(grammars.install, command.args) };
  if (verb === 'env') {
    const sub = splitVerb(grammars.install, rest);
    return { command, tool, verbs: ['env', sub.verb ?? ''], args: parseArgs(grammars.install, sub.rest) };
  }
  return { command, tool, verbs: [verb], args: parseArgs(verb === 'clean' ? grammars.clean : grammars.install, rest) };
}

/** conda install/create/update and conda env create/update: commands that download packages. */
export function isCondaInstall(invocation: CondaInvocation): boolean {
  const [verb, sub] = invocation.verbs;
  if (verb === 'env') return sub === 'create' || sub === 'update';
  return verb === 'install' || verb === 'create' || verb === 'update';
}

/**
 * Does this `clean` remove the downloaded packages? `--all`, `--force-pkgs-dirs`, or both
 * `--tarballs` and `--packages` (the old `-tipsy`); the option that did it, as written.
 */
export function cleanedPackages(invocation: CondaInvocation): string | null {
  if (invocation.verbs[0] !== 'clean') return null;
  const names = new Map(invocation.args.options.map((o) => [o.name, o.written]));
  const all = names.get('--all') ?? names.get('--force-pkgs-dirs');
  if (all) return all;
  return names.has('--tarballs') && names.has('--packages') ? `${names.get('--tarballs')} ${names.get('--packages')}` : null;
}
