// Splits buildx's `--progress=rawjson` stderr into BuildKit SolveStatus objects. buildx 0.13
// pretty-prints each object over many lines, newer versions write one per line, and plain
// text (the Dockerfile excerpt and "ERROR: …" of a failed build) is mixed in: so we track
// brace depth outside JSON strings rather than trusting line boundaries.

export interface SolveVertex {
  digest: string;
  name?: string;
  inputs?: string[];
  started?: string;
  completed?: string;
  cached?: boolean;
  error?: string;
}

export interface SolveVertexLog {
  vertex: string;
  stream?: number;
  data?: string; // base64
  timestamp?: string;
}

export interface SolveVertexWarning {
  vertex: string;
  short?: string; // base64
  level?: number;
}

/** Progress of one part of a vertex's work: `transferring context:`, `exporting layers`, `pushing layers`. */
export interface SolveVertexStatus {
  id: string;
  vertex: string;
  name?: string;
  current?: number;
  total?: number;
  started?: string;
  completed?: string;
}

export interface SolveStatus {
  vertexes?: SolveVertex[];
  statuses?: SolveVertexStatus[];
  logs?: SolveVertexLog[];
  warnings?: SolveVertexWarning[];
}

export type RawJsonItem = { kind: 'status'; status: SolveStatus } | { kind: 'text'; line: string };

export class RawJsonSplitter {
  private buffer: string[] = [];
  private depth = 0;
  private inString = false;
  private escaped = false;

  /** Feeds one line (without its newline); returns the items it completed. */
  feed(line: string): RawJsonItem[] {
    if (this.depth === 0 && !line.trimStart().startsWith('{')) {
      return line.trim() ? [{ kind: 'text', line }] : [];
    }
    const items: RawJsonItem[] = [];
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === '\\') this.escaped = true;
        else if (ch === '"') this.inString = false;
      } else if (ch === '"') this.inString = true;
      else if (ch === '{') this.depth++;
      else if (ch === '}' && --this.depth === 0) {
        this.buffer.push(line.slice(start, i + 1));
        items.push(this.parse(this.buffer.join('\n')));
        this.buffer = [];
        start = i + 1;
      }
    }
    const rest = line.slice(start);
    if (this.depth > 0) this.buffer.push(rest);
    else if (rest.trim()) items.push({ kind: 'text', line: rest });
    return items;
  }

  /** Whatever is left when the stream ends (a truncated object) comes back as text. */
  end(): RawJsonItem[] {
    const left = this.buffer.join('\n');
    this.buffer = [];
    this.depth = 0;
    this.inString = false;
    return left.trim() ? left.split('\n').map((line) => ({ kind: 'text' as const, line })) : [];
  }

  private parse(text: string): RawJsonItem {
    try {
      return { kind: 'status', status: JSON.parse(text) as SolveStatus };
    } catch {
      return { kind: 'text', line: text };
    }
  }
}
