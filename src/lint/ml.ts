// ML knowledge the rules share: what a base image is (CUDA devel/runtime/base, CPU-only),
// which CUDA version a wheel is built for, what weights and secrets look like.
import { isEnv, isRun, type Instruction, type RunInstruction, type Stage } from './dockerfile.js';
import { packageName, pipInstalls, type PipInstall } from './commands.js';
import { contextPathOf, parseRequirements } from './requirements.js';
import type { ContextIndex } from './context.js';
import { parseImageReference, repositoryOf } from '../util/image-ref.js';
import { rememberByKey } from '../util/remember.js';
import { CUDA_DERIVED_FAMILIES, type CudaDerivedFamily } from './data/base-images.js';

// ---- Base images ----

export interface CudaVersion {
  major: number;
  minor: number | null; // null when only the major is known (jax[cuda12])
}

export type CudaVariant = 'devel' | 'runtime' | 'base';

export interface CudaImage {
  image: string;
  /** nvidia/cuda (any registry or mirror), pytorch/pytorch, or another vendor's devel/SDK image. */
  family: 'nvidia-cuda' | 'pytorch' | 'vendor';
  /** For family 'vendor': which known CUDA-derived image family it is (data/base-images.ts). */
  vendor?: CudaDerivedFamily;
  variant: CudaVariant;
  cudnn: boolean;
  cuda: CudaVersion | null;
}

/** The repository path without registry host, lower-cased: nvcr.io/nvidia/cuda → nvidia/cuda. */
const repositoryPath = (image: string) => parseImageReference(image).path.toLowerCase();

const tagTokens = (tag: string) => tag.toLowerCase().split(/[-_]/);

/**
 * Classifies CUDA images by their tag: nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04,
 * pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime, nvidia/cudagl, and the tags of known
 * CUDA-derived vendor images that mark a devel/SDK variant (tensorflow:2.11.0-devel-gpu,
 * tritonserver:24.01-py3-sdk; CUDA_DERIVED_FAMILIES).
 * Null for anything else (including CPU images and unresolved $ARG tags without a marker).
 */
export const classifyCudaImage = rememberByKey(classify, 1000);

function classify(image: string): CudaImage | null {
  const { tag } = parseImageReference(image);
  const path = repositoryPath(image);
  const tokens = tag ? tagTokens(tag) : [];
  const cudnn = tokens.some((t) => t.startsWith('cudnn'));
  if (path === 'nvidia/cuda' || path.endsWith('/nvidia/cuda') || path === 'nvidia/cudagl') {
    const variant = (['devel', 'runtime', 'base'] as const).find((v) => tokens.includes(v));
    if (!variant) return null;
    return { image, family: 'nvidia-cuda', variant, cudnn, cuda: parseCudaVersion(/^(\d+)\.(\d+)/.exec(tag ?? '')) };
  }
  if (path === 'pytorch/pytorch' || path.endsWith('/pytorch/pytorch')) {
    const variant = tokens.includes('devel') ? 'devel' : tokens.includes('runtime') ? 'runtime' : null;
    if (!variant) return null;
    return { image, family: 'pytorch', variant, cudnn, cuda: parseCudaVersion(/cuda(\d+)\.(\d+)/.exec(tag ?? '')) };
  }
  // Other vendors only from a known CUDA-derived family: a team's python:3.11-bookworm-devel is no CUDA image.
  const vendor = CUDA_DERIVED_FAMILIES.find((f) => path === f.path || path.endsWith(`/${f.path}`));
  if (vendor && tokens.includes(vendor.marker) && (!vendor.requires || tokens.includes(vendor.requires))) {
    return { image, family: 'vendor', vendor, variant: 'devel', cudnn, cuda: parseCudaVersion(/cuda(\d+)\.(\d+)/.exec(tag ?? '')) };
  }
  return null;
}

