import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG002.js';

const BUILDER =
  'FROM python:3.11 AS build\nRUN apt-get update && apt-get install -y build-essential\nRUN pip wheel -w /wheels -r req.txt\n';

ruleTester(rule, {
  valid: [
    { name: 'build tools only in a builder stage', code: BUILDER + 'FROM python:3.11-slim\nCOPY --from=build /wheels /wheels\n' },
    {
      name: 'runtime libraries only',
      code: 'FROM ubuntu:22.04\nRUN apt-get install -y --no-install-recommends libgomp1 ffmpeg libsndfile1\n',
    },
    {
      name: 'installed and purged in the same RUN',
      code: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y gcc python3-dev \\\n && pip install --no-cache-dir xformers \\\n && apt-get purge -y --auto-remove gcc python3-dev\n',
    },
    {
      name: 'apk --virtual group deleted in the same RUN',
      code: 'FROM python:3.11-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x && apk del .build-deps\n',
    },
    {
      name: 'git alone, used to clone at build time, is not a build toolchain (AbdBarho/stable-diffusion-webui-docker services/comfy/Dockerfile)',
      code: 'FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime\n\nENV DEBIAN_FRONTEND=noninteractive PIP_PREFER_BINARY=1\n\nRUN apt-get update && apt-get install -y git && apt-get clean\n\nENV ROOT=/stable-diffusion\nRUN --mount=type=cache,target=/root/.cache/pip \\\n  git clone https://github.com/comfyanonymous/ComfyUI.git ${ROOT} && \\\n  cd ${ROOT}\n',
    },
    {
      name: 'git used to pip-install from a repository',
      code: 'FROM python:3.11-slim\nRUN apt-get install -y git\nRUN pip install git+https://github.com/org/repo\n',
    },
    { name: 'git without a build use may be needed at run time', code: 'FROM ubuntu:22.04\nRUN apt-get install -y git\n' },
    {
      name: '--target picks the runtime stage',
      code: 'FROM python:3.11-slim AS serve\nCMD ["x"]\nFROM serve AS dev\nRUN apt-get install -y gcc\n',
      target: 'serve',
    },
    { name: 'devices are not -dev', code: 'FROM ubuntu:22.04\nRUN apt-get install -y udev libdevmapper1.02.1\n' },
  ],
  invalid: [
    {
      name: 'git is named beside the compilers when a RUN uses it to build',
      code: 'FROM python:3.11-slim\nRUN apt-get install -y git gcc\nRUN pip install git+https://github.com/org/repo\n',
      errors: [{ line: 2, message: /: git, gcc\./ }],
    },
    {
      name: 'points at the RUN, the package line as position (ggerganov/llama.cpp .devops/full-cuda.Dockerfile)',
      code: 'FROM nvidia/cuda:12.4.0-devel-ubuntu22.04\n\nRUN apt-get update && \\\n    apt-get install -y build-essential python3 python3-pip git libcurl4-openssl-dev libgomp1\n',
      errors: [{ line: 3, endLine: 4, position: 4, message: /build-essential/ }],
    },
    {
      name: 'single stage: build-essential and -dev packages, named',
      code: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y build-essential python3-dev=3.11.2-1 curl\n',
      errors: [{ line: 2, severity: 'warning', message: /apt-get: build-essential, python3-dev\. .*single stage: add a builder stage/ }],
    },
    {
      name: 'final stage of a multi-stage build, line continuation reports the install line',
      code:
        BUILDER + 'FROM python:3.11-slim\nRUN apt-get update \\\n  && apt-get install -y --no-install-recommends \\\n     gcc g++ cmake\n',
      errors: [{ line: 5, position: 6, message: /gcc, g\+\+, cmake\. .*Move them to a builder stage/ }],
    },
    {
      name: 'CUDA compiler and dev libraries through a FROM-stage chain',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04 AS base\nRUN apt-get install -y cuda-nvcc-12-1 libcudnn8-dev cuda-libraries-dev-12-1\nFROM base\n',
      errors: [{ line: 2, message: /cuda-nvcc-12-1, libcudnn8-dev, cuda-libraries-dev-12-1/ }],
    },
    {
      name: 'yum and dnf',
      code: 'FROM rockylinux:9\nRUN yum install -y gcc-c++ openssl-devel\nRUN dnf -y install make\n',
      errors: [{ line: 2 }, { line: 3 }],
    },
    {
      name: 'conda compilers',
      code: 'FROM continuumio/miniconda3:24.1.2-0\nRUN conda install -y -c conda-forge cxx-compiler conda-forge::cmake>=3.26\n',
      errors: [{ line: 2, message: /cxx-compiler, cmake/ }],
    },
    {
      name: 'apk without removal',
      code: 'FROM python:3.11-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev\n',
      errors: [{ line: 2, message: /apk: gcc, musl-dev\./ }],
    },
    {
      name: 'removal in a later RUN does not shrink the layer',
      code: 'FROM python:3.11-slim\nRUN apt-get install -y gcc\nRUN apt-get purge -y gcc\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'heredoc RUN',
      code: 'FROM ubuntu:22.04\nRUN <<EOF\nset -e\napt-get update\napt-get install -y clang-17\nEOF\n',
      errors: [{ line: 2, position: 5 }],
    },
    {
      name: 'JSON-form RUN through sh -c',
      code: 'FROM ubuntu:22.04\nRUN ["sh", "-c", "apt-get install -y make"]\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'cache mount, lower-case keyword, sudo',
      code: 'from ubuntu:22.04\nrun --mount=type=cache,target=/var/cache/apt sudo apt-get install -y ninja-build\n',
      errors: [{ line: 2 }],
    },
    { name: 'CRLF and BOM', code: '\uFEFFFROM ubuntu:22.04\r\nRUN apt-get install -y \\\r\n  gcc\r\n', errors: [{ line: 2 }] },
    { name: 'escape directive', code: '# escape=`\nFROM ubuntu:22.04\nRUN apt-get install -y `\n  make\n', errors: [{ line: 3 }] },
  ],
});
