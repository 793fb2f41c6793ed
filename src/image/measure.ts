// The measure stage of the pipeline: from wherever the image is (the local store, a registry, an
// OCI layout), one section per platform: layers, sizes, the layer walk within the analyze-layers
// budget, and image rule findings. Every outcome, including "could not run", lands in the
// returned sections and notes.
import { performance } from 'node:perf_hooks';
import type { Config } from '../config/types.js';
import type { Finding, ImageSection } from '../report/types.js';
import type { Logger } from '../log.js';
import type { LintResult } from '../lint/engine.js';
import { finalChainView } from '../lint/index.js';
import { readSuppressions, toFinding } from '../lint/engine.js';
import { imageRuleMetas } from './rules/index.js';
import { formatBytes } from '../config/units.js';
import { applyCompressedSizes, inspectImage } from './inspect.js';
import { walkBlobs, walkImage, type WalkResult } from './walk.js';
import { analyzeArchive } from './analyze.js';
import type { ImageConfig } from './archive.js';
import {
  CONFIG_MAX_BYTES,
  blobJson,
  platformManifests,
  platformName,
  type BlobStore,
  type Descriptor,
  type ImageManifest,
} from './blobs.js';
import { layersFromHistory, matchHistoryToInstructions, type HistoryEntry } from './history.js';
import type { DockerfileInstruction } from './instructions.js';
import { blobStoreOf, scanSubject, sourceName, type ImageLocation, type ScanSubject } from './source.js';

// analyze-layers: auto walks images up to this size, and for at most this long.
// `docker save` streams about 60 MB/s here (the engine's export is the floor), so 20 GB is the
// size at which the walk would take several minutes of a CI job; past the time budget the
// analysis stops and is reported partial.
export const AUTO_MAX_IMAGE_BYTES = 20_000_000_000;
export const AUTO_TIME_BUDGET_MS = 5 * 60 * 1000;

export interface MeasuredImage {
  /** The first platform's section (the report's `image`). */
  image: ImageSection;
  /** Every measured platform, the first included. */
  platforms: ImageSection[];
  notes: string[];
  findings: Finding[];
  /** Dockerfile line of an image config history entry, for the scanner. */
  lineOfHistory: (historyIndex: number, createdBy: string) => number | null;
  scan: ScanSubject;
}

interface PlatformMeasure {
  section: ImageSection;
  findings: Finding[];
  lineOfHistory: (historyIndex: number) => number | null;
}

/** Measures the image at `location`, every platform it holds (or those the platforms input names). */
export async function measureImage(config: Config, lint: LintResult | null, location: ImageLocation, log: Logger): Promise<MeasuredImage> {
  const chain = lint ? finalChainView(lint) : [];
  const notes: string[] = [];
  const measured =
    location.kind === 'local'
      ? [await measureLocal(config, lint, chain, location.ref, notes, log)]
      : await measureFromBlobs(config, lint, chain, location, notes, log);
  const sections = measured.map((m) => m.section);
  for (const section of sections) {
    const where = sections.length > 1 ? ` (${section.platform})` : '';
    if (section.status !== 'ok') notes.push(`Image not inspected${where}: ${section.reason}`);
    else if (section.analysis && section.analysis.status !== 'ok')
      notes.push(`Layer analysis${where} ${section.analysis.status}: ${section.analysis.reason}`);
  }
  if (sections.some((s) => s.status === 'ok' && s.size === null))
    notes.push(
      `Uncompressed size unknown: read from ${location.kind === 'registry' ? 'a registry' : 'an OCI layout'}, it is the sum of the files the layer walk finds, and the walk did not cover every layer.`,
    );
  if (sections.some((s) => s.status === 'ok' && s.compressedSize === null))
    notes.push('Compressed size unknown: it is read from the pushed manifest or from compressed layer blobs of the local image store.');
  const first = measured[0];
  return {
    image: first.section,
    platforms: sections,
    notes,
    findings: distinctFindings(measured.flatMap((m) => m.findings)),
    lineOfHistory: (index) => first.lineOfHistory(index),
    scan: scanSubject(location, sections.length > 1 ? first.section.platform : undefined),
  };
}

