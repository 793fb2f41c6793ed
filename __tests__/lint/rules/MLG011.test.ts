// Findings about one command are on its line; the missing list cleanup is about the whole RUN,
// so it is on the RUN's first line (see MLG007.test.ts for the convention).
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG011.js';

const GOOD = 'apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*';

ruleTester(rule, {
  valid: [
    { name: 'the canonical form', code: `FROM ubuntu:22.04\nRUN ${GOOD}\n` },
    {
      name: 'multi-line with continuations',
      code: 'FROM ubuntu:22.04\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      curl ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'cache mounts instead of cleanup',
      code: 'FROM ubuntu:22.04\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \\\n    apt-get update && apt-get install -y --no-install-recommends curl\n',
    },
    {
      name: 'apt config turns recommends off',
      code: `FROM ubuntu:22.04\nRUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/no-rec\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n`,
    },
    {
      name: '-o APT::Install-Recommends=false',
      code: 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y -o APT::Install-Recommends=false curl && rm -rf /var/lib/apt/lists\n',
    },
    {
      name: 'heredoc',
      code: 'FROM ubuntu:22.04\nRUN <<EOF\nset -e\napt-get update\napt-get install -y --no-install-recommends curl\nrm -rf /var/lib/apt/lists/*\nEOF\n',
    },
    // How apt-get(8) and apt.conf(5) say recommends are off (src/lint/tools/apt.ts).
    {
      name: 'apt.conf(5) setting written earlier in the same RUN',
      code: `FROM ubuntu:22.04\nRUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99-no-recommends && \\\n    apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n`,
    },
    {
      name: 'apt.conf.d file written by a COPY heredoc',
      code: 'FROM ubuntu:22.04\nCOPY <<EOF /etc/apt/apt.conf.d/99-no-recommends\nAPT::Install-Recommends "0";\nAPT::Install-Suggests "0";\nEOF\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'apt.conf.d file copied from the build context',
      code: 'FROM ubuntu:22.04\nCOPY docker/apt/ /etc/apt/apt.conf.d/\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      context: { 'docker/apt/99-no-recommends': 'APT::Install-Recommends "false";\n' },
    },
    {
      name: 'apt-get.8: --install-recommends=no is the same item set to false',
      code: 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --install-recommends=no curl && rm -rf /var/lib/apt/lists/*\n',
    },
    { name: 'no apt at all', code: 'FROM python:3.11\nRUN pip install --no-cache-dir torch==2.3.0\n' },
    {
      name: 'builder stage keeps its lists: they never ship',
      code: 'FROM ubuntu:22.04 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM ubuntu:22.04\n',
    },
  ],
  invalid: [
    {
      name: 'points at the RUN, the install line as position (yubingjiaocn/stable-diffusion-dockerfile comfyui/Dockerfile)',
      code: 'FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nRUN apt-get update && \\\n    apt-get install -y python-is-python3 python3-pip python3.10-dev git wget && \\\n    rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, endLine: 4, position: 3, message: /--no-install-recommends/ }],
    },
    {
      name: 'Lightning-AI/pytorch-lightning dockers/base-cuda/Dockerfile: the second install of the RUN, quoted as written',
      code: 'FROM nvidia/cuda:11.1.1-devel-ubuntu20.04\nRUN apt-get update -qq --fix-missing  && \\\n    apt-get install -y --no-install-recommends \\\n        build-essential \\\n        software-properties-common \\\n    && \\\n    add-apt-repository ppa:deadsnakes/ppa && \\\n    apt-get install -y \\\n        python3.9 \\\n        python3.9-dev \\\n    && \\\n    apt-get clean && \\\n    rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, position: 8, message: /^`apt-get install -y python3\.9 python3\.9-dev` without --no-install-recommends/ }],
    },
    {
      name: 'apt-get.8 "-o" before the verb (the `apt-get --option Acquire::Retries=60 …` form of Jaid/setup-server commands/aptGet.bash)',
      code: 'FROM ubuntu:22.04\nRUN apt-get update && apt-get --option Acquire::Retries=60 --yes --quiet install curl\n',
      errors: [
        { line: 2, message: /without --no-install-recommends/ },
        { line: 2, message: /rm -rf \/var\/lib\/apt\/lists/ },
      ],
    },
    {
      name: 'all three problems',
      code: 'FROM ubuntu:22.04\nRUN apt-get update\nRUN apt-get install -y curl\n',
      errors: [
        { line: 3, message: /without `apt-get update`.*line 2/ },
        { line: 3, message: /--no-install-recommends/ },
        { line: 3, message: /rm -rf \/var\/lib\/apt\/lists/ },
      ],
    },
    {
      name: 'cleanup in a later RUN does not shrink the layer',
      code: 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, message: /later RUN does not shrink/ }],
    },
    {
      name: 'recommends on the install line of a continued RUN',
      code: 'FROM ubuntu:22.04\nRUN apt-get update && \\\n    apt-get install -y git && \\\n    rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, position: 3, message: /recommended/ }],
    },
    {
      name: 'update after the install',
      code: 'FROM ubuntu:22.04\nRUN apt install -y --no-install-recommends curl && apt update && rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, message: /apt update/ }],
    },
    {
      name: 'lower-case keywords, FROM <stage> chain',
      code: 'from ubuntu:22.04 as base\nfrom base\nrun apt-get update && apt-get install -y --no-install-recommends curl\n',
      errors: [{ line: 3, message: /lists/ }],
    },
    {
      name: 'JSON form',
      code: 'FROM ubuntu:22.04\nRUN ["apt-get", "install", "-y", "--no-install-recommends", "curl"]\n',
      errors: [
        { line: 2, message: /update/ },
        { line: 2, message: /lists/ },
      ],
    },
    {
      name: 'builder stage: recommends is info',
      code: 'FROM ubuntu:22.04 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM ubuntu:22.04\n',
      errors: [{ line: 2, severity: 'info' }],
    },
    {
      name: 'cache mount on /var/cache/apt alone does not cover the lists',
      code: 'FROM ubuntu:22.04\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends curl\n',
      errors: [{ line: 2, message: /lists/ }],
    },
    {
      name: 'CRLF, BOM, escape directive',
      code: '\uFEFF# escape=`\r\nFROM ubuntu:22.04\r\nRUN apt-get update && `\r\n    apt-get install -y --no-install-recommends curl\r\n',
      errors: [{ line: 3, message: /lists/ }],
    },
  ],
});
