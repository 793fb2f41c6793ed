#!/usr/bin/env node
// Writes the benchmark corpus's generated Dockerfiles (bench/corpus/generated/) from templates
// with seeded variation. Deterministic: the same script always writes the same files, and they
// are committed so the benchmark is reproducible without running this.
//   node bench/corpus/generate.mjs          (rewrites bench/corpus/generated/*.Dockerfile)
// Hand-written files live in bench/corpus/hand/ and are not touched.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'generated');

// mulberry32: small, fast, good enough for picking template variations.
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    some: (list, lo, hi) => {
      const copy = [...list];
      const n = Math.min(copy.length, lo + Math.floor(next() * (hi - lo + 1)));
      const out = [];
      while (out.length < n) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}

const CUDA = ['11.8.0', '12.1.0', '12.1.1', '12.2.2', '12.4.1', '12.6.3'];
const UBUNTU = ['20.04', '22.04', '24.04'];
const PY = ['3.10', '3.11', '3.12'];
const APT_BUILD = ['build-essential', 'gcc', 'g++', 'cmake', 'ninja-build', 'pkg-config', 'libssl-dev', 'python3-dev', 'git'];
const APT_RUN = ['ca-certificates', 'curl', 'libgl1', 'libglib2.0-0', 'ffmpeg', 'libsndfile1', 'tini', 'libgomp1', 'wget', 'jq'];
const PIP_PKGS = [
  ['torch', '2.3.1'], ['torchvision', '0.18.1'], ['torchaudio', '2.3.1'], ['transformers', '4.41.2'], ['accelerate', '0.31.0'],
  ['diffusers', '0.29.0'], ['sentence-transformers', '3.0.1'], ['fastapi', '0.111.0'], ['uvicorn', '0.30.1'], ['numpy', '1.26.4'],
  ['pandas', '2.2.2'], ['scikit-learn', '1.5.0'], ['onnxruntime', '1.18.0'], ['opencv-python-headless', '4.10.0.84'],
  ['xgboost', '2.0.3'], ['lightgbm', '4.4.0'], ['peft', '0.11.1'], ['bitsandbytes', '0.43.1'], ['gradio', '4.36.1'], ['mlflow', '2.14.1'],
];
const MODELS = ['bert-base-uncased', 'openai/whisper-small', 'stabilityai/sdxl-turbo', 'meta-llama/Llama-3.1-8B-Instruct', 'BAAI/bge-small-en-v1.5'];

const pinned = (r, n) => r.some(PIP_PKGS, n, n + 2).map(([p, v]) => (r.chance(0.75) ? `${p}==${v}` : p));
const cont = (items, indent = '    ') => items.join(` \\\n${indent}`);

function aptRun(r, pkgs, { good = r.chance(0.5), sudo = false } = {}) {
  const install = `apt-get install -y${good || r.chance(0.3) ? ' --no-install-recommends' : ''}`;
  const lines = [`${sudo ? 'sudo ' : ''}apt-get update`, `${install} \\\n        ${pkgs.join(' \\\n        ')}`];
  if (good) lines.push('rm -rf /var/lib/apt/lists/*');
  return `RUN ${lines.join(' \\\n && ')}`;
}

function pipRun(r, pkgs, { cacheMount = r.chance(0.3), noCache = r.chance(0.5), pip = r.pick(['pip', 'pip3', 'python -m pip']) } = {}) {
  const flag = !cacheMount && noCache ? ' --no-cache-dir' : '';
  const mount = cacheMount ? '--mount=type=cache,target=/root/.cache/pip \\\n    ' : '';
  return `RUN ${mount}${pip} install${flag} ${pkgs.join(' ')}`;
}

function cmdLine(r, argv) {
  return r.chance(0.7) ? `CMD [${argv.map((a) => JSON.stringify(a)).join(', ')}]` : `CMD ${argv.join(' ')}`;
}

