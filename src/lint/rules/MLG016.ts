// A model server running as root turns any code-execution bug (pickle weights, a template
// injection) into root in the container, with write access to everything in the image.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { baseImage } from '../dockerfile.js';

export const meta: RuleMeta = {
  id: 'MLG016',
  name: 'root-user',
  severity: 'info',
  description: 'The final stage never switches to a non-root USER.',
  docs: docsUrl('MLG016'),
  kind: 'dockerfile',
};

/** Base images that already run as a non-root user. */
const NON_ROOT_BASE = /(^|\/)(jupyter|bitnami)\/|:[^/]*nonroot|^cgr\.dev\/chainguard\//i;

export function check({ final }: LintInput): RuleFinding[] {
  const lastUser = final.chainInstructions.filter((i) => i.keyword === 'USER').pop();
  if (lastUser) {
    const user = lastUser.args.trim().split(':')[0];
    if (user !== 'root' && user !== '0') return [];
    return [
      {
        line: lastUser.line,
        facet: 'user-root',
        message: `The final stage switches back to USER ${user} and runs as root. Create a user (\`RUN useradd --create-home --uid 1000 app\`) and end with \`USER app\` after the steps that need root.`,
      },
    ];
  }
  if (NON_ROOT_BASE.test(baseImage(final))) return [];
  return [
    {
      line: final.fromLine,
      message:
        'The final stage never sets a non-root USER, so the server runs as root: a code-execution bug (a malicious pickle checkpoint, an injection) gets root in the container. Add `RUN useradd --create-home --uid 1000 app` and `USER app` after the steps that need root.',
    },
  ];
}
