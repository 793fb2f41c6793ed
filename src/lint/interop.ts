// The other linters' suppressions we honour: hadolint's `# hadolint ignore=DL…` pragmas and
// BuildKit's `# check=skip=…`, for the rules of ours that check what one of theirs checks. A
// team that already silenced hadolint or `docker build --check` on a line has decided; repeating
// the warning as ours would be noise. docs/interop.md is generated from COUNTERPARTS.
import type { DockerfileModel } from './dockerfile.js';

export interface Counterpart {
  rule: string; // our id
  /** The part of the rule theirs matches (RuleFinding.facet); every finding of the rule when absent. */
  facet?: string;
  /** That part in words, for docs/interop.md. */
  part: string;
  hadolint: readonly string[];
  buildkit: readonly string[];
  /** How ours differs, for docs/interop.md. */
  differs: string;
}

/** Each of our rules (or facets) with a hadolint rule or BuildKit check about the same thing. */
export const COUNTERPARTS: readonly Counterpart[] = [
  {
    rule: 'MLG005',
    facet: 'arg-env',
    part: 'secrets in ARG and ENV',
    hadolint: ['DL3064'],
    buildkit: ['SecretsUsedInArgOrEnv'],
    differs:
      'Theirs judge the name alone (BuildKit: any `_`-separated word such as KEY, AUTH or TOKEN; hadolint: a list of names and substrings), so `ENV USE_TOKEN_CACHE=1` is reported. Ours judges name and value: a flag or an empty value is not a secret, a token-shaped value is one under any name. Only the ARG/ENV part of MLG005 is covered; a COPY of `.env` or a token in a RUN is not.',
  },
  {
    rule: 'MLG007',
    facet: 'pip',
    part: 'pip',
    hadolint: ['DL3042'],
    buildkit: [],
    differs:
      'hadolint up to 2.13 reports DL3042 even when the RUN has a cache mount on the pip cache (hadolint#497); 2.14 accepts a cache or tmpfs mount whose target contains `.cache/pip`. Ours accepts a cache mount on the directory pip really uses (`--cache-dir`, `PIP_CACHE_DIR`), `PIP_NO_CACHE_DIR` with any value (as pip does), and a removal of the cache later in the RUN, and reports at info in stages the final image does not contain. The uv and conda parts of MLG007 have no counterpart.',
  },
  {
    rule: 'MLG009',
    facet: 'packages',
    part: '`pip install` of named packages',
    hadolint: ['DL3013'],
    buildkit: [],
    differs:
      'hadolint counts any version specifier (`torch>=2`) as a pin; ours asks for one version (`==`), since a range still moves with every release. Both accept a constraints file (`-c`). Ours also reads the requirements files the build copies in (that part has no counterpart).',
  },
  {
    rule: 'MLG010',
    part: 'the whole rule',
    hadolint: ['DL3059'],
    buildkit: [],
    differs:
      'hadolint reports each RUN after the first of a row, except where a RUN already chains more than two commands; ours reports the row once, whatever the commands, and does not join RUNs whose mounts, network or heredocs differ. An ignore above any RUN of the row silences the row.',
  },
  {
    rule: 'MLG011',
    facet: 'recommends',
    part: '`--no-install-recommends`',
    hadolint: ['DL3015'],
    buildkit: [],
    differs:
      'DL3015 looks at `apt-get install` only; ours also at `apt install`, and accepts `APT::Install-Recommends` turned off in an apt.conf file an earlier RUN wrote, as both accept `-o APT::Install-Recommends=false`. Ours reports at info in stages the final image does not contain.',
  },
  {
    rule: 'MLG011',
    facet: 'lists',
    part: 'apt lists left in the layer',
    hadolint: ['DL3009'],
    buildkit: [],
    differs:
      'DL3009 looks for a RUN with `apt-get update` and without the exact `rm -rf /var/lib/apt/lists/*`; ours looks at the install, and accepts any removal of the lists after it. Both skip stages the final image does not build on and accept a cache mount on the lists. The "apt-get update in another RUN" part of MLG011 has no counterpart.',
  },
  {
    rule: 'MLG013',
    facet: 'untagged',
    part: 'no tag',
    hadolint: ['DL3006'],
    buildkit: [],
    differs: 'Same check, with the same exceptions: `scratch`, a digest, a stage name, an image named by a variable.',
  },
  {
    rule: 'MLG013',
    facet: 'latest',
    part: '`:latest`',
    hadolint: ['DL3007'],
    buildkit: [],
    differs: 'Same check. The moving channel tags part of MLG013 (`latest-gpu`, `nightly`, `main-base`) has no counterpart.',
  },
  {
    rule: 'MLG015',
    part: 'the whole rule',
    hadolint: ['DL3025'],
    buildkit: ['JSONArgsRecommended'],
    differs:
      'Theirs report every stage (BuildKit: unless a SHELL instruction is set); ours reports only the final stage, where the signal handling matters.',
  },
  {
    rule: 'MLG016',
    facet: 'user-root',
    part: 'a last `USER root`',
    hadolint: ['DL3002'],
    buildkit: [],
    differs:
      'DL3002 reports every stage whose last USER is root; ours only the final stage (the one that runs), and also a final stage that never sets a USER (that part has no counterpart).',
  },
  {
    rule: 'MLG017',
    facet: 'local',
    part: 'ADD of local files',
    hadolint: ['DL3020'],
    buildkit: [],
    differs:
      'Both report ADD of local files that are not archives. The remote parts of MLG017 (a URL without --checksum, an unpinned git ref, a remote archive) have no counterpart.',
  },
];

