// The build log the user reads, written from the same status stream the parser reads. Like
// buildx's plain progress (`#<n> <name>` … `#<n> DONE 1.2s`), but grouped: while several
// steps run at once their output is held back and printed together when each finishes, so
// lines of parallel stages never interleave. A step running alone streams as it goes.
import type { SolveStatus } from './rawjson.js';

interface VertexLog {
  number: number;
  name: string;
  started: boolean;
  headerShown: boolean;
  done: boolean;
  completedAt?: number;
  held: string[];
  partial: string;
}

export class PlainProgressLog {
  private readonly vertices = new Map<string, VertexLog>();
  private running = new Set<string>();

  constructor(private readonly writeLine: (line: string) => void) {}

  apply(status: SolveStatus): void {
    for (const v of status.vertexes ?? []) {
      const log = this.vertex(v.digest, v.name);
      // BuildKit runs some vertices twice (load build context: a quick pass, then the transfer): a restart reopens it.
      if (v.started && !v.completed && log.done && Date.parse(v.started) > (log.completedAt ?? Infinity)) {
        log.done = false;
        log.started = false;
      }
      if (v.started && !log.started && !v.completed) {
        log.started = true;
        this.running.add(v.digest);
        if (this.running.size === 1) {
          this.writeLine(`#${log.number} ${log.name}`);
          log.headerShown = true;
        }
      }
      if (v.completed && !log.done) {
        log.done = true;
        log.completedAt = Date.parse(v.completed);
        this.running.delete(v.digest);
        const seconds = v.started ? (Date.parse(v.completed) - Date.parse(v.started)) / 1000 : 0;
        const outcome = v.error ? `ERROR: ${v.error}` : v.cached ? 'CACHED' : `DONE ${seconds.toFixed(1)}s`;
        this.flush(log, outcome);
      }
    }
    for (const entry of status.logs ?? []) {
      const log = this.vertices.get(entry.vertex);
      if (!log || !entry.data) continue;
      const text = log.partial + Buffer.from(entry.data, 'base64').toString('utf8');
      const lines = text.split(/\r?\n/);
      log.partial = lines.pop() ?? '';
      for (const line of lines) this.output(entry.vertex, log, line);
    }
  }

  /** Plain text buildx wrote between the JSON (a failed build's excerpt and ERROR line). */
  text(line: string): void {
    this.writeLine(line);
  }

  private output(digest: string, log: VertexLog, line: string): void {
    const formatted = `#${log.number} ${line}`;
    const streaming = this.running.size === 1 && this.running.has(digest) && log.held.length === 0;
    if (streaming) this.writeLine(formatted);
    else log.held.push(formatted);
  }

  private flush(log: VertexLog, outcome: string): void {
    if (log.partial) log.held.push(`#${log.number} ${log.partial}`);
    if (!log.headerShown || log.held.length > 0) this.writeLine(`#${log.number} ${log.name}`);
    for (const line of log.held) this.writeLine(line);
    this.writeLine(`#${log.number} ${outcome}`);
    log.held = [];
    log.partial = '';
  }

  private vertex(digest: string, name: string | undefined): VertexLog {
    let log = this.vertices.get(digest);
    if (!log) {
      log = {
        number: this.vertices.size + 1,
        name: name ?? digest,
        started: false,
        headerShown: false,
        done: false,
        held: [],
        partial: '',
      };
      this.vertices.set(digest, log);
    }
    return log;
  }
}
