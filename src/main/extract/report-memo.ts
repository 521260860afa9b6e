/**
 * Pure functions of one name, answered once per report. The agency, region and title rules ask the same few
 * names dozens of times in one extraction (placeChain: ~35 calls for ~9 names per report), each answer a walk of
 * the divisions data and a dozen regexes. The memos are emptied when an extraction starts (makeCtx): a batch of
 * thousands of reports never grows them, and a report extracted twice pays twice, as the benchmark should see. Callers
 * outside an extraction (services/region-from-agency.ts, a person's agency corrections) are held to MAX_NAMES.
 */
const memos: Map<string, unknown>[] = []
/** more names than any one report asks about: past it, a memo used outside an extraction starts again */
const MAX_NAMES = 2000

export function perReport<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>()
  memos.push(memo)
  return (s) => {
    const seen = memo.get(s)
    if (seen !== undefined || memo.has(s)) return seen as T
    const v = fn(s)
    if (memo.size >= MAX_NAMES) memo.clear()
    memo.set(s, v)
    return v
  }
}

/** A new report: every memo starts empty. */
export function newReport(): void {
  for (const m of memos) m.clear()
}
