// uv's command line as its clap parser reads it (https://docs.astral.sh/uv/reference/cli/): exact
// long names and their aliases only (clap infers no prefixes), global options anywhere, and each
// option also read from its UV_* variable (https://docs.astral.sh/uv/reference/environment/).
import type { ShellCommand } from '../shell.js';
import { parseArgs, type Grammar, type OptionSpec, type ParsedArgs } from './options.js';

const GLOBAL: OptionSpec[] = [
  // `-n, --no-cache`: "Avoid reading from or writing to the cache ... [env: UV_NO_CACHE=]"; alias --no-cache-dir.
  { name: '--no-cache', aliases: ['--no-cache-dir'], short: ['n'] },
  { name: '--cache-dir', value: true },
  { name: '--quiet', short: ['q'] },
  { name: '--verbose', short: ['v'] },
  { name: '--color', value: true },
  { name: '--native-tls' },
  { name: '--offline' },
  { name: '--allow-insecure-host', aliases: ['--trusted-host'], value: true },
  { name: '--no-progress' },
  { name: '--directory', value: true },
  { name: '--project', value: true },
  { name: '--config-file', value: true },
  { name: '--no-config' },
  { name: '--python-preference', value: true },
  { name: '--managed-python' },
  { name: '--no-managed-python' },
  { name: '--no-python-downloads' },
  { name: '--help', short: ['h'] },
  { name: '--version', short: ['V'] },
];

// Value-taking options of `uv pip install/sync`, `uv sync`, `uv add`, `uv tool install`: the
// boolean ones need no entry (an unknown `--flag` is read as a boolean).
const INSTALL: OptionSpec[] = [
  { name: '--requirements', aliases: ['--requirement'], short: ['r'], value: true },
  { name: '--constraints', aliases: ['--constraint'], short: ['c'], value: true },
  { name: '--overrides', aliases: ['--override'], value: true },
  { name: '--build-constraints', aliases: ['--build-constraint'], short: ['b'], value: true },
  { name: '--editable', short: ['e'], value: true },
  { name: '--extra', value: true },
  { name: '--group', value: true },
  { name: '--only-group', value: true },
  { name: '--no-group', value: true },
  { name: '--package', value: true },
  { name: '--no-install-package', value: true },
  { name: '--index', value: true },
  { name: '--default-index', value: true },
  { name: '--index-url', short: ['i'], value: true },
  { name: '--extra-index-url', value: true },
  { name: '--find-links', short: ['f'], value: true },
  { name: '--index-strategy', value: true },
  { name: '--keyring-provider', value: true },
  { name: '--python', short: ['p'], value: true },
  { name: '--target', value: true },
  { name: '--prefix', value: true },
  { name: '--python-version', value: true },
  { name: '--python-platform', value: true },
  { name: '--link-mode', value: true },
  { name: '--resolution', value: true },
  { name: '--prerelease', value: true },
  { name: '--exclude-newer', value: true },
  { name: '--config-setting', aliases: ['--config-settings'], short: ['C'], value: true },
  { name: '--no-binary', value: true },
  { name: '--only-binary', value: true },
  { name: '--reinstall-package', value: true },
  { name: '--upgrade-package', short: ['P'], value: true },
  { name: '--refresh-package', value: true },
  { name: '--no-build-isolation-package', value: true },
  { name: '--no-build-package', value: true },
  { name: '--no-binary-package', value: true },
  { name: '--torch-backend', value: true },
  { name: '--with', value: true },
  { name: '--with-requirements', value: true },
  { name: '--with-editable', value: true },
  { name: '--from', value: true },
  { name: '--upgrade', short: ['U'] },
];

export const uvGrammar: Grammar = { tool: 'uv', prefixes: false, options: [...GLOBAL, ...INSTALL] };

export interface UvInvocation {
  command: ShellCommand;
  /** The subcommand words: ['pip', 'install'], ['sync'], ['tool', 'install'], ['cache', 'clean']. */
  verbs: string[];
  args: ParsedArgs;
}

const GROUPS = new Set(['pip', 'tool', 'cache', 'python', 'self']);

/** `uv [globals] <command> [<subcommand>] …`, global options read wherever they are. */
export function uvInvocation(command: ShellCommand): UvInvocation | null {
  if (command.program !== 'uv') return null;
  const args = parseArgs(uvGrammar, command.args);
  const [first, second] = args.operands;
  if (first === undefined) return { command, verbs: [], args };
  const verbs = GROUPS.has(first) && second !== undefined ? [first, second] : [first];
  return { command, verbs, args: { options: args.options, operands: args.operands.slice(verbs.length) } };
}

/** Commands that install into an environment and so fill the cache. */
export function isUvInstall(invocation: UvInvocation): boolean {
  const [verb, sub] = invocation.verbs;
  if (verb === 'pip' || verb === 'tool') return sub === 'install' || sub === 'sync';
  return verb === 'sync' || verb === 'add';
}
