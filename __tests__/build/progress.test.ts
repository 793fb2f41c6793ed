// Parser tests on rawjson streams recorded from the real buildx 0.13.1 (docker driver,
// containerd store) building __tests__/fixtures/images/multistage with a registry cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDockerfile } from '../../src/lint/dockerfile.js';
import { RawJsonSplitter, type RawJsonItem } from '../../src/build/rawjson.js';
import { BuildProgress } from '../../src/build/progress.js';
import { withoutFlags } from '../../src/image/instructions.js';
import { PlainProgressLog } from '../../src/build/log.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/build/${name}`, import.meta.url), 'utf8');
const stagesOf = (dockerfile: string) => parseDockerfile(dockerfile).stages;
const MULTISTAGE = stagesOf(fixture('../images/multistage/Dockerfile'));

function run(stream: string, stages = MULTISTAGE) {
  const splitter = new RawJsonSplitter();
  const progress = new BuildProgress(stages);
  const log: string[] = [];
  const writer = new PlainProgressLog((line) => log.push(line));
  const text: string[] = [];
  const handle = (item: RawJsonItem) => {
    if (item.kind === 'status') {
      progress.apply(item.status);
      writer.apply(item.status);
    } else {
      text.push(item.line);
      writer.text(item.line);
    }
  };
  for (const line of stream.split('\n')) splitter.feed(line).forEach(handle);
  splitter.end().forEach(handle);
  return { state: progress.state(), log, text };
}

test('splitter: pretty-printed and one-per-line objects, braces inside strings, text between', () => {
  const splitter = new RawJsonSplitter();
  const lines = [
    '{',
    '  "vertexes": [{"digest": "a", "name": "RUN echo \\"}{\\" {"}]',
    '}',
    '{"logs": []}{"vertexes": []}',
    'ERROR: failed to solve: x',
  ];
  const items = lines.flatMap((l) => splitter.feed(l));
  assert.deepEqual(
    items.map((i) => i.kind),
    ['status', 'status', 'status', 'text'],
  );
  assert.equal(items[0].kind === 'status' && items[0].status.vertexes?.[0].name, 'RUN echo "}{" {');
  assert.deepEqual(splitter.end(), []);
});

test('cold build: every instruction step mapped to its line, nothing cached, first miss is the first step', () => {
  const { state } = run(fixture('multistage-cold.rawjson'));
  // buildx merges identical vertices: builder's and base's `COPY busybox` are one step (line 4, not 8).
  assert.deepEqual(
    state.steps.map((s) => [s.line, s.cached]),
    [
      [4, false],
      [5, false],
      [10, false],
      [14, false],
      [15, false],
      [16, false],
      [18, false],
    ],
  );
  assert.equal(state.totalSteps, 7);
  assert.equal(state.cacheHits, 0);
  assert.deepEqual(state.firstMiss, { name: state.steps[0].name, line: 4 });
  assert.ok(state.wallSeconds! > 0 && state.wallSeconds! < 60);
  assert.ok(state.steps.every((s) => s.seconds >= 0));
  // The branch ref had no cache yet: a note, not a warning.
  assert.deepEqual(state.warnings, []);
  assert.equal(state.notes.length, 1);
  assert.match(state.notes[0], /no cache at 127\.0\.0\.1:5000\/mlg-fixture\/cache:cache-main yet/);
});

test('code-only change after prune: cache hits from the registry, first miss is the COPY of the code', () => {
  const { state } = run(fixture('multistage-warm-app-changed.rawjson'));
  assert.equal(state.totalSteps, 7);
  assert.equal(state.cacheHits, 6);
  assert.deepEqual(state.firstMiss, { name: '[stage-2 4/4] COPY app.py /app/', line: 18 });
  assert.equal(state.steps.find((s) => s.line === 16)?.cached, true);
  // pr-7's own ref did not exist yet; main's did and was used.
  assert.deepEqual(state.warnings, []);
  assert.match(state.notes.join('\n'), /cache-pr-7 yet/);
});

test('cache registry down: build succeeds, import and export failures become warnings', () => {
  const { state } = run(fixture('multistage-registry-down.rawjson'));
  assert.deepEqual(state.errors, []);
  assert.equal(state.warnings.length, 2);
  assert.match(
    state.warnings[0],
    /^cache registry unreachable: could not import cache from 127\.0\.0\.1:5055\/mlg\/cache:cache-main .*connection refused/,
  );
  assert.match(state.warnings[1], /^cache registry unreachable: could not export the cache .*connection refused/);
});

test('failed build: the failing step carries the error, plain ERROR text is kept, line is found', () => {
  const stages = stagesOf(fixture('multistage-failed.Dockerfile'));
  const { state, text, log } = run(fixture('multistage-failed.rawjson'), stages);
  assert.equal(state.errors.length, 1);
  assert.match(state.errors[0], /^\[stage-2 3\/4\] RUN head .*exit code: 1$/);
  assert.equal(state.steps.find((s) => s.name.startsWith('[stage-2 3/4]'))?.line, 16);
  assert.ok(text.some((l) => l.startsWith('ERROR: failed to solve:')));
  assert.ok(log.some((l) => l.includes('16 | >>> RUN head')));
});

