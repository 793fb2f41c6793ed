// The Dockerfile model the rules read: stages resolved (ARG defaults in FROM, FROM <stage>
// chains, --target), instructions with 1-based lines, RUN scripts ready for the shell parser.
// Built once per file over dockerfile-ast's AST, read as BuildKit reads it where the two differ
// (buildkit.ts); pure (no I/O).
import { DockerfileParser, ModifiableInstruction, type Instruction as AstInstruction, type Run } from 'dockerfile-ast';
import { parseShell, commandsFromExecForm, type ParsedShell } from './shell.js';
import { continuationAt, joinContinuations, keyValues, unquote } from './buildkit.js';

/** A line and character, 0-based, as dockerfile-ast gives them. */
type Position = ReturnType<AstInstruction['getRange']>['start'];

interface Flag {
  name: string; // lower-case, without dashes
  value: string | null;
}

export interface Mount {
  type: string; // bind (Docker's default), cache, secret, ssh, tmpfs
  target: string | null;
  options: Record<string, string>;
}

export interface Instruction {
  keyword: string; // upper-case
  line: number; // 1-based first line
  endLine: number; // 1-based last line (continuations and heredocs included)
  /** Arguments with flags removed and continuations joined, as Docker sees them. */
  args: string;
  flags: Flag[];
  stage: Stage;
  /** Index of this instruction in its stage. */
  index: number;
}

export interface RunInstruction extends Instruction {
  keyword: 'RUN';
  jsonForm: boolean;
  mounts: Mount[];
  hasHeredoc: boolean;
  /** Everything the RUN executes or feeds to a program (heredoc bodies included), for trigger-word checks. */
  text: string;
  /** The shell commands, parsed on first use and kept: parse only RUNs a rule cares about. */
  shell(): ParsedShell;
}

export interface CopyInstruction extends Instruction {
  keyword: 'COPY' | 'ADD';
  sources: string[];
  destination: string;
  /** --from value: a stage name/index, or an image. */
  from: string | null;
  fromStage: Stage | null;
  hasHeredoc: boolean;
}

export interface EnvInstruction extends Instruction {
  keyword: 'ENV';
  pairs: { name: string; value: string }[];
}

export interface ArgInstruction extends Instruction {
  keyword: 'ARG';
  name: string;
  defaultValue: string | null;
}

export interface Stage {
  index: number;
  name: string | null; // AS name, lower-cased like Docker does
  fromLine: number;
  /** The FROM argument with ARG defaults substituted, e.g. nvidia/cuda:12.1.0-runtime-ubuntu22.04. */
  image: string;
  /** The stage this one is built FROM, when the FROM names an earlier stage. */
  parent: Stage | null;
  platform: string | null;
  instructions: Instruction[];
  /** This stage and its FROM <stage> ancestors, nearest first (filled in once the file is read). */
  chain: readonly Stage[];
  /** Instructions of the chain in build order, ancestors first. */
  chainInstructions: readonly Instruction[];
}

export interface Comment {
  line: number; // 1-based
  text: string; // without the leading '#'
}

export interface DockerfileModel {
  stages: Stage[];
  /** Every instruction after the first FROM, in order. */
  instructions: readonly Instruction[];
  comments: Comment[];
  globalArgs: Record<string, string>;
  /** The ARG instructions before the first FROM, defaults as written (null without one). */
  preludeArgs: { name: string; defaultValue: string | null; line: number }[];
  escape: string;
}

export class DockerfileError extends Error {}

