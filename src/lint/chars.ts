// Character codes the Dockerfile scanners (syntax.ts, arguments.ts) compare with charCodeAt.
export const SPACE = 32;
export const TAB = 9;
export const CR = 13;
export const LF = 10;
export const HASH = 35;
export const DOLLAR = 36;
export const EQUALS = 61;

/** Space or tab: what separates words (a newline ends the line). */
export const isBlank = (c: number) => c === SPACE || c === TAB;
/** \n or \r: dockerfile-ast, and so our line numbers, count a lone \r as a line break too. */
export const isNewline = (c: number) => c === LF || c === CR;
