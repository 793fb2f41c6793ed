// Each RUN is a layer; files one RUN leaves are shipped even when a later RUN deletes them.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import type { Instruction, RunInstruction } from '../dockerfile.js';

export const meta: RuleMeta = {
  id: 'MLG010',
  name: 'consecutive-run',
  severity: 'info',
  description: 'Consecutive RUN instructions that could be one layer.',
  docs: docsUrl('MLG010'),
  kind: 'dockerfile',
};

const CLEANUP = /\b(rm|apt-get clean|apt-get autoremove|pip cache purge|conda clean|uv cache clean)\b/;

export function check({ model }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    let group: RunInstruction[] = [];
    const flush = () => {
      if (group.length > 1) findings.push(groupFinding(group));
      group = [];
    };
    for (const instruction of stage.instructions) {
      const key = mergeKey(instruction);
      if (key === null) {
        flush();
        continue;
      }
      if (group.length > 0 && mergeKey(group[0]) !== key) flush();
      group.push(instruction as RunInstruction);
    }
    flush();
  }
  return findings;
}

/**
 * RUNs can merge when they run the same way: shell form without heredocs and the same
 * --mount/--network/--security flags. Null for anything that cannot join a group.
 */
function mergeKey(instruction: Instruction): string | null {
  if (instruction.keyword !== 'RUN') return null;
  const run = instruction as RunInstruction;
  if (run.jsonForm || run.hasHeredoc) return null;
  return JSON.stringify(run.flags.map((f) => `${f.name}=${f.value ?? ''}`).sort());
}

function groupFinding(group: RunInstruction[]): RuleFinding {
  const first = group[0];
  const last = group[group.length - 1];
  const cleanup = group.slice(1).find((r) => CLEANUP.test(r.text));
  const why = cleanup
    ? `the cleanup in the RUN on line ${cleanup.line} cannot shrink the layers before it`
    : 'each RUN adds a layer, and files one leaves behind stay in the image even if a later one deletes them';
  return {
    line: first.line,
    endLine: last.endLine,
    message: `${group.length} consecutive RUN instructions (lines ${first.line}-${last.endLine}) could be one: ${why}. Join them with && (keep separate only the steps you want cached separately, such as the dependency install).`,
  };
}
