// A typed stand-in for @actions/core, for driving main.run() in-process: it records what the
// action does and writes the log in the runner's workflow-command format (`::error::…`,
// `::add-mask::…`), as the real module prints it, so tests read it like a runner log.
import type { AnnotationProperties } from '@actions/core';
import type { ActionsCore } from '../../src/github/actions-core.js';

export class RecordingCore implements ActionsCore {
  readonly lines: string[] = [];
  readonly outputs: Record<string, string> = {};
  readonly secrets: string[] = [];
  summaryText = '';
  failed: string | null = null;

  constructor(private readonly inputs: Record<string, string>) {}

  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim();
  }
  setSecret(secret: string): void {
    this.secrets.push(secret);
    this.lines.push(`::add-mask::${secret}`);
  }
  setOutput(name: string, value: unknown): void {
    this.outputs[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  setFailed(message: string): void {
    this.failed = message;
    this.error(message);
  }
  debug(message: string): void {
    this.lines.push(`::debug::${message}`);
  }
  info(message: string): void {
    this.lines.push(message);
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.command('warning', message, properties);
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.command('error', message, properties);
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.command('notice', message, properties);
  }
  async group<T>(name: string, body: () => Promise<T>): Promise<T> {
    this.lines.push(`::group::${name}`);
    try {
      return await body();
    } finally {
      this.lines.push('::endgroup::');
    }
  }
  readonly summary = {
    addRaw: (text: string, addEOL = false) => {
      const added = text + (addEOL ? '\n' : '');
      return { write: () => Promise.resolve((this.summaryText += added)) };
    },
  };

  get log(): string {
    return this.lines.join('\n');
  }

  private command(kind: string, message: string, properties?: AnnotationProperties) {
    const props = Object.entries(properties ?? {})
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(',');
    this.lines.push(`::${kind}${props ? ` ${props}` : ''}::${message}`);
  }
}
