import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG005.js';
import { lintDockerfile } from '../../../src/lint/engine.js';
import { memoryContext } from '../../../src/lint/context.js';

const HF = 'hf_' + 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const OPENAI = 'sk-' + 'proj-0123456789abcdefghijklmnop';
const AWS_ID = 'AKIA' + 'IOSFODNN7EXAMPLE';
const PASSWORD = 'correct-horse-battery-staple';
/** The value must never appear in a message. */
const without = (value: string) => new RegExp(`^(?![\\s\\S]*${value.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')})`);

ruleTester(rule, {
  valid: [
    {
      name: 'a flag named like a token (pytorch/serve examples/usecases/llm_diffusion_serving_app/docker/Dockerfile)',
      code: 'FROM pytorch/torchserve:latest-cpu\nENV TS_DISABLE_TOKEN_AUTHORIZATION=true\n',
    },
    { name: 'ARG flag named like a token', code: 'FROM python:3.11\nARG USE_TOKEN_CACHE=1\nARG TS_DISABLE_TOKEN_AUTHORIZATION=true\n' },
    { name: 'prelude ARG flag named like a token', code: 'ARG USE_TOKEN_CACHE=1\nFROM python:3.11\n' },
    {
      name: 'ARG pointing at a mounted secret',
      code: 'FROM python:3.11\nARG HF_TOKEN_LOCATION=/run/secrets/hf\nARG GCP_CREDENTIALS=/run/secrets/gcp.json\n',
    },
    {
      name: 'a cache folder (h2oai/h2ogpt Dockerfile)',
      code: 'FROM ubuntu:22.04\nENV TIKTOKEN_CACHE_DIR=/workspace/tiktoken_cache\n',
    },
    {
      name: 'ML settings that mention tokens',
      code: 'FROM python:3.11\nENV TOKENIZERS_PARALLELISM=false MAX_TOKENS=4096 MAX_NEW_TOKENS=256\n',
    },
    { name: 'empty secret ENV', code: 'FROM python:3.11\nENV HF_TOKEN=""\n' },
    {
      name: 'path to a mounted secret',
      code: 'FROM python:3.11\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json HF_TOKEN_PATH=/run/secrets/hf\n',
    },
    { name: '_FILE convention', code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/pg\n' },
    { name: 'global ARG without default (only usable in FROM)', code: 'ARG HF_TOKEN\nARG BASE=python:3.11\nFROM $BASE\n' },
    { name: 'secret mount', code: 'FROM python:3.11\nRUN --mount=type=secret,id=hf_token,env=HF_TOKEN huggingface-cli download org/m\n' },
    {
      name: 'example env file and a CA certificate',
      code: 'FROM python:3.11\nCOPY .env.example /app/\nCOPY certs/ca.pem /usr/local/share/ca-certificates/\n',
    },
    {
      name: 'COPY . with .env ignored',
      code: 'FROM python:3.11\nCOPY . /app\n',
      context: { 'app.py': 'x', '.env': 'HF_TOKEN=x' },
      dockerignore: '.env\n',
    },
  ],
  invalid: [
    {
      name: 'ENV in a builder stage says it is not the final image',
      code: 'FROM python:3.11 AS build\nARG HF_TOKEN\nENV HF_TOKEN=$HF_TOKEN\nRUN huggingface-cli download org/m\nFROM python:3.11-slim\nCOPY --from=build /root/.cache /root/.cache\n',
      errors: [
        { line: 2 },
        { line: 3, message: /^ENV HF_TOKEN=\*\*\* puts a secret into the config of stage "build", which is not the final image/ },
      ],
    },
    {
      name: 'ARG with an empty default still comes from --build-arg',
      code: 'FROM python:3.11\nARG HF_TOKEN=""\n',
      errors: [{ line: 2, message: /^ARG HF_TOKEN passes a secret/ }],
    },
    {
      name: 'ENV HF_TOKEN value is never printed',
      code: `FROM python:3.11\nENV HF_TOKEN=${HF}\n`,
      errors: [{ line: 2, severity: 'error', message: /ENV HF_TOKEN=\*\*\*.*--mount=type=secret,id=hf_token,env=HF_TOKEN/ }],
    },
    {
      name: 'ENV from a build arg',
      code: 'FROM python:3.11\nARG HF_TOKEN\nENV HF_TOKEN=$HF_TOKEN\n',
      errors: [{ line: 2, message: /^ARG HF_TOKEN passes/ }, { line: 3 }],
    },
    {
      name: 'several secrets in one ENV, legacy form, lower-case',
      code: `FROM python:3.11\nenv WANDB_API_KEY ${PASSWORD}\nENV AWS_SECRET_ACCESS_KEY=${PASSWORD} OPENAI_API_KEY=${OPENAI}\n`,
      errors: [
        { line: 2, message: without(PASSWORD) },
        { line: 3, message: /AWS_SECRET_ACCESS_KEY=\*\*\* OPENAI_API_KEY=\*\*\*/ },
      ],
    },
    {
      name: 'token shape under an innocent name',
      code: `FROM python:3.11\nENV MY_SETTING=${AWS_ID}\n`,
      errors: [{ line: 2, message: without(AWS_ID) }],
    },
    {
      name: 'ARG with a default',
      code: `FROM python:3.11\nARG DB_PASSWORD=${PASSWORD}\n`,
      errors: [{ line: 2, message: /ARG DB_PASSWORD=\*\*\*/ }],
    },
    {
      name: 'ARG in a builder stage and via --target',
      code: 'FROM python:3.11 AS b\nARG GITHUB_TOKEN\nFROM b AS c\n',
      target: 'b',
      errors: [{ line: 2 }],
    },
    {
      name: 'token in a RUN line, redacted',
      code: `FROM python:3.11\nRUN huggingface-cli login --token ${HF} \\\n && echo ok\n`,
      errors: [{ line: 2, message: /RUN contains what looks like a Hugging Face token \(hf_\*\*\*\)/ }],
    },
    {
      name: 'token in a heredoc',
      code: `FROM python:3.11\nRUN <<EOF\nexport OPENAI_API_KEY=${OPENAI}\nEOF\n`,
      errors: [{ line: 2, message: without(OPENAI) }],
    },
    { name: 'token in JSON-form CMD', code: `FROM python:3.11\nCMD ["serve", "--token", "${HF}"]\n`, errors: [{ line: 2 }] },
    {
      name: 'COPY of .env, id_rsa, .netrc',
      code: 'FROM python:3.11\nCOPY .env /app/.env\nCOPY id_rsa /root/.ssh/\nADD .netrc /root/\n',
      errors: [{ line: 2 }, { line: 3 }, { line: 4 }],
    },
    {
      name: 'COPY of a private key pem and credentials.json',
      code: 'FROM python:3.11\nCOPY ["server-key.pem", "gcp/credentials.json", "/etc/app/"]\n',
      errors: [{ line: 2, message: /server-key\.pem, gcp\/credentials\.json/ }],
    },
    {
      name: 'COPY . sends the .env from the context',
      code: 'FROM python:3.11\nWORKDIR /app\nCOPY . .\n',
      context: { 'app.py': 'x', '.env': `HF_TOKEN=${HF}`, '.env.production': 'x' },
      errors: [{ line: 3, message: /\.env, \.env\.production \(from the build context; \.dockerignore does not exclude them\)/ }],
    },
    {
      name: 'global ARG with a default, and its redeclaration',
      code: `ARG HF_TOKEN=${HF}\nFROM python:3.11\nARG HF_TOKEN\n`,
      errors: [{ line: 1, message: /before the first FROM/ }, { line: 3 }],
    },
    { name: 'CRLF, BOM, escape directive', code: `\uFEFF# escape=\`\r\nFROM python:3.11\r\nENV HF_TOKEN=${HF}\r\n`, errors: [{ line: 3 }] },
  ],
});

test('MLG005 never prints a secret value', () => {
  const values = [HF, OPENAI, AWS_ID, PASSWORD];
  const text = [
    'FROM python:3.11',
    `ENV HF_TOKEN=${HF} OPENAI_API_KEY="${OPENAI}"`,
    `ARG AWS_ACCESS_KEY_ID=${AWS_ID}`,
    `ARG ADMIN_PASSWORD=${PASSWORD}`,
    `RUN echo ${HF} && curl -H "Authorization: Bearer ${OPENAI}" https://x`,
    `LABEL key=${AWS_ID}`,
  ].join('\n');
  const { findings } = lintDockerfile({
    text,
    dockerfile: 'Dockerfile',
    target: null,
    context: memoryContext({}, ''),
    rules: [rule],
    settings: {},
  });
  assert.equal(findings.length, 5);
  for (const finding of findings)
    for (const value of values) assert.ok(!finding.message.includes(value), `${value} leaked: ${finding.message}`);
});
