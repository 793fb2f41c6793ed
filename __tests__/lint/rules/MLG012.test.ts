// The finding is on the final stage's FROM line.
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG012.js';

ruleTester(rule, {
  valid: [
    { name: 'both set', code: 'FROM python:3.11-slim\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\n' },
    { name: 'legacy ENV form, two instructions', code: 'FROM python:3.11-slim\nENV PYTHONDONTWRITEBYTECODE 1\nENV PYTHONUNBUFFERED 1\n' },
    {
      name: 'inherited via FROM <stage>',
      code: 'FROM python:3.11-slim AS base\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\nFROM base\nCMD ["python", "app.py"]\n',
    },
    { name: 'python -u -B at start-up', code: 'FROM python:3.11-slim\nCMD ["python", "-u", "-B", "app.py"]\n' },
    { name: 'not a Python image', code: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n' },
    {
      name: 'builder is Python, final is not',
      code: 'FROM python:3.11 AS build\nRUN pip wheel .\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /x /x\n',
    },
  ],
  invalid: [
    {
      name: 'explains only the variable that is missing (michaelfeil/infinity libs/infinity_emb/Dockerfile.nvidia_auto)',
      code: 'FROM nvidia/cuda:12.9.0-base-ubuntu22.04 AS base\n\nENV PYTHONUNBUFFERED=1 \\\n    PIP_NO_CACHE_DIR=off \\\n    PIP_DISABLE_PIP_VERSION_CHECK=on\nRUN pip install poetry\nFROM base AS production\nENTRYPOINT ["infinity_emb"]\n',
      errors: [
        {
          line: 7,
          message:
            /^(?![\s\S]*(unbuffered|docker logs|PYTHONUNBUFFERED))This Python image does not set PYTHONDONTWRITEBYTECODE=1\. Add `ENV PYTHONDONTWRITEBYTECODE=1`: no \.pyc files/,
        },
      ],
    },
    {
      name: 'python base without either',
      code: 'FROM python:3.11-slim\nCMD ["python", "app.py"]\n',
      errors: [{ line: 1, message: /PYTHONDONTWRITEBYTECODE=1 or PYTHONUNBUFFERED=1/, severity: 'info' }],
    },
    {
      name: 'one missing',
      code: 'FROM python:3.11-slim\nENV PYTHONUNBUFFERED=1\n',
      errors: [{ line: 1, message: /set PYTHONDONTWRITEBYTECODE=1\./ }],
    },
    {
      name: 'CUDA base with pip install, lower-case',
      code: 'from nvidia/cuda:12.1.0-runtime-ubuntu22.04\nrun pip install torch\n',
      errors: [{ line: 1 }],
    },
    {
      name: '--target picks the stage; ARG FROM',
      code: 'ARG PY=python:3.11\nFROM ${PY} AS app\nCMD ["uvicorn", "main:app"]\nFROM app AS test\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\n',
      target: 'app',
      errors: [{ line: 2 }],
    },
    {
      name: 'ENV in a sibling stage does not count; CRLF',
      code: 'FROM python:3.11 AS a\r\nENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1\r\nFROM python:3.11\r\n',
      errors: [{ line: 3 }],
    },
  ],
});