function parseCudaVersion(match: RegExpExecArray | null): CudaVersion | null {
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

export const formatCuda = (v: CudaVersion) => (v.minor === null ? `${v.major}.x` : `${v.major}.${v.minor}`);

/** The same image with the tag's variant token replaced: devel → runtime, or → base. */
export function imageVariant(cuda: CudaImage, to: 'runtime' | 'base'): string | null {
  const { tag } = parseImageReference(cuda.image);
  if (!tag) return null;
  const name = repositoryOf(cuda.image);
  if (cuda.family === 'vendor') {
    // tritonserver:24.01-py3-sdk → 24.01-py3; tensorflow:2.11.0-devel-gpu → 2.11.0-gpu. No base variant.
    if (to === 'base' || !cuda.vendor?.runtimeSibling) return null;
    const withoutMarker = tag.replace(/[-_](devel|sdk)(?=$|[-_])/i, '');
    return withoutMarker !== tag ? `${name}:${withoutMarker}` : null;
  }
  if (to === 'base') {
    if (cuda.family !== 'nvidia-cuda') return null; // pytorch/pytorch has no base variant
    return `${name}:${tag.replace(/-cudnn\d*/i, '').replace(/devel|runtime/i, 'base')}`;
  }
  return `${name}:${tag.replace(/devel/i, 'runtime')}`;
}

// Official CPU images: torch from PyPI there means CUDA wheels for a GPU the image cannot see.
// Paths without the registry host (gcr.io/distroless/python3 is distroless/python3) or library/.
const CPU_IMAGE_PATHS = new Set([
  'python',
  'debian',
  'ubuntu',
  'alpine',
  'continuumio/miniconda3',
  'continuumio/anaconda3',
  'condaforge/miniforge3',
  'condaforge/mambaforge',
  'mambaorg/micromamba',
  'amazonlinux',
  'fedora',
  'rockylinux',
  'almalinux',
  'centos',
  'redhat/ubi8',
  'redhat/ubi9',
  'redhat/ubi8-minimal',
  'redhat/ubi9-minimal',
  'distroless/python3',
  'chainguard/python',
]);

/** A well-known image without CUDA (python:3.11-slim, ubuntu:22.04, miniconda …). */
export function isCpuImage(image: string): boolean {
  if (image.includes('$')) return false;
  const path = repositoryPath(image);
  return CPU_IMAGE_PATHS.has(path) || CPU_IMAGE_PATHS.has(path.replace(/^(library|docker\/library)\//, ''));
}

// ---- System packages ----

/** apt `gcc=4:11.2`, `libfoo-dev:arm64`; conda `conda-forge::cmake>=3.26`; apk `gcc~12` → the bare name. */
export const systemPackageName = (spec: string) =>
  spec
    .replace(/^[\w.-]+::/, '')
    .split(/[=<>:~]/)[0]
    .toLowerCase();

// ---- Python packages and their CUDA ----

export const TORCH_PACKAGES = new Set(['torch', 'torchvision', 'torchaudio']);

/** pip `nvidia-*` wheels that carry CUDA libraries (not nvidia-ml-py or nvidia-pyindex). */
export function isNvidiaCudaWheel(requirement: string): boolean {
  return /^nvidia-(cuda-[a-z-]+|cublas|cudnn|cufft|cufile|curand|cusolver|cusparse|cusparselt|nccl|nvjitlink|nvtx|npp|nvjpeg)(-cu\d+)?$/.test(
    packageName(requirement),
  );
}

/** `https://download.pytorch.org/whl/cu121` → 12.1; `/whl/cpu` → 'cpu'; anything else null. */
export function pytorchIndexCuda(url: string): CudaVersion | 'cpu' | null {
  const match = /download\.pytorch\.org\/whl\/(?:nightly\/)?(cpu|cu(\d+))\b/.exec(url);
  if (!match) return null;
  return match[1] === 'cpu' ? 'cpu' : cudaFromDigits(match[2]);
}

/** "121" → 12.1, "118" → 11.8, "92" → 9.2. */
function cudaFromDigits(digits: string): CudaVersion {
  return { major: Number(digits.slice(0, digits.length - 1)), minor: Number(digits.slice(-1)) };
}

/**
 * The CUDA version a requirement's wheel is built for, when the requirement says so:
 * torch==2.3.0+cu121, jax[cuda12], cupy-cuda12x, nvidia-cudnn-cu12, onnxruntime-gpu==1.18.1,
 * tensorflow[and-cuda]==2.15.0. Null when it does not.
 */
export function requirementCuda(requirement: string): CudaVersion | null {
  const text = requirement.trim().toLowerCase();
  const name = packageName(text);
  const local = /\+cu(\d{2,3})\b/.exec(text);
  if (local) return cudaFromDigits(local[1]);
  const jax = /^jax(lib)?\[[^\]]*\bcuda(\d+)/.exec(text);
  if (jax) return { major: Number(jax[2]), minor: null };
  const cupy = /^cupy-cuda(\d+)(x|\d)$/.exec(name);
  if (cupy) return cupy[2] === 'x' ? { major: Number(cupy[1]), minor: null } : cudaFromDigits(cupy[1] + cupy[2]);
  const nvidia = /^nvidia-[a-z-]+-cu(\d+)$/.exec(name);
  if (nvidia) return { major: Number(nvidia[1]), minor: null };
  const version = /==\s*(\d+)\.(\d+)/.exec(text);
  // onnxruntime-gpu defaults to CUDA 12 from 1.19 (11.8 before); tensorflow[and-cuda] to 12 from 2.15.
  if (name === 'onnxruntime-gpu' && version) {
    return Number(version[1]) > 1 || Number(version[2]) >= 19 ? { major: 12, minor: null } : { major: 11, minor: 8 };
  }
  if (name === 'tensorflow' && text.includes('and-cuda') && version) {
    return Number(version[1]) > 2 || Number(version[2]) >= 15 ? { major: 12, minor: null } : { major: 11, minor: 8 };
  }
  return null;
}

export interface WheelInstall {
  run: RunInstruction;
  install: PipInstall;
  /** --index-url/--extra-index-url, PIP_/UV_ index variables in force, and index lines of the -r files read. */
  indexUrls: string[];
  /** uv's --torch-backend (or UV_TORCH_BACKEND): cpu, cu121, auto … */
  torchBackend: string | null;
  /** torch/torchvision/torchaudio requirements, named on the command line or in its -r files. */
  torch: string[];
  /** The requirements files (context paths) that the torch requirements came from. */
  torchFiles: string[];
}

const INDEX_VARIABLES = ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_INDEX'];
const ENV_VARIABLES = [...INDEX_VARIABLES, 'UV_TORCH_BACKEND'];

/**
 * envBefore(stage, instruction) for every instruction of the stage chain, from one pass over it,
 * keeping only the variables in `names`. The records returned are shared: do not modify them.
 * An instruction outside the chain gets the values at its end, as envBefore does.
 */
export function envBeforeEach(stage: Stage, names: readonly string[]): (before: Instruction | null) => Readonly<Record<string, string>> {
  const wanted = new Set(names);
  const at = new Map<Instruction, Record<string, string>>();
  let env: Record<string, string> = {};
  for (const instruction of stage.chainInstructions) {
    if (!at.has(instruction)) at.set(instruction, env);
    if (!isEnv(instruction) || !instruction.pairs.some((p) => wanted.has(p.name))) continue;
    env = { ...env };
    for (const { name, value } of instruction.pairs) if (wanted.has(name)) env[name] = value;
  }
  const end = env;
  return (before) => (before === null ? end : (at.get(before) ?? end));
}
const INDEX_OPTION_LINE = /^\s*(?:-i|--index-url|--extra-index-url)(?:\s*=\s*|\s+)(\S+)/gm;

const isTorch = (requirement: string) => TORCH_PACKAGES.has(packageName(requirement));

/**
 * pip/uv installs in a stage's own RUNs (only those whose text matches `trigger`, if given), with
 * the indexes they use. With `context`, -r files are read too (found through the COPY that brought them).
 */
export function wheelInstalls(stage: Stage, trigger?: RegExp, context?: ContextIndex): readonly WheelInstall[] {
  // MLG014 and MLG018 both ask for every install of a stage with the context: read once.
  const cacheable = trigger === undefined && context !== undefined;
  const known = cacheable ? allWheelInstalls.get(stage) : undefined;
  if (known && known.context === context) return known.installs;
  const found: WheelInstall[] = [];
  // One pass over the stage chain for the ENV values, not one per install: a stage with
  // thousands of RUNs made envBefore (a walk from the chain's start) quadratic.
  let stageEnv: ((before: Instruction) => Record<string, string>) | undefined;
  for (const run of stage.instructions) {
    if (!isRun(run) || (trigger && !trigger.test(run.text)) || !/\b(pip\d*|uv)\b/.test(run.text)) continue;
    stageEnv ??= envBeforeEach(stage, ENV_VARIABLES);
    const before = stageEnv(run);
    const exported = Object.fromEntries(run.shell().assignments.map((a) => [a.name, a.value]));
    // The command's own prefix, then the RUN's exports, then ENV: { ...ENV, ...exported, ...prefix }[name].
    const envValue = (prefix: Record<string, string>, name: string): string | undefined =>
      Object.hasOwn(prefix, name) ? prefix[name] : Object.hasOwn(exported, name) ? exported[name] : before[name];
    for (const install of pipInstalls(run)) {
      const prefix = install.command.env;
      const fromEnv = INDEX_VARIABLES.flatMap((name) => {
        const value = envValue(prefix, name);
        return value ? value.split(/\s+/) : [];
      });
      const args = install.command.args;
      const backendFlag = args.find((a) => a.startsWith('--torch-backend'));
      const backendValue = backendFlag?.includes('=')
        ? backendFlag.split('=')[1]
        : backendFlag
          ? args[args.indexOf(backendFlag) + 1]
          : undefined;
      const files = context ? install.requirementFiles.flatMap((file) => torchInRequirementsFile(run, install, file, context)) : [];
      found.push({
        run,
        install,
        indexUrls: [...install.indexUrls, ...fromEnv, ...files.flatMap((f) => f.indexUrls)],
        torchBackend: backendValue ?? envValue(prefix, 'UV_TORCH_BACKEND') ?? null,
        torch: [...install.packages.filter(isTorch), ...files.flatMap((f) => f.torch)],
        torchFiles: files.filter((f) => f.torch.length > 0).map((f) => f.path),
      });
    }
  }
  if (cacheable) allWheelInstalls.set(stage, { context, installs: found });
  return found;
}

const allWheelInstalls = new WeakMap<Stage, { context: ContextIndex; installs: readonly WheelInstall[] }>();

/** The torch lines and index options of one -r file, read with the requirements parser. */
function torchInRequirementsFile(run: RunInstruction, install: PipInstall, file: string, context: ContextIndex) {
  const path = contextPathOf(run, install.command, file, context);
  const text = path === null ? null : context.readText(path);
  if (path === null || text === null) return [];
  const lines = text.split(/\r?\n/);
  const torch = parseRequirements(text)
    .entries.filter((entry) => TORCH_PACKAGES.has(entry.name))
    .map((entry) => lines[entry.line - 1].replace(/\s(#|--?[A-Za-z]).*$/, '').trim());
  return [{ path, torch, indexUrls: [...text.matchAll(INDEX_OPTION_LINE)].map((m) => m[1]) }];
}

/** Which torch build an install asks for: 'cpu', a CUDA version, or 'default' (PyPI: CUDA on linux/amd64, CPU on arm64). */
export function torchBuild(wheels: WheelInstall): CudaVersion | 'cpu' | 'default' {
  const backend = wheels.torchBackend;
  if (backend === 'cpu') return 'cpu';
  if (backend && /^cu\d+$/.test(backend)) return cudaFromDigits(backend.slice(2));
  for (const requirement of wheels.torch) {
    if (/\+cpu\b/.test(requirement)) return 'cpu';
    const cuda = requirementCuda(requirement);
    if (cuda) return cuda;
  }
  for (const url of wheels.indexUrls) {
    const build = pytorchIndexCuda(url);
    if (build) return build;
  }
  return 'default';
}

// ---- Model weights ----

/** Extensions that are weights wherever they appear. */
const WEIGHTS_EXTENSIONS = /\.(safetensors|bin|pt|pth|ckpt|onnx|gguf|ggml|h5|keras|pb|tflite|engine|plan)$/i;
/** Generic serialisation formats: weights only inside a models-like folder or with a model-ish name. */
const WEAK_WEIGHTS_EXTENSIONS = /\.(msgpack|npz|joblib|pkl|pickle)$/i;
const MODELS_DIR =
  /^(models?|checkpoints?|ckpts?|weights|model[-_](weights|store|repo|repository)|pretrained([-_]models)?|hf[-_]cache|huggingface|\.huggingface)$/i;

export const isModelsDirName = (segment: string) => MODELS_DIR.test(segment);

/** Does this path (file or glob) look like model weights? */
export const isWeightsPath = rememberByKey(looksLikeWeights, 100_000);

function looksLikeWeights(path: string): boolean {
  const segments = path.replace(/\\/g, '/').split('/').filter(Boolean);
  const file = segments[segments.length - 1] ?? '';
  if (WEIGHTS_EXTENSIONS.test(file)) return true;
  if (!WEAK_WEIGHTS_EXTENSIONS.test(file)) return false;
  return segments.slice(0, -1).some(isModelsDirName) || /model|weight|checkpoint|ckpt/i.test(file);
}

/** A models-like folder anywhere in the path (models/, checkpoints/, hf_cache/ …). */
export function inModelsDir(path: string): boolean {
  return path.split('/').some(isModelsDirName);
}

// ---- Secrets ----

const SECRET_WORDS = new Set(['TOKEN', 'SECRET', 'PASSWORD', 'PASSWD']);
const SECRET_PARTS = ['API_KEY', 'ACCESS_KEY', 'PRIVATE_KEY', 'CREDENTIALS'];
/** Names that hold where a secret is, not the secret (POSTGRES_PASSWORD_FILE, HF_TOKEN_PATH). */
const SECRET_POINTER_SUFFIX = /_(FILE|PATH|DIR)$/;

/** HF_TOKEN, AWS_SECRET_ACCESS_KEY, OPENAI_API_KEY … but not TOKENIZERS_PARALLELISM or MAX_TOKENS. */
export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase();
  if (SECRET_POINTER_SUFFIX.test(upper)) return false;
  return upper.split('_').some((word) => SECRET_WORDS.has(word)) || SECRET_PARTS.some((part) => upper.includes(part));
}

// Known token formats: a value with one of these shapes is a secret whatever its name.
const TOKEN_SHAPES: { kind: string; prefix: string; pattern: RegExp }[] = [
  { kind: 'Hugging Face token', prefix: 'hf_', pattern: /\bhf_[A-Za-z0-9]{30,}\b/ },
  { kind: 'OpenAI-style API key', prefix: 'sk-', pattern: /\bsk-[A-Za-z0-9_-]{20,}/ },
  { kind: 'AWS access key id', prefix: 'AKIA', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'GitHub token', prefix: 'ghp_', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { kind: 'GitHub token', prefix: 'github_pat_', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}/ },
  { kind: 'GitLab token', prefix: 'glpat-', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/ },
  { kind: 'Slack token', prefix: 'xox', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { kind: 'npm token', prefix: 'npm_', pattern: /\bnpm_[A-Za-z0-9]{36,}\b/ },
  { kind: 'PyPI token', prefix: 'pypi-', pattern: /\bpypi-[A-Za-z0-9_-]{50,}/ },
  { kind: 'Docker Hub token', prefix: 'dckr_pat_', pattern: /\bdckr_pat_[A-Za-z0-9_-]{20,}/ },
  { kind: 'Google API key', prefix: 'AIza', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
];
const TOKEN_ANYWHERE = TOKEN_SHAPES.map((shape) => ({ ...shape, pattern: new RegExp(shape.pattern.source, 'g') }));
// Any shape at all, in one scan (a quarter of the time of one scan per shape): most texts have none.
const ANY_TOKEN = new RegExp(TOKEN_SHAPES.map((shape) => `(?:${shape.pattern.source})`).join('|'));

/** The kind and redacted form (hf_***) of the first token-shaped string in `text`, if any. */
export function findTokenShape(text: string): { kind: string; redacted: string } | null {
  if (!ANY_TOKEN.test(text)) return null;
  for (const shape of TOKEN_SHAPES) {
    if (shape.pattern.test(text)) return { kind: shape.kind, redacted: `${shape.prefix}***` };
  }
  return null;
}

/** Every token-shaped string in `text`. */
export function tokensIn(text: string): string[] {
  return TOKEN_ANYWHERE.flatMap((shape) => text.match(shape.pattern) ?? []);
}

/** `text` with each token-shaped string replaced by its kind's prefix and *** (hf_***). */
export function maskTokens(text: string): string {
  return TOKEN_ANYWHERE.reduce((masked, shape) => masked.replace(shape.pattern, `${shape.prefix}***`), text);
}

/** Shorter values would mask ordinary words and numbers in every output. */
const MIN_SECRET_LENGTH = 4;
const TRIVIAL = /^(true|false|yes|no|on|off|0|1|null|none)$/i;
/** `$NAME` or `${NAME…}`: where the value comes from, not the value. */
const VARIABLE_REFERENCE = /^\$(\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*)$/;

export const isVariableReference = (value: string) => VARIABLE_REFERENCE.test(value.trim());

/** A value that cannot be a secret: empty, too short, a boolean or 0/1, or a `$VAR` reference. */
export function isTrivialValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length < MIN_SECRET_LENGTH || TRIVIAL.test(trimmed) || isVariableReference(trimmed);
}

/** A value that says where a secret is (/run/secrets/token, ~/.aws/credentials), not the secret itself. */
export const isPathValue = (value: string) => /^(\/|~\/|\.\/)/.test(value.trim());

/**
 * The one predicate for text found in the repository or an image: a value is secret by its shape,
 * or by a secret-looking name and a value that is neither trivial nor a path.
 */
export function isSecretValue(name: string | null, value: string): boolean {
  if (findTokenShape(value)) return true;
  return name !== null && isSecretName(name) && !isTrivialValue(value) && !isPathValue(value);
}

/** Files that hold credentials: .env, private keys, .netrc, cloud credentials. */
export const isSecretFile = rememberByKey(looksLikeSecretFile, 100_000);

function looksLikeSecretFile(path: string): boolean {
  const file = (path.replace(/\\/g, '/').split('/').filter(Boolean).pop() ?? '').toLowerCase();
  if (file === '.env' || (file.startsWith('.env.') && !/\.(example|sample|template|dist|defaults?)$/.test(file))) return true;
  if (/^id_(rsa|dsa|ecdsa|ed25519)$/.test(file)) return true;
  if (['.netrc', '.pypirc', '.git-credentials', '.npmrc', 'credentials', 'credentials.json', 'kaggle.json'].includes(file)) return true;
  if (/^service[-_]?account.*\.json$/.test(file) || path.replace(/\\/g, '/').endsWith('huggingface/token')) return true;
  if (/\.(key|p12|pfx)$/.test(file)) return true;
  // A .pem is a private key unless its name says certificate (ca.pem, fullchain.pem): those are public.
  return file.endsWith('.pem') && !/(^|[-_.])(ca|cacert|cert|certificate|chain|fullchain|bundle|root)([-_.]|$)/.test(file);
}
