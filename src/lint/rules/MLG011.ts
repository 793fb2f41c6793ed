// apt installs done the expensive way: recommended packages pulled in, package lists taken
// from a stale cached layer, and the lists (tens of MB) left in the image.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isRun, shipsInFinal, type RunInstruction } from '../dockerfile.js';
import { hasCacheMountOn, parseNote, removesAfter, systemInstalls } from '../commands.js';
import type { ShellCommand } from '../shell.js';

export const meta: RuleMeta = {
  id: 'MLG011',
  name: 'apt-hygiene',
  severity: 'warning',
  description: 'apt installs without --no-install-recommends, without apt-get update in the same RUN, or leaving /var/lib/apt/lists.',
  docs: docsUrl('MLG011'),
  kind: 'dockerfile',
};

const APT = new Set(['apt-get', 'apt']);
const LISTS = /^\/var\/lib\/apt\/lists(\/\*?)?$/;

export function check({ model, final }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    const ships = shipsInFinal(stage, final);
    const runs = stage.instructions.filter(isRun);
    for (const run of runs) {
      if (!run.text.includes('apt')) continue;
      const installs = systemInstalls(run).filter((i) => APT.has(i.manager));
      if (installs.length === 0) continue;
      const note = parseNote(run);
      const commands = run.shell().commands;
      const first = installs[0].command;

      const update = commands.find((c) => APT.has(c.program) && c.args.includes('update'));
      if (!update || commands.indexOf(update) > commands.indexOf(first)) {
        const earlier = runs
          .slice(0, runs.indexOf(run))
          .find((r) => r.text.includes('update') && r.shell().commands.some((c) => APT.has(c.program) && c.args.includes('update')));
        findings.push({
          line: first.line,
          facet: 'update',
          message: `${first.program} install without \`${first.program} update\` earlier in the same RUN${earlier ? ` (it is in the RUN on line ${earlier.line})` : ''}: the install uses package lists from a cached layer that can be months old (404s on rebuild) or empty. Run \`apt-get update && apt-get install …\` in one RUN.${note}`,
        });
      }

      if (!recommendsOff(run)) {
        for (const { command, options } of installs) {
          if (options.includes('--no-install-recommends') || setsNoRecommends(command)) continue;
          findings.push({
            line: command.line,
            facet: 'recommends',
            severity: ships ? undefined : 'info',
            message: `${command.program} install without --no-install-recommends also installs every "recommended" package (often as many again: docs, X11 and GUI libraries an ML server never uses). Add --no-install-recommends.${note}`,
          });
        }
      }

      const last = installs[installs.length - 1].command;
      if (ships && !removesAfter(run, last, LISTS) && !hasCacheMountOn(run, '/var/lib/apt/lists')) {
        const laterCleanup = runs.slice(runs.indexOf(run) + 1).some((r) => r.text.includes('/var/lib/apt/lists'));
        findings.push({
          line: run.line,
          facet: 'lists',
          message: `This RUN installs with ${last.program} but does not end with \`rm -rf /var/lib/apt/lists/*\`: the package lists (tens of MB) stay in the layer${laterCleanup ? '; removing them in a later RUN does not shrink this layer' : ''}. Remove them in the same RUN, or use cache mounts on /var/lib/apt/lists and /var/cache/apt.${note}`,
        });
      }
    }
  }
  return findings;
}

/** `-o APT::Install-Recommends=false` on the command line. */
function setsNoRecommends(command: ShellCommand): boolean {
  return command.args.some((a) => /^APT::Install-Recommends=(false|0|no)$/i.test(a));
}

/** An earlier RUN in the chain wrote `APT::Install-Recommends "0"` into apt's configuration. */
function recommendsOff(run: RunInstruction): boolean {
  const earlier = run.stage.chainInstructions;
  return earlier.slice(0, earlier.indexOf(run)).some((i) => isRun(i) && /APT::Install-Recommends\s+"?(0|false)"?/i.test(i.text));
}