function pythonEnv(r) {
  const env = [];
  if (r.chance(0.6)) env.push('PYTHONDONTWRITEBYTECODE=1', 'PYTHONUNBUFFERED=1');
  if (r.chance(0.4)) env.push('PIP_NO_CACHE_DIR=1');
  if (r.chance(0.3)) env.push('TOKENIZERS_PARALLELISM=false');
  if (r.chance(0.3)) env.push(`HF_HOME=${r.pick(['/models', '/cache/hf', '/root/.cache/huggingface'])}`);
  return env.length ? [`ENV ${cont(env)}`] : [];
}

const templates = {
  // One stage on a CUDA image: the most common shape of an ML Dockerfile.
  'cuda-single'(r) {
    const variant = r.pick(['devel', 'runtime', 'cudnn8-runtime', 'cudnn8-devel', 'base']);
    const L = [`FROM nvidia/cuda:${r.pick(CUDA)}-${variant}-ubuntu${r.pick(UBUNTU)}`, ''];
    L.push('ENV DEBIAN_FRONTEND=noninteractive');
    if (r.chance(0.3)) L.push(`ENV HF_TOKEN=${r.chance(0.5) ? 'hf_' + 'x'.repeat(34) : ''}`);
    if (r.chance(0.3)) L.push('ENV CUDA_VISIBLE_DEVICES=0');
    L.push(aptRun(r, ['python3', 'python3-pip', ...r.some(APT_RUN, 1, 4), ...(r.chance(0.5) ? r.some(APT_BUILD, 1, 3) : [])]));
    L.push('WORKDIR /app');
    const codeFirst = r.chance(0.4);
    if (codeFirst) L.push('COPY . .');
    else L.push('COPY requirements.txt .');
    L.push(pipRun(r, ['-r', 'requirements.txt'], { pip: 'pip3' }));
    if (r.chance(0.5)) L.push(pipRun(r, pinned(r, 1), { pip: 'pip3' }));
    if (r.chance(0.3)) L.push(`RUN python3 -c "from transformers import AutoModel; AutoModel.from_pretrained('${r.pick(MODELS)}')"`);
    if (r.chance(0.2)) L.push('RUN nvidia-smi || true');
    if (!codeFirst) L.push('COPY . .');
    if (r.chance(0.4)) L.push('COPY models/ /app/models/');
    if (r.chance(0.5)) L.push('RUN useradd -m app', 'USER app');
    L.push('EXPOSE 8000', cmdLine(r, ['python3', '-m', 'uvicorn', 'main:app', '--host', '0.0.0.0', '--port', '8000']));
    return L;
  },

  // Builder on devel, final on runtime, venv copied across.
  'cuda-multistage'(r) {
    const cuda = r.pick(CUDA);
    const u = r.pick(UBUNTU);
    const L = [`ARG CUDA_VERSION=${cuda}`, `ARG UBUNTU=${u}`, '', `FROM nvidia/cuda:\${CUDA_VERSION}-devel-ubuntu\${UBUNTU} AS builder`];
    L.push(aptRun(r, ['python3', 'python3-venv', 'python3-dev', ...r.some(APT_BUILD, 2, 4)], { good: true }));
    L.push('RUN python3 -m venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', 'WORKDIR /build', 'COPY requirements.txt .');
    const wheel = r.pick(['cu118', 'cu121', 'cu124']);
    L.push(
      `RUN --mount=type=cache,target=/root/.cache/pip \\\n    pip install torch==2.3.1 --index-url https://download.pytorch.org/whl/${wheel} \\\n && pip install -r requirements.txt`,
    );
    if (r.chance(0.5)) {
      L.push('COPY csrc/ csrc/', 'COPY setup.py pyproject.toml ./', `RUN TORCH_CUDA_ARCH_LIST="${r.pick(['8.0;8.6;8.9;9.0', '7.5;8.0;8.6', '8.6'])}" pip install --no-build-isolation --no-cache-dir .`);
    }
    L.push('', `FROM nvidia/cuda:\${CUDA_VERSION}-${r.pick(['runtime', 'cudnn8-runtime', 'base'])}-ubuntu\${UBUNTU}${r.chance(0.5) ? ' AS runtime' : ''}`);
    L.push(aptRun(r, ['python3', ...r.some(APT_RUN, 0, 3)], { good: r.chance(0.8) }));
    L.push(...pythonEnv(r));
    L.push('COPY --from=builder /opt/venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', 'WORKDIR /app', 'COPY src/ ./src/');
    if (r.chance(0.7)) L.push('RUN groupadd -r app && useradd -r -g app app', 'USER app');
    L.push(r.chance(0.5) ? 'ENTRYPOINT ["python3", "-m", "src.serve"]' : 'ENTRYPOINT python3 -m src.serve');
    return L;
  },

  pytorch(r) {
    const flavour = r.pick(['runtime', 'devel']);
    const tag = r.pick(['2.3.1-cuda12.1-cudnn8', '2.2.2-cuda12.1-cudnn8', '2.4.0-cuda12.4-cudnn9', '2.1.2-cuda11.8-cudnn8']);
    const L = [`FROM pytorch/pytorch:${tag}-${flavour}`];
    L.push(...pythonEnv(r));
    if (r.chance(0.6)) L.push(aptRun(r, r.some(APT_RUN, 1, 4)));
    L.push('WORKDIR /workspace');
    L.push('COPY requirements.txt .', pipRun(r, ['-r', 'requirements.txt']));
    if (r.chance(0.4)) L.push(pipRun(r, pinned(r, 2)));
    if (r.chance(0.3)) L.push(`RUN huggingface-cli download ${r.pick(MODELS)} --local-dir /workspace/model`);
    if (r.chance(0.3)) L.push('RUN python -c "import torch; print(torch.cuda.is_available())"');
    L.push('COPY . .');
    if (r.chance(0.3)) L.push('ENV NVIDIA_DRIVER_CAPABILITIES=all');
    L.push(cmdLine(r, ['python', r.pick(['train.py', 'serve.py', 'app.py']), ...(r.chance(0.5) ? ['--config', 'configs/default.yaml'] : [])]));
    return L;
  },

  conda(r) {
    const base = r.pick(['continuumio/miniconda3:24.4.0-0', 'mambaorg/micromamba:1.5.8', 'condaforge/miniforge3:24.3.0-0', 'continuumio/miniconda3']);
    const tool = base.includes('micromamba') ? 'micromamba' : base.includes('miniforge') ? 'mamba' : 'conda';
    const L = [`FROM ${base}`];
    if (tool === 'micromamba') L.push('USER root');
    L.push('WORKDIR /opt/app', `COPY environment.yml /tmp/environment.yml`);
    const clean = r.chance(0.6);
    L.push(
      `RUN ${tool} env create -f /tmp/environment.yml -n app${tool === 'micromamba' ? ' -y' : ''}${clean ? ` \\\n && ${tool} clean -a -y` : ''}`,
    );
    if (r.chance(0.5)) L.push(`RUN ${tool} install -y -n app -c conda-forge ${r.pick(['pytorch-cuda=12.1', 'cudatoolkit=11.8', 'faiss-gpu=1.8.0', 'rdkit=2024.03.1', 'gdal=3.9.0'])}`);
    L.push(`SHELL ["${tool === 'micromamba' ? 'micromamba' : 'conda'}", "run", "-n", "app", "/bin/bash", "-c"]`);
    L.push('COPY . .');
    if (r.chance(0.5)) L.push('RUN pip install -e .');
    if (tool === 'micromamba') L.push('USER $MAMBA_USER');
    L.push(`ENTRYPOINT ["${tool === 'micromamba' ? 'micromamba' : 'conda'}", "run", "--no-capture-output", "-n", "app"]`, 'CMD ["python", "-m", "app"]');
    return L;
  },

  uv(r) {
    const py = r.pick(PY);
    const L = [`FROM ghcr.io/astral-sh/uv:0.4.${r.int(0, 30)} AS uv`, '', `FROM python:${py}-slim${r.chance(0.3) ? '-bookworm' : ''} AS build`];
    L.push('COPY --from=uv /uv /uvx /bin/', 'ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy', 'WORKDIR /app');
    if (r.chance(0.7)) {
      L.push(
        'RUN --mount=type=cache,target=/root/.cache/uv \\\n    --mount=type=bind,source=uv.lock,target=uv.lock \\\n    --mount=type=bind,source=pyproject.toml,target=pyproject.toml \\\n    uv sync --frozen --no-install-project --no-dev',
      );
    } else {
      L.push('COPY pyproject.toml uv.lock ./', 'RUN uv sync --frozen --no-install-project --no-dev');
    }
    L.push('COPY . /app', `RUN ${r.chance(0.5) ? '--mount=type=cache,target=/root/.cache/uv ' : ''}uv sync --frozen --no-dev`);
    L.push('', `FROM python:${py}-slim`, ...pythonEnv(r), 'COPY --from=build --chown=10001:10001 /app /app', 'ENV PATH="/app/.venv/bin:$PATH"', 'USER 10001', 'WORKDIR /app');
    L.push(cmdLine(r, ['uvicorn', 'app.main:app', '--host', '0.0.0.0']));
    return L;
  },

  poetry(r) {
    const py = r.pick(PY);
    const L = [`FROM python:${py}${r.pick(['-slim', '', '-slim-bookworm'])} AS base`, ...pythonEnv(r)];
    L.push(`ENV POETRY_VERSION=1.8.${r.int(0, 3)} \\\n    POETRY_VIRTUALENVS_IN_PROJECT=1 \\\n    POETRY_NO_INTERACTION=1`);
    L.push('', 'FROM base AS deps', `RUN pip install ${r.chance(0.5) ? '--no-cache-dir ' : ''}"poetry==$POETRY_VERSION"`, 'WORKDIR /app');
    const codeFirst = r.chance(0.3);
    L.push(codeFirst ? 'COPY . .' : 'COPY pyproject.toml poetry.lock ./');
    L.push(`RUN poetry install --only main --no-root${r.chance(0.5) ? ' && rm -rf $POETRY_CACHE_DIR' : ''}`);
    if (!codeFirst) L.push('COPY . .');
    L.push('', 'FROM base AS final', 'WORKDIR /app', 'COPY --from=deps /app /app', 'ENV PATH=/app/.venv/bin:$PATH');
    if (r.chance(0.6)) L.push('RUN adduser --system --no-create-home app', 'USER app');
    L.push(cmdLine(r, ['gunicorn', '-k', 'uvicorn.workers.UvicornWorker', '-b', '0.0.0.0:8080', 'app:app']));
    return L;
  },

  node(r) {
    const v = r.pick(['18', '20', '22']);
    const alpine = r.chance(0.5) ? '-alpine' : '-bookworm-slim';
    const L = [`FROM node:${v}${alpine} AS deps`, 'WORKDIR /app', 'COPY package.json package-lock.json ./'];
    L.push(r.chance(0.5) ? 'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev' : 'RUN npm ci');
    L.push('', `FROM node:${v}${alpine} AS build`, 'WORKDIR /app', 'COPY --from=deps /app/node_modules ./node_modules', 'COPY . .', 'RUN npm run build');
    L.push('', `FROM node:${v}${alpine}`, 'ENV NODE_ENV=production', 'WORKDIR /app');
    L.push('COPY --from=build --chown=node:node /app/dist ./dist', 'COPY --from=deps --chown=node:node /app/node_modules ./node_modules', 'USER node', 'EXPOSE 3000');
    L.push(cmdLine(r, ['node', 'dist/server.js']));
    return L;
  },

  go(r) {
    const L = [`FROM golang:1.${r.int(20, 23)}${r.chance(0.5) ? '-alpine' : ''} AS build`, 'WORKDIR /src', 'COPY go.mod go.sum ./'];
    L.push('RUN --mount=type=cache,target=/go/pkg/mod go mod download', 'COPY . .');
    L.push('RUN --mount=type=cache,target=/go/pkg/mod \\\n    --mount=type=cache,target=/root/.cache/go-build \\\n    CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server');
    const final = r.pick(['gcr.io/distroless/static-debian12:nonroot', 'scratch', 'alpine:3.20']);
    L.push('', `FROM ${final}`);
    if (final === 'alpine:3.20') L.push('RUN apk add --no-cache ca-certificates tzdata && adduser -D -u 10001 app', 'USER app');
    if (final === 'scratch') L.push('COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/', 'USER 65534:65534');
    L.push('COPY --from=build /out/server /server', 'EXPOSE 8080', 'ENTRYPOINT ["/server"]');
    return L;
  },

  alpine(r) {
    const L = [`FROM alpine:3.${r.int(17, 20)}`];
    L.push(
      r.chance(0.6)
        ? `RUN apk add --no-cache ${r.some(['python3', 'py3-pip', 'bash', 'curl', 'ca-certificates', 'tini', 'openssl', 'git'], 2, 5).join(' ')}`
        : `RUN apk update && apk add ${r.some(['python3', 'py3-pip', 'bash', 'curl', 'build-base', 'musl-dev', 'linux-headers'], 2, 5).join(' ')}`,
    );
    L.push('WORKDIR /app', 'COPY requirements.txt .');
    L.push(`RUN ${r.chance(0.5) ? 'python3 -m venv /venv && /venv/bin/' : ''}pip install${r.chance(0.5) ? ' --no-cache-dir' : ''} -r requirements.txt${r.chance(0.5) ? ' --break-system-packages' : ''}`);
    L.push('COPY . .');
    if (r.chance(0.5)) L.push('RUN addgroup -S app && adduser -S app -G app', 'USER app');
    L.push('ENTRYPOINT ["/sbin/tini", "--"]', cmdLine(r, ['python3', 'main.py']));
    return L;
  },

  heredoc(r) {
    const L = ['# syntax=docker/dockerfile:1.7', `FROM python:${r.pick(PY)}-slim`];
    L.push('RUN <<EOF', 'set -eux', 'apt-get update', 'apt-get install -y --no-install-recommends curl ca-certificates', 'rm -rf /var/lib/apt/lists/*', 'EOF');
    L.push('COPY <<-"EOT" /app/settings.toml', '\t[server]', '\thost = "0.0.0.0"', `\tport = ${r.int(8000, 9000)}`, '\tEOT');
    L.push(`RUN --mount=type=cache,target=/root/.cache/pip <<EOF`, 'pip install \\', `    ${pinned(r, 3).join(' \\\n    ')}`, 'EOF');
    L.push('RUN python3 <<PY', 'import compileall, sys', "compileall.compile_dir('/usr/local/lib', quiet=1)", "print(sys.version)", 'PY');
    if (r.chance(0.5)) L.push('RUN <<EOF bash', 'for d in /data /models /logs; do', '  mkdir -p "$d" && chmod 0775 "$d"', 'done', 'EOF');
    L.push('WORKDIR /app', 'COPY app/ app/', 'USER nobody', 'CMD ["python3", "-m", "app"]');
    return L;
  },

  // A long, realistic "kitchen sink" research image: many packages, long RUN chains.
  'long-chain'(r) {
    const L = [`FROM nvidia/cuda:${r.pick(CUDA)}-cudnn8-devel-ubuntu22.04`, '', 'ARG DEBIAN_FRONTEND=noninteractive', 'ENV TZ=Etc/UTC LANG=C.UTF-8 LC_ALL=C.UTF-8', ''];
    const pkgs = [...APT_BUILD, ...APT_RUN, 'vim', 'htop', 'tmux', 'openssh-client', 'unzip', 'zip', 'rsync', 'libjpeg-dev', 'libpng-dev', 'zlib1g-dev', 'libopenblas-dev', 'liblapack-dev', 'libhdf5-dev', 'graphviz', 'software-properties-common'];
    L.push(`RUN apt-get update && apt-get install -y --no-install-recommends \\\n        ${r.some(pkgs, 18, pkgs.length).sort().join(' \\\n        ')} \\\n && apt-get clean \\\n && rm -rf /var/lib/apt/lists/*`);
    L.push('', 'RUN add-apt-repository ppa:deadsnakes/ppa \\\n && apt-get update \\\n && apt-get install -y python3.11 python3.11-venv python3.11-dev \\\n && update-alternatives --install /usr/bin/python3 python3 /usr/bin/python3.11 1');
    L.push('', 'RUN curl -sS https://bootstrap.pypa.io/get-pip.py | python3');
    const n = r.int(25, 60);
    const all = [];
    for (let i = 0; i < n; i++) {
      const [p, v] = PIP_PKGS[i % PIP_PKGS.length];
      all.push(i < PIP_PKGS.length ? `${p}==${v}` : `${p}-extra${i}==0.${i}.0`);
    }
    L.push('', `RUN pip3 install --no-cache-dir \\\n        ${all.join(' \\\n        ')}`);
    const steps = r.int(6, 20);
    for (let i = 0; i < steps; i++) {
      L.push(`RUN mkdir -p /opt/stage${i} \\\n && cd /opt/stage${i} \\\n && echo "step ${i}" > README \\\n && ${r.pick(['ls -la', 'du -sh .', 'true', 'sha256sum README'])}`);
    }
    L.push('', 'WORKDIR /workspace', 'COPY . .', 'RUN pip3 install -e .[dev]', 'EXPOSE 8888 6006', 'CMD ["jupyter", "lab", "--ip=0.0.0.0", "--allow-root", "--no-browser"]');
    return L;
  },

  'arg-from'(r) {
    const L = [`ARG BASE_IMAGE=${r.pick(['python:3.11-slim', 'nvidia/cuda:12.1.0-runtime-ubuntu22.04', 'ubuntu:22.04', 'pytorch/pytorch:2.3.1-cuda12.1-cudnn8-devel'])}`];
    L.push(`ARG PYTHON_VERSION=${r.pick(PY)}`, `ARG APP_UID=${r.int(1000, 20000)}`, '', 'FROM ${BASE_IMAGE} AS base', 'ARG APP_UID');
    L.push(...pythonEnv(r), 'WORKDIR /srv', '', 'FROM base AS deps', 'COPY requirements*.txt ./', pipRun(r, ['-r', 'requirements.txt']));
    L.push('', 'FROM deps AS test', 'COPY . .', 'RUN python -m pytest -q', '', 'FROM deps AS prod', 'COPY src/ src/');
    L.push('RUN useradd -u ${APP_UID} -m app', 'USER app', cmdLine(r, ['python', '-m', 'src']));
    return L;
  },

  'tf-jax'(r) {
    const kind = r.pick(['tensorflow', 'jax', 'onnx']);
    if (kind === 'tensorflow') {
      return [`FROM tensorflow/tensorflow:2.${r.int(13, 16)}.0-gpu`, 'WORKDIR /app', 'COPY requirements.txt .', pipRun(r, ['-r', 'requirements.txt']), 'COPY saved_model/ /models/saved_model/', 'COPY . .', 'ENV TF_CPP_MIN_LOG_LEVEL=2', cmdLine(r, ['python', 'serve.py'])];
    }
    if (kind === 'jax') {
      return [`FROM nvidia/cuda:12.${r.int(1, 4)}.0-cudnn8-runtime-ubuntu22.04`, aptRun(r, ['python3', 'python3-pip']), `RUN pip3 install --no-cache-dir "jax[cuda12]==0.4.30" flax==0.8.4 optax==0.2.2`, 'WORKDIR /app', 'COPY . .', 'ENV XLA_PYTHON_CLIENT_MEM_FRACTION=.8', cmdLine(r, ['python3', 'train.py'])];
    }
    return [`FROM python:${r.pick(PY)}-slim`, 'WORKDIR /app', `RUN pip install --no-cache-dir onnxruntime${r.chance(0.5) ? '-gpu' : ''}==1.18.0 fastapi==0.111.0 uvicorn==0.30.1`, 'COPY model.onnx /app/model.onnx', 'COPY server.py .', 'USER 1000', cmdLine(r, ['uvicorn', 'server:app', '--host', '0.0.0.0'])];
  },

  'llm-server'(r) {
    const base = r.pick(['vllm/vllm-openai:v0.5.0', 'ghcr.io/huggingface/text-generation-inference:2.0.4', 'ollama/ollama:0.1.45']);
    const L = [`FROM ${base}`];
    if (base.startsWith('ollama')) {
      L.push(`RUN ollama serve & sleep 5 && ollama pull ${r.pick(['llama3', 'mistral', 'phi3'])}`, 'EXPOSE 11434', 'ENTRYPOINT ["ollama", "serve"]');
      return L;
    }
    L.push(`ENV MODEL_ID=${r.pick(MODELS)}`, 'ENV HUGGING_FACE_HUB_TOKEN=""', r.chance(0.5) ? 'ENV NVIDIA_VISIBLE_DEVICES=all' : 'ENV MAX_TOKENS=4096');
    if (r.chance(0.5)) L.push('ADD https://huggingface.co/BAAI/bge-small-en-v1.5/resolve/main/model.safetensors /data/model.safetensors');
    if (r.chance(0.5)) L.push('RUN aws s3 sync s3://team-models/llm/ /data/ --no-progress');
    L.push('COPY entrypoint.sh /entrypoint.sh', 'ENTRYPOINT ["/entrypoint.sh"]');
    return L;
  },

  misc(r) {
    const kind = r.pick(['rust', 'java', 'nginx', 'debian-tools']);
    if (kind === 'rust') {
      return ['FROM rust:1.79-slim AS build', 'WORKDIR /src', 'COPY Cargo.toml Cargo.lock ./', 'RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release', 'COPY src/ src/', 'RUN touch src/main.rs && cargo build --release', '', 'FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*', 'COPY --from=build /src/target/release/app /usr/local/bin/app', 'USER nobody', 'ENTRYPOINT ["app"]'];
    }
    if (kind === 'java') {
      return ['FROM maven:3.9-eclipse-temurin-21 AS build', 'WORKDIR /src', 'COPY pom.xml .', 'RUN mvn -B dependency:go-offline', 'COPY src ./src', 'RUN mvn -B package -DskipTests', '', 'FROM eclipse-temurin:21-jre', 'COPY --from=build /src/target/*.jar /app.jar', 'EXPOSE 8080', 'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app.jar"]'];
    }
    if (kind === 'nginx') {
      return ['FROM nginx:1.27-alpine', 'COPY nginx.conf /etc/nginx/nginx.conf', 'COPY dist/ /usr/share/nginx/html/', 'EXPOSE 80', 'HEALTHCHECK CMD wget -q -O /dev/null http://localhost/ || exit 1'];
    }
    return ['FROM debian:bookworm', 'RUN apt-get update', 'RUN apt-get install -y curl git make', 'RUN apt-get install -y jq', 'ADD https://example.com/tool.tar.gz /opt/', 'ADD vendor.tar.gz /opt/vendor/', 'COPY scripts/ /usr/local/bin/', 'CMD /usr/local/bin/run.sh'];
  },
};

