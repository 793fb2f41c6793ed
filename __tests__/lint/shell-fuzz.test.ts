// The shell parser ends on any input with commands or a ShellSyntaxError, never another error
// (and never loops: a hang fails the run). Inputs are dense in the characters that matter.
import { test } from 'node:test';
import fc from 'fast-check';
import { parseSimpleCommands, ShellSyntaxError } from '../../src/lint/shell-parser.js';

const PIECES = [
  '`',
  '$(',
  '$((',
  '${',
  ')',
  '(',
  '}',
  '{',
  '"',
  "'",
  '\\',
  '\\\n',
  '\n',
  ' ',
  ';',
  ';;',
  '&&',
  '||',
  '|',
  '&',
  '<<EOF',
  '<<-X',
  '\nEOF\n',
  '<',
  '>',
  '2>&1',
  '#',
  '$',
  "$'",
  'a',
  'pip',
  'install',
  '=',
  'X=1',
  'case',
  'in',
  'esac',
  'for',
  'do',
  'done',
  '<(',
  '\r',
];

test('random shell-like input: commands or ShellSyntaxError', { timeout: 60_000 }, () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
      try {
        parseSimpleCommands(pieces.join(''));
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e;
      }
    }),
    { numRuns: 20_000, seed: 42 },
  );
});
