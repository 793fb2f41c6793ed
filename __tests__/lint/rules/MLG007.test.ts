// Line convention for every rule: a finding about one shell command is on that command's own
// line (continuations and heredoc bodies counted); a finding about a whole instruction or a
// group of instructions is on the instruction's first line.
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG007.js';

ruleTester(rule, {
  valid: [
    { name: '--no-cache-dir', code: 'FROM python:3.11\nRUN pip install --no-cache-dir torch==2.3.0\n' },
    {
      name: 'python -m pip with --no-cache-dir',
      code: 'FROM python:3.11\nRUN python3 -m pip install --no-cache-dir -r requirements.txt\n',
    },
    { name: 'ENV earlier in the stage', code: 'FROM python:3.11\nENV PIP_NO_CACHE_DIR=1\nRUN pip install torch\n' },
    { name: 'ENV legacy form', code: 'FROM python:3.11\nENV PIP_NO_CACHE_DIR 1\nRUN pip install torch\n' },
    {
      name: 'pip disables the cache even for PIP_NO_CACHE_DIR=0',
      code: 'FROM python:3.11\nENV PIP_NO_CACHE_DIR=0\nRUN pip install torch\n',
    },
    {
      name: 'ENV inherited via FROM <stage>',
      code: 'FROM python:3.11 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base AS app\nRUN pip install torch\n',
    },
    { name: 'env prefix', code: 'FROM python:3.11\nRUN PIP_NO_CACHE_DIR=1 pip install torch\n' },
    { name: 'export in the same RUN', code: 'FROM python:3.11\nRUN export PIP_NO_CACHE_DIR=1 && pip install torch\n' },
    { name: 'cache mount on the pip cache', code: 'FROM python:3.11\nRUN --mount=type=cache,target=/root/.cache/pip pip install torch\n' },
    { name: 'cache mount on ~/.cache', code: 'FROM python:3.11\nRUN --mount=type=cache,target=/root/.cache \\\n    pip install torch\n' },
    {
      name: 'custom --cache-dir in a cache mount',
      code: 'FROM python:3.11\nRUN --mount=type=cache,target=/pipcache pip install --cache-dir /pipcache torch\n',
    },
    { name: 'rm -rf ~/.cache/pip afterwards', code: 'FROM python:3.11\nRUN pip install torch && rm -rf ~/.cache/pip\n' },
    { name: 'pip cache purge afterwards', code: 'FROM python:3.11\nRUN pip install torch \\\n && pip cache purge\n' },
    { name: 'heredoc with export', code: 'FROM python:3.11\nRUN <<EOF\nexport PIP_NO_CACHE_DIR=1\npip install torch\nEOF\n' },
    { name: 'JSON form with flag', code: 'FROM python:3.11\nRUN ["pip", "install", "--no-cache-dir", "torch"]\n' },
    { name: 'uv --no-cache', code: 'FROM python:3.11\nRUN uv pip install --system --no-cache torch\n' },
    { name: 'uv cache mount', code: 'FROM python:3.11\nRUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen\n' },
    { name: 'UV_NO_CACHE env', code: 'FROM python:3.11\nENV UV_NO_CACHE=1\nRUN uv sync --frozen\n' },
    { name: 'conda clean -afy', code: 'FROM continuumio/miniconda3:24.1.2-0\nRUN conda install -y numpy=1.26 && conda clean -afy\n' },
    {
      name: 'micromamba clean --all',
      code: 'FROM mambaorg/micromamba:1.5\nRUN micromamba install -y -n base python=3.11 && \\\n    micromamba clean --all --yes\n',
    },
    {
      name: 'conda env create then clean',
      code: 'FROM continuumio/miniconda3:24.1.2-0\nRUN conda env create -f environment.yml && conda clean -a -y\n',
    },
    {
      name: 'cache mount on the home of the USER the install runs as',
      code: 'FROM python:3.11\nRUN useradd -m app\nUSER app\nRUN --mount=type=cache,target=/home/app/.cache/pip,uid=1000 pip install --user torch==2.3.0\n',
    },
    {
      name: 'USER by number: a cache mount on some home .cache counts',
      code: 'FROM python:3.11\nUSER 1000\nRUN --mount=type=cache,target=/home/app/.cache/uv uv sync --frozen\n',
    },
    { name: 'not an install', code: 'FROM python:3.11\nRUN pip list && pip --version\n' },
    // Option spellings as each tool reads them (src/lint/tools/).
    {
      name: 'fuckseer/study_project_ml Dockerfile: uv takes --no-cache-dir as an alias of --no-cache',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nRUN pip install --no-cache-dir uv\nCOPY requirements.txt .\nRUN uv pip install --system --no-cache-dir -r requirements.txt\n',
    },
    {
      name: 'pip.pypa.io cli/pip_install + optparse docs: `--no-cache` is an unambiguous prefix of --no-cache-dir',
      code: 'FROM python:3.11-slim\nWORKDIR /usr/src/app\nCOPY src/ ./\nRUN pip install --no-cache -r requirements.txt\n',
    },
    {
      name: 'floydhub/dockerfiles dl/pytorch/1.1.0/Dockerfile-py3.gpu.cuda10cudnn7 (install line): --no-cache-dir as a general option before install',
      code: 'FROM floydhub/tensorflow:1.14-gpu.cuda10cudnn7-py3_aws.46\nRUN pip --no-cache-dir install --upgrade \\\n        torchtext==0.4.0 \\\n        tensorboardX==1.8\n',
    },
    {
      name: 'docs.docker.com/reference/dockerfile/#arg: an ARG default is in the environment of later RUNs',
      code: 'FROM python:3.11\nARG PIP_NO_CACHE_DIR=1\nRUN pip install torch==2.3.0\n',
    },
    {
      name: 'ENV value expanded from an ARG default',
      code: 'FROM python:3.11\nARG NO_CACHE=true\nENV PIP_NO_CACHE_DIR=${NO_CACHE}\nRUN pip install torch==2.3.0\n',
    },
    {
      name: 'pip config set global.no-cache-dir "true" earlier in the RUN (an nvcr.io/nvidia/pytorch:25.06-py3 training image)',
      code: 'FROM nvcr.io/nvidia/pytorch:25.06-py3\nRUN pip config set global.index-url "${PIP_INDEX}" && \\\n    pip config set global.no-cache-dir "true" && \\\n    python -m pip install --upgrade pip\n',
    },
    {
      name: 'pip config set in an earlier RUN, even to false (pip disables the cache for any value)',
      code: 'FROM python:3.11\nRUN pip config set global.no-cache-dir false\nRUN pip install torch==2.3.0\n',
    },
    {
      name: 'pip.conf written by an earlier RUN',
      code: 'FROM python:3.11\nRUN printf "[global]\\nno-cache-dir = true\\n" > /etc/pip.conf\nRUN pip install torch==2.3.0\n',
    },
    {
      name: 'pip.conf copied from the build context',
      code: 'FROM python:3.11\nCOPY pip.conf /etc/pip.conf\nRUN pip install torch==2.3.0\n',
      context: { 'pip.conf': '[global]\nindex-url = https://pypi.example/simple\nno-cache-dir = 1\n' },
    },
    {
      name: 'uv global options before the command: --no-cache',
      code: 'FROM python:3.11\nRUN uv --no-cache --directory /app sync --frozen\n',
    },
    { name: 'UV_NO_CACHE=true from an ARG', code: 'FROM python:3.11\nARG UV_NO_CACHE=true\nRUN uv sync --frozen\n' },
    {
      name: 'micromamba clean -a after create (CLI11 cluster)',
      code: 'FROM mambaorg/micromamba:1.5\nRUN micromamba create -y -n app python=3.11 && micromamba clean -ay\n',
    },
    {
      name: 'conda clean with an argparse prefix (--al)',
      code: 'FROM continuumio/miniconda3:24.1.2-0\nRUN conda install -y numpy=1.26 && conda clean --al -y\n',
    },
  ],
  invalid: [
    {
      name: 'points at the RUN, the pip line as position (ggerganov/llama.cpp .devops/full-cuda.Dockerfile)',
      code: 'FROM python:3.11\nRUN pip install --upgrade pip setuptools wheel \\\n    && pip install -r requirements.txt\n',
      errors: [
        { line: 2, endLine: 3, message: /pip install --upgrade pip setuptools wheel/ },
        { line: 2, endLine: 3, position: 3, message: /pip install -r requirements\.txt/ },
      ],
    },
    {
      name: 'Lightning-AI/pytorch-lightning dockers/base-cuda/Dockerfile: pip config set global.cache-dir false names a directory',
      code: 'FROM nvidia/cuda:11.1.1-devel-ubuntu20.04\nRUN pip install -q fire && \\\n    pip config set global.cache-dir false && \\\n    pip install -r requirements/devel.txt --no-cache-dir\nRUN \\\n    # install FairScale\n    pip install fairscale==0.4.0 && \\\n    python -c "import fairscale"\n',
      errors: [
        { line: 2, message: /^`pip install -q fire` keeps its wheel cache \(\/root\/\.cache\/pip\)/ },
        { line: 5, position: 7, message: /wheel cache \(\.\/false\).*cache directory `false`.*does not turn the cache off/ },
      ],
    },
    {
      name: 'pip.pypa.io/en/stable/cli/pip/#general-options: a general option before install is still pip install',
      code: 'FROM python:3.11\nRUN pip --disable-pip-version-check install torch==2.3.0\n',
      errors: [{ line: 2, message: /^`pip --disable-pip-version-check install torch==2\.3\.0` keeps its wheel cache/ }],
    },
    {
      name: 'speaches-ai/speaches Dockerfile: uv sync as USER ubuntu with a cache mount on /root/.cache/uv',
      code: 'FROM nvidia/cuda:12.6.3-cudnn-runtime-ubuntu24.04\nRUN useradd --create-home --shell /bin/bash --uid 1000 ubuntu || true\nUSER ubuntu\nCOPY --chown=ubuntu --from=ghcr.io/astral-sh/uv:0.6.1 /uv /bin/uv\nRUN --mount=type=cache,target=/root/.cache/uv \\\n    --mount=type=bind,source=uv.lock,target=uv.lock \\\n    uv sync --frozen --compile-bytecode --no-install-project\n',
      errors: [
        {
          line: 5,
          position: 7,
          message:
            /cache \(\/home\/ubuntu\/\.cache\/uv\).*the cache mount on \/root\/\.cache\/uv is not \/home\/ubuntu\/\.cache\/uv, the cache of USER ubuntu \(line 3\)/,
        },
      ],
    },
    {
      name: 'dataloop-ai/dtlpy-runner-images dockerfiles/cpu/python3.11/cpu.python3.11.pytorch2.Dockerfile: $PYTHON -m pip',
      code: "FROM hub.dataloop.ai/dtlpy-runner-images/cpu:python3.11_opencv\n\nRUN ${DL_PYTHON_EXECUTABLE} -m pip install --upgrade pip\nRUN ${DL_PYTHON_EXECUTABLE} -m pip install --no-cache-dir --user 'torch>=2.8.0' 'torchvision' 'torchaudio'\n",
      errors: [{ line: 3, message: /^`\$\{?DL_PYTHON_EXECUTABLE\}? -m pip install --upgrade pip` keeps its wheel cache/ }],
    },
    {
      name: 'pip ignores an empty PIP_NO_CACHE_DIR',
      code: 'FROM python:3.11\nENV PIP_NO_CACHE_DIR=\nRUN pip install torch==2.3.0\n',
      errors: [{ line: 3, message: /PIP_NO_CACHE_DIR= \(ENV on line 2\) is empty, which pip ignores/ }],
    },
    {
      name: 'optparse: `--no-c` is ambiguous (--no-cache-dir, --no-clean, --no-color, --no-compile), not --no-cache-dir',
      code: 'FROM python:3.11\nRUN pip install --no-c torch==2.3.0\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'an ARG of the parent stage does not reach the child stage',
      code: 'FROM python:3.11 AS base\nARG PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install torch==2.3.0\n',
      errors: [{ line: 4 }],
    },
    {
      name: 'UV_NO_CACHE=0 keeps the cache on, and the message says where it was set',
      code: 'FROM python:3.11\nENV UV_NO_CACHE=0\nRUN uv pip install --system torch==2.3.0\n',
      errors: [{ line: 3, message: /UV_NO_CACHE=0 \(ENV on line 2\) leaves the cache on/ }],
    },
    {
      name: 'uv global option with a value before the command (uv --directory /app sync)',
      code: 'FROM python:3.11\nRUN uv --directory /app sync --frozen\n',
      errors: [{ line: 2, message: /`uv --directory \/app sync --frozen` keeps its cache/ }],
    },
    {
      name: 'UV_LINK_MODE=copy: the message says the files are kept twice',
      code: 'FROM python:3.11\nENV UV_LINK_MODE=copy\nRUN uv sync --frozen\n',
      errors: [{ line: 3, message: /link mode `copy`/ }],
    },
    {
      name: 'plain pip install',
      code: 'FROM python:3.11\nRUN pip install torch\n',
      errors: [{ line: 2, message: /--no-cache-dir/, severity: 'warning' }],
    },
    { name: 'lower-case keyword, pip3', code: 'from python:3.11\nrun pip3 install torch\n', errors: [{ line: 2 }] },
    { name: 'python -m pip', code: 'FROM python:3.11\nRUN python -m pip install -r requirements.txt\n', errors: [{ line: 2 }] },
    {
      name: 'finding on the command line of a continued RUN',
      code: 'FROM python:3.11\nRUN apt-get update && \\\n    pip install torch && \\\n    echo done\n',
      errors: [{ line: 2, position: 3 }],
    },
    {
      name: 'ENV set after the RUN does not count',
      code: 'FROM python:3.11\nRUN pip install torch\nENV PIP_NO_CACHE_DIR=1\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'ENV in an unrelated stage does not count',
      code: 'FROM python:3.11 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.11\nRUN pip install torch\n',
      errors: [{ line: 4 }],
    },
    {
      name: 'rm before the install does not help',
      code: 'FROM python:3.11\nRUN rm -rf ~/.cache/pip && pip install torch\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'cleanup in a later RUN does not shrink the layer',
      code: 'FROM python:3.11\nRUN pip install torch\nRUN rm -rf /root/.cache/pip\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'cache mount on another path',
      code: 'FROM python:3.11\nRUN --mount=type=cache,target=/root/.cache/uv pip install torch\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'heredoc body line',
      code: 'FROM python:3.11\nRUN <<EOF\nset -e\npip install torch\nEOF\n',
      errors: [{ line: 2, position: 4 }],
    },
    { name: 'JSON-form RUN', code: 'FROM python:3.11\nRUN ["pip", "install", "torch"]\n', errors: [{ line: 2 }] },
    { name: 'sh -c string', code: 'FROM python:3.11\nRUN sh -c "pip install torch"\n', errors: [{ line: 2 }] },
    {
      name: 'uv pip install without --no-cache',
      code: 'FROM python:3.11\nRUN uv pip install --system torch\n',
      errors: [{ line: 2, message: /--no-cache/ }],
    },
    { name: 'uv sync', code: 'FROM python:3.11\nRUN uv sync --frozen\n', errors: [{ line: 2, message: /uv/ }] },
    {
      name: 'conda install without clean',
      code: 'FROM continuumio/miniconda3:24.1.2-0\nRUN conda install -y pytorch\n',
      errors: [{ line: 2, message: /conda clean -afy/ }],
    },
    {
      name: 'mamba env create without clean',
      code: 'FROM condaforge/miniforge3:24.3.0-0\nRUN mamba env create -f environment.yml\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'builder stage is info only',
      code: 'FROM python:3.11 AS build\nRUN pip install torch\nFROM python:3.11-slim\nCOPY --from=build /usr/local /usr/local\n',
      errors: [{ line: 2, severity: 'info', message: /does not reach the final image/ }],
    },
    {
      name: '--target selects the shipped stage',
      target: 'build',
      code: 'FROM python:3.11 AS build\nRUN pip install torch\nFROM python:3.11-slim\n',
      errors: [{ line: 2, severity: 'warning' }],
    },
    { name: 'ARG-based FROM', code: 'ARG BASE=python:3.11\nFROM ${BASE}\nRUN pip install torch\n', errors: [{ line: 3 }] },
    { name: 'CRLF and BOM', code: '\uFEFFFROM python:3.11\r\nRUN pip install \\\r\n    torch\r\n', errors: [{ line: 2 }] },
    {
      name: 'escape directive',
      code: '# escape=`\nFROM python:3.11\nRUN echo start && `\n    pip install torch\n',
      errors: [{ line: 3, position: 4 }],
    },
    {
      name: 'unparseable shell falls back and says so',
      code: 'FROM python:3.11\nRUN pip install torch && if then fi (\n',
      errors: [{ line: 2, message: /could not be parsed/ }],
    },
  ],
});
