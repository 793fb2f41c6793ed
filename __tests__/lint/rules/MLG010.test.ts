// One finding per group of consecutive RUNs, on the first RUN's line (see MLG007.test.ts).
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG010.js';

ruleTester(rule, {
  valid: [
    { name: 'single RUN', code: 'FROM ubuntu:22.04\nRUN a && b\n' },
    { name: 'separated by another instruction', code: 'FROM ubuntu:22.04\nRUN a\nENV X=1\nRUN b\n' },
    {
      name: 'different mounts',
      code: 'FROM python:3.11\nRUN --mount=type=cache,target=/root/.cache/pip pip install a\nRUN pip install b\n',
    },
    { name: 'heredocs', code: 'FROM ubuntu:22.04\nRUN <<EOF\na\nEOF\nRUN <<EOF\nb\nEOF\n' },
    { name: 'JSON form', code: 'FROM ubuntu:22.04\nRUN ["a"]\nRUN b\n' },
    { name: 'across stages', code: 'FROM ubuntu:22.04 AS a\nRUN a\nFROM a\nRUN b\n' },
  ],
  invalid: [
    {
      name: 'two RUNs',
      code: 'FROM ubuntu:22.04\nRUN a\nRUN b\n',
      errors: [{ line: 2, message: /2 consecutive RUN instructions \(lines 2-3\)/ }],
    },
    {
      name: 'cleanup in a later RUN, continuations, comments between',
      code: 'FROM ubuntu:22.04\nRUN apt-get update && \\\n    apt-get install -y curl\n# tidy up\nRUN rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, message: /cleanup in the RUN on line 5 cannot shrink/ }],
    },
    {
      name: 'two groups split by ENV; lower-case',
      code: 'from ubuntu:22.04\nrun a\nrun b\nenv X=1\nrun c\nrun d\nrun e\n',
      errors: [{ line: 2 }, { line: 5, message: /^3 consecutive/ }],
    },
    {
      name: 'same mounts merge',
      code: 'FROM python:3.11\nRUN --mount=type=cache,target=/c a\nRUN --mount=type=cache,target=/c b\n',
      errors: [{ line: 2 }],
    },
    { name: 'heredoc breaks the group', code: 'FROM ubuntu:22.04\nRUN a\nRUN b\nRUN <<EOF\nc\nEOF\nRUN d\n', errors: [{ line: 2 }] },
    {
      name: 'CRLF, BOM, escape directive',
      code: '\uFEFF# escape=`\r\nFROM ubuntu:22.04\r\nRUN a `\r\n  b\r\nRUN c\r\n',
      errors: [{ line: 3, message: /lines 3-5/ }],
    },
  ],
});
