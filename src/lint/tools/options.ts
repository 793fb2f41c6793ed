// One reader for the command lines of package managers. Each tool (pip.ts, uv.ts, apt.ts,
// conda.ts, poetry.ts, pipenv.ts) declares its options once in a table; this module reads argv
// with the tool's own grammar: long options with `=value` or a separate value, short clusters
// (`-yq`, `-afy`, `-oAPT::X=1`), optparse/argparse's unambiguous prefixes (`--no-cache` is pip's
// `--no-cache-dir`), apt's `--no-` negation, and `--` ending the options.

export interface OptionSpec {
  /** The name rules ask for: the tool's documented long name (`--no-cache-dir`). */
  name: string;
  /** Other long spellings the tool accepts (uv's `--no-cache-dir` for `--no-cache`). */
  aliases?: readonly string[];
  /** Single-letter spellings, without the dash (`y` for apt's `-y`). */
  short?: readonly string[];
  /** Takes a value (`--cache-dir DIR`, `-o X=1`). */
  value?: boolean;
}

export interface Grammar {
  tool: string;
  options: readonly OptionSpec[];
  /** optparse and argparse accept any unambiguous prefix of a long option; clap, apt and click do not. */
  prefixes: boolean;
  /** apt's CommandLine reads `--no-<boolean>` as the boolean set to false. */
  negation?: boolean;
}

export interface ParsedOption {
  /** The spec's name (`--no-cache-dir`), or the word itself when the tool has no such option. */
  name: string;
  /** As written in the Dockerfile (`--no-cache`, `-y` inside `-yq`), for messages. */
  written: string;
  value: string | null;
  /** `--no-install-recommends` read as `--install-recommends` set to false (apt). */
  negated: boolean;
  known: boolean;
}

export interface ParsedArgs {
  options: ParsedOption[];
  /** Everything that is not an option or an option's value, in order. */
  operands: string[];
}

interface Index {
  long: Map<string, OptionSpec>;
  short: Map<string, OptionSpec>;
  longNames: string[];
}

const indexes = new WeakMap<Grammar, Index>();

function indexOf(grammar: Grammar): Index {
  let index = indexes.get(grammar);
  if (!index) {
    const long = new Map<string, OptionSpec>();
    const short = new Map<string, OptionSpec>();
    for (const spec of grammar.options) {
      for (const name of [spec.name, ...(spec.aliases ?? [])]) if (name.startsWith('--')) long.set(name, spec);
      for (const letter of spec.short ?? []) short.set(letter, spec);
    }
    index = { long, short, longNames: [...long.keys()] };
    indexes.set(grammar, index);
  }
  return index;
}

/**
 * The option a long word names: exact, else (where the tool allows it) the one option it is an
 * unambiguous prefix of. optparse matches prefixes over every spelling and fails on two distinct
 * options (`pip install --no-c`: --no-cache-dir, --no-clean, --no-color, --no-compile), so an
 * ambiguous prefix names nothing: pip would stop with an error.
 */
export function matchLong(grammar: Grammar, word: string): OptionSpec | null {
  const index = indexOf(grammar);
  const exact = index.long.get(word);
  if (exact || !grammar.prefixes || word.length < 3) return exact ?? null;
  const candidates = new Set(index.longNames.filter((name) => name.startsWith(word)).map((name) => index.long.get(name)!));
  return candidates.size === 1 ? [...candidates][0] : null;
}

/** Reads `args` (no program, no subcommand) with the tool's grammar. */
export function parseArgs(grammar: Grammar, args: readonly string[]): ParsedArgs {
  const index = indexOf(grammar);
  const parsed: ParsedArgs = { options: [], operands: [] };
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === '--') {
      parsed.operands.push(...args.slice(i + 1));
      break;
    }
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const key = eq < 0 ? word : word.slice(0, eq);
      const inline = eq < 0 ? null : word.slice(eq + 1);
      let spec = matchLong(grammar, key);
      let negated = false;
      if (!spec && grammar.negation && key.startsWith('--no-')) {
        spec = matchLong(grammar, '--' + key.slice(5));
        negated = spec !== null && !spec.value;
        if (!negated) spec = null;
      }
      const value = inline ?? (spec?.value ? (args[++i] ?? null) : null);
      parsed.options.push({ name: spec?.name ?? key, written: word, value, negated, known: spec !== null });
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      // A cluster of letters; the first that takes a value takes the rest of the word or the next one.
      for (let j = 1; j < word.length; j++) {
        const letter = word[j];
        const spec = index.short.get(letter);
        if (spec?.value) {
          const rest = word.slice(j + 1).replace(/^=/, '');
          const value = rest !== '' ? rest : (args[++i] ?? null);
          parsed.options.push({ name: spec.name, written: '-' + letter, value, negated: false, known: true });
          break;
        }
        parsed.options.push({
          name: spec?.name ?? '-' + letter,
          written: '-' + letter,
          value: null,
          negated: false,
          known: spec !== undefined,
        });
      }
      continue;
    }
    parsed.operands.push(word);
  }
  return parsed;
}

/** The first operand and what follows it: the subcommand of `tool [global options] verb …`. */
export function splitVerb(grammar: Grammar, args: readonly string[]): { globals: ParsedArgs; verb: string | null; rest: string[] } {
  const index = indexOf(grammar);
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === '--') break;
    if (!word.startsWith('-') || word === '-') {
      return { globals: parseArgs(grammar, args.slice(0, i)), verb: word, rest: args.slice(i + 1) };
    }
    // Skip a value that belongs to the option, so `uv --directory /app sync` finds `sync`.
    if (word.startsWith('--')) {
      if (!word.includes('=') && matchLong(grammar, word)?.value) i++;
    } else {
      const letters = word.slice(1);
      const first = [...letters].findIndex((l) => index.short.get(l)?.value);
      if (first === letters.length - 1) i++;
    }
  }
  return { globals: parseArgs(grammar, args), verb: null, rest: [] };
}

/** The options of `parsed` that are `name` (any spelling), last one last. */
export const optionsNamed = (parsed: ParsedArgs, name: string) => parsed.options.filter((o) => o.name === name);

/** The last `name` option, as optparse/clap/apt keep the last of repeated options. */
export function lastOption(parsed: ParsedArgs, name: string): ParsedOption | undefined {
  const found = optionsNamed(parsed, name);
  return found[found.length - 1];
}

/** A boolean word as pip's strtobool and clap's BoolishValueParser (uv) read it; null for anything else. */
export function readBoolean(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (['1', 'y', 'yes', 't', 'true', 'on'].includes(v)) return true;
  if (['0', 'n', 'no', 'f', 'false', 'off'].includes(v)) return false;
  return null;
}
