// hadolint's and BuildKit's suppression comments silence our counterpart rules (src/lint/interop.ts),
// read as those tools read them, and only the part of our rule theirs checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';
import { lintDockerfile } from '../../src/lint/engine.js';
import { memoryContext } from '../../src/lint/context.js';
import { COUNTERPARTS, parseCheckOptions, topCheckDirective } from '../../src/lint/interop.js';
import { dockerfileRules } from '../../src/lint/rules/index.js';
import * as MLG005 from '../../src/lint/rules/MLG005.js';
import * as MLG007 from '../../src/lint/rules/MLG007.js';
import * as MLG009 from '../../src/lint/rules/MLG009.js';
import * as MLG010 from '../../src/lint/rules/MLG010.js';
import * as MLG011 from '../../src/lint/rules/MLG011.js';
import * as MLG013 from '../../src/lint/rules/MLG013.js';
import * as MLG015 from '../../src/lint/rules/MLG015.js';
import * as MLG016 from '../../src/lint/rules/MLG016.js';
import * as MLG017 from '../../src/lint/rules/MLG017.js';

test('every counterpart names a rule we have, ids and check names of the right shape, and a facet its rule reports', () => {
  const ids = new Set(dockerfileRules.map((r) => r.meta.id));
  for (const c of COUNTERPARTS) {
    assert.ok(ids.has(c.rule), c.rule);
    assert.ok(c.hadolint.length + c.buildkit.length > 0, `${c.rule} has no counterpart`);
    for (const id of c.hadolint) assert.match(id, /^DL\d{4}$/);
    for (const name of c.buildkit) assert.match(name, /^[A-Z][A-Za-z]+$/);
    if (c.facet)
      assert.ok(readFileSync(`src/lint/rules/${c.rule}.ts`, 'utf8').includes(`'${c.facet}'`), `${c.rule} never reports facet ${c.facet}`);
  }
});

test("BuildKit's check options: skip lists and all, error=, a comment after a space; what BuildKit rejects skips nothing", () => {
  assert.deepEqual(parseCheckOptions('skip=JSONArgsRecommended,StageNameCasing'), {
    all: false,
    checks: ['JSONArgsRecommended', 'StageNameCasing'],
  });
  assert.deepEqual(parseCheckOptions('skip=SecretsUsedInArgOrEnv;error=true'), { all: false, checks: ['SecretsUsedInArgOrEnv'] });
  assert.deepEqual(parseCheckOptions('skip=all'), { all: true, checks: [] });
  assert.deepEqual(parseCheckOptions('skip=SecretsUsedInArgOrEnv // allow secret in arg'), {
    all: false,
    checks: ['SecretsUsedInArgOrEnv'],
  });
  assert.equal(parseCheckOptions('skip=A;error=maybe'), null);
  assert.equal(parseCheckOptions('ignore=A'), null);
  assert.equal(parseCheckOptions('skipA'), null);
});

test('the check parser directive: after a BOM, a #! line or other directives, in CRLF files; a blank line or comment ends the directives', () => {
  assert.deepEqual(topCheckDirective('# check=skip=all\nFROM a\n')?.all, true);
  assert.deepEqual(topCheckDirective('\uFEFF#check = skip=X\r\nFROM a\r\n')?.checks, ['X']);
  assert.deepEqual(topCheckDirective('#!/usr/bin/env dockerfile\n# syntax=docker/dockerfile:1\n# check=skip=X\nFROM a\n')?.checks, ['X']);
  assert.equal(topCheckDirective('# syntax=docker/dockerfile:1\n\n# check=skip=X\nFROM a\n'), null);
  assert.equal(topCheckDirective('# a comment\n# check=skip=X\nFROM a\n'), null);
  assert.equal(topCheckDirective(' # check=skip=X\nFROM a\n'), null, 'BuildKit wants the # in the first column');
  assert.equal(topCheckDirective('FROM a\n# check=skip=X\n'), null);
});

test('long comment lines are read in linear time (no regex backtracking on hostile input)', () => {
  const blanks = ' '.repeat(200_000);
  const started = performance.now();
  assert.equal(topCheckDirective(`# check=a${blanks}x\nFROM a\n`), null, 'an invalid option skips nothing');
  assert.equal(parseCheckOptions(`skip=${'A,'.repeat(100_000)}`)?.checks.length, 100_001);
  const text = `FROM python:3.12\n# hadolint ignore=DL3042${blanks}x\n# check=skip${blanks}=x\nRUN pip install -r a.txt\n`;
  const { findings } = lintDockerfile({
    text,
    dockerfile: 'Dockerfile',
    target: null,
    context: memoryContext({}),
    rules: [MLG007],
    settings: {},
  });
  assert.deepEqual(
    findings.map((f) => f.suppressed),
    [false],
  );
  assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms`);
});

ruleTester(MLG009, {
  valid: [],
  invalid: [
    {
      name: 'jupyter/docker-stacks images/pytorch-notebook/Dockerfile: `# hadolint ignore=DL3013` above the unpinned torch install',
      code: [
        'ARG BASE_IMAGE=quay.io/jupyter/scipy-notebook',
        'FROM $BASE_IMAGE',
        'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        '# Install PyTorch with pip (https://pytorch.org/get-started/locally/)',
        '# hadolint ignore=DL3013',
        "RUN pip install -v --no-cache-dir --index-url 'https://download.pytorch.org/whl/cpu' \\",
        "    'torch' \\",
        "    'torchaudio' \\",
        "    'torchvision' && \\",
        '    fix-permissions "${CONDA_DIR}"',
      ].join('\n'),
      errors: [{ line: 6, message: /torch/, suppressed: true }],
    },
    {
      name: 'DL3013 covers named packages, not the requirements file MLG009 reads',
      code: '# hadolint global ignore=DL3013\nFROM python:3.12\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      context: { 'requirements.txt': 'torch\n' },
      errors: [{ line: 4, suppressed: false }],
    },
  ],
});

