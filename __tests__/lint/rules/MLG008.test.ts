// The finding is on the COPY of the code (the instruction to move); see MLG007.test.ts.
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG008.js';

ruleTester(rule, {
  valid: [
    {
      name: 'requirements first',
      code: 'FROM python:3.11\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n',
    },
    {
      name: 'pip install . after the code is the project itself',
      code: 'FROM python:3.11\nCOPY . /app\nRUN pip install --no-cache-dir /app\n',
    },
    {
      name: 'uv two-phase sync',
      code: 'FROM python:3.11\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-install-project\nCOPY . .\nRUN uv sync --frozen\n',
    },
    {
      name: 'poetry --only-root after the code',
      code: 'FROM python:3.11\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nCOPY src/ ./src/\nRUN poetry install --only-root\n',
    },
    {
      name: 'COPY --from is not the source tree',
      code: 'FROM python:3.11 AS b\nFROM python:3.11\nCOPY --from=b /wheels /wheels\nRUN pip install /wheels/*.whl -r /wheels/req.txt\n',
    },
    {
      name: 'a requirements folder is not code',
      code: 'FROM python:3.11\nCOPY requirements/ /req/\nRUN pip install -r /req/prod.txt\n',
      context: { 'requirements/prod.txt': 'x==1\n' },
    },
    {
      name: 'code in another, unrelated stage',
      code: 'FROM python:3.11 AS a\nCOPY . .\nFROM python:3.11\nRUN pip install -r requirements.txt\n',
    },
  ],
  invalid: [
    {
      name: 'COPY . before pip install -r',
      code: 'FROM python:3.11\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n',
      errors: [{ line: 3, message: /Copy requirements\.txt first/ }],
    },
    {
      name: 'lower-case, ADD .',
      code: 'from python:3.11\nadd . /app\nrun pip install torch==2.3.0\n',
      errors: [{ line: 2, message: /Move the install above/ }],
    },
    {
      name: 'source folder known from the context',
      code: 'FROM python:3.11\nCOPY app/ /srv/app/\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      context: { 'app/main.py': 'print(1)\n', 'requirements.txt': 'x==1\n' },
      errors: [{ line: 2 }],
    },
    {
      name: 'poetry install',
      code: 'FROM python:3.11\nCOPY . .\nRUN poetry install\n',
      errors: [{ line: 2, message: /pyproject\.toml poetry\.lock/ }],
    },
    {
      name: 'uv sync without a first phase',
      code: 'FROM python:3.11\nCOPY . .\nRUN uv sync --frozen\n',
      errors: [{ line: 2, message: /uv\.lock/ }],
    },
    {
      name: 'conda env create',
      code: 'FROM continuumio/miniconda3:24.1.2-0\nCOPY . .\nRUN conda env create -f env/environment.yml\n',
      errors: [{ line: 2, message: /env\/environment\.yml/ }],
    },
    {
      name: 'apt install after code',
      code: 'FROM ubuntu:22.04\nCOPY src /src\nRUN apt-get update && apt-get install -y curl\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'code copied in the parent stage',
      code: 'FROM python:3.11 AS base\nCOPY . /app\nFROM base\nRUN pip install -r /app/requirements.txt\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'JSON-form COPY and multi-line RUN',
      code: 'FROM python:3.11\nCOPY ["main.py", "/app/"]\nRUN echo hi && \\\n    pipenv install --deploy\n',
      errors: [{ line: 2, message: /Pipfile/ }],
    },
    {
      name: 'one finding per code COPY, listing every install after it',
      code: 'FROM python:3.11\nCOPY . .\nRUN pip install --upgrade pip\nRUN pip install -r requirements.txt\n',
      errors: [{ line: 2, message: /pip install pip`, `pip install -r` \(lines 3, 4\).*Copy requirements\.txt first/ }],
    },
    { name: 'CRLF and BOM', code: '\uFEFFFROM python:3.11\r\nCOPY . .\r\nRUN pip install -r requirements.txt\r\n', errors: [{ line: 2 }] },
    { name: 'heredoc RUN', code: 'FROM python:3.11\nCOPY . .\nRUN <<EOF\npip install -r requirements.txt\nEOF\n', errors: [{ line: 2 }] },
  ],
});
