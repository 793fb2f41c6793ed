// The Dockerfile model the rules read: stages resolved (ARG defaults in FROM, FROM <stage>
// chains, --target), instructions with 1-based lines, RUN scripts ready for the shell parser.
// Built once per file from dockerfile-ast; pure (no I/O).
import { DockerfileParser, type Argument, type Instruction as AstInstruction, type From, type Run, type Env, type Arg } from 'dockerfile-ast';
import { parseShell, commandsFromExecForm, type ParsedShell } from './shell.js';

export interface Flag {
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
  /** Arguments split as Docker splits them (whitespace, quotes kept). */
  words: string[];
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
}

export interface Comment {
  line: number; // 1-based
  text: string; // without the leading '#'
}

export interface DockerfileModel {
  stages: Stage[];
  comments: Comment[];
  globalArgs: Record<string, string>;
  /** The ARG instructions before the first FROM, defaults as written (null without one). */
  preludeArgs: { name: string; defaultValue: string | null; line: number }[];
  escape: string;
  lineCount: number;
}

export class DockerfileError extends Error {}

/** Parses a Dockerfile's text. Throws DockerfileError when it has no FROM at all. */
export function parseDockerfile(text: string): DockerfileModel {
  const source = text.replace(/^\uFEFF/, '');
  const ast = DockerfileParser.parse(source);
  const sourceLines = source.split(/\r?\n/);
  const escape = ast.getEscapeCharacter();
  const globalArgs: Record<string, string> = {};
  const preludeArgs: DockerfileModel['preludeArgs'] = [];
  for (const arg of ast.getInitialARGs()) {
    const property = arg.getProperty();
    // An ARG without default stays a $reference: its value comes from --build-arg.
    const value = property?.getValue();
    if (property && value !== null && value !== undefined) globalArgs[property.getName()] = value;
    if (property) preludeArgs.push({ name: property.getName(), defaultValue: value ?? null, line: arg.getRange().start.line + 1 });
  }

  const stages: Stage[] = [];
  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword().toUpperCase();
    if (keyword === 'FROM') {
      stages.push(makeStage(node as From, stages, globalArgs));
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) continue; // instructions before the first FROM are global ARGs
    stage.instructions.push(makeInstruction(node, keyword, stage, sourceLines, escape, stages));
  }
  if (stages.length === 0) throw new DockerfileError('no FROM instruction found: is this a Dockerfile?');
  return {
    stages,
    comments: comments(ast, sourceLines),
    globalArgs,
    preludeArgs,
    escape,
    lineCount: sourceLines.length,
  };
}

