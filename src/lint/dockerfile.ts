// The Dockerfile model the rules read: stages resolved (ARG defaults in FROM, FROM <stage>
// chains, --target), instructions with 1-based lines, RUN scripts ready for the shell parser.
// Built once per file from our parser (syntax.ts, arguments.ts); pure (no I/O).
import { parseShell, commandsFromExecForm, type ParsedShell } from './shell.js';
import { argumentsText, instructionArguments, properties, type Flag, type InstructionArguments } from './arguments.js';
import { heredocName, lineAt, lineText, parseSyntax, type DockerfileSyntax, type SyntaxInstruction } from './syntax.js';

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
  const syntax = parseSyntax(text.replace(/^\uFEFF/, ''));
  const globalArgs: Record<string, string> = {};
  const preludeArgs: DockerfileModel['preludeArgs'] = [];
  const stages: Stage[] = [];
  for (const node of syntax.instructions) {
    if (node.keyword === 'FROM') {
      stages.push(makeStage(node, syntax, stages, globalArgs));
      continue;
    }
    const stage = stages[stages.length - 1];
    if (stage) {
      stage.instructions.push(makeInstruction(node, stage, syntax, stages));
    } else if (node.keyword === 'ARG') {
      // ARGs before the first FROM: usable in FROM lines. One without a default stays a
      // $reference: its value comes from --build-arg.
      for (const { name, value } of argProperties(node, syntax)) {
        if (value !== null) globalArgs[name] = value;
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
      ...syntax.directives.map((d) => ({ line: d.line, text: lineText(syntax, d.line - 1).replace(/^\s*#\s*/, '') })),
      ...syntax.comments,
    ],
    globalArgs,
    preludeArgs,
    escape: syntax.escape,
  };
}

function argumentsOf(node: SyntaxInstruction, syntax: DockerfileSyntax): InstructionArguments {
  return instructionArguments(syntax.source, node.keyword, node.keywordEnd, node.end, syntax.escape);
}

function argProperties(node: SyntaxInstruction, syntax: DockerfileSyntax) {
  return properties('ARG', argumentsText(syntax.source, argumentsOf(node, syntax), syntax.escape), syntax.escape);
}

function makeStage(node: SyntaxInstruction, syntax: DockerfileSyntax, stages: Stage[], globalArgs: Record<string, string>): Stage {
  const { words, flags } = argumentsOf(node, syntax);
  const asIndex = words.findIndex((w) => w.toLowerCase() === 'as');
  const rawImage = words[0] ?? '';
  const image = substituteArgs(rawImage, globalArgs);
  const parent = findStage(stages, image);
  const platform = flags.find((f) => f.name === 'platform')?.value ?? null;
  return {
    index: stages.length,
    name: asIndex >= 0 && words[asIndex + 1] ? words[asIndex + 1].toLowerCase() : null,
    fromLine: node.line,
    image,
    parent,
    platform,
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

function makeInstruction(node: SyntaxInstruction, stage: Stage, syntax: DockerfileSyntax, stages: Stage[]): Instruction {
  const args = argumentsOf(node, syntax);
  const keyword = node.keyword;
  const base: Instruction = {
    keyword,
    line: node.line,
    endLine: node.endLine,
    args: argumentsText(syntax.source, args, syntax.escape),
    words: args.words,
    flags: args.flags,
    stage,
    index: stage.instructions.length,
  };
  switch (keyword) {
    case 'RUN':
      return makeRun(base, args.starts[0] ?? -1, syntax);
    case 'COPY':
    case 'ADD':
      return makeCopy(base, stages);
    case 'ENV': {
      const pairs = properties('ENV', base.args, syntax.escape).map((p) => ({ name: p.name, value: p.value ?? '' }));
      return { ...base, pairs } as EnvInstruction;
    }
    case 'ARG': {
      // `ARG a=1 b=2` declares both; the model keeps the first.
      const [first] = properties('ARG', base.args, syntax.escape);
      return { ...base, name: first?.name ?? '', defaultValue: first?.value ?? null } as ArgInstruction;
    }
    default:
      return base;
  }
}

/** Whether a word opens a heredoc (`<<EOF`, `<<-"EOF"`). */
const hasHeredocs = (words: string[]) => words.some((w) => w.length > 2 && w.startsWith('<<') && heredocName(w) !== null);

function makeRun(base: Instruction, argsStart: number, syntax: DockerfileSyntax): RunInstruction {
  const mounts = base.flags.filter((f) => f.name === 'mount').map((f) => parseMount(f.value ?? ''));
  const execForm = execFormWords(base.args);
  const jsonForm = execForm !== null;
  const startLine = argsStart >= 0 ? lineAt(syntax.lineOffsets, argsStart) : -1;
  const firstArgsLine = startLine >= 0 ? startLine + 1 : base.line;
  const script = startLine >= 0 && !execForm ? scriptText(syntax, startLine, argsStart - syntax.lineOffsets[startLine], base.endLine) : '';
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
    hasHeredoc: hasHeredocs(base.words),
    text: execForm ? execForm.join(' ') : script,
    shell: () => {
      parsed ??= execForm ? commandsFromExecForm(execForm, base.line) : parseShell(shellSource(script), firstArgsLine);
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
function scriptText(syntax: DockerfileSyntax, startLine: number, startChar: number, endLine1: number): string {
  const { escape } = syntax;
  const out: string[] = [];
  let continued = false;
  for (let i = startLine; i < endLine1 && i < syntax.lineOffsets.length; i++) {
    let line = i === startLine ? lineText(syntax, i).slice(startChar) : lineText(syntax, i);
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

function makeCopy(base: Instruction, stages: Stage[]): CopyInstruction {
  const hasHeredoc = hasHeredocs(base.words);
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

/** The stage and its FROM <stage> ancestors, nearest first. */
export const stageChain = (stage: Stage): readonly Stage[] => stage.chain;

/** The external image a stage is ultimately built on, through FROM <stage> chains. */
export function baseImage(stage: Stage): string {
  const chain = stageChain(stage);
  return chain[chain.length - 1].image;
}

/** Instructions of the stage and its ancestors in build order (ancestors first). */
export const chainInstructions = (stage: Stage): readonly Instruction[] => stage.chainInstructions;

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

export const allInstructions = (model: DockerfileModel): readonly Instruction[] => model.instructions;

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
