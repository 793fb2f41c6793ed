import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG004.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a builder stage nothing copies from, with a cache mount',
      code: 'FROM python:3.11 AS dl\nRUN --mount=type=cache,target=/root/.cache/huggingface huggingface-cli download org/m\nFROM python:3.11-slim\n',
    },
    {
      name: 'a stage the final image neither builds on nor copies from',
      code: 'FROM python:3.11 AS warm-cache\nRUN huggingface-cli download org/model\nFROM python:3.11-slim\nCMD ["python"]\n',
    },
    {
      name: 'installing the hub client is not downloading',
      code: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir huggingface_hub==0.24.0\n',
    },
    { name: 'curl of a script', code: 'FROM ubuntu:22.04\nRUN curl -fsSL https://astral.sh/uv/install.sh | sh\n' },
    { name: 'git clone from GitHub', code: 'FROM python:3.11\nRUN git clone https://github.com/org/repo /src\n' },
    { name: 'aws s3 upload direction', code: 'FROM amazon/aws-cli:2.15.0\nRUN aws s3 cp /report.txt s3://bucket/report.txt\n' },
    { name: 'download in the entrypoint, not at build', code: 'FROM python:3.11-slim\nCMD ["huggingface-cli", "download", "org/model"]\n' },
    {
      name: 'python script without downloads',
      code: 'FROM python:3.11-slim\nRUN python scripts/compile.py\n',
      context: { 'scripts/compile.py': 'import compileall\n' },
    },
    { name: 'the word pipeline in a python -c', code: 'FROM python:3.11-slim\nRUN python -c "import sklearn.pipeline"\n' },
  ],
  invalid: [
    {
      name: 'a download stage copied from says it is not the final image',
      code: 'FROM python:3.11 AS dl\nRUN huggingface-cli download org/model --local-dir /m\nFROM python:3.11-slim\nCOPY --from=dl /m /m\n',
      errors: [{ line: 2, message: /Stage "dl" is not the final image: the weights ship only if a COPY --from takes them/ }],
    },
    {
      name: 'huggingface-cli download after a continuation',
      code: 'FROM python:3.11-slim\nRUN pip install -U huggingface_hub \\\n && huggingface-cli download meta-llama/Llama-3-8B --local-dir /models\n',
      errors: [{ line: 2, position: 3, severity: 'error', message: /\(huggingface-cli download\).*mounted cache volume/ }],
    },
    {
      name: 'hf download with a secret mount, lower-case run',
      code: 'FROM python:3.11-slim\nrun --mount=type=secret,id=hf_token hf download org/model\n',
      errors: [{ line: 2, message: /hf download/ }],
    },
    {
      name: 'snapshot_download in python -c',
      code: 'FROM python:3.11-slim\nRUN python3 -c "from huggingface_hub import snapshot_download; snapshot_download(\'org/m\')"\n',
      errors: [{ line: 2, message: /snapshot_download\(\)/ }],
    },
    {
      name: 'from_pretrained in a heredoc fed to python',
      code: 'FROM python:3.11-slim\nRUN python3 <<EOF\nfrom transformers import AutoModel\nAutoModel.from_pretrained("bert-base-uncased")\nEOF\n',
      errors: [{ line: 2, message: /from_pretrained\(\)/ }],
    },
    {
      name: 'RUN <<EOF with a python shebang',
      code: 'FROM python:3.11-slim\nRUN <<EOF\n#!/usr/bin/env python3\nimport torch\ntorch.hub.load("pytorch/vision", "resnet50")\nEOF\n',
      errors: [{ line: 2, message: /torch\.hub\.load\(\)/ }],
    },
    {
      name: 'a context script that downloads',
      code: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN python /app/scripts/fetch.py\n',
      context: { 'scripts/fetch.py': 'from huggingface_hub import hf_hub_download\nhf_hub_download("org/m", "model.safetensors")\n' },
      errors: [{ line: 4, message: /hf_hub_download\(\) in \/app\/scripts\/fetch\.py/ }],
    },
    {
      name: 'a script brought in by a bind mount',
      code: 'FROM python:3.11-slim\nRUN --mount=type=bind,source=tools,target=/tools python /tools/get.py\n',
      context: { 'tools/get.py': 'from transformers import AutoModel\nAutoModel.from_pretrained("bert-base-uncased")\n' },
      errors: [{ line: 2, message: /from_pretrained\(\) in \/tools\/get\.py/ }],
    },
    {
      name: 'git clone of huggingface.co and git lfs pull',
      code: 'FROM python:3.11\nRUN git clone https://huggingface.co/org/m /m && cd /m && git lfs pull\n',
      errors: [{ line: 2 }, { line: 2 }],
    },
    {
      name: 'wget of a resolve URL redacts the query',
      code: 'FROM python:3.11\nRUN wget -q "https://huggingface.co/org/m/resolve/main/config.json?token=abc123"\n',
      errors: [{ line: 2, message: /wget https:\/\/huggingface\.co\/org\/m\/resolve\/main\/config\.json\)/ }],
    },
    {
      name: 'curl of a weights extension',
      code: 'FROM python:3.11\nRUN curl -L -o /m/model.onnx https://github.com/org/r/releases/download/v1/model.onnx\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'aws s3 sync from a bucket',
      code: 'FROM python:3.11\nRUN aws s3 sync s3://models/llama /models\n',
      errors: [{ line: 2, message: /aws s3 sync from s3:\/\/models\/llama/ }],
    },
    { name: 'gsutil -m cp', code: 'FROM python:3.11\nRUN gsutil -m cp -r gs://b/m /m\n', errors: [{ line: 2 }] },
    {
      name: 'azcopy',
      code: 'FROM python:3.11\nRUN azcopy copy "https://a.blob.core.windows.net/m/*" /m --recursive\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'ollama pull in a JSON-form sh -c',
      code: 'FROM ollama/ollama:0.3.0\nRUN ["sh", "-c", "ollama serve & sleep 5 && ollama pull llama3"]\n',
      errors: [{ line: 2 }],
    },
    { name: 'spacy model', code: 'FROM python:3.11\nRUN python -m spacy download en_core_web_sm\n', errors: [{ line: 2 }] },
    {
      name: 'ADD of a weights URL',
      code: 'FROM python:3.11\nADD https://huggingface.co/org/m/resolve/main/model.safetensors /m/\n',
      errors: [{ line: 2, message: /^ADD downloads/ }],
    },
    {
      name: 'CRLF, BOM and escape directive',
      code: '\uFEFF# escape=`\r\nFROM python:3.11\r\nRUN pip install x `\r\n && hf download org/m\r\n',
      errors: [{ line: 3, position: 4 }],
    },
  ],
});
