// mvdan-sh ships no types; this project touches a small part of its API (see src/lint/shell.ts).
declare module 'mvdan-sh' {
  interface Syntax {
    NewParser(...options: unknown[]): { Parse(src: string, name: string): unknown };
    KeepComments(keep: boolean): unknown;
    Variant(lang: unknown): unknown;
    LangBash: unknown;
    Walk(node: unknown, visit: (node: any) => boolean): void;
    NodeType(node: unknown): string;
  }
  const sh: { syntax: Syntax };
  export default sh;
}
