// Dockerfile model details the rules rely on: heredoc scripts, COPY/ADD forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile, isRun, type CopyInstruction } from '../../src/lint/dockerfile.js';

const runOf = (text: string) => parseDockerfile(text).stages[0].instructions.filter(isRun)[0];

test('RUN <<EOF with a non-shell shebang holds no shell commands; a shell shebang does', () => {
  const python = runOf('FROM python:3.11\nRUN <<EOF\n#!/usr/bin/env python3\nimport torch\nprint(torch.cuda.is_available())\nEOF\n');
  assert.deepEqual(python.shell(), { commands: [], error: null, assignments: [] });
  assert.match(python.text, /torch\.cuda\.is_available/); // still there for pattern checks on the Python
  const bash = runOf('FROM python:3.11\nRUN <<EOF\n#!/bin/bash\npip install torch\nEOF\n');
  assert.deepEqual(
    bash.shell().commands.map((c) => [c.program, c.line]),
    [['pip', 4]],
  );
});

test('COPY/ADD JSON form counts only when it is an array of strings', () => {
  const copyOf = (text: string) => parseDockerfile(text).stages[0].instructions[0] as CopyInstruction;
  assert.deepEqual(copyOf('FROM a\nCOPY ["a b.txt", "/app/"]\n').sources, ['a b.txt']);
  const numbers = copyOf('FROM a\nADD [1, 2]\n');
  assert.ok(numbers.sources.every((s) => typeof s === 'string'));
});

test('ARGs before the first FROM keep their line and default (null without one)', () => {
  const model = parseDockerfile('\uFEFF# escape=`\r\nARG CUDA=12.1.0\r\nARG HF_TOKEN\r\nFROM nvidia/cuda:${CUDA}-base-ubuntu22.04\r\n');
  assert.deepEqual(model.preludeArgs, [
    { name: 'CUDA', defaultValue: '12.1.0', line: 2 },
    { name: 'HF_TOKEN', defaultValue: null, line: 3 },
  ]);
});
