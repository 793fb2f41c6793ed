// Image history → layers with the Dockerfile line that made each one. Pure.
//
// Sizes come from `docker history` (uncompressed, per layer, the same on both image stores);
// `docker image inspect`'s Size is the packed size on Docker's containerd store before
// moby#53426, so it is never used for the size.
import type { LayerInfo } from '../report/types.js';
import { normalizeCommand, withoutFlags, type DockerfileInstruction } from './instructions.js';

export interface HistoryEntry {
  createdBy: string;
  size: number; // bytes, 0 for metadata-only entries
  comment: string;
}

/** Parses `docker history --no-trunc --human=false --format '{{json .}}'` (newest first) into oldest-first entries. */
export function parseHistory(output: string): HistoryEntry[] {
  return output
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as { CreatedBy?: string; Size?: string | number; Comment?: string };
      const size = Number(row.Size ?? 0);
      if (!Number.isFinite(size)) throw new Error(`docker history gave a size that is not a byte count: ${row.Size}`);
      return { createdBy: row.CreatedBy ?? '', size, comment: row.Comment ?? '' };
    })
    .reverse();
}

/**
 * Which history entries carry a layer. The image config's empty_layer flags say so exactly
 * (pass them when known); otherwise entries with bytes are layers, and zero-byte entries of
 * filesystem instructions fill up to the layer count, newest first.
 */
export function layerEntryIndexes(history: readonly HistoryEntry[], layerCount: number, emptyLayer?: readonly boolean[]): number[] {
  if (emptyLayer && emptyLayer.length === history.length) {
    return history.map((_, i) => i).filter((i) => !emptyLayer[i]);
  }
  const chosen = new Set(history.map((e, i) => (e.size > 0 ? i : -1)).filter((i) => i >= 0));
  for (let i = history.length - 1; i >= 0 && chosen.size < layerCount; i--) {
    if (!chosen.has(i) && makesFilesystemChange(history[i].createdBy)) chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b).slice(-layerCount);
}

function makesFilesystemChange(createdBy: string): boolean {
  if (createdBy.endsWith('# buildkit')) return true;
  if (createdBy.includes('#(nop)')) return /#\(nop\)\s+(ADD|COPY)\b/.test(createdBy);
  return /^(RUN|COPY|ADD|WORKDIR)\b/.test(createdBy) || createdBy.startsWith('/bin/sh -c');
}

/**
 * The Dockerfile line of each history entry (oldest first), null when none. `chain` is the
 * final stage's instructions with its FROM <stage> ancestors (ancestors first, FROM excluded).
 * Entries older than the first one matched come from the base image.
 */
export function matchHistoryToInstructions(
  history: readonly HistoryEntry[],
  chain: readonly DockerfileInstruction[],
): { line: number | null; fromBase: boolean }[] {
  const instructions = chain.filter((i) => i.keyword.toUpperCase() !== 'FROM');
  const n = history.length;
  const m = instructions.length;
  // Monotonic alignment maximizing score: same keyword and text 3, same keyword 1. Almost
  // always every instruction has one entry and this is the diagonal from the end.
  const score = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = matchScore(history[i].createdBy, instructions[j]);
      score[i][j] = Math.max(score[i + 1][j], score[i][j + 1], pair > 0 ? pair + score[i + 1][j + 1] : 0);
    }
  }
  const lines = new Array<number | null>(n).fill(null);
  let firstMatched = n;
  for (let i = 0, j = 0; i < n && j < m;) {
    const pair = matchScore(history[i].createdBy, instructions[j]);
    if (pair > 0 && score[i][j] === pair + score[i + 1][j + 1]) {
      lines[i] = instructions[j].line;
      firstMatched = Math.min(firstMatched, i);
      i++;
      j++;
    } else if (score[i][j] === score[i + 1][j]) i++;
    else j++;
  }
  return lines.map((line, i) => ({ line, fromBase: i < firstMatched }));
}

function matchScore(createdBy: string, instruction: DockerfileInstruction): number {
  const entry = historyCommand(createdBy);
  const keyword = instruction.keyword.toUpperCase();
  if (entry.keyword !== keyword) return 0;
  const args = instructionText(instruction);
  return args && (entry.text === args || entry.text.endsWith(` ${args}`) || entry.text.includes(args)) ? 3 : 1;
}

/** Keyword and text of a history entry, buildkit's "# buildkit" marker and RUN's arg prefix removed. */
function historyCommand(createdBy: string): { keyword: string; text: string } {
  let text = normalizeCommand(createdBy.replace(/\s*# buildkit$/, ''));
  const nop = /^\/bin\/sh -c #\(nop\)\s*(.*)$/.exec(text);
  if (nop) text = nop[1];
  else if (text.startsWith('/bin/sh -c ')) text = `RUN ${text}`; // the legacy builder's RUN
  const space = text.indexOf(' ');
  const keyword = (space < 0 ? text : text.slice(0, space)).toUpperCase();
  return { keyword, text: space < 0 ? '' : text.slice(space + 1) };
}

/** What the history shows of an instruction: flags dropped, exec-form JSON joined with spaces. */
function instructionText(instruction: DockerfileInstruction): string {
  const args = withoutFlags(instruction.args);
  if (args.startsWith('[')) {
    try {
      const words = JSON.parse(args) as unknown;
      if (Array.isArray(words) && words.every((w) => typeof w === 'string')) return normalizeCommand(words.join(' '));
    } catch {
      // not JSON: shell form that starts with a bracket
    }
  }
  return args;
}

/** LayerInfo for each layer (oldest first) from the history and the instruction match. */
export function layersFromHistory(
  history: readonly HistoryEntry[],
  diffIds: readonly string[],
  chain: readonly DockerfileInstruction[],
  emptyLayer?: readonly boolean[],
): LayerInfo[] {
  const lines = matchHistoryToInstructions(history, chain);
  const entries = layerEntryIndexes(history, diffIds.length, emptyLayer);
  // Newest layers belong to the newest entries; layers without an entry are old base layers.
  const missing = diffIds.length - entries.length;
  return diffIds.map((diffId, position) => {
    const entry = entries[position - missing];
    if (entry === undefined) return { diffId, size: 0, createdBy: '', line: null, fromBase: true };
    return { diffId, size: history[entry].size, createdBy: history[entry].createdBy, ...lines[entry] };
  });
}
