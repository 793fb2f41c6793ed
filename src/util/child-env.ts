// The environment a child process gets: only what docker, buildx and Trivy need, never the job's
// tokens (INPUT_GITHUB-TOKEN, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN …). A child can read its
// parent's environment, and a replaced binary (CVE-2026-33634) would read everything it is given.

const PASSED = [
  /^(PATH|HOME|USER|LOGNAME|TMPDIR|TMP|TEMP|TZ|LANG|LANGUAGE|LC_[A-Z]+)$/,
  /^XDG_[A-Z_]+$/,
  /^SSL_CERT_(FILE|DIR)$/,
  /^(HTTPS?|NO|ALL)_PROXY$/i,
  // docker's client (DOCKER_HOST, DOCKER_CONFIG for `docker login`, DOCKER_CONTEXT, TLS) and buildx.
  /^(DOCKER|BUILDX|BUILDKIT|CONTAINERD)_[A-Z0-9_]+$/,
];
/**
 * Within those prefixes, names a workflow gives its own credentials (DOCKER_PASSWORD for a login
 * step, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE): no command we run reads them, so none gets them.
 */
const WITHHELD = /(TOKEN|PASSWORD|PASSWD|PASSPHRASE|SECRET|CREDENTIALS?|_KEY)(_|$)/;

/** process.env reduced to the allowlist, plus the named variables (e.g. the env= sources of build secrets). */
export function childEnvironment(names: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const child: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (names.includes(name) || (PASSED.some((pattern) => pattern.test(name)) && !WITHHELD.test(name))) child[name] = value;
  }
  return child;
}
