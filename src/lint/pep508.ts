// One PEP 508 dependency specifier (https://peps.python.org/pep-0508/#complete-grammar), read by
// a small recursive-descent parser, not by pip-requirements-js (kept as the oracle of
// __tests__/lint/pep508.test.ts): that library rejects a URL requirement with a marker, which PEP
// 508 and pip accept, and even loaded only when a requirements file is read it costs ~50 ms once
// and ~1-2 ms a line (`npm run bench -- lint` prints both side by side).
// The marker is checked and kept as text: MLG009 needs names, versions and URLs, not evaluation.

export type VersionOperator = '===' | '==' | '!=' | '<=' | '>=' | '~=' | '<' | '>';

export interface VersionClause {
  operator: VersionOperator;
  version: string;
}

export type RequirementSpec =
  | { kind: 'name'; name: string; extras: string[]; specifiers: VersionClause[]; marker: string | null }
  | { kind: 'url'; name: string; extras: string[]; url: string; marker: string | null };

export class RequirementSyntaxError extends Error {
  constructor(
    expected: string,
    /** 1-based column where the parser stopped. */
    readonly column: number,
  ) {
    super(`expected ${expected} at column ${column}`);
    this.name = 'RequirementSyntaxError';
  }
}

// Longest first, so `===` is not read as `==` and `<=` not as `<`.
const OPERATOR = /===|==|!=|<=|>=|~=|<|>/y;
const MARKER_OPERATOR = /===|==|!=|<=|>=|~=|<|>|in|not[ \t]+in/y;
const ENV_VAR =
  /python_version|python_full_version|os_name|sys_platform|platform_release|platform_system|platform_version|platform_machine|platform_python_implementation|implementation_name|implementation_version|extra/y;
const MARKER_END = '"and", "or" or the end';
// Far beyond any real marker, well before the call stack runs out (RangeError near 3000 levels).
const MAX_NESTING = 100;
const IDENTIFIER = /[A-Za-z0-9](?:[-_.]*[A-Za-z0-9])*/y;
const VERSION = /[A-Za-z0-9\-_.*+!]+/y;
// RFC 3986 characters, `%` only as an escape. `;` is one of them, hence the space PEP 508 wants before a marker.
const URL = /(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+/y;
// Printable ASCII and tabs except backslash and the closing quote (PEP 508's python_str_c).
const STRING = /'[\t\x20-\x26\x28-\x5b\x5d-\x7e]*'|"[\t\x20\x21\x23-\x5b\x5d-\x7e]*"/y;

/** Parses one specifier such as `torch[cuda]>=2.1,<3; python_version >= "3.9"`. Throws RequirementSyntaxError. */
export function parseRequirementSpec(spec: string): RequirementSpec {
  return new Parser(spec).requirement();
}

class Parser {
  private pos = 0;
  private nesting = 0;
  constructor(private readonly text: string) {}

  requirement(): RequirementSpec {
    this.space();
    const name = this.token(IDENTIFIER, 'a package name');
    this.space();
    const extras = this.text[this.pos] === '[' ? this.extras() : [];
    this.space();
    if (this.eat('@')) {
      this.space();
      const url = this.token(URL, 'a URL after "@"');
      const spaced = this.space();
      const marker = spaced ? this.quotedMarker() : null;
      this.end(marker !== null ? MARKER_END : spaced ? '";" or the end' : 'a space after the URL');
      return { kind: 'url', name, extras, url, marker };
    }
    const parenthesised = this.text[this.pos] === '(';
    const specifiers = this.versionSpec();
    this.space();
    const marker = this.quotedMarker();
    if (marker !== null) this.end(MARKER_END);
    else if (parenthesised) this.end('";" or the end');
    else this.end(specifiers.length > 0 ? '",", ";" or the end' : 'a version operator, "@", ";" or the end');
    return { kind: 'name', name, extras, specifiers, marker };
  }

  private extras(): string[] {
    this.pos++; // the `[`
    this.space();
    const extras: string[] = [];
    if (this.eat(']')) return extras;
    do {
      this.space();
      extras.push(this.token(IDENTIFIER, 'an extra name'));
      this.space();
    } while (this.eat(','));
    this.expect(']', '"," or "]"');
    return extras;
  }

  private versionSpec(): VersionClause[] {
    if (!this.eat('(')) return this.operatorAhead() ? this.versionMany() : [];
    // PEP 508's grammar wants a clause inside, but pip (packaging) accepts `name()`, as does pip-requirements-js.
    const clauses = this.operatorAhead() ? this.versionMany() : [];
    this.space();
    this.expect(')', clauses.length > 0 ? '"," or ")"' : 'a version operator or ")"');
    return clauses;
  }

  private versionMany(): VersionClause[] {
    const clauses: VersionClause[] = [];
    do {
      this.space();
      const operator = this.token(OPERATOR, 'a version operator such as "==" or ">="') as VersionOperator;
      this.space();
      clauses.push({ operator, version: this.token(VERSION, `a version after "${operator}"`) });
      this.space();
    } while (this.eat(','));
    return clauses;
  }

  private operatorAhead(): boolean {
    this.space();
    return /[=!<>~]/.test(this.text[this.pos] ?? '');
  }

  /** `; marker`: null without the `;`, else the marker checked against the grammar and returned as written. */
  private quotedMarker(): string | null {
    if (!this.eat(';')) return null;
    this.space();
    const start = this.pos;
    this.markerOr();
    return this.text.slice(start, this.pos);
  }

  // `a and b and c` chains, as in packaging; PEP 508's grammar literally allows one `and` per level.
  private markerOr(): void {
    this.markerAnd();
    while (this.keyword('or')) this.markerAnd();
  }

  private markerAnd(): void {
    this.markerExpr();
    while (this.keyword('and')) this.markerExpr();
  }

  private markerExpr(): void {
    this.space();
    if (this.text[this.pos] === '(') {
      if (this.nesting++ === MAX_NESTING) throw this.error(`at most ${MAX_NESTING} nested parentheses`);
      this.pos++;
      this.markerOr();
      this.space();
      this.expect(')', '"and", "or" or ")"');
      this.nesting--;
      return;
    }
    this.markerVar();
    this.space();
    this.token(MARKER_OPERATOR, 'a marker operator such as "==" or "in"');
    this.markerVar();
  }

  private markerVar(): void {
    this.space();
    if (this.match(ENV_VAR) === null) this.token(STRING, 'a marker variable such as python_version, or a quoted string');
  }

  private keyword(word: string): boolean {
    const start = this.pos;
    this.space();
    if (this.eat(word)) return true;
    this.pos = start; // so the marker text ends at its last token, not at trailing spaces
    return false;
  }

  /** Skips spaces and tabs (PEP 508's wsp); whether there were any. */
  private space(): boolean {
    const start = this.pos;
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
    return this.pos > start;
  }

  private eat(literal: string): boolean {
    if (!this.text.startsWith(literal, this.pos)) return false;
    this.pos += literal.length;
    return true;
  }

  private expect(literal: string, expected: string): void {
    if (!this.eat(literal)) throw this.error(expected);
  }

  private match(pattern: RegExp): string | null {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (found) this.pos = pattern.lastIndex;
    return found ? found[0] : null;
  }

  private token(pattern: RegExp, expected: string): string {
    const found = this.match(pattern);
    if (found === null) throw this.error(expected);
    return found;
  }

  private end(expected: string): void {
    this.space();
    if (this.pos < this.text.length) throw this.error(expected);
  }

  private error(expected: string): RequirementSyntaxError {
    return new RequirementSyntaxError(expected, this.pos + 1);
  }
}
