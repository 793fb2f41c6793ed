// torch from PyPI (linux/amd64) is the CUDA build plus ~3 GB of nvidia-* wheels. On a CPU image
// those never run; on a CUDA runtime image they duplicate the CUDA libraries the image already has.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { baseImage, findStage, isCopy, type Stage } from '../dockerfile.js';
import { parseNote } from '../commands.js';
import { classifyCudaImage, imageVariant, isCpuImage, torchBuild, wheelInstalls, type WheelInstall } from '../ml.js';
import { RUNTIME_DUPLICATES_TORCH, TORCH_CPU_WHEELS, savingRange } from '../data/base-images.js';

export const meta: RuleMeta = {
  id: 'MLG014',
  name: 'torch-cuda-mismatch',
  severity: 'warning',
  description: 'torch CUDA wheels on a CPU image (use the CPU index), or on a CUDA runtime image (CUDA libraries ship twice).',
  docs: docsUrl('MLG014'),
  kind: 'dockerfile',
};

export function check({ model, final, context }: LintInput): RuleFinding[] {
  const base = baseImage(final);
  const cuda = classifyCudaImage(base);
  const cpuBase = isCpuImage(base);
  if (!cpuBase && cuda?.variant !== 'runtime') return [];
  // PyPI's torch for linux/arm64 is the CPU build: nothing to save there.
  const arm = /arm64|aarch64/.test(final.chain.map((s) => s.platform ?? '').join(' '));
  const findings: RuleFinding[] = [];
  // The reported savings are the same for every finding: worked out once, not per install.
  const savings = { cpu: savingRange(TORCH_CPU_WHEELS), duplicate: savingRange(RUNTIME_DUPLICATES_TORCH) };
  for (const stage of shippingStages(model.stages, final)) {
    // No trigger word: `pip install -r requirements.txt` may bring torch.
    for (const wheels of wheelInstalls(stage, undefined, context)) {
      if (wheels.torch.length === 0) continue;
      const build = torchBuild(wheels);
      const line = wheels.install.command.line;
      if (cpuBase && build === 'default' && !arm) {
        findings.push({ line, message: cpuMessage(wheels, base, savings.cpu) + parseNote(wheels.run) });
      } else if (cuda && build !== 'cpu') {
        findings.push({
          line,
          message:
            duplicateMessage(wheels, base, cuda.family === 'pytorch', imageVariant(cuda, 'base'), savings.duplicate) +
            parseNote(wheels.run),
        });
      }
    }
  }
  return findings;
}

/** "torch==2.4.0 (in requirements.txt)" */
function describeTorch(wheels: WheelInstall): string {
  return wheels.torch.join(' ') + (wheels.torchFiles.length > 0 ? ` (in ${wheels.torchFiles.join(', ')})` : '');
}

function cpuMessage(wheels: WheelInstall, base: string, saving: string): string {
  const how =
    wheels.torchFiles.length > 0
      ? `put \`--extra-index-url https://download.pytorch.org/whl/cpu\` in ${wheels.torchFiles.join(', ')} and pin torch==<version>+cpu`
      : `\`pip install ${wheels.torch.join(' ')} --index-url https://download.pytorch.org/whl/cpu\``;
  return (
    `${describeTorch(wheels)} from the default PyPI index is the CUDA build: on linux/amd64 it pulls the nvidia-* CUDA wheels (cuDNN, cuBLAS, NCCL …) into ${base}, which has no CUDA. ` +
    `For CPU inference install from the CPU index (${how}), publicly reported to save ${saving}. ` +
    `If this image does run on GPUs, say so with the …/whl/cu12x index (the host driver is all it needs).`
  );
}

function duplicateMessage(wheels: WheelInstall, image: string, baseHasTorch: boolean, plainCuda: string | null, saving: string): string {
  const already = baseHasTorch ? `${image} already ships torch, so this installs a second torch with a second CUDA; ` : '';
  const instead = plainCuda ? `${plainCuda} or python:3.x-slim` : 'python:3.x-slim';
  return (
    `${already}${describeTorch(wheels)} brings its own CUDA libraries (nvidia-* wheels), so on the CUDA runtime image ${image} CUDA ships twice (a public report: ${saving} duplicated). ` +
    `Base the stage on ${instead} (the host driver is enough for the wheels), or keep this image only if something else needs its system CUDA libraries.`
  );
}

/** The final stage's chain and the stages it copies files from (a builder's venv ships too). */
function shippingStages(stages: Stage[], final: Stage): Stage[] {
  const shipped = new Set(final.chain);
  for (const instruction of final.chainInstructions) {
    if (!isCopy(instruction) || !instruction.from) continue;
    const source = instruction.fromStage ?? findStage(stages, instruction.from);
    if (source) source.chain.forEach((s) => shipped.add(s));
  }
  return [...shipped];
}
