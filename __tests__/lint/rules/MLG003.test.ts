import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG003.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDockerfile } from '../../../src/lint/engine.js';
import { memoryContext } from '../../../src/lint/context.js';

const GB = 1_000_000_000;

ruleTester(rule, {
  valid: [
    { name: 'a .bin or .pb by extension alone is not weights', code: 'FROM python:3.11-slim\nCOPY app.bin /app/\nCOPY schema.pb /app/\n' },
    {
      name: 'a 100-byte app.bin from the context is not weights',
      code: 'FROM python:3.11-slim\nCOPY app.bin models/vocab.pb /app/\n',
      context: { 'app.bin': 100, 'models/vocab.pb': 2_000 },
    },
    {
      name: 'code and requirements',
      code: 'FROM python:3.11-slim\nCOPY requirements.txt .\nCOPY app/ /app/\n',
      context: { 'requirements.txt': 'x', 'app/main.py': 'x' },
    },
    {
      name: 'COPY . with the weights folder in .dockerignore',
      code: 'FROM python:3.11-slim\nCOPY . /app\n',
      context: { 'app.py': 'x', 'models/model.safetensors': 5 * GB },
      dockerignore: 'models/\n',
    },
    {
      name: 'a models/ folder that holds Python code (ORM classes)',
      code: 'FROM python:3.11-slim\nCOPY models/ /app/models/\nCOPY . /app\n',
      context: { 'models/__init__.py': 'x', 'models/user.py': 'x', 'models/README.md': 'x' },
    },
    {
      name: 'weights copied into a builder stage that does not ship',
      code: 'FROM python:3.11 AS convert\nCOPY model.safetensors /m/\nRUN convert\nFROM python:3.11-slim\nCOPY --from=convert /out/app.py /app/\n',
    },
    { name: 'a venv from a builder stage', code: 'FROM python:3.11 AS b\nFROM python:3.11-slim\nCOPY --from=b /opt/venv /opt/venv\n' },
    { name: 'remote ADD is MLG004', code: 'FROM python:3.11-slim\nADD https://huggingface.co/x/resolve/main/model.safetensors /m/\n' },
    { name: 'heredoc COPY', code: 'FROM python:3.11-slim\nCOPY <<EOF /app/model.pt\nnot really\nEOF\n' },
    { name: 'a pickle that is not a model', code: 'FROM python:3.11-slim\nCOPY data/lookup.pkl /app/\n' },
  ],
  invalid: [
    {
      name: 'a Triton model repository by its name (psytechlab/tritoned_bert Dockerfile)',
      code: 'FROM nvcr.io/nvidia/tritonserver:23.10-py3\n\nWORKDIR /models\nCOPY model_repository ./\n',
      errors: [
        {
          line: 4,
          severity: 'warning',
          message: /^COPY may put model weights into the image \(model_repository\): judged by its name and place only/,
        },
      ],
    },
    {
      name: 'a TorchServe model store glob (kserve/kserve docs/samples/v1beta1/custom/torchserve/torchserve-image/Dockerfile)',
      code: 'FROM pytorch/torchserve:0.9.0-cpu\nRUN mkdir /home/model-server/model-store \nCOPY model-store/* /home/model-server/model-store/\n',
      errors: [{ line: 3, severity: 'warning', message: /model-store\/\*/ }],
    },
    {
      name: 'model.bin by name is possible weights (abetlen/llama-cpp-python docker/open_llama/Dockerfile)',
      code: 'FROM python:3-slim-bullseye\nRUN echo "Installing model...this can take some time..."\nCOPY ./model.bin /app/model.bin\n',
      errors: [{ line: 3, severity: 'warning', message: /may put model weights.*\(\.\/model\.bin\)/ }],
    },
    {
      name: 'the size in the context makes it weights, at error',
      code: 'FROM python:3.11-slim\nCOPY model.bin /app/\n',
      context: { 'model.bin': 2 * GB },
      errors: [{ line: 2, severity: 'error', message: /brings 1 model weight file \(2 GB\)/ }],
    },
    {
      name: 'safetensors file',
      code: 'FROM python:3.11-slim\nCOPY model.safetensors /models/\n',
      errors: [{ line: 2, severity: 'warning', message: /COPY may put model weights into the image \(model\.safetensors\).*HF_HOME/ }],
    },
    {
      name: 'models folder by name',
      code: 'FROM python:3.11-slim\nCOPY ./models /opt/models\n',
      errors: [{ line: 2, message: /\(\.\/models\)/ }],
    },
    {
      name: 'checkpoints glob, lower-case add',
      code: 'FROM python:3.11-slim\nadd checkpoints/*.ckpt /ckpt/\n',
      errors: [{ line: 2, message: /^ADD may put/ }],
    },
    { name: 'pickle under a models-like dir', code: 'FROM python:3.11-slim\nCOPY weights/clf.pkl /app/\n', errors: [{ line: 2 }] },
    { name: 'sklearn model.joblib', code: 'FROM python:3.11-slim\nCOPY model.joblib /app/\n', errors: [{ line: 2 }] },
    {
      name: 'COPY . names the biggest offenders with sizes',
      code: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\n',
      context: {
        'app.py': 'x',
        'models/llama/model-00001-of-00002.safetensors': 4.9 * GB,
        'models/llama/model-00002-of-00002.safetensors': 2.1 * GB,
        'models/llama/tokenizer.json': 2_000,
        'notebooks/ckpt/run1.pt': 300_000_000,
        'exports/clf.onnx': 40_000_000,
      },
      errors: [
        {
          line: 3,
          message:
            /COPY \. brings 4 model weight files \(7\.34 GB\).*model-00001-of-00002\.safetensors \(4\.9 GB\), models\/llama\/model-00002-of-00002\.safetensors \(2\.1 GB\), notebooks\/ckpt\/run1\.pt \(300 MB\) and 1 more; \.dockerignore does not exclude them/,
        },
      ],
    },
    {
      name: 'COPY --from a download stage',
      code: 'FROM python:3.11 AS dl\nRUN x\nFROM python:3.11-slim\nCOPY --from=dl /root/.cache/huggingface /root/.cache/huggingface\n',
      errors: [{ line: 4, message: /COPY --from=dl may put/ }],
    },
    {
      name: 'COPY --from an image',
      code: 'FROM python:3.11-slim\nCOPY --from=ghcr.io/org/weights:v1 /weights /weights\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'in an ancestor stage of the final (FROM-stage chain)',
      code: 'FROM python:3.11-slim AS base\nCOPY model.onnx /m/\nFROM base\n',
      errors: [{ line: 2 }],
    },
    {
      name: '--target a non-last stage',
      code: 'FROM python:3.11-slim AS serve\nCOPY model.pt /m/\nFROM serve AS test\nRUN pytest\n',
      target: 'serve',
      errors: [{ line: 2 }],
    },
    {
      name: 'JSON form and continuation',
      code: 'FROM python:3.11-slim\nCOPY ["model.safetensors", \\\n  "/models/"]\n',
      errors: [{ line: 2 }],
    },
    { name: 'CRLF, BOM', code: '\uFEFFFROM python:3.11-slim\r\nCOPY model.bin /m/\r\n', errors: [{ line: 2 }] },
  ],
});

test('MLG003 without any .dockerignore says so', () => {
  const { findings } = lintDockerfile({
    text: 'FROM python:3.11-slim\nCOPY . /app\n',
    dockerfile: 'Dockerfile',
    target: null,
    context: memoryContext({ 'model.gguf': 4 * GB }),
    rules: [rule],
    settings: {},
  });
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /model\.gguf \(4 GB\); there is no \.dockerignore to exclude them/);
  assert.equal(findings[0].bytes, 4 * GB);
});
