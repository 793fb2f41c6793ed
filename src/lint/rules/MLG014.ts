// torch from PyPI (linux/amd64) is the CUDA build plus ~3 GB of nvidia-* wheels. On a CPU image
// those never run; on a CUDA runtime image they duplicate the CUDA libraries the image already has.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { baseImage, chainInstructions, findStage, isCopy, stageChain, type Stage } from '../dockerfile.js';
import { parseNote } from '../commands.js';
import { classifyCudaImage, imageVariant, isCpuImage, torchBuild, torchRequirements, wheelInstalls } from '../ml.js';
import { RUNTIME_DUPLICATES_TORCH, TORCH_CPU_WHEELS, savingRange } from '../data/base-images.js';

export const meta: RuleMeta = {
  id: 'MLG014',
  name: 'torch-cuda-mismatch',
  severity: 'warning',
  description: 'torch CUDA wheels on a CPU image (use the CPU index), or on a CUDA runtime image (CUDA libraries ship twice).',
  docs: docsUrl('MLG014'),
  kind: 'dockerfile',
};

const TORCH_TRIGGER = /torch/;

export function check({ model, final }: LintInput): RuleFinding[] {
  const base = baseImage(final);
  const cuda = classifyCudaImage(base);
  const cpuBase = isCpuImage(base);
  if (!cpuBase && cuda?.variant !== 'runtime') return [];
  // PyPI's torch for linux/arm64 is the CPU build: nothing to save there.
  const arm = /arm64|aarch64/.test(stageChain(final).map((s) => s.platform ?? '').join(' '));
  const findings: RuleFinding[] = [];
  for (const stage of shippingStages(model.stages, final)) {
    for (const wheels of wheelInstalls(stage, TORCH_TRIGGER)) {
      const torch = torchRequirements(wheels.install);
      if (torch.length === 0) continue;
      const build = torchBuild(wheels);
      const line = wheels.install.command.line;
      if (cpuBase && build === 'default' && !arm) {
        findings.push({ line, message: cpuMessage(torch, base) + parseNote(wheels.run) });
      } else if (cuda && build !== 'cpu') {
        findings.push({ line, message: duplicateMessage(torch, base, cuda.family === 'pytorch', imageVariant(cuda, 'base')) + parseNote(wheels.run) });
      }
    }
  }
  return findings;
}

function cpuMessage(torch: string[], base: string): string {
  return (
    `${torch.join(' ')} from the default PyPI index is the CUDA build: on linux/amd64 it pulls the nvidia-* CUDA wheels (cuDNN, cuBLAS, NCCL …) into ${base}, which has no CUDA. ` +
    `For CPU inference install from the CPU index (\`pip install ${torch.join(' ')} --index-url https://download.pytorch.org/whl/cpu\`), publicly reported to save ${savingRange(TORCH_CPU_WHEELS)}. ` +
    `If this image does run on GPUs, say so with the …/whl/cu12x index (the host driver is all it needs).`
  );
}

function duplicateMessage(torch: string[], image: string, baseHasTorch: boolean, plainCuda: string | null): string {
  const already = baseHasTorch ? `${image} already ships torch, so this installs a second torch with a second CUDA; ` : '';
  const instead = plainCuda ? `${plainCuda} or python:3.x-slim` : 'python:3.x-slim';
  return (
    `${already}${torch.join(' ')} brings its own CUDA libraries (nvidia-* wheels), so on the CUDA runtime image ${image} CUDA ships twice (a public report: ${savingRange(RUNTIME_DUPLICATES_TORCH)} duplicated). ` +
    `Base the stage on ${instead} (the host driver is enough for the wheels), or keep this image only if something else needs its system CUDA libraries.`
  );
}

/** The final stage's chain and the stages it copies files from (a builder's venv ships too). */
function shippingStages(stages: Stage[], final: Stage): Stage[] {
  const shipped = new Set(stageChain(final));
  for (const instruction of chainInstructions(final)) {
    if (!isCopy(instruction) || !instruction.from) continue;
    const source = instruction.fromStage ?? findStage(stages, instruction.from);
    if (source) stageChain(source).forEach((s) => shipped.add(s));
  }
  return [...shipped];
}