/** Parses a Dockerfile's text. Throws DockerfileError when it has no FROM at all. */
export function parseDockerfile(text: string): DockerfileModel {
  const source = text.replace(/^\uFEFF/, '');
  const ast = DockerfileParser.parse(source);
  const file: SourceFile = { source, lineOffsets: lineOffsets(source), escape: ast.getEscapeCharacter() };
  const globalArgs: Record<string, string> = {};
  const preludeArgs: DockerfileModel['preludeArgs'] = [];
  const stages: Stage[] = [];
  for (const astNode of ast.getInstructions()) {
    const node = readNode(astNode, file);
    if (node.keyword === 'FROM') {
      stages.push(makeStage(node, stages, globalArgs));
      continue;
    }
    const stage = stages[stages.length - 1];
    if (stage) {
      stage.instructions.push(makeInstruction(node, stage, file, stages));
    } else if (node.keyword === 'ARG') {
      // ARGs before the first FROM: usable in FROM lines. One without a default stays a
      // $reference: its value comes from --build-arg.
      for (const { name, value } of keyValues('ARG', node.args, file.escape)) {
        // A default may use the ARGs declared before it (ARG BASE=$REGISTRY/$OWNER/notebook), as BuildKit expands it.
        if (value !== null) globalArgs[name] = substituteArgs(value, globalArgs);
        preludeArgs.push({ name, defaultValue: value, line: node.line });
      }
    }
  }
  if (stages.length === 0) throw new DockerfileError('no FROM instruction found: is this a Dockerfile?');
  // Most rules walk these: computed once here rather than on every call.
  for (const stage of stages) {
    const chain: Stage[] = [];
    for (let s: Stage | null = stage; s && !chain.includes(s); s = s.parent) chain.push(s);
    stage.chain = chain;
    stage.chainInstructions = chain.length === 1 ? stage.instructions : [...chain].reverse().flatMap((s) => s.instructions);
  }
  return {
    stages,
    instructions: stages.length === 1 ? stages[0].instructions : stages.flatMap((s) => s.instructions),
    comments: [
      ...ast.getDirectives().map((d) => {
        const line = d.getRange().start.line;
        return { line: line + 1, text: lineText(file, line).replace(/^\s*#\s*/, '') };
      }),
      ...ast.getComments().map((c) => ({ line: c.getRange().start.line + 1, text: c.getContent() })),
    ],
    globalArgs,
    preludeArgs,
    escape: file.escape,
  };
}

interface SourceFile {
  source: string;
  /** Offset of each line's start; a line ends at \r\n, \r or \n, as dockerfile-ast counts lines. */
  lineOffsets: number[];
  escape: string;
}

function lineOffsets(source: string): number[] {
  const offsets = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === CR && source.charCodeAt(i + 1) === LF) i++;
    if (c === LF || c === CR) offsets.push(i + 1);
  }
  return offsets;
}
const CR = 13;
const LF = 10;

/** A line's text (0-based index) without its line break. */
function lineText(file: SourceFile, line: number): string {
  const start = file.lineOffsets[line];
  if (start === undefined) return '';
  const next = file.lineOffsets[line + 1];
  return next === undefined ? file.source.slice(start) : file.source.slice(start, next).replace(/\r?\n$|\r$/, '');
}

const offsetOf = (file: SourceFile, position: Position) => (file.lineOffsets[position.line] ?? file.source.length) + position.character;

/** What the model takes from one dockerfile-ast instruction; its getters allocate, so each is called once. */
interface Node {
  keyword: string;
  line: number; // 1-based
  endLine: number;
  flags: Flag[];
  /** Where the arguments start: just past the keyword, or past the last flag. */
  argsStart: Position;
  args: string;
  ast: AstInstruction;
}

function readNode(node: AstInstruction, file: SourceFile): Node {
  const range = node.getRange();
  const end = offsetOf(file, range.end);
  const afterKeyword = node.getInstructionRange().end;
  let tail = file.source.slice(offsetOf(file, afterKeyword), end);
  // The parse already read the flags of RUN/COPY/ADD (getFlags keeps them); FROM's are read on
  // demand, so only when a flag can be there. getArguments() would scan the instruction again:
  // the model needs no more than the text after the flags.
  const astFlags = node instanceof ModifiableInstruction && tail.includes('--') ? node.getFlags() : [];
  const argsStart = astFlags.length > 0 ? astFlags[astFlags.length - 1].getRange().end : afterKeyword;
  if (astFlags.length > 0) tail = file.source.slice(offsetOf(file, argsStart), end);
  return {
    keyword: node.getKeyword(),
    line: range.start.line + 1,
    endLine: range.end.line + 1,
    flags: astFlags.map((f): Flag => ({ name: f.getName().toLowerCase(), value: f.getValue() })),
    argsStart,
    args: joinContinuations(tail, file.escape).trim(),
    ast: node,
  };
}

/**
 * The words of the instruction's first line, as BuildKit splits FROM, COPY and ADD: at blanks, not
 * minding quotes or escapes (`COPY a\\ b /x/` copies `a` and `b`). Heredoc bodies are left out.
 */
function fieldsOf(args: string): string[] {
  const newline = args.indexOf('\n');
  const line = newline < 0 ? args : args.slice(0, newline);
  return line.split(/[ \t]+/).filter((w) => w !== '');
}

function makeStage(node: Node, stages: Stage[], globalArgs: Record<string, string>): Stage {
  const words = fieldsOf(node.args);
  const asIndex = words.findIndex((w) => w.toLowerCase() === 'as');
  const image = substituteArgs(words[0] ?? '', globalArgs);
  return {
    index: stages.length,
    name: asIndex >= 0 && words[asIndex + 1] ? words[asIndex + 1].toLowerCase() : null,
    fromLine: node.line,
    image,
    parent: findStage(stages, image),
    platform: node.flags.find((f) => f.name === 'platform')?.value ?? null,
    instructions: [],
    chain: [],
    chainInstructions: [],
  };
}

