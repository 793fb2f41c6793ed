// The token is read once and then gone from the environment: libraries that spawn without an
// explicit environment (@actions/cache's tar and zstd) pass process.env on to their children.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { TOKEN_VARIABLES, takeGitHubToken } from '../../src/github/token.js';
import { RecordingCore } from '../helpers/fake-core.js';

const saved = Object.fromEntries(TOKEN_VARIABLES.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

test('takeGitHubToken masks the token and removes it from the given environment and process.env', () => {
  const token = 'ghs_onlytheclientholdsthis0123456789abcd';
  const env: NodeJS.ProcessEnv = { 'INPUT_GITHUB-TOKEN': token, INPUT_GITHUB_TOKEN: token, GITHUB_TOKEN: token, PATH: '/bin' };
  for (const name of TOKEN_VARIABLES) process.env[name] = token;
  const core = new RecordingCore({ 'github-token': token });
  assert.equal(takeGitHubToken(core, env), token);
  assert.deepEqual(core.secrets, [token]);
  assert.deepEqual(env, { PATH: '/bin' });
  for (const name of TOKEN_VARIABLES) assert.equal(process.env[name], undefined, name);
});

test('an empty github-token is no token, and still nothing of it stays behind', () => {
  process.env.GITHUB_TOKEN = 'ghs_set_by_the_workflow_env';
  const core = new RecordingCore({});
  assert.equal(takeGitHubToken(core, process.env), '');
  assert.deepEqual(core.secrets, []);
  assert.equal(process.env.GITHUB_TOKEN, undefined);
});
