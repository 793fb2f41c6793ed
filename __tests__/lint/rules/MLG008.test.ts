// The finding is on the COPY of the code (the instruction to move); see MLG007.test.ts.
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG008.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a config file to a dotfile (jupyter/docker-stacks images/docker-stacks-foundation/Dockerfile)',
      code: 'FROM ubuntu:24.04\nCOPY --chown="${NB_UID}:${NB_GID}" initial-condarc "${CONDA_DIR}/.condarc"\nWORKDIR /tmp\nRUN micromamba install --yes python=3.12 jupyterlab\n',
    },
    {
      name: 'examples and tests folders are not the package (NVIDIA/NeMo docker/Dockerfile.speech)',
      code: 'FROM nvcr.io/nvidia/pytorch:24.07-py3\nWORKDIR /workspace/nemo\nCOPY scripts /workspace/nemo/scripts\nCOPY examples /workspace/nemo/examples\nCOPY tests /workspace/nemo/tests\nCOPY tutorials /workspace/nemo/tutorials\nRUN pip install aistore\n',
    },
    {
      name: 'single scripts are not the source (T-Ph525/Vllm-worker-runpod Dockerfile)',
      code: 'FROM runpod/worker-v1-vllm:v2.5.0stable-cuda12.1.0\nWORKDIR /app\nCOPY download_model.py utils.py handler.py ./\nRUN pip install --no-cache-dir huggingface_hub\n',
    },
    {
      name: 'a script and a sample file (SYSTRAN/faster-whisper docker/Dockerfile)',
      code: 'FROM nvidia/cuda:12.3.2-cudnn9-runtime-ubuntu22.04\nWORKDIR /root\nCOPY infer.py jfk.flac ./\nRUN pip3 install faster-whisper\nCMD ["python3", "infer.py"]\n',
    },
    {
      name: 'upgrading the installer after the package is no dependency install (kserve/kserve docs/samples/v1beta1/transformer/feast/driver_transformer.Dockerfile)',
      code: 'FROM python:3.9-slim\n\nCOPY driver_transformer driver_transformer\nWORKDIR driver_transformer\nRUN pip install --upgrade pip\nRUN pip install -e .\n',
    },
    {
      name: 'installing poetry after the package (SeldonIO/MLServer Dockerfile)',
      code: 'FROM python:3.10-slim AS wheel-builder\nCOPY ./mlserver ./mlserver\nRUN pip install poetry==$POETRY_VERSION && \\\n    pip install poetry-plugin-export && \\\n    ./hack/build-wheels.sh /opt/mlserver/dist\n',
    },
    {
      name: 'a requirements folder with no context (xorbitsai/inference xinference/deploy/docker/Dockerfile.cpu)',
      code: 'FROM continuumio/miniconda3:23.10.0-1\nCOPY xinference/deploy/docker/requirements_cpu/ /opt/inference/xinference/deploy/docker/requirements_cpu/\nRUN pip install -r /opt/inference/xinference/deploy/docker/requirements_cpu/requirements_cpu-base.txt\n',
    },
    {
      name: 'a folder under requirements/ (Lightning-AI/pytorch-lightning dockers/base-cuda/Dockerfile)',
      code: 'FROM nvidia/cuda:12.6.3-runtime-ubuntu22.04\nCOPY requirements/pytorch/ requirements/pytorch/\nCOPY requirements/_integrations/ requirements/_integrations/\nRUN pip install -r requirements/pytorch/base.txt\n',
    },
    {
      name: 'a script into /usr/local/bin (jupyter/docker-stacks images/docker-stacks-foundation/Dockerfile)',
      code: 'FROM ubuntu:24.04\nCOPY fix-permissions /usr/local/bin/fix-permissions\nRUN chmod a+rx /usr/local/bin/fix-permissions\nRUN micromamba install --yes jupyterlab\n',
    },
    {
      name: 'a config file into /etc (axolotl-ai-cloud/axolotl docker/Dockerfile-cloud-uv)',
      code: 'FROM axolotlai/axolotl-uv:main\nCOPY scripts/cloud-entrypoint.sh /root/cloud-entrypoint.sh\nCOPY scripts/motd /etc/motd\nRUN uv pip install jupyterlab notebook ipywidgets\n',
    },
    {
      name: 'installer scripts folder (NVIDIA/NeMo docker/Dockerfile.speech)',
      code: 'FROM nvcr.io/nvidia/pytorch:24.07-py3\nWORKDIR /tmp/torchaudio_build\nCOPY scripts/installers /tmp/torchaudio_build/scripts/installers/\nRUN pip install numba\n',
    },
    {
      name: 'apt after the code reads nothing of it (olihock/answer-machine Dockerfile)',
      code: 'FROM pytorch/pytorch:1.13.1-cuda11.6-cudnn8-runtime\nWORKDIR /app\nCOPY requirements.txt requirements.txt\nRUN pip install -r requirements.txt\nCOPY . .\nRUN apt update && apt install -y curl\n',
    },
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
      name: 'upgrading pip before the code is no first phase (gnames/llmutil Dockerfile)',
      code: 'FROM pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime\nWORKDIR /app\n\nCOPY requirements.txt .\n\nRUN pip install -U pip\n\nCOPY . .\n\nRUN pip install --no-cache-dir -r /app/requirements.txt\n',
      errors: [{ line: 8, message: /^`COPY \.` comes before `pip install --no-cache-dir -r \/app\/requirements\.txt` \(line 10\)/ }],
    },
    {
      name: 'a named package before the code is no first phase for -r (JustinGuese/reinforcement-learning-trading-bot Dockerfile)',
      code: 'FROM python:3.8\nRUN pip install tensorflow --no-cache-dir\nADD requirements_noTF.txt /\nRUN mkdir -p src\nADD . /src/\nRUN chmod a+x /src/dockerTrain.sh\nRUN pip install -r requirements_noTF.txt\n',
      errors: [{ line: 5, message: /`pip install -r requirements_noTF\.txt` \(line 7\)/ }],
    },
    {
      name: 'the project and its extras after the code (hiyouga/LLaMA-Factory docker/docker-cuda/Dockerfile)',
      code: 'FROM nvcr.io/nvidia/pytorch:24.02-py3\nWORKDIR /app\nRUN pip install --no-cache-dir --upgrade pip packaging wheel setuptools editables "hatchling>=1.18.0"\nCOPY . /app\nRUN pip install --no-cache-dir --no-build-isolation -e . && \\\n    pip install --no-cache-dir --no-build-isolation -r requirements/metrics.txt -r requirements/deepspeed.txt\n',
      errors: [{ line: 4, message: /requirements\/metrics\.txt/ }],
    },
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
      name: 'code copied in the parent stage',
      code: 'FROM python:3.11 AS base\nCOPY . /app\nFROM base\nRUN pip install -r /app/requirements.txt\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'JSON-form COPY and multi-line RUN',
      code: 'FROM python:3.11\nCOPY ["src", "/app/"]\nRUN echo hi && \\\n    pipenv install --deploy\n',
      errors: [{ line: 2, message: /Pipfile/ }],
    },
    {
      name: 'one finding per code COPY, listing every install after it',
      code: 'FROM python:3.11\nCOPY . .\nRUN pip install --upgrade pip\nRUN pip install -r requirements.txt\n',
      errors: [{ line: 2, message: /before `pip install -r requirements\.txt` \(line 4\).*Copy requirements\.txt first/ }],
    },
    { name: 'CRLF and BOM', code: '\uFEFFFROM python:3.11\r\nCOPY . .\r\nRUN pip install -r requirements.txt\r\n', errors: [{ line: 2 }] },
    { name: 'heredoc RUN', code: 'FROM python:3.11\nCOPY . .\nRUN <<EOF\npip install -r requirements.txt\nEOF\n', errors: [{ line: 2 }] },
  ],
});
