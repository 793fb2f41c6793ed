// The small view of a Dockerfile that the build and image stages need: instructions with
// their 1-based line, so build steps and image layers can point back at the line that made
// them. The lint engine (which parses the Dockerfile) provides these lists.

export interface DockerfileInstruction {
  line: number; // 1-based line where the instruction starts
  keyword: string; // RUN, COPY, ... (any case; compared upper-cased)
  args: string; // everything after the keyword, continuation lines joined
}

/** One build stage: its `AS` name (null when unnamed) and its instructions after FROM. */
export interface DockerfileStage {
  name: string | null;
  fromLine?: number;
  instructions: DockerfileInstruction[];
}

/** Collapses whitespace and line continuations so texts from different sources compare equal. */
export function normalizeCommand(text: string): string {
  return text
    .replace(/\\\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Instruction arguments without leading `--flag[=value]` options, whitespace collapsed. */
export function withoutFlags(args: string): string {
  return normalizeCommand(args).replace(/^(?:--[a-z-]+(?:=(?:"[^"]*"|\S)*)?\s+)+/i, '');
}