/** What a finding says about itself, enough to decide whether a counterpart's suppression covers it. */
export interface SuppressibleFinding {
  rule: string;
  line: number;
  endLine: number;
  facet?: string;
}

interface Span {
  line: number;
  endLine: number;
}

interface PerInstruction extends Span {
  ids: ReadonlySet<string>;
}

/** hadolint 2.15: `hadolint`, optionally `global` or `stage`, then `ignore=` and a list; a trailing `# why` is allowed. */
const HADOLINT = /^[ \t]*hadolint[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*([DLSC0-9]+(?:[ \t]*,[ \t]*[DLSC0-9]+)*)[ \t]*(?:#.*)?$/;
/** BuildKit's directive grammar (frontend/dockerfile/parser/directives.go). */
const DIRECTIVE_KEY = /^([a-zA-Z][a-zA-Z0-9]*)\s*=/;
const PARSER_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

/**
 * The suppressions other linters' comments put on our findings:
 * - `# hadolint ignore=DL3042,DL3059` on the line directly above an instruction (hadolint
 *   requires the very next line), `# hadolint global ignore=…` anywhere for the file, and
 *   `# hadolint stage ignore=…` directly above a FROM for the rest of that stage;
 * - BuildKit's `# check=skip=<Check>,…` (or `skip=all`) as a parser directive at the top of the
 *   file, and (Dockerfile frontend 1.21+) in the comments above one instruction.
 */
export function counterpartSuppressions(model: DockerfileModel, text: string) {
  if (!/hadolint|check/i.test(text)) return NONE; // most Dockerfiles: nothing to index
  const fileWide = new Set<string>(); // hadolint ids and BuildKit check names, mixed: they cannot collide
  let skipAll = false;
  const perInstruction: PerInstruction[] = [];
  const perStage: PerInstruction[] = [];

  const top = topCheckDirective(text);
  if (top) {
    if (top.all) skipAll = true;
    top.checks.forEach((c) => fileWide.add(c));
  }

  const pragmaAt = new Map<number, { scope: string | undefined; ids: string[] }>();
  for (const comment of model.comments) {
    const match = HADOLINT.exec(comment.text);
    if (!match) continue;
    const ids = match[2].split(',').map((id) => id.trim());
    if (match[1] === 'global') ids.forEach((id) => fileWide.add(id));
    else pragmaAt.set(comment.line, { scope: match[1], ids });
  }

  const spans = new Map<number, Span>();
  for (const span of [
    ...model.preludeArgs.map((a) => ({ line: a.line, endLine: a.line })),
    ...model.stages.map(fromSpan),
    ...model.instructions,
  ]) {
    spans.set(span.line, { line: span.line, endLine: span.endLine });
  }
  const starts = [...spans.values()].sort((a, b) => a.line - b.line);
  const comments = [...model.comments].sort((a, b) => a.line - b.line);
  const directiveLines = top?.lines ?? new Set<number>();
  let c = 0;
  let previousEnd = 0;
  for (const instruction of starts) {
    const ids = new Set<string>();
    const pragma = pragmaAt.get(instruction.line - 1);
    if (pragma && pragma.scope === undefined) pragma.ids.forEach((id) => ids.add(id));
    // BuildKit reads the comments between the previous instruction and this one; an empty `#` resets them.
    let above: string[] = [];
    for (; c < comments.length && comments[c].line < instruction.line; c++) {
      const comment = comments[c];
      if (comment.line <= previousEnd || directiveLines.has(comment.line)) continue;
      if (comment.text.trim() === '') above = [];
      else above.push(comment.text);
    }
    const skip = instructionCheckSkip(above);
    if (skip?.all) ids.add(SKIP_ALL);
    skip?.checks.forEach((check) => ids.add(check));
    if (ids.size > 0) perInstruction.push({ line: instruction.line, endLine: instruction.endLine, ids });
    previousEnd = Math.max(previousEnd, instruction.endLine);
  }

  // hadolint's stage pragma: a failure belongs to the nearest FROM or stage pragma strictly above
  // its line (so a FROM line itself still counts to the stage before, as hadolint counts it).
  const stageKeys = new Map<number, ReadonlySet<string>>();
  for (const [line, pragma] of pragmaAt) if (pragma.scope === 'stage') stageKeys.set(line + 1, new Set(pragma.ids));
  for (const stage of model.stages) if (!stageKeys.has(stage.fromLine)) stageKeys.set(stage.fromLine, new Set());
  const keys = [...stageKeys.keys()].sort((a, b) => a - b);
  keys.forEach((key, i) => {
    const ids = stageKeys.get(key)!;
    if (ids.size > 0) perStage.push({ line: key + 1, endLine: keys[i + 1] ?? Number.MAX_SAFE_INTEGER, ids });
  });

  if (fileWide.size === 0 && !skipAll && perInstruction.length === 0 && perStage.length === 0) return NONE;
  const counterparts = new Map<string, Counterpart[]>();
  for (const counterpart of COUNTERPARTS) counterparts.set(counterpart.rule, [...(counterparts.get(counterpart.rule) ?? []), counterpart]);

  return {
    isSuppressed(finding: SuppressibleFinding): boolean {
      const mine = (counterparts.get(finding.rule) ?? []).filter((cp) => cp.facet === undefined || cp.facet === finding.facet);
      if (mine.length === 0) return false;
      const silenced = (ids: ReadonlySet<string>, all: boolean) =>
        mine.some(
          (cp) => cp.hadolint.some((id) => ids.has(id)) || (cp.buildkit.length > 0 && (all || cp.buildkit.some((id) => ids.has(id)))),
        );
      if (silenced(fileWide, skipAll)) return true;
      // Both lists are sorted and their spans do not overlap: start at the last span at or before the finding.
      for (let i = Math.max(0, lastAtOrBefore(perInstruction, finding.line)); i < perInstruction.length; i++) {
        const p = perInstruction[i];
        if (p.line > finding.endLine) break;
        if (p.endLine >= finding.line && silenced(p.ids, p.ids.has(SKIP_ALL))) return true;
      }
      const stage = perStage[lastAtOrBefore(perStage, finding.line)];
      return stage !== undefined && finding.line <= stage.endLine && silenced(stage.ids, false);
    },
  };
}

const SKIP_ALL = '\0all'; // not a check name BuildKit could have
const NONE = { isSuppressed: (_finding: SuppressibleFinding) => false };

/** Index of the last span starting at or before `line`, -1 when none does. */
function lastAtOrBefore(spans: readonly Span[], line: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].line <= line) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

function fromSpan(stage: DockerfileModel['stages'][number]): Span {
  return { line: stage.fromLine, endLine: stage.fromLine };
}

export interface CheckSkip {
  all: boolean;
  checks: string[];
}

/**
 * The `check` parser directive, read as BuildKit reads it: after a BOM and a `#!` line, the
 * leading lines that start with `#` and hold `key=value` for a known directive; the first other
 * line ends them. Null without one, or when BuildKit would reject it.
 */
export function topCheckDirective(text: string): (CheckSkip & { lines: Set<number> }) | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 64);
  let index = lines[0]?.startsWith('#!') ? 1 : 0;
  const directiveLines = new Set<number>();
  let value: string | null = null;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (!line.startsWith('#')) break;
    const directive = readDirective(line.slice(1));
    if (!directive || !PARSER_DIRECTIVES.has(directive.key)) break;
    directiveLines.add(index + 1);
    if (directive.key === 'check' && value === null) value = directive.value;
  }
  if (value === null) return null;
  const skip = parseCheckOptions(value);
  return skip && { ...skip, lines: directiveLines };
}

