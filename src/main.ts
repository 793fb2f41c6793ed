// The action: read the inputs, run the pipeline, publish, then decide the step's result.
// A failure is held back until the report, outputs, summary and comment are written.
// Publishing is src/github/publish.ts, the verdict src/report/verdict.ts.
import { tmpdir } from 'node:os';
import { INPUTS, type InputName, type RawInputs } from './config/inputs.js';
import { buildConfig, fallbackConfig } from './config/config.js';
import type { Config } from './config/types.js';
import type { Logger } from './log.js';
import { runPipeline } from './pipeline.js';
import { ruleNameIndex } from './rule-catalog.js';
import { actionsCore, type ActionsCore } from './github/actions-core.js';
import { readRunContext } from './github/context.js';
import { takeGitHubToken } from './github/token.js';
import { publish, publishInputError, publishSavedReport, type PublishContext } from './github/publish.js';
import { failureReason } from './report/verdict.js';

export interface RunOptions {
  /** @actions/core, or a typed stand-in in unit tests. */
  core?: ActionsCore;
  /** The runner's environment (GITHUB_*, RUNNER_TEMP). */
  env?: NodeJS.ProcessEnv;
}

export async function run({ core = actionsCore, env = process.env }: RunOptions = {}): Promise<void> {
  try {
    await runAction(core, env);
  } catch (error) {
    core.setFailed(`ml-image-guard: unexpected error: ${(error as Error).message}`);
    core.debug((error as Error).stack ?? '');
  }
}

async function runAction(core: ActionsCore, env: NodeJS.ProcessEnv): Promise<void> {
  // First, before anything can spawn a process that would inherit it.
  const token = takeGitHubToken(core, env);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const context: PublishContext = { core, run: readRunContext(env), token, env };
  if (context.run.event === 'pull_request_target') {
    core.warning(
      'pull_request_target runs with a write token and secrets: do not check out or build the PR head here ' +
        '(its Dockerfile and build run untrusted code with them); check on pull_request and post with mode: publish in workflow_run.',
    );
  }
  const environment = { workspace, tempDir: env.RUNNER_TEMP || tmpdir(), ruleNames: ruleNameIndex() };
  const inputs = readInputs(core);
  let config: Config;
  try {
    config = await buildConfig(inputs, environment);
  } catch (error) {
    // Bad input values or a bad config file: one line that says which and how to fix, and still
    // a report behind, written where the inputs say (the config file is what may be broken).
    await publishInputError((error as Error).message, await fallbackConfig(inputs, environment), context);
    core.setFailed(`ml-image-guard: ${(error as Error).message}`);
    return;
  }

  // A broken event file: a report that says so (it cannot name the PR), and one line.
  if (context.run.eventError) {
    await publishInputError(context.run.eventError, config, context);
    core.setFailed(`ml-image-guard: ${context.run.eventError}`);
    return;
  }

  if (config.mode === 'publish') {
    const failure = await publishSavedReport(config, context);
    if (failure) core.setFailed(failure);
    return;
  }

  const report = await runPipeline(config, context.run, actionLogger(core));
  const published = await publish(report, config, context);
  // A refused output path fails the step, after everything that could be written was.
  const failure = published.errors[0] ? `ml-image-guard: ${published.errors[0]}` : failureReason(report, config.scan.failOnScanError);
  if (failure) core.setFailed(failure);
}

/** Every input but github-token, which takeGitHubToken has read (and removed from the environment). */
function readInputs(core: ActionsCore): RawInputs {
  const raw: RawInputs = {};
  for (const name of Object.keys(INPUTS) as InputName[]) if (name !== 'github-token') raw[name] = core.getInput(name);
  return raw;
}

function actionLogger(core: ActionsCore): Logger {
  return {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    group: (name, body) => core.group(name, body),
    mask: (value) => core.setSecret(value),
  };
}