ruleTester(MLG007, {
  valid: [
    {
      name: 'the hadolint#497 case: a cache mount on the pip cache needs no ignore with us (an `# hadolint ignore=DL3042` is often written for it)',
      code: '# syntax=docker/dockerfile:1\nFROM python:3.12\nCOPY requirements.txt .\n# hadolint ignore=DL3042\nRUN --mount=type=cache,target=/root/.cache/pip \\\n    pip3 install --progress-bar=off -r requirements.txt\n',
    },
  ],
  invalid: [
    {
      name: '`# hadolint ignore=DL3042,DL3018` with a reason above (grpcio installed from the cache on purpose)',
      code: 'FROM python:3.12-alpine\n# grpcio has to be installed from cache\n# hadolint ignore=DL3042,DL3018\nRUN apk add --no-cache gcompat && \\\n    pip3 install grpcio==1.50.1\n',
      errors: [{ line: 4, position: 5, suppressed: true }],
    },
    {
      name: 'hadolint takes the pragma from the line directly above only: a comment or blank line in between breaks it',
      code: 'FROM python:3.12\n# hadolint ignore=DL3042\n# pip caching disabled by base image\nRUN pip install -r requirements.txt\n# hadolint ignore=DL3042\n\nRUN pip install -r requirements.txt\n',
      errors: [
        { line: 4, suppressed: false },
        { line: 7, suppressed: false },
      ],
    },
    {
      name: 'a trailing `# reason` is allowed; the pragma is case-sensitive, as in hadolint',
      code: 'FROM python:3.12\n# hadolint ignore=DL3042 # cache wanted here\nRUN pip install -r a.txt\n# Hadolint ignore=DL3042\nRUN pip install -r b.txt\n',
      errors: [
        { line: 3, suppressed: true },
        { line: 5, suppressed: false },
      ],
    },
    {
      name: 'DL3042 silences the pip part only: the conda install in the same file still reports',
      code: '# hadolint global ignore=DL3042\nFROM continuumio/miniconda3:24.1.2-0\nRUN pip install -r requirements.txt\nRUN conda install -y numpy=1.26\n',
      errors: [
        { line: 3, suppressed: true },
        { line: 4, suppressed: false },
      ],
    },
    {
      name: '`# hadolint stage ignore=` above a FROM covers that stage, not the next',
      code: '# hadolint stage ignore=DL3042\nFROM python:3.12 AS build\nRUN pip install -r requirements.txt\nFROM python:3.12-slim\nRUN pip install -r requirements.txt\n',
      errors: [
        { line: 3, suppressed: true },
        { line: 5, suppressed: false },
      ],
    },
    {
      name: 'in a CRLF file, and with the pragma indented',
      code: 'FROM python:3.12\r\n# hadolint ignore=DL3042\r\nRUN pip install -r a.txt\r\n  # hadolint ignore=DL3042\r\nRUN pip install -r b.txt\r\n',
      errors: [
        { line: 3, suppressed: true },
        { line: 5, suppressed: true },
      ],
    },
    {
      name: 'an ignore of a hadolint rule without a counterpart here (DL3008, SC2086) changes nothing',
      code: 'FROM python:3.12\n# hadolint ignore=DL3008,SC2086\nRUN pip install -r requirements.txt\n',
      errors: [{ line: 3, suppressed: false }],
    },
  ],
});

ruleTester(MLG011, {
  valid: [],
  invalid: [
    {
      name: 'DL3015 silences the --no-install-recommends finding only, DL3009 the lists one',
      code: 'FROM ubuntu:22.04\n# hadolint ignore=DL3015\nRUN apt-get update && apt-get install -y curl\n# hadolint ignore=DL3009\nRUN apt-get update && apt-get install -y wget\n',
      errors: [
        { line: 3, message: /no-install-recommends/, suppressed: true },
        { line: 3, message: /lists/, suppressed: false },
        { line: 5, message: /no-install-recommends/, suppressed: false },
        { line: 5, message: /lists/, suppressed: true },
      ],
    },
    {
      name: 'fedirz/faster-whisper-server Dockerfile (lists removal dropped): `# hadolint ignore=DL3008` (pinned apt versions) has no counterpart',
      code: [
        'ARG BASE_IMAGE=nvidia/cuda:12.6.3-cudnn-runtime-ubuntu24.04',
        '# hadolint ignore=DL3006',
        'FROM ${BASE_IMAGE}',
        '# hadolint ignore=DL3008',
        'RUN apt-get update && \\',
        '    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl ffmpeg && \\',
        '    apt-get clean',
      ].join('\n'),
      errors: [{ line: 5, message: /lists/, suppressed: false }],
    },
  ],
});

