// The action's entry: read the inputs, run the pipeline, publish, then decide the step's result.
// A failure is held back until the report, outputs, summary and comment are written.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { INPUTS, type InputName, type RawInputs } from './config/inputs.js';
import { buildConfig } from './config/config.js';
import type { Config } from './config/types.js';
import { runPipeline } from './pipeline.js';
import { newReport, LINT_FAILED, type GitContext, type Logger } from './lint-report.js';
import { ruleNameIndex } from './rules.js';
import { readRunContext, type RunContext } from './github/context.js';
import { publish, publishSaved } from './github/publish.js';
import { evaluate } from './report/evaluate.js';
import type { Report } from './report/types.js';

async function run(): Promise<void> {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const runContext = readRunContext();
  let config: Config;
  try {
    config = buildConfig(readInputs(), { workspace, tempDir: process.env.RUNNER_TEMP || tmpdir(), ruleNames: ruleNameIndex() });
  } catch (error) {
    await reportBadInput((error as Error).message, workspace, runContext, token);
    return;
  }

  if (config.mode === 'publish') return publishMode(config, runContext, token);

  const report = await runPipeline(config, gitContext(runContext), actionLogger());
  await publish(report, config, runContext, token);
  const failure = failureReason(report, config);
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

/** Why the step fails, or null: gates first, then a scan error when the user asked for that. */
function failureReason(report: Report, config: Config): string | null {
  const failed = report.budgets.filter((b) => b.status === 'fail' && b.gating);
  if (failed.length > 0) return `ml-image-guard: ${failed.map((b) => `${b.check} (${b.reason ?? 'failed'})`).join('; ')}`;
  const lintFailure = report.notes.find((n) => n.startsWith(LINT_FAILED));
  if (lintFailure) return `ml-image-guard: ${lintFailure}`;
  if (report.build?.status === 'failed') return `ml-image-guard: the build failed: ${report.build.reason ?? 'see the log'}`;
  if (config.scan.failOnScanError && report.scan?.status === 'failed') return `ml-image-guard: the vulnerability scan failed (${report.scan.reason}) and fail-on-scan-error is true`;
  return report.passed ? null : 'ml-image-guard: a gate failed (see the job summary)';
}

/** Bad input values: say which and how to fix in one line, and still leave a report behind. */
async function reportBadInput(message: string, workspace: string, run: RunContext, token: string) {
  const fallback = buildConfig({}, { workspace, tempDir: process.env.RUNNER_TEMP || tmpdir(), ruleNames: ruleNameIndex() });
  const report = newReport(fallback, gitContext(run));
  report.notes.push(`Input error: ${message}`);
  report.passed = false;
  report.budgets = evaluate(report, fallback.budgets, 'never').budgets;
  await publish(report, { ...fallback, comment: { ...fallback.comment, mode: 'never' } }, run, token);
  core.setFailed(`ml-image-guard: ${message}`);
}

async function publishMode(config: Config, run: RunContext, token: string) {
  const prNumber = config.publish.prNumber ?? run.prNumber;
  const commentFile = config.publish.commentFile;
  if (prNumber === null || !commentFile) {
    core.setFailed('ml-image-guard: mode: publish needs pr-number (or a pull_request/workflow_run event that names one) and comment-file');
    return;
  }
  let body: string;
  try {
    body = readFileSync(resolve(config.workspace, commentFile), 'utf8');
  } catch (error) {
    core.setFailed(`ml-image-guard: cannot read comment-file ${commentFile}: ${(error as Error).message}; download the artifact first`);
    return;
  }
  // The saved comment names its own key in its marker; reuse it so the same comment is updated.
  const marker = /^<!-- ml-image-guard:key=(.*?) -->/.exec(body);
  if (!marker) {
    core.setFailed(`ml-image-guard: ${commentFile} is not a comment saved by ml-image-guard (no marker on its first line)`);
    return;
  }
  await publishSaved(body, decodeURIComponent(marker[1]), run, prNumber, token);
  if (config.publish.reportFile) {
    try {
      const report = JSON.parse(readFileSync(resolve(config.workspace, config.publish.reportFile), 'utf8')) as Report;
      core.setOutput('passed', String(report.passed));
      if (!report.passed) core.setFailed('ml-image-guard: the saved report did not pass its gates');
    } catch (error) {
      core.warning(`report-file ${config.publish.reportFile} not read: ${(error as Error).message}`);
    }
  }
}

run().catch((error: unknown) => {
  core.setFailed(`ml-image-guard: unexpected error: ${(error as Error).message}`);
  core.debug((error as Error).stack ?? '');
});
