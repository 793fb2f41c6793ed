// Package-install recognition details the rules rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile, isRun, type RunInstruction } from '../../src/lint/dockerfile.js';
import { systemInstalls } from '../../src/lint/commands.js';

const firstRun = (text: string) => parseDockerfile(text).stages[0].instructions.find(isRun) as RunInstruction;

test('apk --virtual takes the group name as its value, not as a package', () => {
  const [install] = systemInstalls(firstRun('FROM alpine:3.19\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev\n'));
  assert.deepEqual(install.packages, ['gcc', 'musl-dev']);
});
