// Findings are on the CMD/ENTRYPOINT line.
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG015.js';

ruleTester(rule, {
  valid: [
    { name: 'exec form', code: 'FROM python:3.11\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]\n' },
    { name: 'shell form with exec', code: 'FROM python:3.11\nCMD exec uvicorn app:app --port $PORT\n' },
    {
      name: 'ENTRYPOINT [] resets the entrypoint (xorbitsai/inference xinference/deploy/docker/Dockerfile)',
      code: 'FROM python:3.11\nENTRYPOINT []\nCMD ["/bin/bash"]\n',
    },
    {
      name: 'sh -c of one command: the shell execs it (lllyasviel/Fooocus Dockerfile)',
      code: 'FROM python:3.11\nCMD [ "sh", "-c", "/content/entrypoint.sh ${CMDARGS}" ]\n',
    },
    {
      name: 'bash -c of one script (huggingface/chat-ui Dockerfile)',
      code: 'FROM node:20-slim\nCMD ["/bin/bash", "-c", "/app/entrypoint.sh"]\n',
    },
    { name: 'sh -c with exec', code: 'FROM python:3.11\nENTRYPOINT ["sh", "-c", "exec uvicorn app:app --port $PORT"]\n' },
    {
      name: 'shell form in a builder stage only',
      code: 'FROM python:3.11 AS test\nCMD pytest\nFROM python:3.11\nCMD ["python", "serve.py"]\n',
    },
    {
      name: 'CMD after a shell-form ENTRYPOINT is ignored by Docker (only the ENTRYPOINT is flagged)',
      code: 'FROM python:3.11\nENTRYPOINT exec python serve.py\nCMD --port 80\n',
    },
    { name: 'none at all', code: 'FROM python:3.11\nRUN echo\n' },
  ],
  invalid: [
    {
      name: 'shell-form CMD',
      code: 'FROM python:3.11\nCMD uvicorn app:app --host 0.0.0.0\n',
      errors: [{ line: 2, message: /PID 1/, severity: 'info' }],
    },
    {
      name: 'shell-form ENTRYPOINT, lower-case, continuation',
      code: 'from python:3.11\nentrypoint python \\\n  serve.py\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'inherited through FROM <stage>',
      code: 'FROM python:3.11 AS base\nCMD python serve.py\nFROM base\nRUN echo\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'exec ENTRYPOINT with shell-form CMD',
      code: 'FROM python:3.11\nENTRYPOINT ["/tini", "--"]\nCMD python serve.py\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'JSON sh -c of a command list without exec',
      code: 'FROM python:3.11\nCMD ["/bin/sh", "-c", "python migrate.py && uvicorn app:app --port $PORT"]\n',
      errors: [{ line: 2, message: /exec/ }],
    },
    { name: 'invalid JSON falls back to shell form', code: 'FROM python:3.11\nCMD [python, serve.py]\n', errors: [{ line: 2 }] },
    {
      name: '--target stage',
      target: 'serve',
      code: 'FROM python:3.11 AS serve\nCMD python serve.py\nFROM serve AS dev\nCMD ["python", "-m", "debugpy"]\n',
      errors: [{ line: 2 }],
    },
    { name: 'CRLF and BOM', code: '\uFEFFFROM python:3.11\r\nCMD python serve.py\r\n', errors: [{ line: 2 }] },
  ],
});
