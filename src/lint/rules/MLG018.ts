// Wheels built for another CUDA than the base image: extensions compiled here with the image's
// nvcc refuse to load next to torch ("detected CUDA version mismatches the version that was used
// to compile PyTorch"), and kernels needing a newer CUDA minor fail at run time.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { baseImage } from '../dockerfile.js';
import { parseNote } from '../commands.js';
import {
  classifyCudaImage,
  formatCuda,
  pytorchIndexCuda,
  requirementCuda,
  torchBuild,
  wheelInstalls,
  type CudaVersion,
  type WheelInstall,
} from '../ml.js';

export const meta: RuleMeta = {
  id: 'MLG018',
  name: 'cuda-version-mismatch',
  severity: 'warning',
  description: "Installed torch/jax/tensorflow/onnxruntime-gpu wheels target a different CUDA than the stage's CUDA base image.",
  docs: docsUrl('MLG018'),
  kind: 'dockerfile',
};

export function check({ model, context }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    const image = baseImage(stage);
    const base = classifyCudaImage(image)?.cuda;
    if (!base) continue;
    // Every pip install: an index from ENV can make `pip install -r requirements.txt` CUDA-specific.
    for (const wheels of wheelInstalls(stage, undefined, context)) {
      const mismatch = wheelTargets(wheels).find(({ cuda }) => mismatches(cuda, base));
      if (!mismatch) continue;
      const major = mismatch.cuda.major !== base.major;
      findings.push({
        line: wheels.install.command.line,
        message:
          `${mismatch.what} is built for CUDA ${formatCuda(mismatch.cuda)} but this stage's base ${image} has CUDA ${formatCuda(base)}: ` +
          (major
            ? 'two CUDA major versions in one image, and CUDA extensions compiled here with its nvcc will not load next to these wheels. '
            : 'the wheels need a newer CUDA minor version than the base provides. ') +
          `Install the wheels for CUDA ${formatCuda(base)} (for torch, the …/whl/cu${base.major}${base.minor ?? ''} index if it is published for your version) or move the base to CUDA ${formatCuda(mismatch.cuda)}.${parseNote(wheels.run)}`,
      });
    }
  }
  return findings;
}

/** Wheel major differs, or the wheel needs a newer minor of the same major. */
function mismatches(wheel: CudaVersion, base: CudaVersion): boolean {
  if (wheel.major !== base.major) return true;
  return wheel.minor !== null && base.minor !== null && wheel.minor > base.minor;
}

/** Each CUDA-specific thing the install asks for, described as the user wrote it. */
function wheelTargets(wheels: WheelInstall): { what: string; cuda: CudaVersion }[] {
  const targets: { what: string; cuda: CudaVersion }[] = [];
  const torch = wheels.torch;
  const torchCuda = torch.length > 0 ? torchBuild(wheels) : 'default';
  if (typeof torchCuda === 'object') targets.push({ what: torch.join(' '), cuda: torchCuda });
  for (const requirement of wheels.install.packages) {
    if (torch.includes(requirement)) continue;
    const cuda = requirementCuda(requirement);
    if (cuda) targets.push({ what: requirement, cuda });
  }
  // An index with no torch named (pip install -r requirements.txt --index-url …/cu118).
  if (torch.length === 0 && !wheels.install.packages.some((p) => requirementCuda(p))) {
    for (const url of wheels.indexUrls) {
      const cuda = pytorchIndexCuda(url);
      if (cuda && cuda !== 'cpu') targets.push({ what: `the wheels from ${url}`, cuda });
    }
  }
  return targets;
}
