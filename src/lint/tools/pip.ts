// pip's command line as pip reads it (pip 25: `pip install --help`, cli/cmdoptions.py): the
// general options and those of `pip install`, through optparse, so any unambiguous prefix of a
// long option is that option. pip also reads every long option from a PIP_<NAME> variable and
// from pip.conf ([global] and [install] sections), under its exact name: see
// https://pip.pypa.io/en/stable/topics/configuration/.
import type { ShellCommand } from '../shell.js';
import { parseArgs, splitVerb, type Grammar, type OptionSpec, type ParsedArgs } from './options.js';

const GENERAL: OptionSpec[] = [
  { name: '--help', short: ['h'] },
  { name: '--debug' },
  { name: '--isolated' },
  { name: '--require-virtualenv', aliases: ['--require-venv'] },
  { name: '--python', value: true },
  { name: '--verbose', short: ['v'] },
  { name: '--version', short: ['V'] },
  { name: '--quiet', short: ['q'] },
  { name: '--log', aliases: ['--log-file', '--local-log'], value: true },
  { name: '--no-input' },
  { name: '--keyring-provider', value: true },
  { name: '--proxy', value: true },
  { name: '--retries', value: true },
  { name: '--resume-retries', value: true },
  { name: '--timeout', aliases: ['--default-timeout'], value: true },
  { name: '--exists-action', value: true },
  { name: '--trusted-host', value: true },
  { name: '--cert', value: true },
  { name: '--client-cert', value: true },
  { name: '--cache-dir', value: true },
  { name: '--no-cache-dir' },
  { name: '--disable-pip-version-check' },
  { name: '--no-color' },
  { name: '--no-python-version-warning' },
  { name: '--use-feature', value: true },
  { name: '--use-deprecated', value: true },
];

const INSTALL: OptionSpec[] = [
  { name: '--requirement', short: ['r'], value: true },
  { name: '--constraint', short: ['c'], value: true },
  { name: '--build-constraint', value: true },
  { name: '--no-deps', aliases: ['--no-dependencies'] },
  { name: '--pre' },
  { name: '--editable', short: ['e'], value: true },
  { name: '--dry-run' },
  { name: '--target', short: ['t'], value: true },
  { name: '--platform', value: true },
  { name: '--python-version', value: true },
  { name: '--implementation', value: true },
  { name: '--abi', value: true },
  { name: '--user' },
  { name: '--root', value: true },
  { name: '--prefix', value: true },
  { name: '--src', aliases: ['--source', '--source-dir', '--source-directory'], value: true },
  { name: '--upgrade', short: ['U'] },
  { name: '--upgrade-strategy', value: true },
  { name: '--force-reinstall' },
  { name: '--ignore-installed', short: ['I'] },
  { name: '--ignore-requires-python' },
  { name: '--no-build-isolation' },
  { name: '--use-pep517' },
  { name: '--no-use-pep517' },
  { name: '--check-build-dependencies' },
  { name: '--break-system-packages' },
  { name: '--config-settings', short: ['C'], value: true },
  { name: '--global-option', value: true },
  { name: '--compile' },
  { name: '--no-compile' },
  { name: '--no-warn-script-location' },
  { name: '--no-warn-conflicts' },
  { name: '--no-binary', value: true },
  { name: '--only-binary', value: true },
  { name: '--prefer-binary' },
  { name: '--require-hashes' },
  { name: '--progress-bar', value: true },
  { name: '--root-user-action', value: true },
  { name: '--report', value: true },
  { name: '--group', value: true },
  { name: '--no-clean' },
  { name: '--index-url', short: ['i'], value: true },
  { name: '--extra-index-url', value: true },
  { name: '--no-index' },
  { name: '--find-links', short: ['f'], value: true },
];

/** `pip install` with the general options: the table every pip install is read with. */
export const pipGrammar: Grammar = { tool: 'pip', prefixes: true, options: [...GENERAL, ...INSTALL] };

export interface PipInvocation {
  command: ShellCommand;
  verb: string | null;
  /** General options (before the verb) and the verb's own, in order. */
  args: ParsedArgs;
  /** The words after the verb, unparsed (`pip config set global.x 1`). */
  rest: string[];
}

/** `pip …`, `pip3.11 …`, `python -m pip …`, `$PYTHON -m pip …` (options before the verb are general options). */
export function pipInvocation(command: ShellCommand): PipInvocation | null {
  const { program, args } = command;
  let pipArgs: string[] | null = null;
  if (/^pip(\d+(\.\d+)?)?$/.test(program)) pipArgs = args;
  // `$PYTHON -m pip`: an interpreter named by a variable runs pip all the same.
  else if (/^python(\d+(\.\d+)?)?$/.test(program) || /^\$\{?\w+\}?$/.test(command.name)) {
    const m = args.indexOf('-m');
    if (m >= 0 && /^pip\d*$/.test(args[m + 1] ?? '')) pipArgs = args.slice(m + 2);
  }
  if (!pipArgs) return null;
  const { globals, verb, rest } = splitVerb(pipGrammar, pipArgs);
  const own = verb === 'install' ? parseArgs(pipGrammar, rest) : { options: [], operands: rest };
  return { command, verb, args: { options: [...globals.options, ...own.options], operands: own.operands }, rest };
}

/** The variable pip reads a long option from: --no-cache-dir → PIP_NO_CACHE_DIR. */
export const pipVariable = (option: string) => 'PIP_' + option.replace(/^--/, '').replace(/-/g, '_').toUpperCase();

/** Where pip looks for configuration on Linux, and PIP_CONFIG_FILE names one more. */
export const PIP_CONFIG_FILES = [
  '/etc/pip.conf',
  '/etc/xdg/pip/pip.conf',
  '/root/.config/pip/pip.conf',
  '/root/.pip/pip.conf',
  '~/.config/pip/pip.conf',
  '~/.pip/pip.conf',
];

/** Sections of pip.conf that `pip install` reads. */
const INSTALL_SECTIONS = new Set(['global', 'install']);

/** `key = value` lines of pip.conf's [global] and [install] sections (INI, `:` or `=`). */
export function pipConfigEntries(text: string): { key: string; value: string }[] {
  const entries: { key: string; value: string }[] = [];
  let section: string | null = null;
  for (const line of text.split(/\r?\n|\\n/).slice(0, 10_000)) {
    // Anywhere on the line: pip.conf text is often inside `printf "[global]\n…" > /etc/pip.conf`.
    const header = /\[([A-Za-z][\w.-]*)\]/.exec(line);
    if (header) {
      section = header[1].toLowerCase();
      continue;
    }
    const entry = /^\s*([A-Za-z][\w-]*)\s*[=:]\s*([^"'\s]*)/.exec(line);
    if (entry && section !== null && INSTALL_SECTIONS.has(section))
      entries.push({ key: entry[1].toLowerCase().replace(/_/g, '-'), value: entry[2] });
  }
  return entries;
}

/** `pip config [--global|--user|--site] set install.no-cache-dir 1` → the key and value it writes. */
export function pipConfigSet(invocation: PipInvocation): { key: string; value: string } | null {
  if (invocation.verb !== 'config') return null;
  const words = invocation.rest.filter((w) => !w.startsWith('-'));
  if (words[0] !== 'set' || words.length < 3) return null;
  const dot = words[1].indexOf('.');
  if (dot < 0 || !INSTALL_SECTIONS.has(words[1].slice(0, dot).toLowerCase())) return null;
  return { key: words[1].slice(dot + 1).toLowerCase(), value: words[2] };
}
