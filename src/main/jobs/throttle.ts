/**
 * Leading + trailing throttle: progress events at most every `ms` (about ten a second), and the last value
 * is never lost. `flush()` delivers a pending value now (a job calls it before its end event).
 */
export interface Throttled<T> {
  (value: T): void
  flush(): void
  cancel(): void
}

export function throttle<T>(fn: (value: T) => void, ms: number, now: () => number = Date.now): Throttled<T> {
  let last = -Infinity
  let pending: { value: T } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  const fire = (): void => {
    timer = null
    if (!pending) return
    const { value } = pending
    pending = null
    last = now()
    fn(value)
  }
  const call = ((value: T) => {
    pending = { value }
    const wait = last + ms - now()
    if (wait <= 0) { if (timer) { clearTimeout(timer); timer = null } fire() }
    else if (!timer) timer = setTimeout(fire, wait)
  }) as Throttled<T>
  call.flush = () => { if (timer) { clearTimeout(timer); timer = null } fire() }
  call.cancel = () => { if (timer) clearTimeout(timer); timer = null; pending = null }
  return call
}
