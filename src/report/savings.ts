// Publicly reported savings for the "what to do next" hints: ranges, not points, because each
// number is one project's image and yours will differ.
import {
  DEVEL_TO_RUNTIME,
  PIP_CACHE,
  RUNTIME_DUPLICATES_TORCH,
  TORCH_CPU_WHEELS,
  savingRange,
  type ReportedSaving,
} from '../lint/data/base-images.js';

export interface SavingEstimate {
  /** What to change, imperative. */
  action: string;
  /** The reported range, in words. */
  range: string;
  sources: string[];
}

const estimate = (action: string, reports: readonly ReportedSaving[], extra = ''): SavingEstimate => ({
  action,
  range: `about ${savingRange(reports)}${extra} in public reports`,
  sources: reports.map((r) => r.source),
});

// The numbers live in one table (src/lint/data/base-images.ts), shared with the rule messages.
export const SAVINGS = {
  'cuda-devel-vs-runtime': estimate(
    'Base the final stage on the CUDA runtime (or base) image and keep the devel image in a builder stage',
    DEVEL_TO_RUNTIME,
  ),
  'torch-cpu-wheels': estimate(
    'Install the CPU-only torch wheels (`--index-url https://download.pytorch.org/whl/cpu`) in an image without a GPU',
    TORCH_CPU_WHEELS,
  ),
  'cuda-runtime-duplicates-torch-wheels': estimate(
    "Base the image on a plain OS image when torch's own nvidia-* wheels bring the CUDA libraries",
    RUNTIME_DUPLICATES_TORCH,
    ' of duplicated CUDA libraries',
  ),
  'pip-cache': estimate('Add `--no-cache-dir` to pip install (or a `RUN --mount=type=cache,target=/root/.cache/pip`)', PIP_CACHE),
} satisfies Record<string, SavingEstimate>;

export type SavingTopic = keyof typeof SAVINGS;

/** The rules whose fix has a publicly reported saving. */
export const RULE_SAVINGS: Readonly<Record<string, readonly SavingTopic[]>> = {
  MLG001: ['cuda-devel-vs-runtime'],
  MLG007: ['pip-cache'],
  MLG014: ['torch-cpu-wheels', 'cuda-runtime-duplicates-torch-wheels'],
  MLG019: ['cuda-runtime-duplicates-torch-wheels'],
};
