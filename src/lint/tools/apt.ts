// apt-get and apt as apt's CommandLine class reads them (apt-get(8), apt.conf(5)): exact long
// names, `--no-<boolean>` as that boolean set to false, short clusters (`-yqq`), `-o Name=value`
// for any configuration item, and configuration files under /etc/apt/apt.conf.d read before the
// command line. Each option is a configuration item; the rules ask for the item.
import type { ShellCommand } from '../shell.js';
import { parseArgs, splitVerb, type Grammar, type OptionSpec, type ParsedArgs } from './options.js';

interface AptOption extends OptionSpec {
  /** The configuration item the option sets (apt-get(8) lists it under each option). */
  item?: string;
}

const OPTIONS: AptOption[] = [
  { name: '--install-recommends', item: 'APT::Install-Recommends' },
  { name: '--install-suggests', item: 'APT::Install-Suggests' },
  { name: '--download-only', short: ['d'], item: 'APT::Get::Download-Only' },
  { name: '--fix-broken', short: ['f'], item: 'APT::Get::Fix-Broken' },
  { name: '--ignore-missing', aliases: ['--fix-missing'], short: ['m'], item: 'APT::Get::Fix-Missing' },
  { name: '--no-download' },
  { name: '--quiet', short: ['q'], item: 'quiet' },
  { name: '--simulate', aliases: ['--just-print', '--dry-run', '--recon', '--no-act'], short: ['s'], item: 'APT::Get::Simulate' },
  { name: '--assume-yes', aliases: ['--yes'], short: ['y'], item: 'APT::Get::Assume-Yes' },
  { name: '--assume-no', item: 'APT::Get::Assume-No' },
  { name: '--show-upgraded', short: ['u'] },
  { name: '--verbose-versions', short: ['V'] },
  { name: '--host-architecture', short: ['a'], value: true },
  { name: '--host-profiles', short: ['P'], value: true },
  { name: '--compile', aliases: ['--build'], short: ['b'] },
  { name: '--ignore-hold' },
  { name: '--with-new-pkgs' },
  { name: '--upgrade' },
  { name: '--only-upgrade' },
  { name: '--allow-downgrades' },
  { name: '--allow-remove-essential' },
  { name: '--allow-change-held-packages' },
  { name: '--force-yes' },
  { name: '--print-uris' },
  { name: '--purge' },
  { name: '--reinstall' },
  { name: '--list-cleanup' },
  { name: '--target-release', aliases: ['--default-release'], short: ['t'], value: true },
  { name: '--trivial-only' },
  { name: '--remove' },
  { name: '--auto-remove', aliases: ['--autoremove'] },
  { name: '--only-source' },
  { name: '--diff-only' },
  { name: '--dsc-only' },
  { name: '--tar-only' },
  { name: '--arch-only' },
  { name: '--indep-only' },
  { name: '--allow-unauthenticated' },
  { name: '--allow-insecure-repositories' },
  { name: '--allow-releaseinfo-change' },
  { name: '--show-progress' },
  { name: '--with-source', value: true },
  { name: '--config-file', short: ['c'], value: true },
  { name: '--option', short: ['o'], value: true },
  { name: '--help', short: ['h'] },
  { name: '--version', short: ['v'] },
];

export const aptGrammar: Grammar = { tool: 'apt-get', prefixes: false, negation: true, options: OPTIONS };

const ITEM_OF = new Map(OPTIONS.filter((o) => o.item).map((o) => [o.name, o.item!]));

export interface AptInvocation {
  command: ShellCommand;
  verb: string | null;
  args: ParsedArgs;
}

/** `apt-get [options] <verb> [options] packages…`, options before the verb included. */
export function aptInvocation(command: ShellCommand): AptInvocation | null {
  if (command.program !== 'apt-get' && command.program !== 'apt') return null;
  const { globals, verb, rest } = splitVerb(aptGrammar, command.args);
  const own = parseArgs(aptGrammar, rest);
  return { command, verb, args: { options: [...globals.options, ...own.options], operands: own.operands } };
}

/** apt's StringToBool: yes/true/with/on/enable and numbers, their opposites; null otherwise. */
export function aptBoolean(value: string): boolean | null {
  const v = value.trim().replace(/^"|"$/g, '').toLowerCase();
  if (/^\d+$/.test(v)) return Number(v) !== 0;
  if (['yes', 'true', 'with', 'on', 'enable'].includes(v)) return true;
  if (['no', 'false', 'without', 'off', 'disable'].includes(v)) return false;
  return null;
}

/**
 * The configuration item the command line sets last, with what wrote it: `--no-install-recommends`,
 * `--install-recommends=false`, `-o APT::Install-Recommends=0`. Undefined when the command line says nothing.
 */
export function aptItem(args: ParsedArgs, item: string): { value: string; written: string } | undefined {
  let found: { value: string; written: string } | undefined;
  const wanted = item.toLowerCase();
  for (const option of args.options) {
    if (option.name === '--option' && option.value) {
      const eq = option.value.indexOf('=');
      if (eq > 0 && option.value.slice(0, eq).trim().toLowerCase() === wanted) {
        found = { value: option.value.slice(eq + 1), written: `${option.written} ${option.value}` };
      }
    } else if (ITEM_OF.get(option.name)?.toLowerCase() === wanted) {
      found = { value: option.negated ? 'false' : (option.value ?? 'true'), written: option.written };
    }
  }
  return found;
}

/**
 * Settings of `item` in apt.conf syntax (`APT::Install-Recommends "false";`, also nested
 * `APT { Install-Recommends "0"; };` is not read), in order of appearance.
 */
export function aptConfSettings(text: string, item: string): string[] {
  const escaped = item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:^|[\\s;'"{])${escaped}\\s+\\\\?["']?([\\w-]+)`, 'gi');
  return [...text.slice(0, 1_000_000).matchAll(pattern)].map((m) => m[1]);
}