/** Comments, including leading ones that dockerfile-ast reads as parser directives (`# key=value`). */
function comments(ast: ReturnType<typeof DockerfileParser.parse>, sourceLines: string[]): Comment[] {
  const directives = ast.getDirectives().map((d) => {
    const line = d.getRange().start.line;
    return { line: line + 1, text: (sourceLines[line] ?? '').replace(/^\s*#\s*/, '') };
  });
  const rest = ast.getComments().map((c) => ({ line: c.getRange().start.line + 1, text: c.getContent() }));
  return [...directives, ...rest];
}

function makeStage(node: From, stages: Stage[], globalArgs: Record<string, string>): Stage {
  const words = node.getArguments().map((a) => a.getValue());
  const asIndex = words.findIndex((w) => w.toLowerCase() === 'as');
  const rawImage = words[0] ?? '';
  const image = substituteArgs(rawImage, globalArgs);
  const parent = findStage(stages, image);
  const platform = node.getFlags().find((f) => f.getName().toLowerCase() === 'platform')?.getValue() ?? null;
  return {
    index: stages.length,
    name: asIndex >= 0 && words[asIndex + 1] ? words[asIndex + 1].toLowerCase() : null,
    fromLine: node.getRange().start.line + 1,
    image,
    parent,
    platform,
    instructions: [],
  };
}

/** A stage by name (case-insensitive, as Docker) or by numeric index. */
export function findStage(stages: readonly Stage[], reference: string): Stage | null {
  const ref = reference.toLowerCase();
  const byName = stages.find((s) => s.name === ref);
  if (byName) return byName;
  return /^\d+$/.test(ref) ? (stages[Number(ref)] ?? null) : null;
}

/**
 * dockerfile-ast recomputes an instruction's argument list (a scan of its text with position
 * lookups) on every getArguments() call, and getArgumentsContent, getArgumentsRange and
 * getHeredocs each call it again. Computes it once and has the node's later calls return copies
 * (the library shift()s the lists it gets). Flags are computed, and cached by the library,
 * before the list is frozen, as getFlags reads the list with flags still in it.
 */
function memoizeArguments(node: AstInstruction): Argument[] {
  const args = node.getArguments();
  node.getArguments = () => args.slice();
  return args;
}

function makeInstruction(
  node: AstInstruction,
  keyword: string,
  stage: Stage,
  sourceLines: string[],
  escape: string,
  stages: Stage[],
): Instruction {
  const range = node.getRange();
  const astArgs = memoizeArguments(node);
  const flags: Flag[] =
    'getFlags' in node && typeof node.getFlags === 'function'
      ? (node.getFlags() as { getName(): string; getValue(): string | null }[]).map((f) => ({
          name: f.getName().toLowerCase(),
          value: f.getValue(),
        }))
      : [];
  const base: Instruction = {
    keyword,
    line: range.start.line + 1,
    endLine: range.end.line + 1,
    args: node.getArgumentsContent() ?? '',
    words: astArgs.map((a) => a.getValue()),
    flags,
    stage,
    index: stage.instructions.length,
  };
  switch (keyword) {
    case 'RUN':
      return makeRun(base, node as Run, astArgs, sourceLines, escape);
    case 'COPY':
    case 'ADD':
      return makeCopy(base, node, astArgs, stages);
    case 'ENV': {
      const pairs = (node as Env).getProperties().map((p) => ({ name: p.getName(), value: p.getValue() ?? '' }));
      return { ...base, pairs } as EnvInstruction;
    }
    case 'ARG': {
      const property = (node as Arg).getProperty();
      return {
        ...base,
        name: property?.getName() ?? '',
        defaultValue: property?.getValue() ?? null,
      } as ArgInstruction;
    }
    default:
      return base;
  }
}

/** Whether the node has heredocs; only an argument starting with << can open one, so the library's scan runs only then. */
function hasHeredocs(node: AstInstruction, astArgs: Argument[]): boolean {
  return astArgs.some((a) => a.getValue().startsWith('<<')) && 'getHeredocs' in node && (node as Run).getHeredocs().length > 0;
}

function makeRun(base: Instruction, node: Run, astArgs: Argument[], sourceLines: string[], escape: string): RunInstruction {
  const mounts = base.flags.filter((f) => f.name === 'mount').map((f) => parseMount(f.value ?? ''));
  const execForm = execFormWords(base.args);
  const jsonForm = execForm !== null;
  const argsStart = astArgs.length > 0 ? astArgs[0].getRange().start : undefined;
  const firstArgsLine = argsStart ? argsStart.line + 1 : base.line;
  const script = argsStart && !execForm ? scriptText(sourceLines, argsStart.line, argsStart.character, base.endLine, escape) : '';
  let parsed: ParsedShell | undefined;
  // One literal with every field (no spread of base): these objects are built for every RUN of every file.
  return {
    keyword: 'RUN',
    line: base.line,
    endLine: base.endLine,
    args: base.args,
    words: base.words,
    flags: base.flags,
    stage: base.stage,
    index: base.index,
    jsonForm,
    mounts,
    hasHeredoc: hasHeredocs(node, astArgs),
    text: execForm ? execForm.join(' ') : script,
    shell: () => {
      parsed ??= execForm ? commandsFromExecForm(execForm, base.line) : parseShell(shellSource(script), firstArgsLine);
      return parsed;
    },
  };
}

/** `RUN ["prog", "arg"]`: the words when the arguments are a JSON array of strings, else null. */
function execFormWords(args: string): string[] | null {
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
function scriptText(lines: string[], startLine: number, startChar: number, endLine1: number, escape: string): string {
  const out: string[] = [];
  let continued = false;
  for (let i = startLine; i < endLine1 && i < lines.length; i++) {
    let line = i === startLine ? lines[i].slice(startChar) : lines[i];
    if (continued && (line.trim() === '' || line.trimStart().startsWith('#'))) {
      out.push('\\');
      continue;
    }
    if (escape !== '\\' && line.endsWith(escape)) line = line.slice(0, -1) + '\\';
    continued = line.endsWith('\\');
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

function makeCopy(base: Instruction, node: AstInstruction, astArgs: Argument[], stages: Stage[]): CopyInstruction {
  const hasHeredoc = hasHeredocs(node, astArgs);
  const from = base.flags.find((f) => f.name === 'from')?.value ?? null;
  // JSON form only when it is an array of strings (`ADD [1, 2]` is not); otherwise the shell-like form, as Docker.
  const paths = execFormWords(base.args) ?? base.words;
  return {
    keyword: base.keyword as 'COPY' | 'ADD',
    line: base.line,
    endLine: base.endLine,
    args: base.args,
    words: base.words,
    flags: base.flags,
    stage: base.stage,
    index: base.index,
    sources: hasHeredoc ? [] : paths.slice(0, -1),
    destination: paths[paths.length - 1] ?? '',
    from,
    fromStage: from ? findStage(stages.slice(0, base.stage.index), from) : null,
    hasHeredoc,
  };
}

/** Replaces $VAR / ${VAR} / ${VAR:-default} with global ARG values, as Docker does in FROM. */
export function substituteArgs(text: string, args: Record<string, string>): string {
  return text.replace(/\$\{(\w+)(?::?[-+]([^}]*))?\}|\$(\w+)/g, (whole, braced, fallback, bare) => {
    const name = braced ?? bare;
    const value = args[name];
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

/** The stage and its FROM <stage> ancestors, nearest first. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | null = stage; s && !chain.includes(s); s = s.parent) chain.push(s);
  return chain;
}

/** The external image a stage is ultimately built on, through FROM <stage> chains. */
export function baseImage(stage: Stage): string {
  const chain = stageChain(stage);
  return chain[chain.length - 1].image;
}

/** Instructions of the stage and its ancestors in build order (ancestors first). */
export function chainInstructions(stage: Stage): Instruction[] {
  return stageChain(stage)
    .reverse()
    .flatMap((s) => s.instructions);
}

/** ENV values in force before `before` (an instruction of the stage), ancestors included. */
export function envBefore(stage: Stage, before: Instruction | null): Record<string, string> {
  const env: Record<string, string> = {};
  for (const instruction of chainInstructions(stage)) {
    if (instruction === before) break;
    if (isEnv(instruction)) for (const { name, value } of instruction.pairs) env[name] = value;
  }
  return env;
}

export const isRun = (i: Instruction): i is RunInstruction => i.keyword === 'RUN';
export const isCopy = (i: Instruction): i is CopyInstruction => i.keyword === 'COPY' || i.keyword === 'ADD';
export const isEnv = (i: Instruction): i is EnvInstruction => i.keyword === 'ENV';
export const isArg = (i: Instruction): i is ArgInstruction => i.keyword === 'ARG';

export function allInstructions(model: DockerfileModel): Instruction[] {
  return model.stages.flatMap((s) => s.instructions);
}

/** Stages whose content reaches the final image: its FROM chain (COPY --from copies files, not layers). */
export function shipsInFinal(stage: Stage, final: Stage): boolean {
  return stageChain(final).includes(stage);
}

/** Splits an image reference into repository path and tag (digest and registry kept in `name`). */
export function splitImage(image: string): { name: string; tag: string | null; digest: string | null } {
  const [withoutDigest, digest = null] = image.split('@') as [string, string?];
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  if (colon > slash) return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1), digest };
  return { name: withoutDigest, tag: null, digest };
}