test('plain log: one header and one outcome per step, step output grouped under its number', () => {
  const { log } = run(fixture('multistage-cold.rawjson'));
  const runStep = log.findIndex((l) => /^#\d+ \[builder 2\/2\] RUN/.test(l));
  assert.ok(runStep >= 0);
  const number = log[runStep].split(' ')[0];
  const group = log.filter((l) => l.startsWith(`${number} `));
  assert.match(group[group.length - 1], /^#\d+ DONE \d+\.\ds$/);
  assert.ok(group.every((l) => !l.includes('"vertexes"')));
  const warm = run(fixture('multistage-warm-app-changed.rawjson')).log;
  assert.ok(warm.some((l) => /^#\d+ CACHED$/.test(l)));
});

test('step lines: by text when build args changed the position, by position when the text differs', () => {
  const stages = stagesOf(
    [
      'FROM python:3.11 AS app',
      'WORKDIR /w',
      'RUN --mount=type=cache,target=/root/.cache pip install x',
      'RUN pip install x',
      'COPY . .',
    ].join('\n'),
  );
  const progress = new BuildProgress(stages);
  const vertex = (digest: string, name: string) => ({
    vertexes: [{ digest, name, started: '2024-01-01T00:00:00Z', completed: '2024-01-01T00:00:02Z' }],
  });
  progress.apply(vertex('a', '[1/5] FROM docker.io/library/python:3.11@sha256:abc'));
  progress.apply(vertex('b', '[3/5] RUN --mount=type=cache,target=/root/.cache pip install x'));
  progress.apply(vertex('c', '[4/5] RUN pip install x'));
  progress.apply(vertex('d', '[linux/arm64 5/5] COPY . .'));
  const state = progress.state();
  assert.deepEqual(
    state.steps.map((s) => s.line),
    [1, 3, 4, 5],
  );
  assert.equal(state.totalSteps, 3, 'FROM is not counted');
  assert.equal(state.steps[0].seconds, 2);
  assert.equal(withoutFlags('--from=builder --chown="a b"  /x  /y'), '/x /y');
});

test('phases: the context upload with its bytes, exporting the image and exporting the cache, from the statuses', () => {
  const { state } = run(fixture('multistage-cold.rawjson'));
  const phase = (name: string) => state.phases.find((p) => p.phase === name);
  assert.equal(phase('context-upload')?.bytes, 1_982_820);
  assert.ok((phase('context-upload')?.seconds ?? 0) > 0.03, 'the second, real run of load build context counts');
  assert.ok(Math.abs((phase('export-image')?.seconds ?? 0) - 0.577) < 0.002, `export ${phase('export-image')?.seconds}`);
  assert.ok(Math.abs((phase('export-cache')?.seconds ?? 0) - 0.377) < 0.002, `cache ${phase('export-cache')?.seconds}`);
  assert.equal(phase('push'), undefined, 'nothing was pushed');
});

test('a cached step is not charged the time of pulling its cached layers: that time is cache-import', () => {
  const { state } = run(fixture('multistage-warm-app-changed.rawjson'));
  const cached = state.steps.filter((s) => s.cached);
  assert.ok(cached.length > 0);
  assert.deepEqual(
    cached.map((s) => s.seconds),
    cached.map(() => 0),
  );
  assert.ok((state.phases.find((p) => p.phase === 'cache-import')?.seconds ?? 0) > 0);
});

test('pushing is its own phase, taken out of exporting the image', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
  const progress = new BuildProgress([]);
  progress.apply({ vertexes: [{ digest: 'e', name: 'exporting to image', started: at(0), completed: at(100) }] });
  progress.apply({
    statuses: [
      { id: 'exporting layers', vertex: 'e', started: at(0), completed: at(40) },
      { id: 'pushing layers', vertex: 'e', name: 'pushing', started: at(40), completed: at(95) },
      { id: 'pushing manifest for x', vertex: 'e', name: 'pushing', started: at(90), completed: at(100) },
    ],
  });
  assert.deepEqual(progress.state().phases, [
    { phase: 'export-image', seconds: 40 },
    { phase: 'push', seconds: 60 },
  ]);
});

test('plain log: a vertex that runs again after a quick first pass reports its real duration', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
  const log: string[] = [];
  const writer = new PlainProgressLog((line) => log.push(line));
  const name = '[internal] load build context';
  writer.apply({ vertexes: [{ digest: 'c', name, started: at(0) }] });
  writer.apply({ vertexes: [{ digest: 'c', name, started: at(0), completed: at(0) }] });
  writer.apply({ vertexes: [{ digest: 'c', name, started: at(1) }] });
  writer.apply({ vertexes: [{ digest: 'c', name, started: at(1), completed: at(40) }] });
  assert.equal(log.filter((line) => / DONE /.test(line)).pop(), '#1 DONE 39.0s');
});