/**
 * `key = value` as BuildKit's `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` reads it, without
 * that pattern's backtracking (quadratic on a long line of blanks in JavaScript).
 */
function readDirective(text: string): { key: string; value: string } | null {
  const rest = text.trimStart();
  const match = DIRECTIVE_KEY.exec(rest);
  if (!match) return null;
  const value = rest.slice(match[0].length).trim();
  return value === '' ? null : { key: match[1].toLowerCase(), value };
}

/** BuildKit 1.21+: the first `check=` among the comments above an instruction, for that instruction. */
function instructionCheckSkip(comments: readonly string[]): CheckSkip | null {
  for (const comment of comments) {
    const directive = readDirective(comment);
    if (directive?.key === 'check') return parseCheckOptions(directive.value);
  }
  return null;
}

/** `skip=A,B;error=true`, after BuildKit's linter.ParseLintOptions; the value ends at the first space. */
export function parseCheckOptions(value: string): CheckSkip | null {
  const options = value.split(' ')[0].trim();
  const skip: CheckSkip = { all: false, checks: [] };
  if (options === '') return skip;
  for (const part of splitN(options, ';', 3)) {
    const at = part.indexOf('=');
    if (at < 0) return null;
    const key = part.slice(0, at).trim();
    const v = part.slice(at + 1).trim();
    if (key === 'skip') {
      if (v === 'all') skip.all = true;
      else skip.checks = v.split(',').map((check) => check.trim());
    } else if (key === 'error') {
      if (!/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(v)) return null;
    } else if (key !== 'experimental') {
      return null;
    }
  }
  return skip;
}

/** Go's strings.SplitN: at most n parts, the last one holding the rest. */
function splitN(text: string, separator: string, n: number): string[] {
  const parts = text.split(separator);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(separator)];
}
