// What the local engine says about an image in its store: id, layers with their uncompressed
// sizes (docker history) and Dockerfile lines. Thin adapter over `docker`. Images in a registry
// or an OCI layout are read from their manifests instead (src/image/measure.ts).
import type { ImageSection, LayerInfo } from '../report/types.js';
import { exec } from '../util/exec.js';
import { layersFromHistory, matchHistoryToInstructions, parseHistory, type HistoryEntry } from './history.js';
import type { DockerfileInstruction } from './instructions.js';

export interface InspectInput {
  /** A reference the local engine knows (tag or id). */
  ref: string;
  /** The final stage's instruction chain (lint's finalChainView). */
  chain: readonly DockerfileInstruction[];
  digest?: string | null;
}

export interface ImageInspection {
  section: ImageSection;
  history: HistoryEntry[]; // oldest first, empty-layer entries included
  diffIds: string[];
  /** Dockerfile line of a history entry (index oldest first, as in the image config). */
  lineOfHistory: (historyIndex: number) => number | null;
}

export async function inspectImage(input: InspectInput): Promise<ImageInspection> {
  const inspected = await exec('docker', ['image', 'inspect', '--format', '{{json .}}', input.ref]);
  if (inspected.exitCode !== 0) return failed(input, `docker image inspect ${input.ref} failed: ${firstLine(inspected.stderr)}`);
  const image = JSON.parse(inspected.stdout) as { Id?: string; RootFS?: { Layers?: string[] } };
  const diffIds = image.RootFS?.Layers ?? [];

  const historyRun = await exec('docker', ['history', '--no-trunc', '--human=false', '--format', '{{json .}}', input.ref]);
  if (historyRun.exitCode !== 0) return failed(input, `docker history ${input.ref} failed: ${firstLine(historyRun.stderr)}`);
  const history = parseHistory(historyRun.stdout);
  const layers = layersFromHistory(history, diffIds, input.chain);
  const lines = matchHistoryToInstructions(history, input.chain);

  const section: ImageSection = {
    status: 'ok',
    ref: input.ref,
    digest: input.digest ?? null,
    id: image.Id ?? null,
    size: history.reduce((total, entry) => total + entry.size, 0),
    compressedSize: null,
    layers,
    analysis: null,
  };
  return { section, history, diffIds, lineOfHistory: (index) => lines[index]?.line ?? null };
}

/** Sets per-layer blob digests and sizes, and their sum as the compressed size. */
export function applyCompressedSizes(section: ImageSection, blobs: readonly { digest: string; size: number }[]): void {
  section.layers = section.layers.map((layer: LayerInfo, i) => ({ ...layer, digest: blobs[i].digest, compressedSize: blobs[i].size }));
  section.compressedSize = blobs.reduce((total, blob) => total + blob.size, 0);
}

function failed(input: InspectInput, reason: string): ImageInspection {
  return {
    section: {
      status: 'failed',
      reason,
      ref: input.ref,
      digest: input.digest ?? null,
      id: null,
      size: null,
      compressedSize: null,
      layers: [],
      analysis: null,
    },
    history: [],
    diffIds: [],
    lineOfHistory: () => null,
  };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
