// Runs the Dockerfile rules over one Dockerfile and turns their findings into report Findings:
// configured severity or off, inline and file-level suppression (ours, and hadolint's or BuildKit's for
// the rules that overlap theirs: interop.ts), kept and marked suppressed.
import type { Finding, Severity } from '../report/types.js';
import type { RuleSetting } from '../config/types.js';
import type { RuleMeta, RuleFinding } from './rule-meta.js';
import type { DockerfileRule, LintInput } from './rule.js';
import { finalStage, parseDockerfile, type DockerfileModel } from './dockerfile.js';
import type { ContextIndex } from './context.js';
import { compareText } from '../util/compare.js';
import { plainMessage } from '../report/finding-text.js';
import { counterpartSuppressions } from './interop.js';

export interface LintOptions {
  text: string;
  dockerfile: string; // repository-relative, for findings
  target: string | null;
  context: ContextIndex;
  rules: readonly DockerfileRule[];
  settings: Record<string, RuleSetting>;
}

export interface LintResult {
  model: DockerfileModel;
  input: LintInput;
  findings: Finding[];
}

// One class after the `=`, not `\s*` then a class that also takes blanks: that pair backtracks
// quadratically on a long line of blanks ending in another character.
const DIRECTIVE = /^\s*ml-image-guard\s+(ignore|ignore-file)\s*=([\w\s,-]+)$/i;

/** Throws DockerfileError for input that is not a Dockerfile or a missing --target stage. */
export function lintDockerfile(options: LintOptions): LintResult {
  const model = parseDockerfile(options.text);
  const input: LintInput = {
    model,
    final: finalStage(model, options.target),
    target: options.target,
    dockerfile: options.dockerfile,
    context: options.context,
  };
  const suppressions = readSuppressions(
    model,
    options.rules.map((r) => r.meta),
  );
  const theirs = counterpartSuppressions(model, options.text);
  const findings: Finding[] = [];
  const place = instructionPlacer(model);
  for (const rule of options.rules) {
    const meta = rule.meta;
    const setting = options.settings[meta.id];
    if (setting === 'off') continue;
    for (const raw of rule.check(input)) {
      const finding = toFinding(meta, place(raw), options.dockerfile, setting);
      finding.suppressed =
        suppressions.isSuppressed(meta.id, finding.line) ||
        theirs.isSuppressed({ rule: meta.id, line: finding.line, endLine: finding.endLine, facet: raw.facet });
      findings.push(finding);
    }
  }
  return { model, input, findings: sortFindings(findings) };
}

/**
 * A finding points at the whole instruction it is about: `line` its first line, `endLine` its last
 * (annotations and SARIF span them). A rule that names a line inside it (the command or package
 * in a long RUN) keeps that line as the finer `position`.
 */
function instructionPlacer(model: DockerfileModel): (raw: RuleFinding) => RuleFinding {
  let spans: Map<number, { line: number; endLine: number }> | undefined;
  return (raw) => {
    if (raw.line <= 0) return raw;
    spans ??= instructionSpans(model);
    const span = spans.get(raw.line);
    if (!span) return raw;
    if (span.line === raw.line) return raw.endLine === undefined ? { ...raw, endLine: span.endLine } : raw;
    return { ...raw, line: span.line, endLine: span.endLine, position: raw.position ?? { line: raw.line } };
  };
}

/** Each line of each instruction (FROM lines included) → that instruction's first and last line. */
function instructionSpans(model: DockerfileModel): Map<number, { line: number; endLine: number }> {
  const spans = new Map<number, { line: number; endLine: number }>();
  for (const stage of model.stages) spans.set(stage.fromLine, { line: stage.fromLine, endLine: stage.fromLine });
  for (const { line, endLine } of model.instructions) {
    const span = { line, endLine };
    for (let l = line; l <= endLine; l++) spans.set(l, span);
  }
  return spans;
}

export function toFinding(meta: RuleMeta, raw: RuleFinding, file: string, setting?: RuleSetting): Finding {
  const severity: Severity = setting && setting !== 'off' ? setting : (raw.severity ?? meta.severity);
  const text = findingText(meta, raw);
  const finding: Finding = {
    rule: meta.id,
    name: meta.name,
    severity,
    ...text,
    file,
    line: raw.line,
    endLine: raw.endLine ?? raw.line,
    suppressed: false,
  };
  if (raw.position) finding.position = raw.position;
  if (raw.origin) finding.origin = raw.origin;
  if (raw.bytes !== undefined) finding.bytes = raw.bytes;
  return finding;
}

function findingText(meta: RuleMeta, raw: RuleFinding): Pick<Finding, 'title' | 'detail' | 'fix' | 'quotes' | 'saving' | 'message'> {
  if ('message' in raw) {
    // A rule not yet structured: its whole message is treated as repository text, so renderers escape it.
    return { title: meta.description, detail: '{0}', fix: '', quotes: [raw.message], message: raw.message };
  }
  const fields = { title: raw.title, detail: raw.detail, fix: raw.fix, quotes: raw.quotes ?? [] };
  return { ...fields, ...(raw.saving ? { saving: raw.saving } : {}), message: plainMessage(fields) };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by line, then by rule: the order every rendering shows. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.file, b.file) ||
      a.line - b.line ||
      compareText(a.rule, b.rule),
  );
}

/**
 * `# ml-image-guard ignore=MLG007,pip-cache` in the comment block directly above an
 * instruction suppresses those rules for that instruction's lines;
 * `# ml-image-guard ignore-file=MLG013` anywhere suppresses them for the whole file.
 */
export function readSuppressions(model: DockerfileModel, metas: readonly RuleMeta[]) {
  const directives: { comment: DockerfileModel['comments'][number]; match: RegExpExecArray }[] = [];
  for (const comment of model.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (match) directives.push({ comment, match });
  }
  // Most Dockerfiles have no directive: nothing to index then.
  if (directives.length === 0) return NO_SUPPRESSIONS;

  const idOf = new Map<string, string>();
  for (const meta of metas) {
    idOf.set(meta.id.toLowerCase(), meta.id);
    idOf.set(meta.name.toLowerCase(), meta.id);
  }
  const resolve = (list: string) =>
    list
      .split(/[\s,]+/)
      .map((token) => idOf.get(token.toLowerCase()))
      .filter((id): id is string => id !== undefined);

  const fileWide = new Set<string>();
  const byCommentLine = new Map<number, string[]>();
  for (const { comment, match } of directives) {
    if (match[1].toLowerCase() === 'ignore-file') resolve(match[2]).forEach((id) => fileWide.add(id));
    else byCommentLine.set(comment.line, resolve(match[2]));
  }

  const commentLines = new Set(model.comments.map((c) => c.line));
  const byInstructionLine = new Map<number, Set<string>>(); // every line of a suppressed instruction
  for (const instruction of [...model.instructions, ...model.stages.map(fromAsInstruction)]) {
    const ids = new Set<string>();
    for (let line = instruction.line - 1; commentLines.has(line); line--) {
      byCommentLine.get(line)?.forEach((id) => ids.add(id));
    }
    if (ids.size === 0) continue;
    for (let line = instruction.line; line <= instruction.endLine; line++) byInstructionLine.set(line, ids);
  }

  return {
    isSuppressed: (id: string, line: number) => fileWide.has(id) || (byInstructionLine.get(line)?.has(id) ?? false),
  };
}

const NO_SUPPRESSIONS = { isSuppressed: (_id: string, _line: number) => false };

function fromAsInstruction(stage: DockerfileModel['stages'][number]) {
  return { line: stage.fromLine, endLine: stage.fromLine };
}
