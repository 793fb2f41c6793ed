// Build progress from BuildKit's status stream: steps with their Dockerfile line, time and
// cache state, cache hits, the first step that missed the cache, and the cache registry's
// troubles. Pure and incremental: apply statuses as they arrive, read the state any time.
//
// rawjson carries no source locations, so a step is matched to its instruction through the
// vertex name buildx gives it: `[<stage> <n>/<total>] <KEYWORD> <args>`.
import type { BuildPhase, BuildStep } from '../report/types.js';
import { withoutFlags, type DockerfileStage, type DockerfileInstruction } from '../image/instructions.js';
import type { SolveStatus, SolveVertex, SolveVertexStatus } from './rawjson.js';

export interface ProgressVertex {
  digest: string;
  name: string;
  started: number | null; // epoch ms
  completed: number | null;
  cached: boolean;
  error: string | null;
  /** Set for Dockerfile instruction steps. */
  step: { stage: string | null; index: number; total: number; keyword: string; line: number | null } | null;
}

export interface ProgressState {
  vertices: ProgressVertex[]; // in order of first appearance
  steps: BuildStep[]; // Dockerfile steps, in Dockerfile order
  cacheHits: number;
  totalSteps: number; // FROM excluded: pulling a base image is not a build step
  firstMiss: { name: string; line: number | null } | null;
  wallSeconds: number | null; // first vertex start to last vertex end
  /** Cache import/export failures that did not stop the build. */
  warnings: string[];
  /** Errors of failed vertices, in order. */
  errors: string[];
  /** Notes that are not problems, e.g. a branch's first build finds no cache yet. */
  notes: string[];
  /** Time outside the Dockerfile's steps: context upload, cache import, export, push. */
  phases: BuildPhase[];
}

/** A part of a vertex's work as its statuses report it: first start, last end, most bytes. */
interface PartProgress {
  vertex: string;
  /** `transferring context:`, `exporting layers`, `pushing layers` (the name is only a verb). */
  id: string;
  started: number | null;
  completed: number | null;
  current: number;
}

