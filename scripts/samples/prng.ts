/**
 * A small seeded pseudo-random generator (mulberry32) for the sample generator: the same seed gives the
 * same reports byte for byte, so the committed samples and fixtures can be checked against a regeneration.
 */

export interface Rng {
  /** a float in [0, 1) */
  next(): number
  /** an integer in [lo, hi] */
  int(lo: number, hi: number): number
  pick<T>(items: readonly T[]): T
  /** true with probability p */
  chance(p: number): boolean
  /** k distinct items, in their original order */
  sample<T>(items: readonly T[], k: number): T[]
}

export function makeRng(seed: number): Rng {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1))
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(0, items.length - 1)]
    },
    chance: (p: number): boolean => next() < p,
    sample: <T>(items: readonly T[], k: number): T[] => {
      const idx = items.map((_, i) => i)
      for (let i = idx.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[idx[i], idx[j]] = [idx[j], idx[i]]
      }
      return idx.slice(0, Math.min(k, idx.length)).sort((x, y) => x - y).map((i) => items[i])
    },
  }
}
