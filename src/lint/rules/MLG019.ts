// An nvidia/cuda image already is CUDA. Installing the toolkit, cuDNN or CUDA wheels again ships a
// second copy (often of another version), and which one loads depends on the library path.
import { docsUrl, type LegacyRuleFinding, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { baseImage, isRun, type RunInstruction } from '../dockerfile.js';
import { parseNote, pipInstalls, systemInstalls, type SystemInstall } from '../commands.js';
import { classifyCudaImage, formatCuda, isNvidiaCudaWheel, systemPackageName, type CudaImage, type CudaVersion } from '../ml.js';
import { RUNTIME_DUPLICATES_TORCH, savingRange } from '../data/base-images.js';

export const meta: RuleMeta = {
  id: 'MLG019',
  name: 'redundant-cuda-install',
  severity: 'warning',
  description: 'A stage on an nvidia/cuda image installs CUDA, cuDNN or CUDA wheels again.',
  docs: docsUrl('MLG019'),
  kind: 'dockerfile',
};

type Part = 'cudart' | 'libraries' | 'toolkit' | 'cudnn' | 'cudnn-dev';

const TRIGGER = /cuda|cudnn|nccl|cublas|cufft|curand|cusolver|cusparse|npp|nvjpeg|nvidia-/;
const CONDA_MANAGERS = new Set(['conda', 'mamba', 'micromamba']);
const CONDA_CUDA = /^(cudatoolkit|pytorch-cuda|cuda-toolkit|cuda-runtime|cuda-libraries|cuda-nvcc|cuda-cudart|cudnn|nccl|cuda)$/;

/** Which part of CUDA an apt/yum package is; null when it is not CUDA (or is cuda-compat/keyring, which belong). */
function cudaPart(name: string): Part | null {
  if (/^cuda-(compat|keyring|drivers)/.test(name)) return null;
  if (/^libcudnn\d*(-cuda-\d+)?$/.test(name)) return 'cudnn';
  if (/^libcudnn\d*-dev/.test(name)) return 'cudnn-dev';
  if (/^cuda-cudart(-\d+-\d+)?$/.test(name)) return 'cudart';
  if (
    /^cuda(-\d+-\d+)?$|^cuda-(toolkit|nvcc|compiler|command-line-tools|minimal-build|libraries-dev)|^cuda-[a-z-]+-dev(-|$)|^lib(cublas|cufft|curand|cusolver|cusparse|npp|nvjpeg|nccl)[\w-]*-dev/.test(
      name,
    )
  )
    return 'toolkit';
  if (
    /^cuda-(libraries|runtime|nvrtc|nvtx|cublas|cufft|curand|cusolver|cusparse|npp|nvjpeg)|^lib(cublas|cufft|curand|cusolver|cusparse|npp|nvjpeg|nccl)/.test(
      name,
    )
  )
    return 'libraries';
  return null;
}

/** What each nvidia/cuda variant already contains. */
function ships(image: CudaImage, part: Part): boolean {
  switch (part) {
    case 'cudart':
      return true;
    case 'libraries':
      return image.variant !== 'base';
    case 'toolkit':
      return image.variant === 'devel';
    case 'cudnn':
      return image.cudnn && image.variant !== 'base';
    case 'cudnn-dev':
      return image.cudnn && image.variant === 'devel';
  }
}

/** The CUDA a package is built for: cuda-toolkit-11-8, libcudnn9-cuda-12, libcudnn8=8.9.7.29-1+cuda12.2. */
function packageCuda(spec: string): CudaVersion | null {
  const pinned = /\+cuda(\d+)\.(\d+)/.exec(spec);
  if (pinned) return { major: Number(pinned[1]), minor: Number(pinned[2]) };
  const name = systemPackageName(spec);
  const suffix = /-(\d+)-(\d+)$/.exec(name);
  if (suffix) return { major: Number(suffix[1]), minor: Number(suffix[2]) };
  const major = /-cuda-(\d+)$/.exec(name);
  return major ? { major: Number(major[1]), minor: null } : null;
}

const sameCuda = (a: CudaVersion, b: CudaVersion) => a.major === b.major && (a.minor === null || b.minor === null || a.minor === b.minor);

export function check({ model, final }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const shipped = final.chain;
  for (const stage of model.stages) {
    const image = classifyCudaImage(baseImage(stage));
    if (!image || image.family === 'vendor') continue;
    for (const run of stage.instructions) {
      if (!isRun(run) || !TRIGGER.test(run.text)) continue;
      for (const install of systemInstalls(run)) {
        const finding = CONDA_MANAGERS.has(install.manager) ? condaFinding(install, image) : systemFinding(install, image);
        if (finding) findings.push({ ...finding, message: finding.message + parseNote(run) });
      }
      if (shipped.includes(stage) && image.variant !== 'base') {
        const finding = wheelFinding(run, image);
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

function systemFinding(install: SystemInstall, image: CudaImage): LegacyRuleFinding | null {
  const again: string[] = [];
  const otherVersion: string[] = [];
  const notInVariant: { name: string; part: Part }[] = [];
  for (const spec of install.packages) {
    const name = systemPackageName(spec);
    const part = cudaPart(name);
    if (!part) continue;
    const version = packageCuda(spec);
    if (version && image.cuda && !sameCuda(version, image.cuda)) otherVersion.push(`${name} (CUDA ${formatCuda(version)})`);
    else if (ships(image, part)) again.push(name);
    else notInVariant.push({ name, part });
  }
  const cuda = image.cuda ? ` (CUDA ${formatCuda(image.cuda)})` : '';
  const sentences: string[] = [];
  if (again.length > 0)
    sentences.push(
      `${image.image}${cuda} already ships ${again.join(', ')}: installing them again adds a second copy of libraries the image has. Drop them.`,
    );
  if (otherVersion.length > 0) {
    sentences.push(
      `${otherVersion.join(', ')} ${otherVersion.length === 1 ? 'is' : 'are'} for another CUDA than ${image.image}${cuda}: the image then carries two CUDA versions (GBs) and which one loads depends on the library path. Use the image tag for the CUDA you need instead.`,
    );
  }
  if (notInVariant.length > 0) {
    sentences.push(
      `${image.image} does not ship ${notInVariant.map((p) => p.name).join(', ')}; rather than installing them, use the tag that does (${variantAdvice(notInVariant.map((p) => p.part))}).`,
    );
  }
  if (sentences.length === 0) return null;
  const onlyAdvice = again.length === 0 && otherVersion.length === 0;
  return { line: install.command.line, message: sentences.join(' '), ...(onlyAdvice ? { severity: 'info' as const } : {}) };
}

function variantAdvice(parts: Part[]): string {
  const advice: string[] = [];
  if (parts.includes('cudnn') || parts.includes('cudnn-dev')) advice.push('a -cudnn- tag of the same CUDA version, tested together');
  if (parts.includes('libraries')) advice.push('the -runtime tag');
  if (parts.includes('toolkit')) advice.push('the -devel tag, in a builder stage');
  return advice.join('; ');
}

function condaFinding(install: SystemInstall, image: CudaImage): LegacyRuleFinding | null {
  const cudaPackages = install.packages.map(systemPackageName).filter((name) => CONDA_CUDA.test(name));
  if (cudaPackages.length === 0) return null;
  return {
    line: install.command.line,
    message:
      `${install.manager} installs its own CUDA (${cudaPackages.join(', ')}) on top of the CUDA in ${image.image}: one of the two copies (GBs) is dead weight. ` +
      'Either base the stage on a plain image (mambaorg/micromamba, continuumio/miniconda3) and keep the conda CUDA, or keep this image and install packages that use its CUDA.',
  };
}

function wheelFinding(run: RunInstruction, image: CudaImage): RuleFinding | null {
  if (!run.text.includes('nvidia-')) return null;
  const wheels = pipInstalls(run).flatMap((install) =>
    install.packages.filter(isNvidiaCudaWheel).map((p) => ({ p, line: install.command.line })),
  );
  if (wheels.length === 0) return null;
  return {
    line: wheels[0].line,
    message:
      `The final stage installs CUDA wheels (${wheels.map((w) => w.p).join(', ')}) on the CUDA ${image.variant} image ${image.image}, whose CUDA libraries they duplicate (a public report: ${savingRange(RUNTIME_DUPLICATES_TORCH)}). ` +
      'Keep one copy: base the stage on the -base tag or a plain Python image and keep the wheels, or drop the wheels and use the libraries in the image.' +
      parseNote(run),
  };
}
