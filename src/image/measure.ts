// The measure stage of the pipeline: inspect the image a build produced, walk its layers within
// the analyze-layers budget, and turn image rule results into findings. Every outcome,
// including "could not run", lands in the returned section and notes.
import { performance } from 'node:perf_hooks';
import type { Config } from '../config/types.js';
import type { Finding, ImageSection } from '../report/types.js';
import type { Logger } from '../log.js';
import type { LintResult } from '../lint/engine.js';
import { finalChainView } from '../lint/index.js';
import { readSuppressions, toFinding } from '../lint/engine.js';
import { imageRuleMetas } from './rules/index.js';
import { formatBytes } from '../config/units.js';
import { inspectImage } from './inspect.js';
import { walkImage } from './walk.js';
import { analyzeArchive } from './analyze.js';

// analyze-layers: auto walks images up to this uncompressed size, and for at most this long.
// `docker save` streams about 60 MB/s here (the engine's export is the floor), so 20 GB is the
// size at which the walk would take several minutes of a CI job; past the time budget the
// analysis stops and is reported partial.
export const AUTO_MAX_IMAGE_BYTES = 20_000_000_000;
export const AUTO_TIME_BUDGET_MS = 5 * 60 * 1000;

export interface MeasuredImage {
  image: ImageSection;
  notes: string[];
  findings: Finding[];
  /** Dockerfile line of an image config history entry, for the scanner. */
  lineOfHistory: (historyIndex: number, createdBy: string) => number | null;
}

/** Inspects the image a build produced and walks its layers within the analyze-layers budget. */
export async function measureImage(
  config: Config,
  lint: LintResult,
  imageRef: string,
  digest: string | null,
  log: Logger,
): Promise<MeasuredImage> {
  const notes: string[] = [];
  if (config.build.platform) notes.push(`Measured for ${config.build.platform} only: sizes and layers are per platform.`);
  const chain = finalChainView(lint);
  const inspection = await inspectImage({
    ref: imageRef,
    chain,
    registryRef: config.build.push ? imageRef : null,
    digest,
    platform: config.build.platform,
  });
  const section = inspection.section;
  const findings: Finding[] = [];
  if (section.status !== 'ok') {
    notes.push(`Image not inspected: ${section.reason}`);
    return { image: section, notes, findings, lineOfHistory: () => null };
  }
  const skip = walkSkipReason(config.build.analyzeLayers, section.size ?? 0);
  if (skip) {
    section.analysis = { status: 'skipped', reason: skip, bytesByRule: {}, largestFiles: [], byInstruction: [] };
  } else {
    const started = performance.now();
    const walk = await log.group('Layer analysis', () =>
      walkImage(imageRef, { timeBudgetMs: config.build.analyzeLayers === 'auto' ? AUTO_TIME_BUDGET_MS : undefined }),
    );
    const seconds = Math.round(performance.now() - started) / 1000;
    if (!walk.ok) {
      section.analysis = { status: 'failed', reason: walk.reason, bytesByRule: {}, largestFiles: [], byInstruction: [], seconds };
    } else {
      const result = analyzeArchive(section, walk.archive, inspection.history, chain, seconds);
      section.analysis = result.analysis;
      // `# ml-image-guard ignore=MLG101` above the COPY that added the file works as for Dockerfile rules.
      const suppressions = readSuppressions(lint.model, imageRuleMetas);
      for (const { meta, finding } of result.findings) {
        const setting = config.rules[meta.id];
        if (setting === 'off') continue;
        const imageFinding = toFinding(meta, finding, config.dockerfile, setting);
        imageFinding.suppressed = suppressions.isSuppressed(meta.id, imageFinding.line);
        findings.push(imageFinding);
      }
    }
  }
  if (section.analysis && section.analysis.status !== 'ok')
    notes.push(`Layer analysis ${section.analysis.status}: ${section.analysis.reason}`);
  if (section.compressedSize === null)
    notes.push('Compressed size unknown: it is read from the pushed manifest or from compressed layer blobs of the local image store.');
  return { image: section, notes, findings, lineOfHistory: (index) => inspection.lineOfHistory(index) };
}

/** Why the layer walk is skipped under the analyze-layers setting, or null to walk. */
export function walkSkipReason(mode: Config['build']['analyzeLayers'], imageBytes: number): string | null {
  if (mode === 'false') return 'analyze-layers is false';
  if (mode === 'auto' && imageBytes > AUTO_MAX_IMAGE_BYTES) {
    return `the image is ${formatBytes(imageBytes)}, above the ${formatBytes(AUTO_MAX_IMAGE_BYTES)} that analyze-layers: auto walks; set analyze-layers: true to walk it anyway`;
  }
  return null;
}
