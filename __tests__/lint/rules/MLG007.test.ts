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
    { name: 'not an install', code: 'FROM python:3.11\nRUN pip list && pip --version\n' },
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
