// The lint stage's edge: read the Dockerfile and walk the build context, then run the pure
// engine. Unreadable or unparseable input becomes a LintFailure with a one-line message.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config } from '../config/types.js';
import type { Finding } from '../report/types.js';
import { scanContext, type ContextIndex } from './context.js';
import { DockerfileError } from './dockerfile.js';
import { lintDockerfile, type LintResult } from './engine.js';
import { dockerfileRules } from './rules/index.js';
import type { DockerfileStage } from '../image/instructions.js';
import { ConfinementError, isInside, readFileInside } from '../util/confined-fs.js';

export interface LintOutcome {
  findings: Finding[];
  result: LintResult | null;
  context: ContextIndex | null;
  /** Why linting could not run: unreadable file, not a Dockerfile, unknown target. */
  error: string | null;
  /** The Dockerfile as read, for the secrets written in it; null when it could not be read. */
  text: string | null;
}

const MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;

export function lintStage(config: Pick<Config, 'workspace' | 'dockerfile' | 'context' | 'target' | 'rules' | 'ignorePaths'>): LintOutcome {
  const dockerfilePath = resolve(config.workspace, config.dockerfile);
  const contextDir = resolve(config.workspace, config.context);
  // The Dockerfile stays in the workspace or the context; one named outside both (a CLI path) stays in its folder.
  const roots = [config.workspace, contextDir];
  if (!roots.some((root) => isInside(dockerfilePath, root))) roots.push(dirname(dockerfilePath));
  let text: string;
  try {
    const buffer = readFileInside(dockerfilePath, roots, MAX_DOCKERFILE_BYTES);
    if (buffer.includes(0)) return failure(`${config.dockerfile} is a binary file, not a Dockerfile`);
    text = buffer.toString('utf8');
  } catch (e) {
    const why = e instanceof ConfinementError ? e.message.replace(dockerfilePath, 'it') : describeFsError(e);
    return failure(`cannot read ${config.dockerfile}: ${why}; set the dockerfile input (or pass the path) to the right file`);
  }
  // A context that is not there would walk as an empty folder and pass clean.
  const contextKind = folderKind(contextDir);
  if (contextKind) return failure(`the build context ${config.context} ${contextKind}; set the context input to a folder`);
  let context: ContextIndex;
  try {
    context = scanContext(contextDir, dockerfilePath, config.workspace, config.ignorePaths);
  } catch (e) {
    return failure(`cannot read the build context ${config.context}: ${describeFsError(e)}; set the context input to a folder`);
  }
  try {
    const result = lintDockerfile({
      text,
      dockerfile: config.dockerfile,
      target: config.target,
      context,
      rules: dockerfileRules,
      settings: config.rules,
    });
    return { findings: result.findings, result, context, error: null, text };
  } catch (e) {
    if (e instanceof DockerfileError) return { ...failure(`${config.dockerfile}: ${e.message}`), context, text };
    throw e;
  }
}

function failure(error: string): LintOutcome {
  return { findings: [], result: null, context: null, error, text: null };
}

/** Why a path is not a folder to walk, or null when it is one. */
function folderKind(path: string): string | null {
  try {
    return statSync(path).isDirectory() ? null : 'is not a folder';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${describeFsError(e)})`;
  }
}

function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file or folder';
  if (err.code === 'EISDIR') return 'it is a folder';
  if (err.code === 'EACCES') return 'permission denied';
  return err.message;
}

/** What the build and image stages need to point steps and layers back at lines. */
export function instructionView(result: LintResult): DockerfileStage[] {
  return result.model.stages.map((stage) => ({
    name: stage.name,
    fromLine: stage.fromLine,
    instructions: stage.instructions.map((i) => ({ line: i.line, keyword: i.keyword, args: i.args })),
  }));
}

/** The final stage's instructions through its FROM <stage> chain, in build order. */
export function finalChainView(result: LintResult) {
  return result.input.final.chainInstructions.map((i) => ({ line: i.line, keyword: i.keyword, args: i.args }));
}
