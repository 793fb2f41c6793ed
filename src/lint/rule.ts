// A Dockerfile rule: metadata plus a pure check over the parsed Dockerfile and build context.
import type { DockerfileModel, Stage } from './dockerfile.js';
import type { ContextIndex } from './context.js';
import type { RuleMeta, RuleFinding } from './rule-meta.js';

export type { RuleMeta, RuleFinding } from './rule-meta.js';

export interface LintInput {
  model: DockerfileModel;
  /** The stage that is built (--target, else the last). */
  final: Stage;
  target: string | null;
  /** Repository-relative Dockerfile path, for messages. */
  dockerfile: string;
  context: ContextIndex;
}

export interface DockerfileRule {
  meta: RuleMeta;
  check(input: LintInput): RuleFinding[];
}
