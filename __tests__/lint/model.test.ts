import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile, finalStage, baseImage, isRun, isCopy, envBefore, type RunInstruction } from '../../src/lint/dockerfile.js';

const runs = (text: string): RunInstruction[] =>
  parseDockerfile(text)
    .stages.flatMap((s) => s.instructions)
    .filter(isRun);

test('ARG defaults resolve in FROM and FROM <stage> chains reach the external base', () => {
  const model = parseDockerfile('ARG CUDA=12.1.0\nFROM nvidia/cuda:${CUDA}-devel-ubuntu22.04 AS Build\nFROM build AS app\nFROM app\n');
  assert.equal(model.stages[0].image, 'nvidia/cuda:12.1.0-devel-ubuntu22.04');
  assert.equal(model.stages[0].name, 'build');
  assert.equal(baseImage(finalStage(model, null)), 'nvidia/cuda:12.1.0-devel-ubuntu22.04');
  assert.equal(finalStage(model, 'APP').index, 1);
});

test('shell commands keep their Dockerfile lines across continuations, comments and blank lines', () => {
  const [run] = runs(
    'FROM a\nRUN --mount=type=cache,target=/root/.cache/pip \\\n  apt-get update \\\n  # why\n\n  && PIP_NO_CACHE_DIR=1 pip install torch\n',
  );
  const commands = run.shell().commands;
  assert.equal(run.shell().error, null);
  assert.deepEqual(
    commands.map((c) => [c.program, c.line]),
    [
      ['apt-get', 3],
      ['pip', 6],
    ],
  );
  assert.deepEqual(commands[1].env, { PIP_NO_CACHE_DIR: '1' });
  assert.deepEqual(run.mounts[0], { type: 'cache', target: '/root/.cache/pip', options: { type: 'cache', target: '/root/.cache/pip' } });
});

test('heredoc RUN runs its body; JSON-form RUN needs no shell unless it is sh -c', () => {
  const [heredoc, json, shC] = runs(
    'FROM a\nRUN <<EOF\nset -e\npip install x\nEOF\nRUN ["pip", "install", "y"]\nRUN ["sh", "-c", "pip install z && rm -rf /root/.cache"]\n',
  );
  assert.deepEqual(
    heredoc.shell().commands.map((c) => [c.program, c.line]),
    [
      ['set', 3],
      ['pip', 4],
    ],
  );
  assert.deepEqual(
    json.shell().commands.map((c) => [c.program, ...c.args]),
    [['pip', 'install', 'y']],
  );
  assert.deepEqual(
    shC.shell().commands.map((c) => c.program),
    ['sh', 'pip', 'rm'],
  );
});

test('an unparseable script falls back to a tokenizer and says so', () => {
  const [run] = runs('FROM a\nRUN echo "unterminated && pip install torch\n');
  assert.match(run.shell().error ?? '', /quote/);
  assert.ok(run.shell().commands.some((c) => c.program === 'pip'));
});

test('escape=` directive, lower-case keywords, CRLF and BOM', () => {
  const model = parseDockerfile(
    '\uFEFF# escape=`\r\nfrom a\r\nrun apt-get update `\r\n  && apt-get install -y curl\r\nfrom b\r\ncopy --from=0 /x /y\r\n',
  );
  const [run] = model.stages[0].instructions.filter(isRun);
  assert.deepEqual(
    run.shell().commands.map((c) => [c.program, c.line]),
    [
      ['apt-get', 3],
      ['apt-get', 4],
    ],
  );
  const copy = model.stages[1].instructions.find(isCopy)!;
  assert.equal(copy.fromStage?.index, 0);
  assert.deepEqual(copy.sources, ['/x']);
});

test('ENV in force is inherited through FROM <stage>', () => {
  const model = parseDockerfile('FROM a AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install x\n');
  const final = finalStage(model, null);
  assert.equal(envBefore(final, final.instructions[0]).PIP_NO_CACHE_DIR, '1');
});

test('a continuation with blanks after the escape character is one for the shell too', () => {
  // Fails before: the shell parser got `\ ` (an escaped blank) and saw a word ' ' after apt-get update.
  const [run] = runs('FROM a\nRUN apt-get update \\  \n  && pip install x\n');
  assert.deepEqual(
    run.shell().commands.map((c) => [c.program, ...c.args, c.line]),
    [
      ['apt-get', 'update', 2],
      ['pip', 'install', 'x', 3],
    ],
  );
});

test('COPY paths as BuildKit expands them; a heredoc body is no path', () => {
  // Fails before: `"req.txt"` kept its quotes, and the heredoc COPY's destination was its closing `EOF`.
  const [quoted, heredoc] = parseDockerfile('FROM a\nCOPY "req.txt" x\\y /d/\nCOPY <<EOF /etc/x\nhello\nEOF\n').instructions.filter(isCopy);
  assert.deepEqual([quoted.sources, quoted.destination], [['req.txt', 'xy'], '/d/']);
  assert.deepEqual([heredoc.sources, heredoc.destination, heredoc.hasHeredoc], [[], '/etc/x', true]);
});

test('a heredoc dockerfile-ast cannot read is no crash, and still counts as a heredoc', () => {
  // Found by fuzz-corpus (FUZZ_CORPUS_SEED=99, mutation 16744, heredocWrap of
  // Lightning-AI/pytorch-lightning dockers/base-cuda/Dockerfile): a continuation as the first body
  // line and a tab before a terminator that `<<EOF` (no `-`) does not strip.
  const [run] = runs('FROM a\nRUN <<EOF\n\\\n\tEOF\n    echo hi\n');
  assert.equal(run.hasHeredoc, true);
});
