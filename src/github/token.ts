// The workflow's token, read once. The runner hands it to the action as an environment variable
// (@actions/core reads inputs from INPUT_*), and every library that spawns without an explicit
// environment (@actions/cache runs tar and zstd, @actions/exec by default) passes process.env on:
// so once read, it leaves process.env, and only the GitHub client holds it.
import type { ActionsCore } from './actions-core.js';

/** Where the token can sit in the environment: the input (the runner's spelling, and the one with `_`) and the usual variable. */
export const TOKEN_VARIABLES = ['INPUT_GITHUB-TOKEN', 'INPUT_GITHUB_TOKEN', 'GITHUB_TOKEN'] as const;

/** Reads `github-token`, masks it, and removes every copy from `env` and process.env. */
export function takeGitHubToken(core: ActionsCore, env: NodeJS.ProcessEnv): string {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  for (const variables of new Set([env, process.env])) {
    for (const name of TOKEN_VARIABLES) delete variables[name];
  }
  return token;
}
