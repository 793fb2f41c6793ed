// Publicly reported savings for the "what to do next" hints. Copied from
// shared/data/base-images.json with their sources; ranges, not points, because each number is
// one project's image and yours will differ. 'disk' = uncompressed as `docker image ls` shows;
// 'compressed' = what the registry sends.

export interface SavingEstimate {
  /** What to change, imperative. */
  action: string;
  /** The reported range, in words. */
  range: string;
  sources: string[];
}

export const SAVINGS = {
  'cuda-devel-vs-runtime': {
    action: 'Base the final stage on the CUDA runtime (or base) image and keep the devel image in a builder stage',
    // 6.42 -> 3.87 GB (2.5), 27.7 -> 19.7 GB (8), 24.5 -> 15.4 GB (9.1) on disk;
    // 2.584 -> 1.148 GB (1.4) and 12.1 -> 6.8 GB (5.3) compressed.
    range: 'about 2.5–9 GB on disk and 1.4–5.3 GB compressed in public reports',
    sources: [
      'https://github.com/saturncloud/images/pull/256',
      'https://github.com/vllm-project/vllm/pull/29270',
      'https://github.com/gke-labs/open-rl/pull/232',
      'https://github.com/kubeflow/kubeflow/issues/1783',
    ],
  },
  'torch-cpu-wheels': {
    action: 'Install the CPU-only torch wheels (`--index-url https://download.pytorch.org/whl/cpu`) in an image without a GPU',
    // site-packages/nvidia 2.6 GB; 9.4 -> 2.9 GB (6.5); 12.5 -> 4.5 GB (8, with the pip cache too).
    range: 'about 2.6–6.5 GB on disk in public reports (8 GB together with the pip cache)',
    sources: [
      'https://github.com/snowzach/doods2/issues/90',
      'https://github.com/mtrnix/metronix-memory/pull/39',
      'https://github.com/pulp-platform/snitch_cluster/pull/226',
    ],
  },
  'cuda-runtime-duplicates-torch-wheels': {
    action: "Base the image on a plain OS image when torch's own nvidia-* wheels bring the CUDA libraries",
    range: 'about 2.3 GB of duplicated CUDA libraries in a public report',
    sources: ['https://github.com/IBM/text-generation-inference/pull/50'],
  },
  'pip-cache': {
    action: 'Add `--no-cache-dir` to pip install (or a `RUN --mount=type=cache,target=/root/.cache/pip`)',
    // 750 MB for torch; 8 GiB -> 5.5 GiB compressed.
    range: 'about 0.75 GB (torch alone) to 2.5 GiB compressed in public reports',
    sources: ['https://github.com/bentoml/BentoML/pull/916', 'https://github.com/ZettaAI/zetta_utils/pull/738'],
  },
} satisfies Record<string, SavingEstimate>;

export type SavingTopic = keyof typeof SAVINGS;

/** The rules whose fix has a publicly reported saving. */
export const RULE_SAVINGS: Readonly<Record<string, readonly SavingTopic[]>> = {
  MLG001: ['cuda-devel-vs-runtime'],
  MLG007: ['pip-cache'],
  MLG014: ['torch-cpu-wheels', 'cuda-runtime-duplicates-torch-wheels'],
  MLG019: ['cuda-runtime-duplicates-torch-wheels'],
};
