// Registry credentials where `docker login` (and docker/login-action) put them: the docker
// config file's credHelpers / credsStore (a `docker-credential-<name> get` helper) and its
// auths entries. Read only for the registry the image lives in; values never leave this module
// except to authenticate to that registry.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../util/exec.js';

export interface RegistryCredentials {
  username: string;
  /** A password, or an identity (refresh) token when username is `<token>`. */
  secret: string;
}

export const IDENTITY_TOKEN_USER = '<token>';
const CONFIG_MAX_BYTES = 1024 * 1024;
const HELPER_TIMEOUT_SECONDS = 30;
/** The key `docker login` writes Docker Hub's credentials under. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** What the docker config says for a registry host: a helper to ask, and any stored auth. */
export function credentialsFromConfig(config: DockerConfig, host: string): { helper: string | null; stored: RegistryCredentials | null } {
  const keys = isDockerHub(host) ? [DOCKER_HUB_KEY, 'docker.io', 'index.docker.io', 'registry-1.docker.io'] : [host];
  const helperName = keys.map((key) => config.credHelpers?.[key]).find(Boolean) ?? config.credsStore ?? null;
  const helper = helperName && /^[A-Za-z0-9_.-]+$/.test(helperName) ? helperName : null;
  const entry = Object.entries(config.auths ?? {}).find(([key]) => keys.includes(key) || keys.includes(hostOfKey(key)))?.[1];
  return { helper, stored: entry ? storedAuth(entry) : null };
}

function storedAuth(entry: NonNullable<DockerConfig['auths']>[string]): RegistryCredentials | null {
  if (entry.identitytoken) return { username: IDENTITY_TOKEN_USER, secret: entry.identitytoken };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
  }
  if (entry.username && entry.password) return { username: entry.username, secret: entry.password };
  return null;
}

/** `https://ghcr.io/v1/` → `ghcr.io`: docker accepts URLs as auths keys. */
function hostOfKey(key: string): string {
  return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}

export function isDockerHub(host: string): boolean {
  return host === 'docker.io' || host === 'index.docker.io' || host === 'registry-1.docker.io';
}

/** The credentials docker would use for `host`, or null (then the registry is asked anonymously). */
export async function dockerCredentials(host: string, env: NodeJS.ProcessEnv = process.env): Promise<RegistryCredentials | null> {
  const config = await readDockerConfig(env);
  if (!config) return null;
  const { helper, stored } = credentialsFromConfig(config, host);
  if (helper) {
    const fromHelper = await askHelper(helper, isDockerHub(host) ? DOCKER_HUB_KEY : host);
    if (fromHelper) return fromHelper;
  }
  return stored;
}

async function readDockerConfig(env: NodeJS.ProcessEnv): Promise<DockerConfig | null> {
  const path = join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json');
  try {
    const text = await readFile(path, 'utf8');
    if (text.length > CONFIG_MAX_BYTES) return null;
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? parsed : null;
  } catch {
    return null;
  }
}

/** `docker-credential-<helper> get` with the server on stdin prints {"Username","Secret"}; not found is a non-zero exit. */
async function askHelper(helper: string, server: string): Promise<RegistryCredentials | null> {
  const result = await exec(`docker-credential-${helper}`, ['get'], {
    input: server,
    timeoutSeconds: HELPER_TIMEOUT_SECONDS,
    maxBuffer: 64 * 1024,
  });
  if (result.exitCode !== 0) return null;
  try {
    const answer = JSON.parse(result.stdout) as { Username?: unknown; Secret?: unknown };
    return typeof answer.Username === 'string' && typeof answer.Secret === 'string' && answer.Secret !== ''
      ? { username: answer.Username, secret: answer.Secret }
      : null;
  } catch {
    return null;
  }
}
