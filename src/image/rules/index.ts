// The image rules, sorted by id. Each file exports its metadata and a pure check of the file index.
import type { RuleFinding, RuleMeta } from '../../lint/rule-meta.js';
import type { ImageFileIndex } from '../filesystem.js';
import * as MLG101 from './MLG101.js';
import * as MLG102 from './MLG102.js';
import * as MLG103 from './MLG103.js';
import * as MLG104 from './MLG104.js';
import * as MLG105 from './MLG105.js';

export interface ImageRule {
  meta: RuleMeta;
  check(index: ImageFileIndex): RuleFinding[];
}

export const imageRules: readonly ImageRule[] = [MLG101, MLG102, MLG103, MLG104, MLG105];

export const imageRuleMetas: readonly RuleMeta[] = imageRules.map((rule) => rule.meta);

/** Every image rule's findings, with the rule they belong to. */
export function imageFindings(index: ImageFileIndex): { meta: RuleMeta; finding: RuleFinding }[] {
  return imageRules.flatMap((rule) => rule.check(index).map((finding) => ({ meta: rule.meta, finding })));
}
