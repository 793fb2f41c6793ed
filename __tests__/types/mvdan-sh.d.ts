// mvdan-sh ships no types; this project touches a small part of its API (the shell oracle test).
declare module 'mvdan-sh' {
  /** The fields of mvdan-sh's syntax nodes that the oracle reads; which are set depends on NodeType. */
  export interface ShNode {
    Pos(): { Line(): number };
    Args?: { Parts: ShNode[] }[];
    Parts?: ShNode[];
    Value?: string;
    Param?: { Value: string };
    Variant?: { Value: string };
  }
  interface Syntax {
    NewParser(...options: unknown[]): { Parse(src: string, name: string): unknown };
    KeepComments(keep: boolean): unknown;
    Variant(lang: unknown): unknown;
    LangBash: unknown;
    Walk(node: unknown, visit: (node: ShNode | null) => boolean): void;
    NodeType(node: unknown): string;
  }
  const sh: { syntax: Syntax };
  export default sh;
}
