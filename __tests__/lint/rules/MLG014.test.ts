import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG014.js';

ruleTester(rule, {
  valid: [
    {
      name: 'CPU index on a CPU image',
      code: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir torch==2.4.0 --index-url https://download.pytorch.org/whl/cpu\n',
    },
    {
      name: '+cpu local version',
      code: 'FROM python:3.11-slim\nRUN pip install torch==2.4.0+cpu -f https://download.pytorch.org/whl/torch_stable.html\n',
    },
    {
      name: 'CPU index through ENV',
      code: 'FROM python:3.11-slim\nENV PIP_INDEX_URL=https://download.pytorch.org/whl/cpu\nRUN pip install torch\n',
    },
    {
      name: 'CPU index through an env prefix',
      code: 'FROM python:3.11-slim\nRUN PIP_EXTRA_INDEX_URL=https://download.pytorch.org/whl/cpu pip install torch\n',
    },
    { name: 'uv --torch-backend=cpu', code: 'FROM python:3.11-slim\nRUN uv pip install --system --torch-backend=cpu torch\n' },
    {
      name: 'explicit CUDA wheels on a plain image are a GPU choice',
      code: 'FROM python:3.11-slim\nRUN pip install torch --index-url https://download.pytorch.org/whl/cu121\n',
    },
    { name: 'arm64: PyPI torch is the CPU build', code: 'FROM --platform=linux/arm64 python:3.11-slim\nRUN pip install torch\n' },
    { name: 'CUDA base image: wheels and driver only', code: 'FROM nvidia/cuda:12.1.0-base-ubuntu22.04\nRUN pip install torch\n' },
    { name: 'unknown image', code: 'FROM myorg/ml-base:3\nRUN pip install torch\n' },
    {
      name: 'torch in a builder whose output is not copied',
      code: 'FROM python:3.11 AS lint\nRUN pip install torch\nFROM python:3.11-slim\nCOPY app.py /\n',
    },
    {
      name: 'requirements file with the CPU index inside',
      code: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      context: { 'requirements.txt': '--extra-index-url https://download.pytorch.org/whl/cpu\ntorch==2.4.0+cpu\nfastapi==0.112.0\n' },
    },
    {
      name: 'requirements file without torch',
      code: 'FROM python:3.11-slim\nCOPY requirements.txt /tmp/\nRUN pip install -r /tmp/requirements.txt\n',
      context: { 'requirements.txt': 'fastapi==0.112.0\n' },
    },
    { name: 'similar names', code: 'FROM python:3.11-slim\nRUN pip install torchmetrics pytorch-lightning\n' },
  ],
  invalid: [
    {
      name: 'torch from PyPI on python:slim',
      code: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir torch==2.4.0 transformers\n',
      errors: [
        {
          line: 2,
          severity: 'warning',
          message:
            /torch==2\.4\.0 from the default PyPI index.*python:3\.11-slim.*--index-url https:\/\/download\.pytorch\.org\/whl\/cpu.*\d–\d+(\.\d)? GB on disk/,
        },
      ],
    },
    {
      name: 'python -m pip in a FROM-stage chain, continuation',
      code: 'FROM python:3.11-slim AS base\nFROM base\nRUN python -m pip install \\\n    torch torchvision\n',
      errors: [{ line: 3, message: /torch torchvision from the default/ }],
    },
    {
      name: 'a builder venv copied into a CPU final stage',
      code: 'FROM python:3.11 AS build\nRUN python -m venv /venv && /venv/bin/pip install torch\nFROM python:3.11-slim\nCOPY --from=build /venv /venv\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'CUDA runtime image duplicates torch wheels',
      code: 'FROM nvidia/cuda:12.1.0-cudnn8-runtime-ubuntu22.04\nRUN pip install torch==2.3.1 --index-url https://download.pytorch.org/whl/cu121\n',
      errors: [{ line: 2, message: /CUDA ships twice.*about 2\.3 GB.*nvidia\/cuda:12\.1\.0-base-ubuntu22\.04 or python:3\.x-slim/ }],
    },
    {
      name: 'pytorch/pytorch runtime already has torch',
      code: 'FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime\nRUN pip install torch==2.4.0\n',
      errors: [{ line: 2, message: /already ships torch/ }],
    },
    {
      name: 'registry path, ARG-based FROM, --target',
      code: 'ARG V=12.4.1\nFROM nvcr.io/nvidia/cuda:${V}-runtime-ubuntu22.04 AS serve\nRUN pip3 install torch\nFROM serve AS test\n',
      target: 'serve',
      errors: [{ line: 3 }],
    },
    {
      name: 'torch from a requirements file found through its COPY',
      code: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY deps/requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\n',
      context: { 'deps/requirements.txt': 'fastapi==0.112.0\ntorch==2.4.0  # inference\n' },
      errors: [
        {
          line: 4,
          message:
            /^torch==2\.4\.0 \(in deps\/requirements\.txt\) from the default PyPI index.*--extra-index-url https:\/\/download\.pytorch\.org\/whl\/cpu` in deps\/requirements\.txt/,
        },
      ],
    },
    { name: 'heredoc', code: 'FROM python:3.11-slim\nRUN <<EOF\npip install torch\nEOF\n', errors: [{ line: 2, position: 3 }] },
    {
      name: 'JSON form, lower case, cache mount',
      code: 'from python:3.11-slim\nrun --mount=type=cache,target=/root/.cache/pip ["pip", "install", "torch"]\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'CRLF, BOM, escape',
      code: '\uFEFF# escape=`\r\nFROM python:3.11-slim\r\nRUN pip install `\r\n  torch\r\n',
      errors: [{ line: 3 }],
    },
  ],
});