// `[<platform>? <stage>? n/total] KEYWORD args`: the stage is left out when the Dockerfile
// has one stage, the platform when one platform is built.
const STEP_NAME = /^\[((?:\S+ )*)(\d+)\/(\d+)\] (\S+)(?: ([\s\S]*))?$/;
// buildx counts these instructions as steps (plus FROM when the base is not scratch).
const COUNTED = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export class BuildProgress {
  private readonly vertices = new Map<string, ProgressVertex>();
  private readonly parts = new Map<string, PartProgress>();

  constructor(private readonly stages: readonly DockerfileStage[] = []) {}

  apply(status: SolveStatus): void {
    for (const v of status.vertexes ?? []) this.applyVertex(v);
    for (const part of status.statuses ?? []) this.applyPart(part);
  }

  state(): ProgressState {
    const vertices = [...this.vertices.values()];
    const stepVertices = vertices
      .filter((v) => v.step)
      .sort((a, b) => (a.step!.line ?? Infinity) - (b.step!.line ?? Infinity) || (a.started ?? 0) - (b.started ?? 0));
    const counted = stepVertices.filter((v) => v.step!.keyword !== 'FROM');
    const miss = counted.find((v) => !v.cached && v.completed !== null);
    const starts = vertices.map((v) => v.started).filter((t): t is number => t !== null);
    const ends = vertices.map((v) => v.completed).filter((t): t is number => t !== null);
    return {
      vertices,
      steps: stepVertices.map((v) => ({
        name: v.name,
        line: v.step!.line,
        // A cached step's time is the pulling of its cached layers: that is cache-import, not the step.
        seconds: !v.cached && v.started !== null && v.completed !== null ? round((v.completed - v.started) / 1000) : 0,
        cached: v.cached,
      })),
      cacheHits: counted.filter((v) => v.cached).length,
      totalSteps: counted.length,
      firstMiss: miss ? { name: miss.name, line: miss.step!.line } : null,
      wallSeconds: starts.length && ends.length ? round((Math.max(...ends) - Math.min(...starts)) / 1000) : null,
      ...this.cacheReport(vertices),
      errors: vertices.filter((v) => v.error && !isCacheVertex(v.name)).map((v) => `${v.name}: ${v.error}`),
      phases: this.phases(vertices),
    };
  }

  private applyPart(update: SolveVertexStatus): void {
    const key = `${update.vertex}\u0000${update.id}`;
    let part = this.parts.get(key);
    if (!part) this.parts.set(key, (part = { vertex: update.vertex, id: update.id, started: null, completed: null, current: 0 }));
    const started = time(update.started);
    const completed = time(update.completed);
    if (started !== null && (part.started === null || started < part.started)) part.started = started;
    if (completed !== null && (part.completed === null || completed > part.completed)) part.completed = completed;
    if (typeof update.current === 'number' && update.current > part.current) part.current = update.current;
  }

  /** Where the wall time outside the steps went, each phase's overlapping intervals counted once. */
  private phases(vertices: ProgressVertex[]): BuildPhase[] {
    const span = (v: { started: number | null; completed: number | null }): Interval[] =>
      v.started !== null && v.completed !== null ? [[v.started, v.completed]] : [];
    const named = (test: (name: string) => boolean) => vertices.filter((v) => test(v.name));
    const context = named((name) => name === '[internal] load build context');
    const contextBytes = [...this.parts.values()]
      .filter((part) => context.some((v) => v.digest === part.vertex) && part.id.startsWith('transferring context'))
      .reduce((max, part) => Math.max(max, part.current), 0);
    const exporting = named((name) => name.startsWith('exporting to '));
    const pushes = [...this.parts.values()].filter(
      (part) => exporting.some((v) => v.digest === part.vertex) && part.id.startsWith('pushing'),
    );
    const pushSeconds = unionSeconds(pushes.flatMap(span));
    const phases: BuildPhase[] = [
      { phase: 'context-upload', seconds: unionSeconds(context.flatMap(span)), ...(contextBytes > 0 ? { bytes: contextBytes } : {}) },
      {
        phase: 'cache-import',
        seconds: unionSeconds(
          [...named((name) => name.startsWith('importing cache manifest from ')), ...vertices.filter((v) => v.step && v.cached)].flatMap(
            span,
          ),
        ),
      },
      { phase: 'export-image', seconds: round(Math.max(0, unionSeconds(exporting.flatMap(span)) - pushSeconds)) },
      { phase: 'push', seconds: pushSeconds },
      { phase: 'export-cache', seconds: unionSeconds(named((name) => name.startsWith('exporting cache')).flatMap(span)) },
    ];
    return phases.filter((phase) => phase.seconds > 0);
  }

  private applyVertex(update: SolveVertex): void {
    let vertex = this.vertices.get(update.digest);
    if (!vertex) {
      const name = update.name ?? update.digest;
      vertex = { digest: update.digest, name, started: null, completed: null, cached: false, error: null, step: this.locate(name) };
      this.vertices.set(update.digest, vertex);
    }
    const started = time(update.started);
    const completed = time(update.completed);
    // A vertex reappears when it restarts or finishes: keep its first start and last end.
    if (started !== null && (vertex.started === null || started < vertex.started)) vertex.started = started;
    if (completed !== null && (vertex.completed === null || completed > vertex.completed)) vertex.completed = completed;
    if (update.cached) vertex.cached = true;
    if (update.error) vertex.error = update.error;
  }

  private locate(name: string): ProgressVertex['step'] {
    const match = STEP_NAME.exec(name);
    if (!match) return null;
    const [, prefix, index, total, keyword, args = ''] = match;
    // Platforms contain a slash, stage names cannot.
    const stageName =
      prefix
        .split(' ')
        .filter((word) => word && !word.includes('/'))
        .pop() ?? null;
    const step = { stage: stageName, index: Number(index), total: Number(total), keyword: keyword.toUpperCase(), line: null };
    const stage = this.findStage(stageName);
    return { ...step, line: stage ? findLine(stage, step.keyword, args, step.index, step.total) : null };
  }

  private findStage(name: string | null): DockerfileStage | null {
    if (name === null) return this.stages.length === 1 ? this.stages[0] : null;
    const byName = this.stages.find((s) => s.name?.toLowerCase() === name.toLowerCase());
    if (byName) return byName;
    const unnamed = /^stage-(\d+)$/.exec(name);
    return unnamed ? (this.stages[Number(unnamed[1])] ?? null) : null;
  }

  private cacheReport(vertices: ProgressVertex[]): Pick<ProgressState, 'warnings' | 'notes'> {
    const warnings: string[] = [];
    const notes: string[] = [];
    for (const v of vertices) {
      if (!v.error || !isCacheVertex(v.name)) continue;
      const importing = /^importing cache manifest from (.*)$/.exec(v.name);
      if (importing && /: not found$/.test(v.error)) {
        notes.push(`no cache at ${importing[1]} yet (first build of this ref)`);
      } else if (importing) {
        warnings.push(`cache registry unreachable: could not import cache from ${importing[1]} (${v.error}); the build went on without it`);
      } else {
        warnings.push(`cache registry unreachable: could not export the cache (${v.error}); the build itself succeeded without it`);
      }
    }
    return { warnings, notes };
  }
}

/**
 * The Dockerfile line of step `index/total` of a stage: the instruction of that keyword whose
 * text matches, else the index-th counted instruction (when build args changed the text).
 */
function findLine(stage: DockerfileStage, keyword: string, args: string, index: number, total: number): number | null {
  const counted = stage.instructions.filter((i) => COUNTED.has(i.keyword.toUpperCase()));
  const fromOffset = total - counted.length; // 1 when FROM is a step (base is not scratch)
  if (keyword === 'FROM') return stage.fromLine ?? null;
  const byPosition = counted[index - 1 - fromOffset];
  const wanted = withoutFlags(args);
  const sameText = (i: DockerfileInstruction) => i.keyword.toUpperCase() === keyword && withoutFlags(i.args) === wanted;
  if (byPosition && sameText(byPosition)) return byPosition.line;
  const byText = stage.instructions.find(sameText);
  if (byText) return byText.line;
  return byPosition && byPosition.keyword.toUpperCase() === keyword ? byPosition.line : null;
}

function isCacheVertex(name: string): boolean {
  return name.startsWith('importing cache manifest from ') || name.startsWith('exporting cache');
}

function time(text: string | undefined): number | null {
  if (!text || text.startsWith('0001-')) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

type Interval = [number, number];

/** Seconds covered by the intervals (epoch ms), overlaps counted once. */
function unionSeconds(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = sorted[0] ?? [0, 0];
  for (const [from, to] of sorted.slice(1)) {
    if (from > end) {
      total += end - start;
      [start, end] = [from, to];
    } else end = Math.max(end, to);
  }
  return round((total + end - start) / 1000);
}
