// FROM with no tag or :latest moves under you: the same Dockerfile builds a different image.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { findStage } from '../dockerfile.js';
import { parseImageReference, repositoryOf } from '../../util/image-ref.js';

export const meta: RuleMeta = {
  id: 'MLG013',
  name: 'unpinned-base',
  severity: 'warning',
  description: 'FROM uses no tag or :latest; pin a version (and a digest for release builds).',
  docs: docsUrl('MLG013'),
  kind: 'dockerfile',
};

export function check({ model }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    const image = stage.image;
    if (image.toLowerCase() === 'scratch' || stage.parent || findStage(model.stages.slice(0, stage.index), image)) continue;
    if (image.includes('$')) continue; // an ARG without default: the value comes from the build, not the file
    const { tag, digest } = parseImageReference(image);
    const name = repositoryOf(image);
    if (digest) continue;
    if (tag === null || tag === 'latest') {
      findings.push({
        line: stage.fromLine,
        facet: tag === null ? 'untagged' : 'latest',
        message: `${name} is not pinned (${tag === null ? 'no tag' : ':latest'}): builds change silently when the image moves. Pin a version tag, and a digest (@sha256:…) for release builds.`,
      });
    } else {
      findings.push({
        line: stage.fromLine,
        facet: 'digest',
        severity: 'info',
        message: `${name}:${tag} is pinned by tag only; for release builds pin the digest too (${name}:${tag}@sha256:…) so a re-pushed tag cannot change the image.`,
      });
    }
  }
  return findings;
}
