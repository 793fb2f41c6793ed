// The variables a command in a RUN sees, as BuildKit sets them: ENV of the stage and of the
// stages it is built FROM (values expanded when the ENV is read), ARG of this stage only (its
// default, or the global ARG's), ENV winning over an ARG of the same name; then, inside the RUN,
// `export` before the command and the command's own prefix (`PIP_NO_CACHE_DIR=1 pip …`).
import { isArg, isEnv, substituteArgs, type Instruction, type RunInstruction, type Stage } from '../dockerfile.js';
import type { ShellCommand } from '../shell.js';

export interface VariableSetting {
  value: string;
  /** Where it was set: `ENV` (line), `ARG` (line), `export` or a command prefix (line). */
  source: 'ENV' | 'ARG' | 'export' | 'prefix';
  line: number;
}

type Settings = Readonly<Record<string, VariableSetting>>;

/**
 * For each instruction of the stage chain, the settings of `names` in force before it, from one
 * pass over the chain (the records are shared: do not modify them).
 */
export function stageVariables(
  stage: Stage,
  globalArgs: Readonly<Record<string, string>>,
  names: readonly string[],
): (before: Instruction) => Settings {
  const wanted = new Set(names);
  const at = new Map<Instruction, Settings>();
  const env: Record<string, string> = {};
  let settings: Record<string, VariableSetting> = {};
  let envSet = new Set<string>();
  for (const current of [...stage.chain].reverse()) {
    // ARGs end with their stage; ENV values travel with the image.
    const args: Record<string, string> = {};
    settings = Object.fromEntries(Object.entries(settings).filter(([, s]) => s.source === 'ENV'));
    for (const instruction of current.instructions) {
      at.set(instruction, settings);
      if (isArg(instruction) && instruction.name) {
        const value =
          instruction.defaultValue !== null
            ? substituteArgs(instruction.defaultValue, { ...args, ...env })
            : (globalArgs[instruction.name] ?? '');
        args[instruction.name] = value;
        if (wanted.has(instruction.name) && !envSet.has(instruction.name)) {
          settings = { ...settings, [instruction.name]: { value, source: 'ARG', line: instruction.line } };
        }
      } else if (isEnv(instruction)) {
        for (const { name, value } of instruction.pairs) {
          const expanded = substituteArgs(value, { ...args, ...env });
          env[name] = expanded;
          if (!wanted.has(name)) continue;
          envSet = new Set(envSet).add(name);
          settings = { ...settings, [name]: { value: expanded, source: 'ENV', line: instruction.line } };
        }
      }
    }
  }
  const end = settings;
  return (before) => at.get(before) ?? end;
}

/**
 * A variable's setting for one command of a RUN: its prefix, else the last `export` at or before
 * its line, else the stage's. Built once per RUN; a lookup is a binary search.
 */
export class RunVariables {
  private readonly exports = new Map<string, { line: number; value: string }[]>();
  private ordered = true;

  constructor(
    run: RunInstruction,
    private readonly stage: Settings,
    names: readonly string[],
  ) {
    for (const { name, value, line } of run.shell().assignments) {
      if (!names.includes(name)) continue;
      const list = this.exports.get(name) ?? [];
      if (list.length > 0 && list[list.length - 1].line > line) this.ordered = false;
      list.push({ line, value });
      this.exports.set(name, list);
    }
  }

  get(command: ShellCommand, name: string): VariableSetting | undefined {
    if (Object.hasOwn(command.env, name)) return { value: command.env[name], source: 'prefix', line: command.line };
    const list = this.exports.get(name) ?? [];
    let found: { line: number; value: string } | undefined;
    if (this.ordered) {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid].line <= command.line) lo = mid + 1;
        else hi = mid;
      }
      found = lo > 0 ? list[lo - 1] : undefined;
    } else {
      for (const entry of list) if (entry.line <= command.line) found = entry;
    }
    if (found) return { value: found.value, source: 'export', line: found.line };
    return this.stage[name];
  }
}

/** "ENV on line 3", "ARG on line 2", "export on line 5", "the command's prefix": for messages. */
export function describeSetting(name: string, setting: VariableSetting): string {
  if (setting.source === 'prefix') return `${name}=${setting.value} before the command`;
  return `${name}=${setting.value} (${setting.source} on line ${setting.line})`;
}
