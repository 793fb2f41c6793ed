// The finding is on the last USER root line, or on the final stage's FROM line when there is none.
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG016.js';

ruleTester(rule, {
  valid: [
    { name: 'USER by name', code: 'FROM python:3.11\nRUN useradd app\nUSER app\n' },
    { name: 'USER by uid:gid', code: 'FROM python:3.11\nUSER 1000:1000\n' },
    { name: 'USER from a build arg', code: 'FROM python:3.11\nARG UID=1000\nUSER ${UID}\n' },
    { name: 'inherited through FROM <stage>', code: 'FROM python:3.11 AS base\nUSER app\nFROM base\nCMD ["python"]\n' },
    { name: 'non-root base image', code: 'FROM gcr.io/distroless/python3-debian12:nonroot\nCOPY app /app\n' },
    { name: 'jupyter base image', code: 'FROM quay.io/jupyter/pytorch-notebook:2024-05-27\n' },
    { name: 'root only in a builder stage', code: 'FROM python:3.11 AS build\nUSER root\nFROM python:3.11\nUSER 1000\n' },
  ],
  invalid: [
    {
      name: 'no USER',
      code: 'FROM python:3.11\nCMD ["python", "serve.py"]\n',
      errors: [{ line: 1, message: /non-root USER/, severity: 'info' }],
    },
    { name: 'back to root', code: 'FROM python:3.11\nUSER app\nRUN echo\nUSER root\n', errors: [{ line: 4, message: /USER root/ }] },
    { name: 'uid 0, lower-case', code: 'from python:3.11\nuser 0:0\n', errors: [{ line: 2 }] },
    {
      name: 'USER in a sibling stage does not count; ARG FROM',
      code: 'ARG IMG=python:3.11\nFROM ${IMG} AS a\nUSER app\nFROM ${IMG}\n',
      errors: [{ line: 4 }],
    },
    {
      name: '--target stage without USER',
      target: 'serve',
      code: 'FROM python:3.11 AS serve\nFROM serve AS hardened\nUSER app\n',
      errors: [{ line: 1 }],
    },
    { name: 'CRLF and BOM', code: '\uFEFFFROM python:3.11\r\nRUN echo\r\n', errors: [{ line: 1 }] },
  ],
});
