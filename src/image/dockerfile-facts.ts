// What the comment says about layers in the Dockerfile's own terms: the image the final stage is
// built on (the reference the Dockerfile gives, through FROM <stage> chains, ARGs substituted, and
// the digest the engine pulled), and each layer's instruction as written, flags included (the
// image history drops them: `COPY /opt/venv /opt/venv # buildkit` for `COPY --from=builder …`).
import type { LintResult } from '../lint/engine.js';
import { baseImage } from '../lint/dockerfile.js';
import type { ImageSection, LayerInfo } from '../report/types.js';
import { exec } from '../util/exec.js';
import { parseImageReference } from '../util/image-ref.js';

/** Null for `FROM scratch`; a digest only when the reference pins one or the engine recorded one. */
export async function baseImageOf(lint: LintResult): Promise<NonNullable<ImageSection['base']> | null> {
  const ref = baseImage(lint.input.final);
  if (!ref || ref.toLowerCase() === 'scratch') return null;
  const pinned = parseImageReference(ref).digest;
  if (pinned) return { ref, digest: pinned };
  const inspected = await exec('docker', ['image', 'inspect', '--format', '{{json .RepoDigests}}', ref], {
    timeoutSeconds: 30,
    maxBuffer: 64 * 1024,
  });
  if (inspected.exitCode !== 0) return { ref, digest: null };
  try {
    const digests = JSON.parse(inspected.stdout) as unknown;
    const first = Array.isArray(digests) ? digests.find((entry): entry is string => typeof entry === 'string') : undefined;
    const digest = first ? /@(sha256:[0-9a-f]{64})$/.exec(first)?.[1] : undefined;
    return { ref, digest: digest ?? null };
  } catch {
    return { ref, digest: null };
  }
}

/** The layers with the text of the instruction on their line, as the Dockerfile writes it. */
export function withInstructionText(layers: readonly LayerInfo[], lint: LintResult): LayerInfo[] {
  const byLine = new Map(lint.model.stages.flatMap((stage) => stage.instructions).map((i) => [i.line, i]));
  return layers.map((layer) => {
    const instruction = layer.line === null ? undefined : byLine.get(layer.line);
    if (!instruction) return layer;
    const flags = instruction.flags.map((flag) => `--${flag.name}${flag.value === null ? '' : `=${flag.value}`}`);
    return { ...layer, instruction: [instruction.keyword, ...flags, instruction.args].join(' ') };
  });
}
