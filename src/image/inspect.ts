// What the engine and the registry say about a built image: id, layers with their
// uncompressed sizes (docker history) and Dockerfile lines, and, when the image was pushed,
// the compressed layer sizes of its registry manifest. Thin adapter over `docker`.
import type { ImageSection, LayerInfo } from '../report/types.js';
import { exec } from '../util/exec.js';
import { repositoryOf } from '../util/image-ref.js';
import { layersFromHistory, matchHistoryToInstructions, parseHistory, type HistoryEntry } from './history.js';
import type { DockerfileInstruction } from './instructions.js';

export interface InspectInput {
  /** A reference the local engine knows (tag or id). */
  ref: string;
  /** The final stage's instruction chain (lint's finalChainView). */
  chain: readonly DockerfileInstruction[];
  /** Where the image was pushed, to read the manifest's compressed sizes; null when not pushed. */
  registryRef?: string | null;
  digest?: string | null;
  platform?: string | null;
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
  if (input.registryRef) {
    const blobs = await registryLayerBlobs(input.registryRef, input.platform ?? null);
    if (blobs && blobs.length === layers.length) applyCompressedSizes(section, blobs);
  }
  return { section, history, diffIds, lineOfHistory: (index) => lines[index]?.line ?? null };
}

/** Sets per-layer blob digests and sizes, and their sum as the compressed size. */
export function applyCompressedSizes(section: ImageSection, blobs: readonly { digest: string; size: number }[]): void {
  section.layers = section.layers.map((layer: LayerInfo, i) => ({ ...layer, digest: blobs[i].digest, compressedSize: blobs[i].size }));
  section.compressedSize = blobs.reduce((total, blob) => total + blob.size, 0);
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
}

/** The layer descriptors of the image manifest in the registry (an index resolved to one platform). */
export async function registryLayerBlobs(ref: string, platform: string | null): Promise<Descriptor[] | null> {
  const top = await rawManifest(ref);
  if (!top) return null;
  if (top.layers) return top.layers;
  const wanted = platform ?? `linux/${process.arch === 'x64' ? 'amd64' : process.arch}`;
  const chosen =
    (top.manifests ?? []).find((m) => m.platform && platformOf(m.platform) === wanted) ??
    (top.manifests ?? []).find((m) => m.platform?.os !== 'unknown'); // skip attestation manifests
  if (!chosen) return null;
  const repository = repositoryOf(ref);
  return (await rawManifest(`${repository}@${chosen.digest}`))?.layers ?? null;
}

async function rawManifest(ref: string): Promise<{ layers?: Descriptor[]; manifests?: Descriptor[] } | null> {
  const result = await exec('docker', ['buildx', 'imagetools', 'inspect', '--raw', ref]);
  if (result.exitCode !== 0) return null;
  try {
    return JSON.parse(result.stdout) as { layers?: Descriptor[]; manifests?: Descriptor[] };
  } catch {
    return null;
  }
}

function platformOf(p: NonNullable<Descriptor['platform']>): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
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
