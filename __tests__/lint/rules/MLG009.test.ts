// Findings are on the line of the install command (see MLG007.test.ts for the line convention).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG009.js';
import { parseRequirements, classifyRequirement } from '../../../src/lint/requirements.js';

const PINNED = 'torch==2.3.0\nnumpy===1.26.4\n';

ruleTester(rule, {
  valid: [
    {
      name: 'pinned file',
      code: 'FROM python:3.11\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      context: { 'requirements.txt': PINNED },
    },
    {
      name: 'hashes, markers, comments and continuations',
      code: 'FROM python:3.11\nCOPY requirements.txt /tmp/\nRUN pip install --require-hashes -r /tmp/requirements.txt\n',
      context: {
        'requirements.txt':
          '# pinned by pip-compile\n--index-url https://pypi.org/simple\ntorch==2.3.0 \\\n    --hash=sha256:aaa \\\n    --hash=sha256:bbb\nnumpy==1.26.4 ; python_version >= "3.9"  # inline comment\n',
      },
    },
    {
      name: 'VCS at a commit, archive URL with a version, editable project',
      code: 'FROM python:3.11\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\n',
      context: {
        'requirements.txt':
          '-e git+https://github.com/org/lib.git@0123abc4567#egg=lib\nfoo @ https://example.com/foo-1.0.0-py3-none-any.whl\ngit+https://github.com/org/bar.git@v1.2.3\n-e .\n./wheels/baz-2.0-py3-none-any.whl\n',
      },
    },
    {
      name: '-c constraints pin what the file leaves open',
      code: 'FROM python:3.11\nCOPY requirements.txt constraints.txt ./\nRUN pip install -r requirements.txt -c constraints.txt\n',
      context: { 'requirements.txt': 'torch\nnumpy>=1.20\n', 'constraints.txt': 'torch==2.3.0\nnumpy==1.26.4\n' },
    },
    {
      name: '-c inside the file',
      code: 'FROM python:3.11\nCOPY reqs/ /reqs/\nRUN pip install -r /reqs/base.txt\n',
      context: { 'reqs/base.txt': '-c constraints.txt\ntransformers\n', 'reqs/constraints.txt': 'transformers==4.41.2\n' },
    },
    { name: 'upgrading pip itself', code: 'FROM python:3.11\nRUN pip install --upgrade pip\n' },
    { name: 'named packages pinned', code: 'FROM python:3.11\nRUN pip install torch==2.3.0+cu121 "numpy==1.26.4"\n' },
    {
      name: 'named packages with a constraints file we cannot see are trusted',
      code: 'FROM python:3.11\nRUN pip install -c /etc/constraints.txt torch\n',
    },
    { name: 'version from a build arg', code: 'FROM python:3.11\nARG TORCH=2.3.0\nRUN pip install torch==${TORCH}\n' },
    {
      name: 'pip install . is the project, not a dependency',
      code: 'FROM python:3.11\nCOPY . /app\nRUN pip install /app && pip install -e .\n',
    },
    { name: 'lock-file installs', code: 'FROM python:3.11\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen && poetry install\n' },
    {
      name: 'file not in the context: nothing to say',
      code: 'FROM python:3.11\nRUN pip install -r requirements.txt\n',
      context: {},
    },
    {
      name: 'file from another stage is not read from the context',
      code: 'FROM python:3.11 AS gen\nRUN echo torch > /r.txt\nFROM python:3.11\nCOPY --from=gen /r.txt /r.txt\nRUN pip install -r /r.txt\n',
      context: { 'r.txt': 'torch\n' },
    },
  ],
  invalid: [
    {
      name: 'speaks of CUDA wheels only for packages that have them (SYSTRAN/faster-whisper docker/Dockerfile)',
      code: 'FROM nvidia/cuda:12.3.2-cudnn9-runtime-ubuntu22.04\nWORKDIR /root\nRUN apt-get update -y && apt-get install -y python3-pip\nCOPY infer.py jfk.flac ./\nRUN pip3 install faster-whisper\n',
      errors: [{ line: 5, message: /^(?![\s\S]*(torch|CUDA))`pip3 install` names faster-whisper without a version/ }],
    },
    {
      name: 'torch unpinned: its CUDA wheels are the reason',
      code: 'FROM python:3.11-slim\nRUN pip install torch transformers\n',
      errors: [{ line: 2, message: /a new torch can change its CUDA wheels/ }],
    },
    {
      name: 'unpinned entries listed, on the RUN line',
      code: 'FROM python:3.11\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      context: { 'requirements.txt': 'torch>=2.0\nnumpy\nfastapi==0.111.0\ntransformers==4.*\n' },
      errors: [{ line: 3, message: /requirements\.txt has 3 unpinned entries: torch, numpy, transformers/ }],
    },
    {
      name: '-r includes followed relative to the including file',
      code: 'FROM python:3.11\nCOPY requirements/ /src/requirements/\nRUN pip install -r /src/requirements/prod.txt\n',
      context: { 'requirements/prod.txt': '-r base.txt\nuvicorn==0.30.1\n', 'requirements/base.txt': 'fastapi\n-r prod.txt\n' },
      errors: [{ line: 3, message: /fastapi \(in requirements\/base\.txt\)/ }],
    },
    {
      name: 'COPY . with WORKDIR and cd',
      code: 'FROM python:3.11\nWORKDIR /srv\nCOPY . .\nRUN cd api && \\\n    pip install -r requirements.txt\n',
      context: { 'api/requirements.txt': 'flask\n' },
      errors: [{ line: 4, position: 5, message: /api\/requirements\.txt has 1 unpinned entry: flask/ }],
    },
    {
      name: 'bind mount of the requirements file',
      code: 'FROM python:3.11\nRUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt \\\n    pip install -r /tmp/requirements.txt\n',
      context: { 'requirements.txt': 'scipy\n' },
      errors: [{ line: 2, position: 3, message: /scipy/ }],
    },
    {
      name: 'VCS branch and unversioned URL are not pins',
      code: 'FROM python:3.11\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      context: { 'requirements.txt': 'git+https://github.com/org/lib.git@main#egg=lib\nbar @ https://example.com/bar/archive/main.zip\n' },
      errors: [{ line: 3, message: /lib, bar/ }],
    },
    {
      name: 'parse error says so instead of crashing',
      code: 'FROM python:3.11\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      context: { 'requirements.txt': 'torch==2.3.0\nnumpy=>1.0!\n' },
      errors: [{ line: 3, message: /Could not parse a line of requirements\.txt.*line 2/ }],
    },
    {
      name: 'named packages without versions',
      code: 'FROM python:3.11\nRUN pip install torch "transformers>=4" accelerate==0.30.1\n',
      errors: [{ line: 2, message: /names torch, transformers without a version/ }],
    },
    {
      name: 'constraints file in the context that misses a name',
      code: 'FROM python:3.11\nCOPY c.txt .\nRUN pip install -c c.txt torch numpy\n',
      context: { 'c.txt': 'torch==2.3.0\n' },
      errors: [{ line: 3, message: /names numpy without/ }],
    },
    {
      name: 'uv pip install, lower-case, heredoc',
      code: 'from python:3.11\nrun <<EOF\nuv pip install --system torch\nEOF\n',
      errors: [{ line: 2, position: 3 }],
    },
    { name: 'JSON form', code: 'FROM python:3.11\nRUN ["pip", "install", "torch"]\n', errors: [{ line: 2 }] },
    {
      name: 'one finding per file even when installed twice; CRLF and BOM',
      code: '\uFEFFFROM python:3.11\r\nCOPY requirements.txt .\r\nRUN pip install -r requirements.txt\r\nRUN pip install -r ./requirements.txt\r\n',
      context: { 'requirements.txt': 'torch\r\n' },
      errors: [{ line: 3 }],
    },
    {
      name: 'uv pip sync of an unpinned file',
      code: 'FROM python:3.11\nCOPY requirements.in .\nRUN uv pip sync requirements.in\n',
      context: { 'requirements.in': 'torch\n' },
      errors: [{ line: 3 }],
    },
  ],
});

