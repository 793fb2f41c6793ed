import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG019.js';

ruleTester(rule, {
  valid: [
    {
      name: 'forward-compat package and keyring belong',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN apt-get install -y cuda-compat-12-1 cuda-keyring\n',
    },
    { name: 'cuDNN on a CPU image', code: 'FROM ubuntu:22.04\nRUN apt-get install -y libcudnn8 cuda-libraries-12-1\n' },
    {
      name: 'CUDA wheels on the base variant',
      code: 'FROM nvidia/cuda:12.1.0-base-ubuntu22.04\nRUN pip install nvidia-cudnn-cu12==9.1.0.70\n',
    },
    {
      name: 'CUDA wheels in a builder stage that does not ship',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04 AS b\nRUN pip install nvidia-cublas-cu12\nFROM python:3.11-slim\n',
    },
    {
      name: 'nvidia-ml-py is not a CUDA library',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN pip install nvidia-ml-py==12.535.133\n',
    },
    {
      name: 'unrelated packages',
      code: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nRUN apt-get install -y --no-install-recommends python3-pip ffmpeg\n',
    },
  ],
  invalid: [
    {
      name: 'toolkit again on a devel image',
      code: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nRUN apt-get update && apt-get install -y cuda-toolkit-12-1 libcublas-dev-12-1\n',
      errors: [
        {
          line: 2,
          severity: 'warning',
          message: /nvidia\/cuda:12\.1\.0-devel-ubuntu22\.04 \(CUDA 12\.1\) already ships cuda-toolkit-12-1, libcublas-dev-12-1/,
        },
      ],
    },
    {
      name: 'cuDNN again on a cudnn image',
      code: 'FROM nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu22.04\nRUN apt-get install -y libcudnn8=8.9.2.26-1+cuda11.8\n',
      errors: [{ line: 2, message: /already ships libcudnn8/ }],
    },
    {
      name: 'another CUDA version through a FROM-stage chain',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04 AS base\nFROM base\nRUN apt-get install -y \\\n  cuda-toolkit-11-8\n',
      errors: [{ line: 3, message: /cuda-toolkit-11-8 \(CUDA 11\.8\) is for another CUDA.*two CUDA versions/ }],
    },
    {
      name: 'cuDNN on a plain runtime tag is advice',
      code: 'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN apt-get install -y libcudnn9-cuda-12\n',
      errors: [{ line: 2, severity: 'info', message: /use the tag that does \(a -cudnn- tag/ }],
    },
    {
      name: 'conda cudatoolkit',
      code: 'FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\nRUN conda install -y -c nvidia pytorch-cuda=11.8 cudatoolkit\n',
      errors: [{ line: 2, message: /conda installs its own CUDA \(pytorch-cuda, cudatoolkit\)/ }],
    },
    {
      name: 'pip nvidia-* wheels on a runtime final stage',
      code: 'FROM nvidia/cuda:12.1.0-cudnn8-runtime-ubuntu22.04\nRUN pip install --no-cache-dir nvidia-cudnn-cu12==8.9.2.26 nvidia-cublas-cu12\n',
      errors: [{ line: 2, message: /CUDA wheels \(nvidia-cudnn-cu12==8\.9\.2\.26, nvidia-cublas-cu12\).*about 2\.3 GB/ }],
    },
    {
      name: 'registry and ARG-based FROM, yum',
      code: 'ARG CUDA=12.2.2\nFROM nvcr.io/nvidia/cuda:${CUDA}-devel-rockylinux9\nRUN yum install -y cuda-nvcc-12-2\n',
      errors: [{ line: 3 }],
    },
    {
      name: '--target a non-last stage',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04 AS serve\nRUN pip install nvidia-nccl-cu12\nFROM serve AS dev\n',
      target: 'serve',
      errors: [{ line: 2 }],
    },
    {
      name: 'heredoc',
      code: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nRUN <<EOF\napt-get update\napt-get install -y cuda-nvcc-12-1\nEOF\n',
      errors: [{ line: 2, position: 4 }],
    },
    {
      name: 'JSON form, lower case, cache mount',
      code: 'from mirror.gcr.io/nvidia/cuda:12.1.0-devel-ubuntu22.04\nrun --mount=type=cache,target=/var/cache/apt ["apt-get", "install", "-y", "cuda-libraries-12-1"]\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'CRLF, BOM, escape',
      code: '\uFEFF# escape=`\r\nFROM nvidia/cuda:12.1.0-devel-ubuntu22.04\r\nRUN apt-get install -y `\r\n  cuda-nvcc-12-1\r\n',
      errors: [{ line: 3 }],
    },
  ],
});
