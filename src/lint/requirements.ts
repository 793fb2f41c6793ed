// Requirements files as pip reads them, for MLG009: which entries are pinned to one version.
// Our PEP 508 parser (pep508.ts) reads the specifier part of each line; pip's own syntax around
// it (continuations, comments, global options, per-requirement --hash, -e, bare URLs and paths)
// is handled here because PEP 508 has none of it. Also maps a container path in a RUN back to
// the build-context file that a COPY or bind mount put there.
import { posix } from 'node:path';
import { parseRequirementSpec, RequirementSyntaxError, type RequirementSpec } from './pep508.js';
import type { ContextIndex } from './context.js';
import { isCopy, type CopyInstruction, type Instruction, type RunInstruction, type Stage } from './dockerfile.js';
import { packageName } from './commands.js';
import type { ShellCommand } from './shell.js';
import { rememberByKey } from '../util/remember.js';

export interface RequirementsCheck {
  /** Context path of the file the RUN installs. */
  path: string;
  /** Unpinned names; those from included files say where (`requests (in base.txt)`). */
  unpinned: string[];
  /** Lines that could not be parsed, as `file line N: reason`. */
  errors: string[];
}

const MAX_INCLUDE_DEPTH = 5;

/**
 * Reads a requirements file and the files it includes with -r (relative to the including
 * file, as pip resolves them). Names pinned in a -c constraints file count as pinned; an
 * unreadable constraints file is trusted to pin everything. Null when the file is not in the context.
 */
export function checkRequirementsFile(context: ContextIndex, path: string, extraConstraints: string[] = []): RequirementsCheck | null {
  const top = context.readText(path);
  if (top === null) return null;
  const entries: (Entry & { file: string })[] = [];
  const errors: string[] = [];
  const constraintFiles: string[] = [...extraConstraints];
  const visited = new Set<string>();
  const visit = (file: string, text: string, depth: number) => {
    visited.add(file);
    const parsed = parseRequirements(text);
    entries.push(...parsed.entries.map((e) => ({ ...e, file })));
    errors.push(...parsed.errors.map((e) => `${file} line ${e.line}: ${e.message}`));
    for (const include of parsed.includes) {
      const target = posix.normalize(posix.join(posix.dirname(file), include.path));
      if (include.kind === 'constraint') constraintFiles.push(target);
      else if (depth < MAX_INCLUDE_DEPTH && !visited.has(target)) {
        const included = context.readText(target);
        if (included !== null) visit(target, included, depth + 1);
      }
    }
  };
  visit(path, top, 0);

  const constrained = pinnedNamesIn(context, constraintFiles);
  const unpinned = new Set<string>();
  for (const entry of entries) {
    if (entry.pinned || constrained === 'all' || constrained.has(entry.name)) continue;
    unpinned.add(entry.file === path ? entry.name : `${entry.name} (in ${entry.file})`);
  }
  return { path, unpinned: [...unpinned], errors };
}

/** Names pinned by the constraints files, or 'all' when one cannot be read (trust it). */
export function pinnedNamesIn(context: ContextIndex, files: string[]): Set<string> | 'all' {
  const names = new Set<string>();
  for (const file of files) {
    const text = context.readText(file);
    if (text === null) return 'all';
    for (const entry of parseRequirements(text).entries) if (entry.pinned) names.add(entry.name);
  }
  return names;
}

export interface Entry {
  name: string; // normalised distribution name
  pinned: boolean;
  line: number; // 1-based, first physical line of the logical line
}

interface ParsedRequirements {
  entries: Entry[];
  includes: { kind: 'requirements' | 'constraint'; path: string }[];
  errors: { line: number; message: string }[];
}

const INCLUDE = /^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/;
const EDITABLE = /^(-e|--editable)(?:\s*=\s*|\s+)(\S+)/;

/**
 * Parses requirements text (pip's file format). Never throws: bad lines land in `errors`.
 * Several rules read the same file in one lint: results are remembered per text and shared
 * (do not modify them).
 */
export const parseRequirements = rememberByKey(parseRequirementsText, 1000);

