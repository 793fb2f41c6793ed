// Where the pipeline's progress goes: the Actions log (core.info, groups, masking) in the action,
// stderr in the CLI. Stages log through this and never write to the console themselves.
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
  /** Registers a secret value so the log masks it (core.setSecret in the action). */
  mask(value: string): void;
}
