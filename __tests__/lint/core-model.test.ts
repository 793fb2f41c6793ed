// Heredoc RUN scripts as the rules see them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile, isRun } from '../../src/lint/dockerfile.js';

const runOf = (text: string) => parseDockerfile(text).stages[0].instructions.filter(isRun)[0];

test('RUN <<EOF with a non-shell shebang holds no shell commands; a shell shebang does', () => {
  const python = runOf('FROM python:3.11\nRUN <<EOF\n#!/usr/bin/env python3\nimport torch\nprint(torch.cuda.is_available())\nEOF\n');
  assert.deepEqual(python.shell(), { commands: [], error: null, assignments: [] });
  assert.match(python.text, /torch\.cuda\.is_available/); // still there for pattern checks on the Python
  const bash = runOf('FROM python:3.11\nRUN <<EOF\n#!/bin/bash\npip install torch\nEOF\n');
  assert.deepEqual(bash.shell().commands.map((c) => [c.program, c.line]), [['pip', 4]]);
});
