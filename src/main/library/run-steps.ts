/**
 * Drivers for work written as a generator of steps (a batch, a chunk, a table a step), so that the same code
 * runs at once (the command line, tests, a worker thread) or between other work (the app, whose requests go on
 * between its steps). check.ts keeps its own async driver: its steps may hand back a promise to wait on.
 */

/** Runs the steps to their end here and now; returns what the last one returns. */
export function runToEnd<T>(steps: Iterator<unknown, T, undefined>): T {
  for (;;) {
    const r = steps.next()
    if (r.done) return r.value
  }
}

/** The same, giving the event loop a turn after each step; `stop()` true: stop after the step under way and return -1. */
export async function runBetween(steps: Iterator<unknown, number, undefined>, stop?: () => boolean): Promise<number> {
  for (;;) {
    const r = steps.next()
    if (r.done) return r.value
    await new Promise<void>((resolve) => setImmediate(resolve))
    if (stop?.()) return -1
  }
}
