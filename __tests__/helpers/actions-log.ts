// @actions/core and @actions/tool-cache write their log straight to process.stdout (`::debug::…`,
// `[command]/usr/bin/tar …`, retry notes), and the test runner prints whatever a test file writes
// there. Tests that run those libraries in-process drop that text: the test's own assertions say
// what went wrong. The runner's own reports (written as bytes, not strings) pass through.
export function dropActionsLog(): { restore: () => void } {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) => (typeof chunk === 'string' ? true : write(chunk, ...rest));
  return { restore: () => void (process.stdout.write = write) };
}
