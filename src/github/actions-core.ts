// The part of @actions/core the action uses, as a type: main.run() takes it as a parameter so unit
// tests drive the whole action with a typed stand-in (as actions/typescript-action's tests do),
// while the shipped entry passes the real module.
import * as core from '@actions/core';

export interface ActionsCore {
  getInput(name: string): string;
  setSecret(secret: string): void;
  setOutput(name: string, value: unknown): void;
  setFailed(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: core.AnnotationProperties): void;
  error(message: string, properties?: core.AnnotationProperties): void;
  notice(message: string, properties?: core.AnnotationProperties): void;
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

export const actionsCore: ActionsCore = core;
