// The model (src/lint/dockerfile.ts) reads Dockerfiles with dockerfile-ast and, where that reads
// text differently from BuildKit, as BuildKit does (src/lint/buildkit.ts). Here:
// 1. the real engine builds Dockerfiles made of those cases (docker buildx build --load), and the
//    model must agree with what BuildKit recorded: Config.Env (ARG values seen through an ENV),
//    and the history, which shows each RUN's joined command and each COPY's expanded paths;
// 2. the same expectations, as the engine printed them, are checked without docker;
// 3. dockerfile-ast's own readings of those cases are pinned: when a fix upstream fails that
//    test, the correction in buildkit.ts can go;
// 4. reformatting (CRLF, continuations, comment lines inside them) must not change the model, on
//    every Dockerfile in the repository and on random instructions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DockerfileParser } from 'dockerfile-ast';
import { DockerfileError, isArg, isCopy, isEnv, isRun, parseDockerfile, type DockerfileModel } from '../../src/lint/dockerfile.js';
import { keyValues } from '../../src/lint/buildkit.js';
import { exec } from '../../src/util/exec.js';
import { dockerTestOptions } from '../helpers/docker.js';
import { dockerfilesUnder } from '../helpers/dockerfiles.js';

// ---- the cases, with what BuildKit made of them (docker 26, buildx 0.13, containerd store) ----

const ENV_LINES = String.raw`ENV E1="a b" E2=d
ENV E3='a $b' E4="x\"y"
ENV E5=a\ b E6=\$HOME
ENV E7=b"c d"e
ENV E8 'x y'
ENV E9 a\ b
ENV E10=
ENV E11="x\\y"
ENV E12="x\ny"
ENV E13=x\ny
ENV E14='x\y'
ENV E15=x'y z'w
ENV E16="a"b"c"
ENV E17="a \
    b"
ENV E18=\"x E19=1\"
ENV E20="a b"c
ENV E21 "x y"  z
ENV E22 a  b   c
ENV E23=a\\b
ENV E24='a'"b"
ENV E25="it's"
ENV E26='say "hi"'
ENV E27 x\"y
ENV E28=1 \
    # a comment line inside the continuation
    E29=2
ENV "Q1"=1 Q\2=2
ENV K1="a \
  # c

  b" K2=3
ENV K3 a  \
  b
ENV K4 x \
   \
  y
ENV K5=a\
b`;

const EXPECTED_ENV: Record<string, string> = {
  E1: 'a b',
  E2: 'd',
  E3: 'a $b',
  E4: 'x"y',
  E5: 'a b',
  E6: '$HOME',
  E7: 'bc de',
  E8: 'x y',
  E9: 'a b',
  E10: '',
  E11: 'x\\y',
  E12: 'x\\ny',
  E13: 'xny',
  E14: 'x\\y',
  E15: 'xy zw',
  E16: 'abc',
  E17: 'a     b',
  E18: '"x',
  E19: '1"',
  E20: 'a bc',
  E21: 'x y  z',
  E22: 'a  b   c',
  E23: 'a\\b',
  E24: 'ab',
  E25: "it's",
  E26: 'say "hi"',
  E27: 'x"y',
  E28: '1',
  E29: '2',
  Q1: '1',
  Q2: '2',
  K1: 'a   b',
  K2: '3',
  K3: 'a    b',
  K4: 'x      y',
  K5: 'ab',
  SEEN_ARGS: 'x y|bc de||p qr|q',
};

// ARG values are not in the image config: an ENV shows them. P2 has no default (empty).
const ARG_LINES = String.raw`ARG G1
ARG P1=b"c d"e P2 P3='p q'"r"
ARG "P4"=q
ENV SEEN_ARGS="${'${G1}|${P1}|${P2}|${P3}|${P4}'}"`;

// The history shows each RUN's command as BuildKit joined it, and each COPY's paths as expanded.
const RUN_COPY_LINES = String.raw`RUN true \
    # a comment line inside the continuation

  && true
RUN true   \
  \
    && true
COPY a\ b /p/
COPY "a" x\y* /q/`;

const EXPECTED_HISTORY = ['RUN true   && true', 'RUN true         && true', 'COPY a b /p/', 'COPY a xy* /q/'];

const MAIN = `ARG G1="x y"\nFROM scratch\nCOPY busybox /bin/busybox\nSHELL ["/bin/busybox", "sh", "-c"]\n${ARG_LINES}\n${ENV_LINES}\n${RUN_COPY_LINES}\n`;

const BACKTICK = '# escape=`\nFROM scratch\nENV B1=a\\b B2="x`"y" B3=c`d\nENV B4 p`\n  q\n';
const EXPECTED_BACKTICK: Record<string, string> = { B1: 'a\\b', B2: 'x"y', B3: 'cd', B4: 'p  q' };

