import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG018.js';

ruleTester(rule, {
  valid: [
    {
      name: 'matching index',
      code: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nRUN pip install torch==2.3.1 --index-url https://download.pytorch.org/whl/cu121\n',
    },
    {
      name: 'older minor wheel on a newer base',
      code: 'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN pip install torch==2.3.1+cu121 -f https://download.pytorch.org/whl/torch_stable.html\n',
    },
    { name: 'jax major only', code: 'FROM nvidia/cuda:12.2.2-base-ubuntu22.04\nRUN pip install "jax[cuda12]==0.4.30"\n' },
    {
      name: 'default PyPI torch says nothing about its CUDA here',
      code: 'FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\nRUN pip install torch\n',
    },
    { name: 'CPU image', code: 'FROM python:3.11\nRUN pip install torch --index-url https://download.pytorch.org/whl/cu121\n' },
    {
      name: 'CPU wheels',
      code: 'FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\nRUN pip install torch --index-url https://download.pytorch.org/whl/cpu\n',
    },
    { name: 'cupy for the same major', code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN pip install cupy-cuda12x\n' },
  ],
  invalid: [
    {
      name: 'index for CUDA 12.1 on an 11.8 base',
      code: 'FROM nvidia/cuda:11.8.0-devel-ubuntu22.04\nRUN pip install torch torchvision --index-url https://download.pytorch.org/whl/cu121\n',
      errors: [
        {
          line: 2,
          severity: 'warning',
          message:
            /torch torchvision is built for CUDA 12\.1 but this stage's base nvidia\/cuda:11\.8\.0-devel-ubuntu22\.04 has CUDA 11\.8: two CUDA major versions.*whl\/cu118/,
        },
      ],
    },
    {
      name: 'newer minor than the base',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN pip install torch==2.5.1+cu124\n',
      errors: [{ line: 2, message: /CUDA 12\.4 .*CUDA 12\.1: the wheels need a newer CUDA minor/ }],
    },
    {
      name: 'jax[cuda12] on CUDA 11',
      code: 'FROM nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu22.04\nRUN pip install -U "jax[cuda12_pip]"\n',
      errors: [{ line: 2, message: /CUDA 12\.x/ }],
    },
    {
      name: 'onnxruntime-gpu 1.18 (CUDA 11.8) on CUDA 12',
      code: 'FROM nvidia/cuda:12.2.2-runtime-ubuntu22.04\nRUN pip install onnxruntime-gpu==1.18.1\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'tensorflow[and-cuda] 2.16 on CUDA 11',
      code: 'FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\nRUN pip install "tensorflow[and-cuda]==2.16.1"\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'index through ENV, requirements file',
      code: 'FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\nENV PIP_EXTRA_INDEX_URL=https://download.pytorch.org/whl/cu124\nRUN pip install -r requirements.txt\n',
      errors: [{ line: 3, message: /the wheels from https:\/\/download\.pytorch\.org\/whl\/cu124/ }],
    },
    {
      name: 'torch and its index in a requirements file',
      code: 'FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      context: { 'requirements.txt': '--index-url https://download.pytorch.org/whl/cu124\ntorch==2.5.1\n' },
      errors: [{ line: 3, message: /torch==2\.5\.1 is built for CUDA 12\.4/ }],
    },
    {
      name: 'uv torch backend',
      code: 'FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\nRUN uv pip install --system --torch-backend cu126 torch\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'pytorch/pytorch base',
      code: 'FROM pytorch/pytorch:2.1.0-cuda11.8-cudnn8-devel\nRUN pip install flash-attn torch==2.4.0+cu121\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'builder stage through a FROM chain, ARG-based FROM, registry mirror',
      code: 'ARG CUDA=11.8.0\nFROM mirror.gcr.io/nvidia/cuda:${CUDA}-devel-ubuntu22.04 AS base\nFROM base AS build\nRUN pip install \\\n  torch==2.4.0+cu121\nFROM python:3.11-slim\n',
      errors: [{ line: 4 }],
    },
    {
      name: 'heredoc',
      code: 'FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\nRUN <<EOF\npip install torch==2.4.0+cu121\nEOF\n',
      errors: [{ line: 2, position: 3 }],
    },
    {
      name: 'JSON form, lower case',
      code: 'from docker.io/nvidia/cuda:11.8.0-runtime-ubuntu22.04\nrun ["pip", "install", "torch==2.4.0+cu121"]\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'CRLF, BOM, cache mount',
      code: '\uFEFFFROM nvcr.io/nvidia/cuda:11.8.0-runtime-ubuntu22.04\r\nRUN --mount=type=cache,target=/root/.cache/pip pip install torch==2.4.0+cu121\r\n',
      errors: [{ line: 2 }],
    },
  ],
});