/** A stage by name (case-insensitive, as Docker) or by numeric index. */
export function findStage(stages: readonly Stage[], reference: string): Stage | null {
  const ref = reference.toLowerCase();
  const byName = stages.find((s) => s.name === ref);
  if (byName) return byName;
  return /^\d+$/.test(ref) ? (stages[Number(ref)] ?? null) : null;
}

function makeInstruction(node: Node, stage: Stage, file: SourceFile, stages: Stage[]): Instruction {
  const base: Instruction = {
    keyword: node.keyword,
    line: node.line,
    endLine: node.endLine,
    args: node.args,
    flags: node.flags,
    stage,
    index: stage.instructions.length,
  };
  switch (node.keyword) {
    case 'RUN':
      return makeRun(base, node.argsStart, hasHeredoc(node), file);
    case 'COPY':
    case 'ADD':
      return makeCopy(base, node, file, stages);
    case 'ENV': {
      const pairs = keyValues('ENV', base.args, file.escape).map((p) => ({ name: p.name, value: p.value ?? '' }));
      return { ...base, pairs } as EnvInstruction;
    }
    case 'ARG': {
      // `ARG a=1 b=2` declares both; the model keeps the first.
      const [first] = keyValues('ARG', base.args, file.escape);
      return { ...base, name: first?.name ?? '', defaultValue: first?.value ?? null } as ArgInstruction;
    }
    default:
      return base;
  }
}

/** Whether RUN/COPY/ADD opens a heredoc (`<<EOF`, `<<-"EOF"`); asked of dockerfile-ast only when `<<` occurs. */
function hasHeredoc(node: Node): boolean {
  if (!node.args.includes('<<')) return false;
  try {
    // ADD has the getHeredocs of RUN and COPY too; its typings leave it protected.
    return (node.ast as unknown as Run).getHeredocs().length > 0;
  } catch {
    // dockerfile-ast 0.7.1 throws on some heredocs (a continuation as the first body line, then a
    // tab before the terminator): an opener in the arguments says it is one.
    return HEREDOC_OPENER.test(node.args);
  }
}

