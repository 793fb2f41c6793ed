import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG001.js';

ruleTester(rule, {
  valid: [
    { name: 'runtime final', code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN echo hi\n' },
    {
      name: 'devel only in a builder stage, COPY --from into runtime',
      code: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04 AS build\nRUN make\nFROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nCOPY --from=build /out /app\n',
    },
    {
      name: '--target selects the runtime stage although the last is devel',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04 AS serve\nFROM nvidia/cuda:12.1.0-devel-ubuntu22.04 AS dev\n',
      target: 'serve',
    },
    { name: 'pytorch runtime', code: 'FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime\n' },
    { name: 'CPU image', code: 'FROM python:3.11-slim\n' },
    { name: 'devel in the repository name only', code: 'FROM myorg/devel-tools:1.0\n' },
    {
      name: 'a Python image a team tagged -devel is no CUDA image (issue 14)',
      code: 'FROM registry.example.com/team/python:3.11-bookworm-devel\n',
    },
    { name: "tensorflow's CPU devel image has no CUDA", code: 'FROM tensorflow/tensorflow:2.11.0-devel\n' },
    { name: 'an unknown vendor SDK tag', code: 'FROM example/toolkit:1.2-sdk\n' },
  ],
  invalid: [
    {
      name: 'nvidia/cuda devel single stage names runtime and base, quotes a range',
      code: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nRUN apt-get update\n',
      errors: [
        {
          line: 1,
          severity: 'error',
          message:
            /nvidia\/cuda:12\.1\.0-runtime-ubuntu22\.04 \(or nvidia\/cuda:12\.1\.0-base-ubuntu22\.04 when nothing.*\d+(\.\d)?–\d+(\.\d)? GB on disk.*doc page/,
        },
      ],
    },
    {
      name: 'torch wheels in the final stage: base first',
      code: 'FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.4.0\n',
      errors: [{ line: 1, message: /Use nvidia\/cuda:12\.4\.1-base-ubuntu22\.04: the pip wheels/ }],
    },
    {
      name: 'cudnn devel keeps cudnn in the runtime suggestion',
      code: 'FROM nvidia/cuda:11.8.0-cudnn8-devel-ubuntu22.04\n',
      errors: [{ line: 1, message: /11\.8\.0-cudnn8-runtime-ubuntu22\.04/ }],
    },
    {
      name: 'FROM-stage chain reports the final FROM and names the chain',
      code: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04 AS base\nRUN true\nFROM base AS app\nCMD ["python"]\n',
      errors: [{ line: 3, message: /final stage "app" is built through FROM "base" \(line 1\)/ }],
    },
    {
      name: '--target a devel stage that is not the last',
      code: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04 AS dev\nFROM nvidia/cuda:12.1.0-runtime-ubuntu22.04 AS serve\n',
      target: 'dev',
      errors: [{ line: 1 }],
    },
    {
      name: 'ARG-based FROM',
      code: 'ARG CUDA=12.2.2\nFROM nvidia/cuda:${CUDA}-devel-ubuntu22.04\n',
      errors: [{ line: 2, message: /12\.2\.2-runtime-ubuntu22\.04/ }],
    },
    {
      name: 'ARG without default still says devel',
      code: 'ARG CUDA\nFROM nvidia/cuda:${CUDA}-devel-ubuntu22.04\n',
      errors: [{ line: 2, message: /\$\{CUDA\}-runtime-ubuntu22\.04/ }],
    },
    {
      name: 'nvcr.io registry',
      code: 'FROM nvcr.io/nvidia/cuda:12.3.1-devel-ubuntu22.04\n',
      errors: [{ line: 1, message: /nvcr\.io\/nvidia\/cuda:12\.3\.1-runtime/ }],
    },
    { name: 'mirror.gcr.io', code: 'FROM mirror.gcr.io/nvidia/cuda:12.1.0-devel-ubuntu22.04\n', errors: [{ line: 1 }] },
    {
      name: 'docker.io, lower-case keyword, platform flag',
      code: 'from --platform=linux/amd64 docker.io/nvidia/cuda:12.1.0-devel-ubuntu22.04 as x\n',
      errors: [{ line: 1 }],
    },
    {
      name: 'pytorch/pytorch devel → runtime, no base variant',
      code: 'FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-devel\n',
      errors: [{ line: 1, message: /Use pytorch\/pytorch:2\.3\.0-cuda12\.1-cudnn8-runtime\./ }],
    },
    {
      name: 'vendor devel tag: one suggestion, and the evidence',
      code: 'FROM tensorflow/tensorflow:2.11.0-devel-gpu\n',
      errors: [
        {
          line: 1,
          message:
            /^(?![\s\S]*\(or )The final stage is built on the CUDA development image tensorflow\/tensorflow:2\.11\.0-devel-gpu \(tensorflow\/tensorflow is built on nvidia\/cuda and its "devel" tag marks the toolkit variant\).*Use tensorflow\/tensorflow:2\.11\.0-gpu\. /,
        },
      ],
    },
    {
      name: 'a vendor image at a mirror path (mattmendivil/lda Dockerfile)',
      code: 'FROM mirror.gcr.io/runpod/pytorch:2.4.0-py3.11-cuda12.4.1-devel-ubuntu22.04\n\nWORKDIR /app\n',
      errors: [
        {
          line: 1,
          message:
            /runpod\/pytorch is built on nvidia\/cuda.*Use the vendor's runtime variant of this image, or nvidia\/cuda:12\.4\.1-runtime-ubuntu22\.04/,
        },
      ],
    },
    {
      name: 'nvidia/cuda says which evidence',
      code: 'FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\n',
      errors: [{ line: 1, message: /\(an nvidia\/cuda image whose tag says devel\)/ }],
    },
    {
      name: 'triton SDK image',
      code: 'FROM nvcr.io/nvidia/tritonserver:24.01-py3-sdk\n',
      errors: [{ line: 1, message: /tritonserver:24\.01-py3\b/ }],
    },
    { name: 'CRLF, BOM', code: '\uFEFF# comment\r\nFROM nvidia/cuda:12.1.0-devel-ubuntu22.04\r\n', errors: [{ line: 2 }] },
    { name: 'escape directive', code: '# escape=`\nFROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nRUN echo `\n  hi\n', errors: [{ line: 2 }] },
  ],
});
