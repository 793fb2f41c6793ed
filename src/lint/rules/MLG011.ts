// apt installs done the expensive way: recommended packages pulled in, package lists taken
// from a stale cached layer, and the lists (tens of MB) left in the image.
import { docsUrl, type RuleMeta, type RuleFinding } from '../rule-meta.js';
import type { LintInput } from '../rule.js';
import { isCopy, isRun, shipsInFinal, type Instruction, type RunInstruction, type Stage } from '../dockerfile.js';
import { hasCacheMountOn, parseNote, removesAfter, systemInstalls, type SystemInstall } from '../commands.js';
import type { ContextIndex } from '../context.js';
import type { ShellCommand } from '../shell.js';
import { aptBoolean, aptConfSettings, aptInvocation, aptItem } from '../tools/apt.js';

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

export function check({ model, final, context }: LintInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const stage of model.stages) {
    const ships = shipsInFinal(stage, final);
    const runs = stage.instructions.filter(isRun);
    let confBefore: Map<Instruction, string | null> | undefined;
    for (const run of runs) {
      if (!run.text.includes('apt')) continue;
      const installs = systemInstalls(run).filter((i) => APT.has(i.manager));
      if (installs.length === 0) continue;
      const note = parseNote(run);
      const commands = run.shell().commands;
      const first = installs[0].command;

      const update = commands.find((c) => aptInvocation(c)?.verb === 'update');
      if (!update || commands.indexOf(update) > commands.indexOf(first)) {
        const earlier = runs
          .slice(0, runs.indexOf(run))
          .find((r) => r.text.includes('update') && r.shell().commands.some((c) => aptInvocation(c)?.verb === 'update'));
        findings.push({
          line: first.line,
          facet: 'update',
          message: `${first.program} install without \`${first.program} update\` earlier in the same RUN${earlier ? ` (it is in the RUN on line ${earlier.line})` : ''}: the install uses package lists from a cached layer that can be months old (404s on rebuild) or empty. Run \`apt-get update && apt-get install …\` in one RUN.${note}`,
        });
      }

      confBefore ??= confSettingsBefore(stage);
      const recommendsOf = recommendsSettings(run, confBefore, context);
      for (const install of installs) {
        if (recommendsOf(install) !== null) continue;
        findings.push({
          line: install.command.line,
          facet: 'recommends',
          severity: ships ? undefined : 'info',
          message: `${shown(install)} without --no-install-recommends also installs every "recommended" package (often as many again: docs, X11 and GUI libraries an ML server never uses). Add --no-install-recommends.${note}`,
        });
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

const RECOMMENDS = 'APT::Install-Recommends';
const APT_CONF = /^\/etc\/apt\/apt\.conf(\.d(\/.*)?)?$/;

/**
 * For each install of the RUN, what says its recommends: its command line, as apt-get(8) reads it
 * (`--no-install-recommends`, `--install-recommends=no`, `-o APT::Install-Recommends=0`), else the
 * last apt.conf(5) setting written before it (by an earlier instruction of the chain, a COPY
 * heredoc, a file COPYd from the context into /etc/apt/apt.conf.d, or an earlier command of this
 * RUN); null when nothing does and apt installs them. An explicit yes counts: the Dockerfile
 * asked for them. Computed once per RUN.
 */
function recommendsSettings(
  run: RunInstruction,
  confBefore: ReadonlyMap<Instruction, string | null>,
  context: ContextIndex,
): (install: SystemInstall) => string | null {
  let configured = confBefore.get(run) ?? null;
  if (configured === null) {
    for (const file of copiedConfFiles(run, context)) {
      const value = settingIn(file);
      if (value !== null) configured = `${RECOMMENDS} "${value}"`;
    }
  }
  const before = new Map<ShellCommand, string | null>();
  let current = configured;
  for (const command of run.shell().commands) {
    if (!before.has(command)) before.set(command, current);
    const value = settingIn(command.args.join(' '));
    if (value !== null) current = `${RECOMMENDS} "${value}"`;
  }
  return (install) => aptItem(install.args, RECOMMENDS)?.written ?? before.get(install.command) ?? configured;
}

/** A recommends setting in apt.conf text, when it is one apt reads as a boolean. */
function settingIn(text: string): string | null {
  const value = aptConfSettings(text, RECOMMENDS).pop();
  return value !== undefined && aptBoolean(value) !== null ? value : null;
}

/** For each instruction of the stage chain, the last apt.conf recommends setting written before it: one pass. */
function confSettingsBefore(stage: Stage): Map<Instruction, string | null> {
  const before = new Map<Instruction, string | null>();
  let configured: string | null = null;
  for (const instruction of stage.chainInstructions) {
    if (!before.has(instruction)) before.set(instruction, configured);
    const text = confTextOf(instruction);
    const value = text === null ? null : settingIn(text);
    if (value !== null) configured = `${RECOMMENDS} "${value}" (line ${instruction.line})`;
  }
  return before;
}

/** The apt.conf text an instruction writes: a RUN that names apt.conf, or a COPY heredoc to it. */
function confTextOf(instruction: Instruction): string | null {
  if (isRun(instruction)) return instruction.text.includes('apt.conf') ? instruction.text : null;
  if (isCopy(instruction) && instruction.hasHeredoc && /\/etc\/apt\/apt\.conf/.test(instruction.args)) return instruction.args;
  return null;
}

/** Text of files that COPYs of the stage, before the RUN, bring from the build context into /etc/apt/apt.conf(.d). */
function copiedConfFiles(run: RunInstruction, context: ContextIndex): string[] {
  const texts: string[] = [];
  for (const copy of run.stage.instructions.filter(isCopy)) {
    if (copy.index > run.index || copy.from || copy.hasHeredoc || !APT_CONF.test(copy.destination.replace(/\/+$/, ''))) continue;
    for (const source of copy.sources) {
      const root = source.replace(/^\.\//, '').replace(/\/+$/, '');
      if (root === '' || root === '.' || /[*?[]/.test(root)) continue;
      const files = context.files.filter((f) => f.path === root || f.path.startsWith(root + '/')).slice(0, 50);
      for (const file of files) {
        const text = context.readText(file.path);
        if (text !== null) texts.push(text);
      }
    }
  }
  return texts;
}

/** The install as written, for messages. */
function shown(install: SystemInstall): string {
  const text = [install.command.name, ...install.command.args].join(' ');
  return '`' + (text.length > 60 ? text.slice(0, 57) + '...' : text) + '`';
}
