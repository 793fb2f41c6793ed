// RUN scripts through the shell parser (shell-parser.ts): simple commands with their
// env prefixes, across &&, ;, |, subshells, $(...), `sh -c` strings and heredocs. When the
// script cannot be parsed, a plain tokenizer takes over and `error` says so, so a rule can
// still answer and mention it.
import { parseSimpleCommands, ShellSyntaxError, type SimpleCommand } from './shell-parser.js';

export interface ShellCommand {
  /** The program as written (e.g. /usr/bin/pip3), after wrappers like sudo/env are unwrapped. */
  name: string;
  /** Its basename (pip3). */
  program: string;
  args: string[];
  /** Assignments prefixed to this command (PIP_NO_CACHE_DIR=1 pip ...) and `env X=1` wrappers. */
  env: Record<string, string>;
  /** 1-based Dockerfile line. */
  line: number;
}

export interface ParsedShell {
  commands: ShellCommand[];
  /** Set when the shell parser failed and the fallback tokenizer was used. */
  error: string | null;
  /** Variables assigned or exported on their own (`export PIP_NO_CACHE_DIR=1`), in order. */
  assignments: { name: string; value: string; line: number }[];
}

const WRAPPERS = new Set(['sudo', 'env', 'time', 'nice', 'exec', 'nohup', 'command', 'xargs', 'timeout']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh']);

/** Parses a shell script whose first line is Dockerfile line `firstLine`. */
export function parseShell(script: string, firstLine: number, depth = 0): ParsedShell {
  let commands: SimpleCommand[];
  try {
    commands = parseSimpleCommands(script);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    return fallbackParse(script, firstLine, e.message);
  }
  const result: ParsedShell = { commands: [], error: null, assignments: [] };
  for (const command of commands) {
    const line = firstLine + command.line - 1;
    const env: Record<string, string> = {};
    let i = 0;
    for (; i < command.words.length && command.words[i].assignment; i++) {
      const { name, value } = command.words[i].assignment!;
      env[name] = value;
    }
    const words = command.words.slice(i).map((w) => w.text);
    if (words.length === 0) {
      for (const [name, value] of Object.entries(env)) result.assignments.push({ name, value, line });
      continue;
    }
    addCommand(result, words, env, line, depth);
  }
  return result;
}

/** RUN ["prog", "arg"]: no shell, unless the program is one (`["sh", "-c", "..."]`). */
export function commandsFromExecForm(words: string[], line: number): ParsedShell {
  const result: ParsedShell = { commands: [], error: null, assignments: [] };
  if (words.length > 0) addCommand(result, words, {}, line, 0);
  return result;
}

function addCommand(result: ParsedShell, words: string[], env: Record<string, string>, line: number, depth: number) {
  let rest = words;
  // Unwrap `sudo`, `env A=1`, `time` ... so the real program is what rules see.
  while (rest.length > 0 && WRAPPERS.has(basename(rest[0]))) {
    rest = rest.slice(1);
    while (rest.length > 0 && (rest[0].startsWith('-') || /^\w+=/.test(rest[0]))) {
      const eq = rest[0].indexOf('=');
      if (!rest[0].startsWith('-') && eq > 0) env[rest[0].slice(0, eq)] = rest[0].slice(eq + 1);
      rest = rest.slice(1);
    }
  }
  if (rest.length === 0) return;
  const [name, ...args] = rest;
  const program = basename(name);
  if (program === 'export' || ((program === 'declare' || program === 'typeset') && args.includes('-x'))) {
    for (const arg of args.filter((a) => !a.startsWith('-'))) {
      const eq = arg.indexOf('=');
      if (eq > 0) result.assignments.push({ name: arg.slice(0, eq), value: arg.slice(eq + 1), line });
    }
    return;
  }
  result.commands.push({ name, program, args, env, line });
  // `sh -c "pip install ..."`: the string is a script too.
  const dashC = args.indexOf('-c');
  if (SHELLS.has(program) && dashC >= 0 && args[dashC + 1] !== undefined && depth < 3) {
    const inner = parseShell(args[dashC + 1], line, depth + 1);
    result.commands.push(...inner.commands.map((c) => ({ ...c, line })));
    result.assignments.push(...inner.assignments);
  }
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Splits on control operators and whitespace with simple quote handling. Good enough to
 * name programs and flags in a script the real parser rejected.
 */
function fallbackParse(script: string, firstLine: number, error: string): ParsedShell {
  const result: ParsedShell = { commands: [], error, assignments: [] };
  // NUL marks a joined continuation (Dockerfiles with NUL bytes are refused before parsing).
  const lines = script.replace(/\\\n/g, ' \u0000').split('\n');
  let lineNo = firstLine;
  for (const text of lines) {
    const start = lineNo;
    lineNo += 1 + text.split('\u0000').length - 1;
    for (const segment of text.split(/&&|\|\||[;|&]/)) {
      const words = (segment.match(/"[^"]*"|'[^']*'|\S+/g) ?? [])
        .map((w) => w.replace(/^["']|["']$/g, '').replaceAll('\u0000', ''))
        .filter((w) => w.length > 0);
      const env: Record<string, string> = {};
      while (words.length > 0 && /^\w+=/.test(words[0])) {
        const [k, ...v] = words.shift()!.split('=');
        env[k] = v.join('=');
      }
      if (words.length > 0) addCommand(result, words, env, start, 3);
    }
  }
  return result;
}
