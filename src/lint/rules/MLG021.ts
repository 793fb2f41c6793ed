// Which GPUs a container sees is the scheduler's decision at run time; baking it into the
// image overrides (or, with NVIDIA_VISIBLE_DEVICES=all, bypasses) that decision.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isEnv } from '../dockerfile.js';

export const meta: RuleMeta = {
  id: 'MLG021',
  name: 'gpu-env-hardcoded',
  severity: 'info',
  description: 'ENV hard-codes CUDA_VISIBLE_DEVICES / NVIDIA_VISIBLE_DEVICES, or NVIDIA_DRIVER_CAPABILITIES=all.',
  docs: docsUrl('MLG021'),
  kind: 'dockerfile',
};

export function check({ final }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  // Only ENV that ships: the final stage and the stages it is built FROM.
  for (const stage of [...final.chain].reverse()) {
    for (const env of stage.instructions.filter(isEnv)) {
      for (const { name, value } of env.pairs) {
        const message = problem(name, value);
        if (message) findings.push({ line: env.line, endLine: env.endLine, message });
      }
    }
  }
  return findings;
}

function problem(name: string, value: string): string | null {
  switch (name) {
    case 'CUDA_VISIBLE_DEVICES':
      return `ENV CUDA_VISIBLE_DEVICES=${value} fixes which GPUs the process uses in every container of this image, overriding what the runtime or scheduler assigned. Set it at run time (docker run -e, the pod spec) if at all.`;
    case 'NVIDIA_VISIBLE_DEVICES':
      return value === 'all'
        ? 'ENV NVIDIA_VISIBLE_DEVICES=all makes the NVIDIA runtime expose every GPU of the host to any container of this image, bypassing the GPUs the scheduler allocated (Kubernetes device plugin, docker --gpus). Leave it to the runtime.'
        : `ENV NVIDIA_VISIBLE_DEVICES=${value} bakes a device choice into the image; the runtime (docker --gpus, the Kubernetes device plugin) sets it per container.`;
    case 'NVIDIA_DRIVER_CAPABILITIES':
      return value
        .split(',')
        .map((c) => c.trim())
        .includes('all')
        ? 'ENV NVIDIA_DRIVER_CAPABILITIES=all mounts every driver library (graphics, video, display) into the container; ML needs only compute,utility, the nvidia/cuda default.'
        : null;
    default:
      return null;
  }
}