ruleTester(MLG013, {
  valid: [],
  invalid: [
    {
      name: 'DL3007 above `:latest`, DL3006 above an untagged FROM; neither covers a moving channel tag',
      code: '# hadolint ignore=DL3007\nFROM ubuntu:latest AS a\n# hadolint ignore=DL3006\nFROM debian AS b\n# hadolint ignore=DL3006,DL3007\nFROM alpine:edge\n',
      errors: [
        { line: 2, suppressed: true },
        { line: 4, suppressed: true },
        { line: 6, message: /moving tag/, suppressed: false },
      ],
    },
    {
      name: 'DL3006 is about a missing tag: it does not silence `:latest`',
      code: '# hadolint global ignore=DL3006\nFROM ubuntu:latest\n',
      errors: [{ line: 2, suppressed: false }],
    },
  ],
});

ruleTester(MLG005, {
  valid: [],
  invalid: [
    {
      name: "BuildKit's check=skip=SecretsUsedInArgOrEnv parser directive covers ARG and ENV, not a COPY of .env",
      code: '# syntax=docker/dockerfile:1\n# check=skip=SecretsUsedInArgOrEnv;error=true\nFROM python:3.12\nARG HF_TOKEN\nCOPY .env /app/.env\n',
      errors: [
        { line: 4, suppressed: true },
        { line: 5, suppressed: false },
      ],
    },
    {
      name: 'check=skip=all as a parser directive',
      code: '# check=skip=all\nFROM python:3.12\nARG HF_TOKEN\n',
      errors: [{ line: 3, suppressed: true }],
    },
    {
      name: 'a check= comment after a blank line binds to the next instruction only (frontend 1.21)',
      code: '# syntax=docker/dockerfile:1\n\n# check=skip=SecretsUsedInArgOrEnv\nFROM python:3.12\nARG HF_TOKEN\n',
      errors: [{ line: 5, suppressed: false }],
    },
    {
      name: "moby/buildkit's own lint test: `# check=skip=… // why` above one instruction, with other comments between",
      code: 'FROM scratch\n# check=skip=SecretsUsedInArgOrEnv // allow secret in arg\n# (a note)\nARG password\nARG api_token\n# check=skip=all // is local to only this instruction\nARG alternate_password\n',
      errors: [
        { line: 4, suppressed: true },
        { line: 5, suppressed: false },
        { line: 7, suppressed: true },
      ],
    },
    {
      name: 'an empty # resets the comments BuildKit reads above an instruction; hadolint DL3064 works too',
      code: 'FROM scratch\n# check=skip=SecretsUsedInArgOrEnv\n#\nARG password\n# hadolint ignore=DL3064\nARG api_token\n',
      errors: [
        { line: 4, suppressed: false },
        { line: 6, suppressed: true },
      ],
    },
  ],
});

ruleTester(MLG015, {
  valid: [],
  invalid: [
    {
      name: 'JSONArgsRecommended (per instruction) and DL3025 (hadolint)',
      code: 'FROM python:3.12\n# check=skip=JSONArgsRecommended\nCMD uvicorn app:app\n',
      errors: [{ line: 3, suppressed: true }],
    },
    {
      name: 'DL3025 on the line above the ENTRYPOINT',
      code: 'FROM python:3.12\n# hadolint ignore=DL3025\nENTRYPOINT python serve.py\n',
      errors: [{ line: 3, suppressed: true }],
    },
  ],
});

ruleTester(MLG010, {
  valid: [],
  invalid: [
    {
      name: 'DL3059 above the second RUN (where hadolint reports) silences the row',
      code: 'FROM ubuntu:22.04\nRUN echo a\n# hadolint ignore=DL3059\nRUN echo b\n',
      errors: [{ line: 2, suppressed: true }],
    },
  ],
});

ruleTester(MLG016, {
  valid: [],
  invalid: [
    {
      name: 'DL3002 above a last USER root',
      code: 'FROM python:3.12\nUSER app\n# hadolint ignore=DL3002\nUSER root\n',
      errors: [{ line: 4, suppressed: true }],
    },
    {
      name: 'DL3002 does not cover a final stage that never sets a USER',
      code: '# hadolint global ignore=DL3002\nFROM python:3.12\n',
      errors: [{ line: 2, suppressed: false }],
    },
  ],
});

ruleTester(MLG017, {
  valid: [],
  invalid: [
    {
      name: 'DL3020 covers ADD of local files, not ADD of a URL without --checksum',
      code: '# hadolint global ignore=DL3020\nFROM python:3.12\nADD app.py /app/\nADD https://example.com/tool.sh /usr/local/bin/\n',
      errors: [
        { line: 3, suppressed: true },
        { line: 4, suppressed: false },
      ],
    },
  ],
});