function parseRequirementsText(text: string): ParsedRequirements {
  const result: ParsedRequirements = { entries: [], includes: [], errors: [] };
  for (const { line, content } of logicalLines(text)) {
    const include = INCLUDE.exec(content);
    if (include) {
      result.includes.push({
        kind: include[1].startsWith('-c') || include[1] === '--constraint' ? 'constraint' : 'requirements',
        path: include[2],
      });
      continue;
    }
    const editable = EDITABLE.exec(content);
    const requirement = editable ? editable[2] : content;
    if (!editable && content.startsWith('-')) continue; // a global option: --index-url, --pre, -f …
    // Per-requirement options follow the requirement: `torch==2.3.0 --hash=sha256:…`.
    const optionStart = requirement.search(/\s--?[A-Za-z]/);
    const spec = (optionStart < 0 ? requirement : requirement.slice(0, optionStart)).trim();
    const hashed = optionStart >= 0 && requirement.slice(optionStart).includes('--hash');
    const entry = classifyRequirement(spec);
    if (entry === null) continue; // a local project directory: built from the context, nothing to pin
    if ('error' in entry) result.errors.push({ line, message: entry.error });
    else result.entries.push({ name: entry.name, pinned: entry.pinned || hashed, line });
  }
  return result;
}

/** Joins `\` continuations and drops comments, keeping the first physical line number. */
function logicalLines(text: string): { line: number; content: string }[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lines: { line: number; content: string }[] = [];
  let pending: { line: number; content: string } | null = null;
  for (const [i, raw] of physical.entries()) {
    const withoutComment = raw.replace(/(^|\s)#.*$/, '');
    const continued = /\\\s*$/.test(withoutComment);
    const part = withoutComment.replace(/\\\s*$/, '');
    pending = pending ? { line: pending.line, content: pending.content + ' ' + part } : { line: i + 1, content: part };
    if (continued) continue;
    if (pending.content.trim() !== '') lines.push({ line: pending.line, content: pending.content.trim() });
    pending = null;
  }
  if (pending && pending.content.trim() !== '') lines.push({ line: pending.line, content: pending.content.trim() });
  return lines;
}

/**
 * Whether one requirement (without options) is pinned. Null for a local project directory.
 * VCS URLs pin with a commit or version tag; archive URLs and wheel files pin by their file;
 * named requirements pin with `==` (no wildcard) or `===`.
 */
export function classifyRequirement(spec: string): { name: string; pinned: boolean } | { error: string } | null {
  if (/^(git|hg|svn|bzr)\+/.test(spec) || /^[a-z]+:\/\//i.test(spec)) {
    return { name: urlName(spec), pinned: urlPins(spec) };
  }
  if (/^(\.{1,2}\/|\/|~)/.test(spec) || /^[\w.-]+\/[\w./-]*$/.test(spec) || spec === '.') {
    return isArchive(spec) ? { name: urlName(spec), pinned: true } : null;
  }
  if (isArchive(spec) && !spec.includes('@')) return { name: urlName(spec), pinned: true }; // a wheel/sdist file name
  // `==` with a build-arg or env value (torch==${TORCH_VERSION}) is a pin whose value we cannot see.
  if (/===?\s*\$/.test(spec)) return { name: packageName(spec), pinned: true };
  // The common shapes (`torch`, `torch[cuda]`, `torch==2.1.0`, `transformers>=4.40,<5`) take one
  // regex; the rest go through the PEP 508 parser (~1 µs a spec, about twice the regex path), so a
  // 1 MB `pip install a b c ...` stays fast. Pinned means an exact `==` (or `===`) without a
  // wildcard, as the parser path decides.
  const simple = SIMPLE_REQUIREMENT.exec(spec);
  if (simple) {
    const exact = simple[2]?.split(',').some((clause) => /^\s*===?\s*[^*\s]+\s*$/.test(clause)) ?? false;
    return { name: normalise(simple[1]), pinned: exact };
  }
  if (spec.trim() === '') return null; // an empty argument (`pip install ""`) names nothing
  let parsed: RequirementSpec;
  try {
    parsed = parseRequirementSpec(spec);
  } catch (error) {
    if (error instanceof RequirementSyntaxError) return { error: error.message };
    throw error;
  }
  if (parsed.kind === 'url') return { name: normalise(parsed.name), pinned: urlPins(parsed.url) };
  // `===` (PEP 440 arbitrary equality) pins like `==`.
  const pinned = parsed.specifiers.some((c) => (c.operator === '==' || c.operator === '===') && !c.version.includes('*'));
  return { name: normalise(parsed.name), pinned };
}

const VERSION_CLAUSE = '\\s*(?:===|==|>=|<=|~=|!=|<|>)\\s*[A-Za-z0-9.*+!_-]+\\s*';
const SIMPLE_REQUIREMENT = new RegExp(
  `^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?:\\[[A-Za-z0-9._,\\s-]*\\])?((?:${VERSION_CLAUSE})(?:,${VERSION_CLAUSE})*)?$`,
);

const normalise = (name: string) => name.toLowerCase().replace(/[_.]+/g, '-');

const isArchive = (spec: string) => /\.(whl|tar\.gz|tgz|tar\.bz2|zip)(#.*)?$/i.test(spec);

/** git+https://…/repo.git@<sha or v1.2.3>, an archive named with a version, or a #sha256= fragment. */
function urlPins(url: string): boolean {
  if (/#sha(256|384|512)=/.test(url)) return true;
  const withoutFragment = url.split('#')[0];
  if (/^(git|hg|svn|bzr)\+/.test(url)) {
    // The ref follows the last @ of the path (an @ before the first / is user@host).
    const path = withoutFragment.replace(/^[a-z+]+:\/\//i, '');
    const at = path.lastIndexOf('@');
    const ref = at >= 0 && path.slice(0, at).includes('/') ? path.slice(at + 1) : '';
    return /^[0-9a-f]{7,40}$/i.test(ref) || /^v?\d+(\.\d+)+([.-]?\w+)?$/.test(ref);
  }
  return isArchive(withoutFragment) && /\d+\.\d+/.test(withoutFragment.split('/').pop() ?? '');
}

/** A readable name for a URL or file requirement: #egg=name, else the repository or file name. */
function urlName(spec: string): string {
  const egg = /[#&]egg=([\w.-]+)/.exec(spec);
  if (egg) return normalise(egg[1]);
  const last =
    spec
      .split('#')[0]
      .replace(/@[^/]*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? spec;
  return last
    .replace(/\.git$/, '')
    .replace(/-\d.*$/, '')
    .toLowerCase();
}

// ---- Container path → build-context path ----

/**
 * The build-context file that sits at `containerPath` when `command` runs: through a bind
 * mount of the RUN, or the latest COPY/ADD (from the context, not --from) in the stage chain
 * whose destination covers it. Relative paths resolve against WORKDIR and any `cd` earlier in the RUN.
 */
export function contextPathOf(run: RunInstruction, command: ShellCommand, containerPath: string, context: ContextIndex): string | null {
  const absolute = posix.resolve(runDirectory(run, command), containerPath);
  // Several rules ask where the same file of a RUN comes from (a -r file, pip.conf): answered once.
  let known = contextPaths.get(run);
  if (known?.context !== context) contextPaths.set(run, (known = { context, paths: new Map() }));
  let found = known.paths.get(absolute);
  if (found === undefined) known.paths.set(absolute, (found = findContextPath(run, absolute, context)));
  return found;
}

const contextPaths = new WeakMap<RunInstruction, { context: ContextIndex; paths: Map<string, string | null> }>();

function findContextPath(run: RunInstruction, absolute: string, context: ContextIndex): string | null {
  for (const mount of run.mounts) {
    if (mount.type !== 'bind' || mount.options.from || !mount.target) continue;
    const source = normalizeSource(mount.options.source ?? mount.options.src ?? '.');
    const found = mapCopied(absolute, [source], posix.resolve(workdirAt(run), mount.target), false, context);
    if (found) return found;
  }
  const { copies, positions } = layoutOf(run.stage);
  const runPosition = positions.get(run) ?? 0;
  for (let i = copies.length - 1; i >= 0; i--) {
    const copy = copies[i];
    if (copy.position >= runPosition) continue;
    const found = mapCopied(absolute, copy.sources, copy.destination, copy.destinationIsDir, context);
    if (found) return found;
  }
  return null;
}

/** A COPY source as a context path: no leading ./ or /, no trailing /, '' for the root. */
function normalizeSource(rawSource: string): string {
  return posix
    .normalize(rawSource)
    .replace(/^(\.\/|\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/^\.$/, '');
}

/** Which source (normalised) of one COPY lands on `absolute`, as a context path that exists. */
function mapCopied(
  absolute: string,
  sources: readonly string[],
  destination: string,
  destinationIsDir: boolean,
  context: ContextIndex,
): string | null {
  for (const source of sources) {
    const candidates: string[] = [];
    // A directory's contents are copied into the destination.
    if (absolute.startsWith(destination + '/')) candidates.push(posix.join(source, absolute.slice(destination.length + 1)));
    // A file lands on the destination itself, or inside it when it is a directory.
    if (!destinationIsDir && absolute === destination) candidates.push(source);
    if (absolute === posix.join(destination, posix.basename(source))) candidates.push(source);
    if (/[*?[]/.test(source) && posix.dirname(absolute) === destination) {
      const glob = new RegExp(
        '^' +
          posix
            .basename(source)
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]') +
          '$',
      );
      if (glob.test(posix.basename(absolute))) candidates.push(posix.join(posix.dirname(source), posix.basename(absolute)));
    }
    const found = candidates.map((c) => posix.normalize(c).replace(/^\.\//, '')).find((c) => context.readText(c) !== null);
    if (found) return found;
  }
  return null;
}

/** WORKDIR in force at an instruction (each relative WORKDIR builds on the previous; default /). */
function workdirAt(instruction: Instruction): string {
  return layoutOf(instruction.stage).workdirs.get(instruction) ?? '/';
}

// Per stage, computed once: the WORKDIR before each instruction of its chain, its position, and
// the COPYs from the context in order, their sources and destination read once (not on every
// lookup). Walking the chain again for every install and COPY was quadratic.
interface StageLayout {
  workdirs: Map<Instruction, string>;
  positions: Map<Instruction, number>;
  copies: ContextCopy[];
}
interface ContextCopy {
  position: number;
  /** Normalised (normalizeSource). */
  sources: string[];
  /** Absolute, against the WORKDIR in force. */
  destination: string;
  destinationIsDir: boolean;
}
const layoutCache = new WeakMap<Stage, StageLayout>();
function layoutOf(stage: Stage): StageLayout {
  let layout = layoutCache.get(stage);
  if (!layout) {
    layout = { workdirs: new Map(), positions: new Map(), copies: [] };
    let dir = '/';
    for (const [position, instruction] of stage.chainInstructions.entries()) {
      layout.workdirs.set(instruction, dir);
      layout.positions.set(instruction, position);
      if (isCopy(instruction) && bringsContextFiles(instruction)) {
        const { sources, destination } = instruction;
        layout.copies.push({
          position,
          sources: sources.map(normalizeSource),
          destination: posix.resolve(dir, destination),
          destinationIsDir: destination.endsWith('/') || sources.length > 1 || /^\.?$/.test(destination),
        });
      }
      if (instruction.keyword === 'WORKDIR' && instruction.args.trim()) dir = posix.resolve(dir, instruction.args.trim());
    }
    layoutCache.set(stage, layout);
  }
  return layout;
}

/** Not --from, a heredoc or a URL: the COPY puts build-context files in the image. */
function bringsContextFiles(copy: CopyInstruction): boolean {
  return !copy.from && !copy.hasHeredoc && !copy.sources.some((s) => /^[a-z]+:\/\//i.test(s));
}

/** The directory `command` runs in: WORKDIR, then `cd` commands earlier in the same RUN. */
function runDirectory(run: RunInstruction, command: ShellCommand): string {
  let dir = workdirAt(run);
  for (const earlier of run.shell().commands) {
    if (earlier === command) break;
    if (earlier.program === 'cd' && earlier.args[0] && !earlier.args[0].startsWith('$')) dir = posix.resolve(dir, earlier.args[0]);
  }
  return dir;
}