/** The local store: docker image inspect and history, then the walk over `docker save`. */
async function measureLocal(
  config: Config,
  lint: LintResult | null,
  chain: readonly DockerfileInstruction[],
  ref: string,
  notes: string[],
  log: Logger,
): Promise<PlatformMeasure> {
  if (config.build.platforms.length > 1) {
    notes.push(
      `Measured the engine's own platform only: an image store cannot be read per platform; push the image, or drop load, to measure ${config.build.platforms.join(', ')} one by one.`,
    );
  } else if (config.build.platforms.length === 1) {
    notes.push(`Measured for ${config.build.platforms[0]} only: sizes and layers are per platform.`);
  }
  const inspection = await inspectImage({ ref, chain });
  const section: ImageSection = { ...inspection.section, source: 'local-store' };
  if (section.status !== 'ok') return { section, findings: [], lineOfHistory: () => null };
  const findings = await walkAndAnalyze(config, lint, section, inspection.history, chain, section.size ?? 0, log, (budget) =>
    walkImage(ref, { timeBudgetMs: budget }),
  );
  return { section, findings, lineOfHistory: inspection.lineOfHistory };
}

/** A registry or OCI layout: the index, one manifest and config per platform, the layers blob by blob. */
async function measureFromBlobs(
  config: Config,
  lint: LintResult | null,
  chain: readonly DockerfileInstruction[],
  location: Exclude<ImageLocation, { kind: 'local' }>,
  notes: string[],
  log: Logger,
): Promise<PlatformMeasure[]> {
  const ref = location.ref;
  const source = sourceName(location);
  const store = blobStoreOf(location);
  const unread = (reason: string): PlatformMeasure[] => [
    { section: unreadSection(ref, source, `${store.label}: ${reason}`), findings: [], lineOfHistory: () => null },
  ];
  let top;
  try {
    top = await store.document(null);
  } catch (error) {
    return unread((error as Error).message);
  }
  if (top.kind === 'manifest') {
    try {
      return [await measurePlatform(config, lint, chain, store, ref, source, top.manifest, top.digest, null, log)];
    } catch (error) {
      return unread((error as Error).message);
    }
  }

  const available = platformManifests(top.manifests);
  const wanted = config.build.platforms;
  const chosen = wanted.length > 0 ? available.filter((d) => wanted.includes(platformName(d.platform))) : available;
  const missing = wanted.filter((p) => !available.some((d) => platformName(d.platform) === p));
  if (missing.length > 0)
    notes.push(
      `Not in the image: ${missing.join(', ')} (it holds ${available.map((d) => platformName(d.platform)).join(', ') || 'no platform image'}).`,
    );
  if (chosen.length === 0) return unread('the index holds no image manifest for the platforms asked for');
  const measured: PlatformMeasure[] = [];
  for (const descriptor of chosen) {
    try {
      const document = await store.document(descriptor.digest);
      if (document.kind !== 'manifest') throw new Error(`${descriptor.digest} is an index inside an index`);
      measured.push(await measurePlatform(config, lint, chain, store, ref, source, document.manifest, document.digest, descriptor, log));
    } catch (error) {
      const section = { ...unreadSection(ref, source, (error as Error).message), platform: platformName(descriptor.platform) };
      measured.push({ section, findings: [], lineOfHistory: () => null });
    }
  }
  return measured;
}

async function measurePlatform(
  config: Config,
  lint: LintResult | null,
  chain: readonly DockerfileInstruction[],
  store: BlobStore,
  ref: string | null,
  source: NonNullable<ImageSection['source']>,
  manifest: ImageManifest,
  digest: string,
  descriptor: Descriptor | null,
  log: Logger,
): Promise<PlatformMeasure> {
  const image = (await blobJson(store, manifest.config, CONFIG_MAX_BYTES)) as ImageConfig & {
    os?: string;
    architecture?: string;
    variant?: string;
  };
  const platform = descriptor?.platform
    ? platformName(descriptor.platform)
    : image.os && image.architecture
      ? platformName({ os: image.os, architecture: image.architecture, variant: image.variant })
      : undefined;
  const diffIds = image.rootfs?.diff_ids ?? [];
  const known = { ...(platform ? { platform } : {}), source, ref, digest, id: manifest.config.digest };
  if (diffIds.length !== manifest.layers.length) {
    const reason = `the manifest lists ${manifest.layers.length} layers but its config ${diffIds.length}`;
    return { section: { ...unreadSection(ref, source, reason), ...known }, findings: [], lineOfHistory: () => null };
  }
  const history: HistoryEntry[] = (image.history ?? []).map((h) => ({ createdBy: h.created_by ?? '', size: 0, comment: '' }));
  const emptyLayer = image.history?.map((h) => h.empty_layer === true);
  const layers = layersFromHistory(history, diffIds, chain, emptyLayer);
  // The uncompressed size is what the walk measures: unknown until then.
  const section: ImageSection = { status: 'ok', ...known, size: null, compressedSize: null, layers, analysis: null };
  applyCompressedSizes(section, manifest.layers);
  const compressedSize = section.compressedSize ?? 0;
  const findings = await walkAndAnalyze(config, lint, section, history, chain, compressedSize, log, (budget) =>
    walkBlobs(store, manifest, image, { timeBudgetMs: budget }),
  );
  // The walk re-derives the layers: the blob sizes stay those of the manifest.
  applyCompressedSizes(section, manifest.layers);
  const lines = matchHistoryToInstructions(history, chain);
  return { section, findings, lineOfHistory: (index) => lines[index]?.line ?? null };
}

