// Secrets in ENV, ARG, a RUN line or a copied file stay readable by anyone who can pull the
// image (docker inspect / docker history / the layer tarball), even if a later step removes them.
// Messages name the secret and show *** for its value, never the value.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isArg, isCopy, isEnv, isRun, shipsInFinal, type CopyInstruction, type Instruction, type Stage } from '../dockerfile.js';
import type { ContextIndex } from '../context.js';
import { findTokenShape, isSecretFile, isSecretName, isSecretValue, isVariableReference } from '../ml.js';

export const meta: RuleMeta = {
  id: 'MLG005',
  name: 'secret-in-image',
  severity: 'error',
  description: 'A token, password or credentials file goes into the image (ENV, ARG, RUN or COPY); use RUN --mount=type=secret.',
  docs: docsUrl('MLG005'),
  kind: 'dockerfile',
};

function useSecretMount(name = 'HF_TOKEN'): string {
  const id = name.toLowerCase();
  return (
    `Give it only to the RUN that needs it with \`RUN --mount=type=secret,id=${id},env=${name} …\` (\`docker build --secret id=${id},env=${name}\`), ` +
    "and to the container at run time from the orchestrator's secrets; rotate it if this image was ever pushed."
  );
}

export function check({ model, final, context }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const instruction of model.instructions) {
    const message = isEnv(instruction)
      ? envMessage(instruction.pairs, shipsInFinal(instruction.stage, final) ? null : instruction.stage)
      : isArg(instruction)
        ? argMessage(instruction.name, instruction.defaultValue)
        : isCopy(instruction)
          ? copyMessage(instruction, context)
          : tokenInTextMessage(instruction);
    if (message) findings.push({ line: instruction.line, endLine: instruction.endLine, message, ...argOrEnvFacet(instruction) });
  }
  // ARGs before the first FROM reach no RUN unless a stage redeclares them (flagged there), but a default is written in the repository.
  for (const arg of model.preludeArgs) {
    if (!arg.defaultValue || !isSecretValue(arg.name, arg.defaultValue)) continue;
    findings.push({
      line: arg.line,
      facet: 'arg-env',
      message: `ARG ${arg.name}=*** before the first FROM writes a secret into the Dockerfile, and so into the repository's history; a stage that redeclares it puts it in the image history too. ${useSecretMount(arg.name)}`,
    });
  }
  return findings;
}

/** The part of the rule that hadolint and BuildKit also check: secrets in ARG and ENV. */
function argOrEnvFacet(instruction: Instruction): { facet?: string } {
  return isEnv(instruction) || isArg(instruction) ? { facet: 'arg-env' } : {};
}

/** `notShipped`: the ENV's stage when it is not in the final image (its config is then not the pushed image's). */
function envMessage(pairs: { name: string; value: string }[], notShipped: Stage | null): string | null {
  // A secret value, or a secret build arg copied into the image config (ENV HF_TOKEN=$HF_TOKEN).
  const secrets = pairs.filter(({ name, value }) => isSecretValue(name, value) || (isSecretName(name) && isVariableReference(value)));
  if (secrets.length === 0) return null;
  const shown = secrets.map(({ name }) => `${name}=***`).join(' ');
  if (notShipped) {
    const stage = notShipped.name ? `"${notShipped.name}"` : `${notShipped.index}`;
    return `ENV ${shown} puts a secret into the config of stage ${stage}, which is not the final image: it is still in the build cache, in any image built with --target ${stage}, and (if written here) in the repository. ${useSecretMount(secrets[0].name)}`;
  }
  return `ENV ${shown} bakes a secret into the image config: anyone who can pull the image reads it with \`docker inspect\`. ${useSecretMount(secrets[0].name)}`;
}

function argMessage(name: string, defaultValue: string | null): string | null {
  // Without a default the value comes from --build-arg and lands in the history; with one, name and
  // value decide together (ARG USE_TOKEN_CACHE=1 is a flag, ARG HF_TOKEN_PATH=/run/secrets/hf a pointer).
  const fromBuild = defaultValue === null || defaultValue.trim() === '' || isVariableReference(defaultValue);
  const secret = fromBuild ? isSecretName(name) : isSecretValue(name, defaultValue);
  if (!secret) return null;
  const shown = fromBuild ? name : `${name}=***`;
  return (
    `ARG ${shown} passes a secret as a build argument: its value is recorded in the image history (\`docker history\` shows it for every RUN that uses it) and in the build cache. ` +
    useSecretMount(name)
  );
}

function copyMessage(copy: CopyInstruction, context: ContextIndex): string | null {
  const named = copy.sources.filter(isSecretFile);
  // COPY . (or a folder) sends whatever the context holds: name the credential files it would take.
  const fromContext =
    copy.from === null
      ? copy.sources.flatMap((source) => {
          const dir = source
            .replace(/^(\.\/|\/)+/, '')
            .replace(/\/+$/, '')
            .replace(/^\.$/, '');
          return context.files.filter((f) => (dir === '' || f.path.startsWith(dir + '/')) && isSecretFile(f.path)).map((f) => f.path);
        })
      : [];
  const files = [...new Set([...named, ...fromContext])];
  if (files.length === 0) return null;
  const via =
    fromContext.length > 0 && named.length === 0
      ? ` (from the build context; ${context.dockerignore ? `${context.dockerignore.path} does not exclude them` : 'there is no .dockerignore'})`
      : '';
  return (
    `${copy.keyword} puts credentials into a layer: ${files.join(', ')}${via}. A later RUN that deletes them does not remove them from the image. ` +
    'Mount them only for the RUN that needs them (`RUN --mount=type=secret,id=…,target=…`) and list them in .dockerignore.'
  );
}

/** RUN, LABEL, CMD … with a literal token in them (`huggingface-cli login --token hf_…`). */
function tokenInTextMessage(instruction: Instruction): string | null {
  const token = findTokenShape(isRun(instruction) ? instruction.text : instruction.args);
  if (!token) return null;
  return `${instruction.keyword} contains what looks like a ${token.kind} (${token.redacted}): it is stored in the image history for anyone who pulls the image. ${useSecretMount()}`;
}
