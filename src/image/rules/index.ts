// The image rules, sorted by id. Each file exports its metadata and a pure check of the final
// filesystem and its package owners.
import type { RuleFinding, RuleMeta } from '../../lint/rule-meta.js';
import type { WalkedImage } from './common.js';
import * as MLG101 from './MLG101.js';
import * as MLG102 from './MLG102.js';
import * as MLG103 from './MLG103.js';
import * as MLG104 from './MLG104.js';
import * as MLG105 from './MLG105.js';

export interface ImageRule {
  meta: RuleMeta;
  check(image: WalkedImage): RuleFinding[];
}

export const imageRules: readonly ImageRule[] = [MLG101, MLG102, MLG103, MLG104, MLG105];

export const imageRuleMetas: readonly RuleMeta[] = imageRules.map((rule) => rule.meta);

/** Every image rule's findings, with the rule they belong to. */
export function imageFindings(image: WalkedImage): { meta: RuleMeta; finding: RuleFinding }[] {
  return imageRules.flatMap((rule) => rule.check(image).map((finding) => ({ meta: rule.meta, finding })));
}