test('requirements parsing: pip syntax around PEP 508', () => {
  const parsed = parseRequirements('a==1 \\\n  --hash=sha256:x\n-r more.txt\n--constraint=c.txt\n--pre\nb>=2 # why\n!!!\n');
  assert.deepEqual(parsed.entries, [
    { name: 'a', pinned: true, line: 1 },
    { name: 'b', pinned: false, line: 6 },
  ]);
  assert.deepEqual(parsed.includes, [
    { kind: 'requirements', path: 'more.txt' },
    { kind: 'constraint', path: 'c.txt' },
  ]);
  assert.equal(parsed.errors.length, 1);
  assert.equal(parsed.errors[0].line, 7);
  assert.deepEqual(classifyRequirement('Foo_Bar==1.0'), { name: 'foo-bar', pinned: true });
  assert.deepEqual(classifyRequirement('git+ssh://git@github.com/o/r.git@deadbeef'), { name: 'r', pinned: true });
  assert.deepEqual(classifyRequirement('git+ssh://git@github.com/o/r.git'), { name: 'r', pinned: false });
  // Through the PEP 508 parser: parentheses, ===, markers, a URL with a marker (space before `;`).
  assert.deepEqual(classifyRequirement('Torch (==2.3.0) ; python_version >= "3.9"'), { name: 'torch', pinned: true });
  assert.deepEqual(classifyRequirement('torch === 2.3.0+cu121 ; sys_platform == "linux"'), { name: 'torch', pinned: true });
  assert.deepEqual(classifyRequirement('numpy (==1.26.*)'), { name: 'numpy', pinned: false });
  assert.deepEqual(classifyRequirement("lib @ git+https://github.com/o/lib.git@0123abc ; python_version >= '3.9'"), {
    name: 'lib',
    pinned: true,
  });
  assert.deepEqual(classifyRequirement('numpy=>1.0!'), { error: 'expected a version operator such as "==" or ">=" at column 6' });
});
