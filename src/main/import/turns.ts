/**
 * Turns in list order: `wait(i)` resolves once every turn before i is `done`. The import reads files in
 * parallel, but decides which of two identical files is the document (the first in the list) in order,
 * so the same import always makes the same library.
 */
export class Turns {
  private next = 0
  private readonly finished = new Set<number>()
  private readonly waiters = new Map<number, () => void>()

  wait(i: number): Promise<void> {
    if (i <= this.next) return Promise.resolve()
    return new Promise((resolve) => this.waiters.set(i, resolve))
  }

  done(i: number): void {
    this.finished.add(i)
    while (this.finished.delete(this.next)) {
      this.next++
      this.waiters.get(this.next)?.()
      this.waiters.delete(this.next)
    }
  }
}