/** The image config's Env as the model predicts it: ENV pairs in order, ARG values put in for `${NAME}`. */
function modelEnv(model: DockerfileModel): Record<string, string> {
  const args: Record<string, string> = {};
  const env: Record<string, string> = {};
  for (const instruction of model.instructions) {
    // The model's ArgInstruction keeps the first name of `ARG P1=x P2 P3=y`; BuildKit declares all three.
    if (isArg(instruction))
      for (const { name, value } of keyValues('ARG', instruction.args, model.escape)) args[name] = value ?? model.globalArgs[name] ?? '';
    if (isEnv(instruction))
      for (const { name, value } of instruction.pairs) env[name] = value.replace(/\$\{(\w+)\}/g, (_, ref: string) => args[ref] ?? '');
  }
  return env;
}

/** What the history shows of the model's RUN and COPY instructions. */
function modelHistory(model: DockerfileModel): string[] {
  return model.instructions.slice(-4).map((i) => (isCopy(i) ? `COPY ${[...i.sources, i.destination].join(' ')}` : `RUN ${i.args}`));
}

// ---- 1. the engine ----

test('BuildKit agrees with the model: ENV and ARG values, RUN commands, COPY paths', await dockerTestOptions(), async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-buildkit-reading-'));
  const tag = `mlg-test/buildkit-reading:${process.pid}-${Date.now()}`;
  try {
    copyFileSync('/bin/busybox', join(dir, 'busybox'));
    for (const name of ['a', 'b', 'a b', 'xy1']) writeFileSync(join(dir, name), name);
    for (const [file, text] of [
      ['main.Dockerfile', MAIN],
      ['backtick.Dockerfile', BACKTICK],
    ]) {
      writeFileSync(join(dir, file), text);
      const build = await exec('docker', ['buildx', 'build', '--load', '--quiet', '-f', join(dir, file), '-t', tag, dir], {
        timeoutSeconds: 120,
      });
      assert.equal(build.exitCode, 0, `build of ${file} failed: ${build.stderr.trim().split('\n').slice(-5).join('\n')}`);
      const inspect = await exec('docker', ['image', 'inspect', '--format', '{{json .Config.Env}}', tag]);
      const engineEnv = Object.fromEntries(
        (JSON.parse(inspect.stdout) as string[])
          .filter((e) => !e.startsWith('PATH='))
          .map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]),
      );
      const model = parseDockerfile(text);
      assert.deepEqual(modelEnv(model), engineEnv, `${file}: Config.Env`);
      assert.deepEqual(engineEnv, file === 'main.Dockerfile' ? EXPECTED_ENV : EXPECTED_BACKTICK, `${file}: the expectations below`);
      if (file !== 'main.Dockerfile') continue;
      const history = await exec('docker', ['history', '--no-trunc', '--format', '{{json .CreatedBy}}', tag]);
      // `RUN |4 G1=x y … /bin/busybox sh -c true   && true # buildkit`: the ARGs and the SHELL go.
      const engineHistory = history.stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as string).replace(/ # buildkit$/, '').replace(/^RUN .* \/bin\/busybox sh -c /, 'RUN '))
        .slice(0, 4)
        .reverse();
      assert.deepEqual(modelHistory(model), engineHistory, 'RUN commands and COPY paths in the history');
      assert.deepEqual(engineHistory, EXPECTED_HISTORY, 'the expectations below');
    }
  } finally {
    await exec('docker', ['image', 'rm', '--force', tag]);
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---- 2. the same, without docker ----

test('ENV and ARG values, RUN commands and COPY paths as BuildKit reads them', () => {
  const model = parseDockerfile(MAIN);
  assert.deepEqual(modelEnv(model), EXPECTED_ENV);
  assert.deepEqual(modelHistory(model), EXPECTED_HISTORY);
  assert.deepEqual(modelEnv(parseDockerfile(BACKTICK)), EXPECTED_BACKTICK);
  assert.deepEqual(model.preludeArgs, [{ name: 'G1', defaultValue: 'x y', line: 1 }]);
  assert.deepEqual(
    model.instructions.filter(isArg).map((a) => [a.name, a.defaultValue]),
    [
      ['G1', null],
      ['P1', 'bc de'], // `ARG a=1 b=2` declares both; the model keeps the first
      ['P4', 'q'],
    ],
  );
});

// ---- 3. where dockerfile-ast reads the same text differently ----

test('dockerfile-ast 0.7.1 still reads these differently from BuildKit (when this fails, see src/lint/buildkit.ts)', () => {
  const ast = DockerfileParser.parse(MAIN);
  const envValues = new Map<string, string | null>();
  for (const env of ast.getENVs()) for (const p of env.getProperties()) envValues.set(p.getName(), p.getValue());
  // Quotes are kept unless one pair encloses the whole value; BuildKit removes them anywhere.
  assert.equal(envValues.get('E7'), 'b"c d"e'); // BuildKit: bc de
  assert.equal(envValues.get('E15'), "x'y z'w"); // xy zw
  assert.equal(envValues.get('E16'), 'a"b"c'); // abc
  assert.equal(envValues.get('E20'), '"a b"c'); // a bc
  assert.equal(envValues.get('E24'), `'a'"b"`); // ab
  assert.equal(envValues.get('E21'), '"x y"  z'); // x y  z (the old `ENV name value` form)
  // `\"` opens a quote: one property where BuildKit reads two.
  assert.equal(envValues.get('E18'), '"x E19=1"'); // E18="x and E19=1"
  assert.equal(envValues.has('E19'), false);
  // `ARG P1=… P2 P3=…` declares three; dockerfile-ast has no property for it (getProperty() is null).
  const multi = ast.getARGs().find((a) => a.getTextContent().startsWith('ARG P1'))!;
  assert.equal(multi.getProperty(), null);
  // Joined arguments keep an indented comment line of a continuation; BuildKit drops it.
  const run = ast.getInstructions().find((i) => i.getKeyword() === 'RUN')!;
  assert.match(run.getArgumentsContent() ?? '', /# a comment line inside the continuation/);
  // COPY's words keep quotes (`"a"`); BuildKit copies a.
  assert.deepEqual(
    ast
      .getCOPYs()[2]
      .getArguments()
      .map((a) => a.getValue()),
    ['"a"', 'xy*', '/q/'],
  );
});

// ---- 4. reformatting does not change the model ----

/** The model with whitespace runs and line numbers left out. */
function view(text: string, lines: boolean) {
  let model;
  try {
    model = parseDockerfile(text);
  } catch (error) {
    if (error instanceof DockerfileError) return null;
    throw error;
  }
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {
    escape: model.escape,
    comments: lines ? model.comments : model.comments.map((c) => c.text).filter((t) => !/^a comment inside/.test(t)),
    globalArgs: model.globalArgs,
    stages: model.stages.map((s) => [s.name, s.image, s.platform, s.parent?.index ?? null]),
    instructions: model.instructions.map((i) => ({
      keyword: i.keyword,
      ...(lines ? { line: i.line, endLine: i.endLine } : {}),
      args: squash(i.args),
      flags: i.flags,
      ...(isEnv(i) ? { pairs: i.pairs.map((p) => [p.name, squash(p.value)]) } : {}),
      ...(isArg(i) ? { arg: [i.name, i.defaultValue] } : {}),
      ...(isCopy(i) ? { copy: [i.sources, i.destination, i.fromStage?.index ?? null] } : {}),
      ...(isRun(i) ? { run: i.shell().commands.map((c) => [c.program, ...c.args.map(squash), ...(lines ? [c.line] : [])]) } : {}),
    })),
  };
}

/** Variants that keep the meaning: CRLF, and ` && ` moved onto continuation lines, with blanks after the escape or a comment line between. */
function variants(text: string): { text: string; lines: boolean }[] {
  if (/<<|`|#.*&&/.test(text)) return [{ text: text.replace(/\n/g, '\r\n'), lines: true }]; // heredocs, `&&` in comments: CRLF only
  return [
    { text: text.replace(/\n/g, '\r\n'), lines: true },
    { text: text.replace(/ && /g, ' \\\n    && '), lines: false },
    { text: text.replace(/ && /g, ' \\  \n&& '), lines: false },
    { text: text.replace(/ && /g, ' \\\n    # a comment inside the continuation\n\n    && '), lines: false },
  ];
}

test('reformatting does not change the model: every Dockerfile in the repository', () => {
  const files = dockerfilesUnder('examples', 'bench/corpus', '__tests__/fixtures', 'docs');
  let compared = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [v, variant] of variants(text).entries()) {
      assert.deepEqual(view(variant.text, variant.lines), view(text, variant.lines), `${file} variant ${v}`);
      compared++;
    }
  }
  assert.ok(files.length >= 60 && compared > 150, `compared ${compared} variants of ${files.length} files`);
});

test('reformatting does not change the model: random instructions from the characters that matter', () => {
  const piece = fc.constantFrom(
    ' ',
    '\t',
    '\\',
    '\n',
    '#',
    'a',
    'b',
    '-',
    '--',
    '=',
    '$',
    '"',
    "'",
    '`',
    'x\\\n',
    ' \\ \n',
    '<<EOF',
    'EOF\n',
    ' && ',
  );
  const keyword = fc.constantFrom('RUN', 'COPY', 'ADD', 'ENV', 'ARG', 'ONBUILD RUN', 'HEALTHCHECK', 'CMD', 'WORKDIR', 'FROM', 'ru\\\nn');
  fc.assert(
    fc.property(keyword, fc.array(piece, { maxLength: 30 }), (kw, pieces) => {
      const text = `FROM a\n${kw} ${pieces.join('')}\nRUN echo end\n`;
      assert.deepEqual(view(text.replace(/\n/g, '\r\n'), true), view(text, true));
    }),
    { numRuns: 1000, seed: 20261127 },
  );
});
