// From the walked archive to the report: the file index, the image rules' findings, the
// analysis summary (bytes per rule, largest files, bytes per instruction), and the exact
// compressed sizes when the archive holds compressed blobs. Pure.
import type { ImageAnalysis, ImageSection } from '../report/types.js';
import type { RuleFinding, RuleMeta } from '../lint/rule-meta.js';
import type { ArchiveIndex } from './archive.js';
import { buildFileIndex, bytesByLayer, largestFiles, type ImageFileIndex } from './filesystem.js';
import { layersFromHistory, type HistoryEntry } from './history.js';
import type { DockerfileInstruction } from './instructions.js';
import { applyCompressedSizes } from './inspect.js';
import { imageFindings } from './rules/index.js';
import { buildInventory, type PackageOwnership } from './packages/inventory.js';
import { CAPTURE_BUDGET_BYTES } from './captured-files.js';

const LARGEST_FILES = 20;

export interface ArchiveAnalysis {
  analysis: ImageAnalysis;
  index: ImageFileIndex;
  packages: PackageOwnership;
  findings: { meta: RuleMeta; finding: RuleFinding }[];
}

/**
 * Analyses the archive and updates `section` in place: exact layer lines once the image
 * config's empty_layer flags are known, compressed sizes when the archive's blobs are compressed.
 */
export function analyzeArchive(
  section: ImageSection,
  archive: ArchiveIndex,
  history: readonly HistoryEntry[],
  chain: readonly DockerfileInstruction[],
  seconds: number,
): ArchiveAnalysis {
  const diffIds = section.layers.map((l) => l.diffId ?? '');
  const emptyLayer = archive.config?.history?.map((h) => h.empty_layer === true);
  if (emptyLayer) section.layers = layersFromHistory(history, diffIds, chain, emptyLayer);
  const walked = diffIds.map((id) => archive.layers.get(id));
  if (section.compressedSize === null && archive.manifestLayers?.length === diffIds.length && walked.every((l) => l?.compressed)) {
    applyCompressedSizes(
      section,
      walked.map((layer) => ({ digest: `sha256:${layer!.blobPath.split('/').pop()}`, size: archive.blobSizes.get(layer!.blobPath) ?? 0 })),
    );
  }

  const index = buildFileIndex(
    section.layers.map((layer, position) => ({
      position,
      line: layer.line,
      createdBy: layer.createdBy,
      fromBase: layer.fromBase,
      entries: walked[position]?.entries ?? null,
      whiteouts: walked[position]?.whiteouts ?? [],
      captured: walked[position]?.captured ?? [],
    })),
  );
  const packages = buildInventory(
    index,
    archive.capture.exhausted
      ? [
          `the image holds more package metadata than the walk reads (${CAPTURE_BUDGET_BYTES / 1048576} MiB): some packages are missing and their files count as owned by none`,
        ]
      : [],
  );
  const findings = imageFindings({ index, packages });
  const bytesByRule: Record<string, number> = { MLG101: 0, MLG102: 0, MLG103: 0, MLG104: 0, MLG105: 0 };
  for (const { meta, finding } of findings) bytesByRule[meta.id] = (bytesByRule[meta.id] ?? 0) + (finding.bytes ?? 0);

  const missing = walked.filter((l) => !l).length;
  const reasons = [
    archive.stoppedBecause,
    missing > 0 ? `${missing} of ${walked.length} layers were not walked` : undefined,
    archive.unsupported.length > 0
      ? `${archive.unsupported.length} zstd-compressed layer blobs cannot be read on Node ${process.version} (zstd needs Node 22.15 or later; the action runs on Node 24)`
      : undefined,
  ].filter((r): r is string => Boolean(r));
  const analysis: ImageAnalysis = {
    status: reasons.length > 0 ? 'partial' : 'ok',
    ...(reasons.length > 0 ? { reason: `${reasons.join('; ')}: image findings cover only the walked layers` } : {}),
    bytesByRule,
    largestFiles: largestFiles(index, LARGEST_FILES),
    byInstruction: bytesByLayer(index).map(({ line, createdBy, added, wasted }) => ({ line, createdBy, added, wasted })),
    packages: packages.inventory,
    seconds,
  };
  return { analysis, index, packages, findings };
}
