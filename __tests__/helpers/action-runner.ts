// Runs the action the way a GitHub runner does: every INPUT_* set (action.yml defaults unless
// given), the GITHUB_* environment, an event payload file, and GITHUB_OUTPUT /
// GITHUB_STEP_SUMMARY files to read back. Either the bundle (`node dist/index.js`, as the runner
// starts it) or main.run() in this process with a typed stand-in for @actions/core.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { exec } from '../../src/util/exec.js';
import { run } from '../../src/main.js';
import { RecordingCore } from './fake-core.js';
import { scratchDir } from './scratch.js';

export const TOKEN = 'ghs_testtoken0123456789abcdefghijklmnopqrstu';

export interface ActionRun {
  exitCode: number;
  log: string; // stdout + stderr, as the runner shows it
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

export interface ActionOptions {
  inputs: Record<string, string>;
  workspace: string;
  apiUrl: string;
  eventName?: string;
  event?: unknown;
  repository?: string;
  env?: Record<string, string>;
}

const ACTION_DIR = resolve('.');

export function pullRequestEvent(number: number, options: { fork?: boolean; headSha?: string; base?: string } = {}) {
  const repo = { full_name: 'acme/models', default_branch: 'main' };
  return {
    number,
    repository: repo,
    pull_request: {
      number,
      head: {
        sha: options.headSha ?? 'a'.repeat(40),
        ref: 'feature',
        repo: { full_name: options.fork ? 'someone/models' : 'acme/models' },
      },
      base: { ref: options.base ?? 'main', repo: { full_name: 'acme/models' } },
    },
  };
}

interface RunnerSetup {
  env: Record<string, string>;
  inputs: Record<string, string>;
  runnerTemp: string;
  outputFile: string;
  summaryFile: string;
}

/** The runner's environment for one step: GITHUB_*, RUNNER_*, event and output files, and every input with action.yml's default. */
function runnerSetup(options: ActionOptions): RunnerSetup {
  const runnerTemp = scratchDir('mlg-runner-'); // removed after the test file, with what the step left in it
  const outputFile = join(runnerTemp, 'output');
  const summaryFile = join(runnerTemp, 'summary');
  const eventFile = join(runnerTemp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));

  const action = parse(readFileSync(join(ACTION_DIR, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'acme/models',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runnerTemp, 'toolcache'),
    ML_IMAGE_GUARD_RETRY_SCALE: '0.001',
    ...options.env,
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    inputs[name] = options.inputs[name] ?? (spec.default === '${{ github.token }}' ? TOKEN : String(spec.default ?? ''));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name];
  }
  return { env, inputs, runnerTemp, outputFile, summaryFile };
}

/** The bundled action, `node dist/index.js`, as the runner starts it. */
export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const setup = runnerSetup(options);
  const result = await exec(process.execPath, [join(ACTION_DIR, 'dist/index.js')], {
    cwd: options.workspace,
    env: setup.env,
    timeoutSeconds: 300,
  });
  return {
    exitCode: result.exitCode,
    log: result.stdout + result.stderr,
    outputs: parseOutputFile(readFileSync(setup.outputFile, 'utf8')),
    summary: existsSync(setup.summaryFile) ? readFileSync(setup.summaryFile, 'utf8') : '',
    runnerTemp: setup.runnerTemp,
  };
}

/** main.run() in this process with a typed stand-in for @actions/core: the same step, without the bundle. */
export async function runActionInProcess(options: ActionOptions): Promise<ActionRun> {
  const setup = runnerSetup(options);
  const core = new RecordingCore(setup.inputs);
  await run({ core, env: setup.env });
  return {
    exitCode: core.failed === null ? 0 : 1,
    log: core.log,
    outputs: core.outputs,
    summary: core.summaryText,
    runnerTemp: setup.runnerTemp,
  };
}

/** GITHUB_OUTPUT's heredoc format: `name<<DELIMITER\nvalue\nDELIMITER`. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (match) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
      outputs[match[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return outputs;
}
