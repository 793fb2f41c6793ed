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

interface StageState {
  /** Settings before each instruction of this stage. */
  at: Map<Instruction, Settings>;
  /** Settings after the stage's last instruction. */
  end: Settings;
  /** What a child stage starts from: every ENV value, and the settings made by ENV. */
  env: Readonly<Record<string, string>>;
  envSettings: Settings;
}

// One state per stage and set of names: a chain of FROM <stage> builds on its parent's state
// instead of walking the chain again for every stage (quadratic on long chains).
const states = new WeakMap<Stage, Map<string, StageState>>();

/**
 * For each instruction of the stage chain, the settings of `names` in force before it (the
 * records are shared: do not modify them). An instruction outside the chain gets the end's.
 */
export function stageVariables(
  stage: Stage,
  globalArgs: Readonly<Record<string, string>>,
  names: readonly string[],
): (before: Instruction) => Settings {
  const key = names.join('\0');
  const wanted = new Set(names);
  let previous: StageState | undefined;
  for (const current of [...stage.chain].reverse()) {
    let byNames = states.get(current);
    if (!byNames) states.set(current, (byNames = new Map<string, StageState>()));
    let state = byNames.get(key);
    if (!state) byNames.set(key, (state = readStage(current, previous, globalArgs, wanted)));
    previous = state;
  }
  const chainStates = stage.chain.map((s) => states.get(s)!.get(key)!);
  return (before) => {
    for (const state of chainStates) {
      const found = state.at.get(before);
      if (found) return found;
    }
    return chainStates[0].end;
  };
}

function readStage(
  stage: Stage,
  parent: StageState | undefined,
  globalArgs: Readonly<Record<string, string>>,
  wanted: ReadonlySet<string>,
): StageState {
  const at = new Map<Instruction, Settings>();
  // ARGs end with their stage; ENV values travel with the image. `scope` is what $VAR expands
  // to here: ENV values, and ARG values of this stage where no ENV has the name.
  const env: Record<string, string> = { ...parent?.env };
  const scope: Record<string, string> = { ...env };
  let settings: Settings = parent?.envSettings ?? {};
  let envSettings = settings;
  for (const instruction of stage.instructions) {
    at.set(instruction, settings);
    if (isArg(instruction) && instruction.name) {
      const { name, defaultValue } = instruction;
      const value = defaultValue !== null ? substituteArgs(defaultValue, scope) : (globalArgs[name] ?? '');
      if (Object.hasOwn(env, name)) continue;
      scope[name] = value;
      if (wanted.has(name)) settings = { ...settings, [name]: { value, source: 'ARG', line: instruction.line } };
    } else if (isEnv(instruction)) {
      for (const { name, value } of instruction.pairs) {
        const expanded = substituteArgs(value, scope);
        env[name] = scope[name] = expanded;
        if (!wanted.has(name)) continue;
        const setting: VariableSetting = { value: expanded, source: 'ENV', line: instruction.line };
        settings = { ...settings, [name]: setting };
        envSettings = { ...envSettings, [name]: setting };
      }
    }
  }
  return { at, end: settings, env, envSettings };
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
