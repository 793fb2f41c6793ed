// Publicly reported sizes for ML base images, copied from shared/data/base-images.json with
// their sources (each is one project's image; messages quote the range, never a single point).
// The docs pages (docs/rules/MLG001.md, MLG014.md, MLG019.md) list the same sources.

export interface ReportedSaving {
  source: string;
  /** GB saved on disk (uncompressed, as `docker image ls` shows). */
  diskGb?: number;
  /** GB saved in the registry download. */
  compressedGb?: number;
}

/** Final stage on a CUDA devel image → runtime/base. */
export const DEVEL_TO_RUNTIME: readonly ReportedSaving[] = [
  { source: 'https://github.com/saturncloud/images/pull/256', diskGb: 6.42 - 3.87 },
  { source: 'https://github.com/vllm-project/vllm/pull/29270', diskGb: 8, compressedGb: 5 },
  { source: 'https://github.com/gke-labs/open-rl/pull/232', diskGb: 24.5 - 15.4, compressedGb: 12.1 - 6.8 },
  { source: 'https://github.com/kubeflow/kubeflow/issues/1783', compressedGb: 2.584 - 1.148 },
];

/** CUDA torch wheels in an image without a GPU → CPU wheels. */
export const TORCH_CPU_WHEELS: readonly ReportedSaving[] = [
  { source: 'https://github.com/snowzach/doods2/issues/90', diskGb: 2.6 },
  { source: 'https://github.com/mtrnix/metronix-memory/pull/39', diskGb: 9.4 - 2.9 },
];

/** CUDA runtime image + torch's own nvidia-* wheels → plain/base image. */
export const RUNTIME_DUPLICATES_TORCH: readonly ReportedSaving[] = [
  { source: 'https://github.com/IBM/text-generation-inference/pull/50', diskGb: 2.3 },
];

/** pip's wheel cache left in the image → --no-cache-dir or a cache mount. */
export const PIP_CACHE: readonly ReportedSaving[] = [
  { source: 'https://github.com/bentoml/BentoML/pull/916', diskGb: 0.75 },
  { source: 'https://github.com/ZettaAI/zetta_utils/pull/738', compressedGb: (8 - 5.5) * 1.073741824 },
];

const gb = (n: number) => `${Number(n.toFixed(1))}`;

function range(values: number[]): string | null {
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `about ${gb(low)} GB` : `${gb(low)}–${gb(high)} GB`;
}

/** "2.5–9.1 GB on disk, 1.4–5.3 GB compressed" from the reports. */
export function savingRange(reports: readonly ReportedSaving[]): string {
  // The tables are constant and rules quote them on every file: formatted once per table.
  let text = ranges.get(reports);
  if (text === undefined) ranges.set(reports, (text = formatRange(reports)));
  return text;
}

const ranges = new WeakMap<readonly ReportedSaving[], string>();

function formatRange(reports: readonly ReportedSaving[]): string {
  const disk = range(reports.flatMap((r) => (r.diskGb === undefined ? [] : [r.diskGb])));
  const compressed = range(reports.flatMap((r) => (r.compressedGb === undefined ? [] : [r.compressedGb])));
  return [disk && `${disk} on disk`, compressed && `${compressed} compressed`].filter(Boolean).join(', ');
}

/**
 * Vendor images built on nvidia/cuda whose tag marks the CUDA toolkit variant, by repository path
 * (at any registry or mirror: nvcr.io/nvidia/tritonserver, mirror.gcr.io/runpod/pytorch). `requires`:
 * a token the tag must also have (tensorflow's `-devel` CPU images carry no CUDA). `runtimeSibling`:
 * the tag without the marker is the vendor's runtime image (tensorflow:2.11.0-devel-gpu → 2.11.0-gpu).
 * NGC framework images (nvcr.io/nvidia/pytorch:24.05-py3) mark no variant and are not listed.
 */
export interface CudaDerivedFamily {
  path: string;
  marker: 'devel' | 'sdk';
  requires?: string;
  runtimeSibling: boolean;
}

export const CUDA_DERIVED_FAMILIES: readonly CudaDerivedFamily[] = [
  { path: 'tensorflow/tensorflow', marker: 'devel', requires: 'gpu', runtimeSibling: true },
  { path: 'tensorflow/serving', marker: 'devel', requires: 'gpu', runtimeSibling: true },
  { path: 'nvidia/tritonserver', marker: 'sdk', runtimeSibling: true },
  { path: 'runpod/pytorch', marker: 'devel', runtimeSibling: false },
  { path: 'hiyouga/pytorch', marker: 'devel', runtimeSibling: false },
];
