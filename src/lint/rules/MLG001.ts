// A CUDA devel image carries nvcc, headers and static libraries: gigabytes that serving a
// model never touches. Build with it in a builder stage; ship on the runtime (or base) image.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isRun, type Stage } from '../dockerfile.js';
import { pipInstalls, packageName } from '../commands.js';
import { classifyCudaImage, imageVariant, TORCH_PACKAGES, type CudaImage } from '../ml.js';
import { parseImageReference } from '../../util/image-ref.js';
import { DEVEL_TO_RUNTIME, savingRange } from '../data/base-images.js';

export const meta: RuleMeta = {
  id: 'MLG001',
  name: 'cuda-devel-final',
  severity: 'error',
  description: 'The final stage is based on a CUDA devel image; ship on the runtime (or base) variant and compile in a builder stage.',
  docs: docsUrl('MLG001'),
  kind: 'dockerfile',
};

// Wheels that bundle their own CUDA libraries: with them the image needs no CUDA libraries at all.
const SELF_CONTAINED_CUDA_WHEELS = new Set([...TORCH_PACKAGES, 'jax', 'tensorflow', 'vllm', 'cupy-cuda12x', 'cupy-cuda11x']);

export function check({ final }: LintInput): RuleFinding[] {
  const chain = final.chain;
  const root = chain[chain.length - 1];
  const cuda = classifyCudaImage(root.image);
  if (!cuda || cuda.variant !== 'devel') return [];

  const runtime = imageVariant(cuda, 'runtime');
  const baseVariant = imageVariant(cuda, 'base');
  const base = baseVariant === runtime ? null : baseVariant; // never the same image twice
  const via = root === final ? '' : ` through FROM ${chain.slice(1).map(describeStage).join(' → ')} (line ${root.fromLine})`;
  const wheelsBringCuda = installsSelfContainedWheels(final);
  let instead: string;
  if (runtime && base && wheelsBringCuda) {
    instead = `Use ${base}: the pip wheels installed here bring their own CUDA libraries (use ${runtime} if something needs the system CUDA libraries).`;
  } else if (runtime && base) {
    instead = `Use ${runtime} (or ${base} when nothing in the image needs the CUDA libraries, e.g. torch wheels that bring their own).`;
  } else if (runtime) {
    instead = `Use ${runtime}.`;
  } else {
    const upstream = upstreamRuntime(root.image);
    instead = `Use the vendor's runtime variant of this image${upstream ? `, or ${upstream} with what the image adds` : ''}.`;
  }
  return [
    {
      line: final.fromLine,
      message:
        `The final stage${final.name ? ` "${final.name}"` : ''} is built${via} on the CUDA development image ${root.image} (${evidence(cuda)}): nvcc, headers and static libraries ship to every node that pulls it. ` +
        `${instead} Compile CUDA extensions in a devel builder stage and COPY --from it only what they produce. ` +
        `Publicly reported savings: ${savingRange(DEVEL_TO_RUNTIME)} (sources in the rule's doc page).`,
    },
  ];
}

/** What says the image is a CUDA devel image: its family and the tag. */
function evidence(cuda: CudaImage): string {
  if (cuda.family === 'nvidia-cuda') return 'an nvidia/cuda image whose tag says devel';
  if (cuda.family === 'pytorch') return "pytorch/pytorch's devel tag, built on nvidia/cuda devel";
  return `${cuda.vendor?.path ?? 'the image'} is built on nvidia/cuda and its "${cuda.vendor?.marker ?? 'devel'}" tag marks the toolkit variant`;
}

/** runpod/pytorch:2.4.0-py3.11-cuda12.4.1-devel-ubuntu22.04 → nvidia/cuda:12.4.1-runtime-ubuntu22.04, when the tag says both. */
function upstreamRuntime(image: string): string | null {
  const { tag } = parseImageReference(image);
  const cuda = /cuda(\d+\.\d+\.\d+)/.exec(tag ?? '')?.[1];
  const ubuntu = /ubuntu(\d+\.\d+)/.exec(tag ?? '')?.[1];
  return cuda && ubuntu ? `nvidia/cuda:${cuda}-runtime-ubuntu${ubuntu}` : null;
}

function describeStage(stage: Stage): string {
  return stage.name ? `"${stage.name}"` : `stage ${stage.index}`;
}

function installsSelfContainedWheels(final: Stage): boolean {
  return final.chainInstructions.some(
    (instruction) =>
      isRun(instruction) &&
      /torch|jax|tensorflow|vllm|cupy/.test(instruction.text) &&
      pipInstalls(instruction).some((install) => install.packages.some((p) => SELF_CONTAINED_CUDA_WHEELS.has(packageName(p)))),
  );
}
