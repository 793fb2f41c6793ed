// FROM with no tag, :latest or a channel tag moves under you: the same Dockerfile builds a different image.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { findStage } from '../dockerfile.js';
import { parseImageReference, repositoryOf } from '../../util/image-ref.js';

export const meta: RuleMeta = {
  id: 'MLG013',
  name: 'unpinned-base',
  severity: 'warning',
  description: 'FROM uses no tag, :latest or a moving channel tag; pin a version (and a digest for release builds).',
  docs: docsUrl('MLG013'),
  kind: 'dockerfile',
};

/** Tags that name a channel, not a release: latest-gpu, nightly, rolling, main-base (not latest-rust-1.85.1, which pins a version). */
const CHANNEL_TAG = /^(latest|nightly|rolling|edge|main|master)([-_.][^\d]*)?$/i;
/** What a registry accepts as a reference: a placeholder default such as `<jupyter>` is none. */
const REFERENCE = /^[a-z0-9][\w.:/@-]*$/i;

export function check({ model }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    const image = stage.image;
    if (image.toLowerCase() === 'scratch' || stage.parent || findStage(model.stages.slice(0, stage.index), image)) continue;
    // An ARG without default (the value comes from the build), or a placeholder the reader must replace.
    if (image.includes('$') || !REFERENCE.test(image)) continue;
    const { tag, digest } = parseImageReference(image);
    if (digest) continue;
    const name = repositoryOf(image);
    const pin = `Pin a version tag, and a digest (${name}:<version>@sha256:…) for release builds.`;
    if (tag === null || tag === 'latest') {
      findings.push({
        line: stage.fromLine,
        facet: tag === null ? 'untagged' : 'latest',
        message: `${name} is not pinned (${tag === null ? 'no tag' : ':latest'}): builds change silently when the image moves. ${pin}`,
      });
    } else if (CHANNEL_TAG.test(tag)) {
      findings.push({
        line: stage.fromLine,
        facet: 'channel',
        message: `${name}:${tag} is a moving tag (a channel, not a release): builds change silently when its publisher pushes. ${pin}`,
      });
    }
  }
  return findings;
}
