// RUN scripts through a real shell parser (mvdan-sh, synchronous): simple commands with their
// env prefixes, across &&, ;, |, subshells, $(...), `sh -c` strings and heredocs. When the
// script cannot be parsed, a plain tokenizer takes over and `error` says so, so a rule can
// still answer and mention it.
import sh from 'mvdan-sh';

const { syntax } = sh;

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

let parser: ReturnType<typeof syntax.NewParser> | undefined;

/** Parses a shell script whose first line is Dockerfile line `firstLine`. */
export function parseShell(script: string, firstLine: number, depth = 0): ParsedShell {
  parser ??= syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash));
  let file: unknown;
  try {
    file = parser.Parse(script, 'RUN');
  } catch (e) {
    const message = typeof (e as { Error?: () => string }).Error === 'function' ? (e as { Error: () => string }).Error() : String(e);
    return fallbackParse(script, firstLine, message.replace(/^RUN:/, 'line '));
  }
  const result: ParsedShell = { commands: [], error: null, assignments: [] };
  syntax.Walk(file, (node: ShNode | null) => {
    if (!node) return true;
    // `export X=1` / `declare -x X=1` parse as a DeclClause, not a command.
    if (syntax.NodeType(node) === 'DeclClause') {
      const line = firstLine + node.Pos().Line() - 1;
      for (const assign of (node.Args ?? []) as unknown as DeclAssign[]) {
        if (assign.Name && !assign.Naked) result.assignments.push({ name: assign.Name.Value, value: assign.Value ? wordText(assign.Value) : '', line });
      }
      return true;
    }
    if (syntax.NodeType(node) !== 'CallExpr') return true;
    const line = firstLine + node.Pos().Line() - 1;
    const words = (node.Args ?? []).map(wordText);
    const env: Record<string, string> = {};
    for (const assign of node.Assigns ?? []) env[assign.Name.Value] = assign.Value ? wordText(assign.Value) : '';
    if (words.length === 0) {
      for (const [name, value] of Object.entries(env)) result.assignments.push({ name, value, line });
      return true;
    }
    addCommand(result, words, env, line, depth);
    return true;
  });
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
  if (program === 'export') {
    for (const arg of args) {
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

/** Literal text of a word: quotes removed, expansions kept as written ($VAR, $(...)). */
function wordText(word: ShNode): string {
  return (word.Parts ?? []).map(partText).join('');
}

function partText(part: ShNode): string {
  switch (syntax.NodeType(part)) {
    case 'Lit':
    case 'SglQuoted':
      return part.Value ?? '';
    case 'DblQuoted':
      return (part.Parts ?? []).map(partText).join('');
    case 'ParamExp':
      return '$' + (part.Param?.Value ?? '');
    case 'CmdSubst':
      return '$(...)';
    default:
      return '';
  }
}

/**
 * Splits on control operators and whitespace with simple quote handling. Good enough to
 * name programs and flags in a script the real parser rejected.
 */
function fallbackParse(script: string, firstLine: number, error: string): ParsedShell {
  const result: ParsedShell = { commands: [], error, assignments: [] };
  const lines = script.replace(/\\\n/g, ' \u0000').split('\n');
  let lineNo = firstLine;
  for (const text of lines) {
    const start = lineNo;
    lineNo += 1 + (text.match(/\u0000/g)?.length ?? 0);
    for (const segment of text.split(/&&|\|\||[;|&]/)) {
      const words = (segment.match(/"[^"]*"|'[^']*'|\S+/g) ?? [])
        .map((w) => w.replace(/^["']|["']$/g, '').replace(/\u0000/g, ''))
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

// Minimal structural type for the mvdan-sh nodes this file touches.
interface ShNode {
  Pos(): { Line(): number };
  Args?: ShNode[];
  Assigns?: { Name: { Value: string }; Value?: ShNode }[];
  Parts?: ShNode[];
  Value?: string;
  Param?: { Value: string };
}

/** An argument of a DeclClause (`export A=1 B`): Naked when there is no `=`. */
interface DeclAssign {
  Name?: { Value: string };
  Naked: boolean;
  Value?: ShNode;
}
