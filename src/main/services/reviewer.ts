/**
 * Who makes a change (issue 11): each call may name its reviewer (the desk sends the name a person gave
 * once); otherwise the process's default: ANNALIST_REVIEWER, else the operating system's user name.
 */
import { userInfo } from 'node:os'

export const MAX_REVIEWER = 100

export function defaultReviewer(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.ANNALIST_REVIEWER?.trim()
  if (fromEnv) return fromEnv.slice(0, MAX_REVIEWER)
  try {
    return userInfo().username.slice(0, MAX_REVIEWER)
  } catch {
    return '' // no user entry (some containers): unknown rather than invented
  }
}

/** The name a call gives, or the default. */
export function reviewerOf(given: string | undefined, fallback: string): string {
  const t = given?.trim()
  return t ? t.slice(0, MAX_REVIEWER) : fallback
}