// How many files per template: ML shapes dominate, as in the repositories the tool targets.
const plan = [
  ['cuda-single', 8], ['cuda-multistage', 6], ['pytorch', 5], ['conda', 4], ['uv', 3], ['poetry', 3], ['node', 3], ['go', 3],
  ['alpine', 3], ['heredoc', 3], ['long-chain', 4], ['arg-from', 3], ['tf-jax', 4], ['llm-server', 3], ['misc', 4],
];

mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(OUT)) if (name.endsWith('.Dockerfile')) rmSync(join(OUT, name));
let count = 0;
let seed = 20240601;
for (const [name, n] of plan) {
  for (let i = 1; i <= n; i++) {
    const r = rng(seed++);
    const lines = templates[name](r);
    const header = `# generated by bench/corpus/generate.mjs (template ${name}, #${i}); do not edit\n`;
    // Parser directives (# syntax=, # escape=) only count above every other comment.
    const directives = [];
    while (/^#\s*(syntax|escape)=/i.test(lines[0] ?? '')) directives.push(lines.shift());
    const text = [...directives, header.trimEnd(), ...lines].join('\n') + '\n';
    writeFileSync(join(OUT, `${name}-${String(i).padStart(2, '0')}.Dockerfile`), text);
    count++;
  }
}
console.log(`wrote ${count} Dockerfiles to ${OUT}`);