const HEREDOC_OPENER = /<<-?(["']?)[A-Za-z_][\w-]*\1/;

function makeRun(base: Instruction, argsStart: Position, heredoc: boolean, file: SourceFile): RunInstruction {
  const mounts = base.flags.filter((f) => f.name === 'mount').map((f) => parseMount(f.value ?? ''));
  const execForm = execFormWords(base.args);
  const jsonForm = execForm !== null;
  const script = execForm ? '' : scriptText(file, argsStart, base.endLine);
  let parsed: ParsedShell | undefined;
  // One literal with every field (no spread of base): these objects are built for every RUN of every file.
  return {
    keyword: 'RUN',
    line: base.line,
    endLine: base.endLine,
    args: base.args,
    flags: base.flags,
    stage: base.stage,
    index: base.index,
    jsonForm,
    mounts,
    hasHeredoc: heredoc,
    text: execForm ? execForm.join(' ') : script,
    shell: () => {
      parsed ??= execForm ? commandsFromExecForm(execForm, base.line) : parseShell(shellSource(script), argsStart.line + 1);
      return parsed;
    },
  };
}

/** `RUN ["prog", "arg"]`: the words when the arguments are a JSON array of strings, else null. */
export function execFormWords(args: string): string[] | null {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return null;
  try {
    const words: unknown = JSON.parse(trimmed);
    return Array.isArray(words) && words.length > 0 && words.every((w) => typeof w === 'string') ? words : null;
  } catch {
    return null; // not valid JSON: Docker runs it through the shell as written
  }
}

/**
 * The RUN's arguments as the original lines (so shell positions map to Dockerfile lines),
 * with Dockerfile-only syntax made shell-neutral without changing the line count:
 * comment and blank lines inside a continuation become a lone continuation.
 */
function scriptText(file: SourceFile, start: Position, endLine1: number): string {
  const { escape } = file;
  const out: string[] = [];
  let continued = false;
  for (let i = start.line; i < endLine1 && i < file.lineOffsets.length; i++) {
    let line = i === start.line ? lineText(file, i).slice(start.character) : lineText(file, i);
    if (continued && (line.trim() === '' || line.trimStart().startsWith('#'))) {
      out.push('\\');
      continue;
    }
    // A continuation, blanks after the escape character included, becomes the shell's own `\\`.
    const cut = continuationAt(line, escape);
    if (cut >= 0) line = line.slice(0, cut) + '\\';
    continued = cut >= 0;
    out.push(line);
  }
  return out.join('\n');
}

/**
 * `RUN <<EOF` with no command runs the heredoc body as the script; a body whose shebang names
 * another interpreter (`#!/usr/bin/env python3`) runs under it and holds no shell commands.
 */
function shellSource(script: string): string {
  const match = /^\s*<<-?\s*["']?(\w+)["']?\s*\n([\s\S]*?)\n\s*\1\s*$/.exec(script);
  if (!match) return script;
  const shebang = /^#!(.*)/.exec(match[2])?.[1];
  if (shebang !== undefined && !/\b(ba|da|a|z|k)?sh\b/.test(shebang)) return '';
  return '\n' + match[2];
}

function parseMount(value: string): Mount {
  const options: Record<string, string> = {};
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) options[part.trim()] = 'true';
    else options[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return {
    type: options.type ?? 'bind',
    target: options.target ?? options.dst ?? options.destination ?? null,
    options,
  };
}

function makeCopy(base: Instruction, node: Node, file: SourceFile, stages: Stage[]): CopyInstruction {
  const heredoc = hasHeredoc(node);
  const from = base.flags.find((f) => f.name === 'from')?.value ?? null;
  // JSON form only when it is an array of strings (`ADD [1, 2]` is not); otherwise the shell-like form, as Docker.
  // Paths lose their quotes and escapes as BuildKit expands them (`COPY "a" x\\y /d/` copies a and xy).
  const paths = execFormWords(base.args) ?? fieldsOf(base.args).map((w) => unquote(w, file.escape));
  return {
    keyword: base.keyword as 'COPY' | 'ADD',
    line: base.line,
    endLine: base.endLine,
    args: base.args,
    flags: base.flags,
    stage: base.stage,
    index: base.index,
    sources: heredoc ? [] : paths.slice(0, -1),
    destination: paths[paths.length - 1] ?? '',
    from,
    fromStage: from ? findStage(stages.slice(0, base.stage.index), from) : null,
    hasHeredoc: heredoc,
  };
}

/** Replaces $VAR / ${VAR} / ${VAR:-default} with global ARG values, as Docker does in FROM. */
export function substituteArgs(text: string, args: Record<string, string>): string {
  return text.replace(/\$\{(\w+)(?::?[-+]([^}]*))?\}|\$(\w+)/g, (whole: string, braced?: string, fallback?: string, bare?: string) => {
    const value = args[braced ?? bare ?? ''] as string | undefined;
    if (value !== undefined && value !== '') return value;
    return fallback ?? (value === undefined ? whole : '');
  });
}

// ---- Queries the rules share ----

/** The stage that is built: the --target stage, else the last one. */
export function finalStage(model: DockerfileModel, target: string | null): Stage {
  if (target) {
    const stage = findStage(model.stages, target);
    if (!stage) throw new DockerfileError(`target stage "${target}" not found in the Dockerfile`);
    return stage;
  }
  return model.stages[model.stages.length - 1];
}

/** The external image a stage is ultimately built on, through FROM <stage> chains. */
export function baseImage(stage: Stage): string {
  const chain = stage.chain;
  return chain[chain.length - 1].image;
}

/** ENV values in force before `before` (an instruction of the stage), ancestors included. */
export function envBefore(stage: Stage, before: Instruction | null): Record<string, string> {
  const env: Record<string, string> = {};
  for (const instruction of stage.chainInstructions) {
    if (instruction === before) break;
    if (isEnv(instruction)) for (const { name, value } of instruction.pairs) env[name] = value;
  }
  return env;
}

export const isRun = (i: Instruction): i is RunInstruction => i.keyword === 'RUN';
export const isCopy = (i: Instruction): i is CopyInstruction => i.keyword === 'COPY' || i.keyword === 'ADD';
export const isEnv = (i: Instruction): i is EnvInstruction => i.keyword === 'ENV';
export const isArg = (i: Instruction): i is ArgInstruction => i.keyword === 'ARG';

/** Stages whose content reaches the final image: its FROM chain (COPY --from copies files, not layers). */
export function shipsInFinal(stage: Stage, final: Stage): boolean {
  return final.chain.includes(stage);
}

/**
 * Stages whose files can reach the final image: its FROM chain and, transitively, the stages it
 * COPY --from's. A stage outside this set cannot put anything into the image that is built.
 */
export function stagesReaching(final: Stage): ReadonlySet<Stage> {
  const reached = new Set<Stage>();
  const pending: Stage[] = [final];
  for (let stage = pending.pop(); stage; stage = pending.pop()) {
    for (const s of stage.chain) {
      if (reached.has(s)) continue;
      reached.add(s);
      for (const i of s.instructions) if (isCopy(i) && i.fromStage) pending.push(i.fromStage);
    }
  }
  return reached;
}