/**
 * Walks the layers within the analyze-layers budget, fills `section.analysis` (and, for blob
 * sources, the uncompressed sizes the walk measured), and returns the image rule findings.
 */
async function walkAndAnalyze(
  config: Config,
  lint: LintResult | null,
  section: ImageSection,
  history: HistoryEntry[],
  chain: readonly DockerfileInstruction[],
  knownBytes: number,
  log: Logger,
  walk: (timeBudgetMs: number | undefined) => Promise<WalkResult>,
): Promise<Finding[]> {
  const fromBlobs = section.source !== 'local-store';
  const skip = walkSkipReason(config.build.analyzeLayers, knownBytes);
  if (skip) {
    section.analysis = { status: 'skipped', reason: skip, bytesByRule: {}, largestFiles: [], byInstruction: [] };
    return [];
  }
  const started = performance.now();
  const walked = await log.group(section.platform ? `Layer analysis (${section.platform})` : 'Layer analysis', () =>
    walk(config.build.analyzeLayers === 'auto' ? AUTO_TIME_BUDGET_MS : undefined),
  );
  const seconds = Math.round(performance.now() - started) / 1000;
  if (!walked.ok) {
    section.analysis = { status: 'failed', reason: walked.reason, bytesByRule: {}, largestFiles: [], byInstruction: [], seconds };
    return [];
  }
  const result = analyzeArchive(section, walked.archive, history, chain, seconds);
  section.analysis = result.analysis;
  // One image, one size, wherever it is read from: a layer's size is the bytes of the files it
  // holds (what the classic store's docker history says; the containerd store rounds every file up
  // to disk blocks, 8% more on a Python venv's small files). Without a whole walk the local store
  // keeps the engine's figures, and a registry or OCI layout has none.
  const walkedLayers = section.layers.map((layer) => walked.archive.layers.get(layer.diffId ?? ''));
  if (fromBlobs || walkedLayers.every(Boolean)) {
    section.layers = section.layers.map((layer, i) => ({ ...layer, size: fileBytes(walkedLayers[i]?.entries ?? []) }));
    section.size = walkedLayers.every(Boolean) ? section.layers.reduce((sum, layer) => sum + layer.size, 0) : null;
  }
  const suppressions = lint ? readSuppressions(lint.model, imageRuleMetas) : null;
  const findings: Finding[] = [];
  for (const { meta, finding } of result.findings) {
    const setting = config.rules[meta.id];
    if (setting === 'off') continue;
    const imageFinding = toFinding(meta, finding, config.dockerfile, setting);
    // `# ml-image-guard ignore=MLG101` above the COPY that added the file works as for Dockerfile rules.
    imageFinding.suppressed = suppressions?.isSuppressed(meta.id, imageFinding.line) ?? false;
    findings.push(imageFinding);
  }
  return findings;
}

function fileBytes(entries: readonly { type: string; size: number }[]): number {
  return entries.reduce((sum, entry) => sum + (entry.type === 'file' ? entry.size : 0), 0);
}

/** The same finding from several platforms is reported once. */
function distinctFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}\u0000${finding.line}\u0000${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unreadSection(ref: string | null, source: NonNullable<ImageSection['source']>, reason: string): ImageSection {
  return { status: 'failed', reason, source, ref, digest: null, id: null, size: null, compressedSize: null, layers: [], analysis: null };
}

/** Why the layer walk is skipped under the analyze-layers setting, or null to walk. */
export function walkSkipReason(mode: Config['build']['analyzeLayers'], imageBytes: number): string | null {
  if (mode === 'false') return 'analyze-layers is false';
  if (mode === 'auto' && imageBytes > AUTO_MAX_IMAGE_BYTES) {
    return `the image is ${formatBytes(imageBytes)}, above the ${formatBytes(AUTO_MAX_IMAGE_BYTES)} that analyze-layers: auto walks; set analyze-layers: true to walk it anyway`;
  }
  return null;
}
