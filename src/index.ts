// The action's entry: read the inputs, run the pipeline, publish, then decide the step's result.
// A failure is held back until the report, outputs, summary and comment are written.
// Nothing else lives here: publishing is src/github/publish.ts, the verdict src/report/verdict.ts.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { INPUTS, type InputName, type RawInputs } from './config/inputs.js';
import { buildConfig } from './config/config.js';
import type { Config } from './config/types.js';
import { runPipeline } from './pipeline.js';
import type { GitContext, Logger } from './lint-report.js';
import { ruleNameIndex } from './rules.js';
import { readRunContext, type RunContext } from './github/context.js';
import { publish, publishInputError, publishSavedComment } from './github/publish.js';
import { failureReason } from './report/verdict.js';

async function run(): Promise<void> {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const runContext = readRunContext();
  const environment = { workspace, tempDir: process.env.RUNNER_TEMP || tmpdir(), ruleNames: ruleNameIndex() };
  let config: Config;
  try {
    config = await buildConfig(readInputs(), environment);
  } catch (error) {
    // Bad input values: one line that says which and how to fix, and still a report behind.
    const fallback = await buildConfig({}, environment);
    await publishInputError((error as Error).message, fallback, gitContext(runContext), runContext, token);
    core.setFailed(`ml-image-guard: ${(error as Error).message}`);
    return;
  }

  if (config.mode === 'publish') {
    const failure = await publishSavedComment(config, runContext, token);
    if (failure) core.setFailed(failure);
    return;
  }

  const report = await runPipeline(config, gitContext(runContext), actionLogger());
  await publish(report, config, runContext, token);
  const failure = failureReason(report, config.scan.failOnScanError);
  if (failure) core.setFailed(failure);
}

function readInputs(): RawInputs {
  const raw: RawInputs = {};
  for (const name of Object.keys(INPUTS) as InputName[]) raw[name] = core.getInput(name);
  return raw;
}

function gitContext(run: RunContext): GitContext {
  const ref = process.env.GITHUB_REF ?? null;
  return {
    repository: run.owner && run.repo ? `${run.owner}/${run.repo}` : (process.env.GITHUB_REPOSITORY ?? null),
    sha: run.headSha ?? process.env.GITHUB_SHA ?? null,
    ref,
    branch: run.headRef ?? process.env.GITHUB_HEAD_REF ?? (ref?.startsWith('refs/heads/') ? ref.slice(11) : null),
    pr: run.prNumber,
    baseBranch: run.baseRef,
    defaultBranch: run.defaultBranch,
    event: run.eventName || null,
  };
}

function actionLogger(): Logger {
  return {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    group: (name, body) => core.group(name, body),
    mask: (value) => core.setSecret(value),
  };
}

run().catch((error: unknown) => {
  core.setFailed(`ml-image-guard: unexpected error: ${(error as Error).message}`);
  core.debug((error as Error).stack ?? '');
});
