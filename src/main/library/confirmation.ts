/**
 * A confirmation of several fields at once is ONE revision (issue 11 point 7): target 'confirm', the values
 * untouched, only who stands behind them changing. Its old and new values list each field with its origin,
 * "agency=auto,staff=" (empty: the field had no row; confirming it wrote an empty one), so undo and redo put
 * every origin back without a row per field whose old value equals its new one.
 */
import type { FieldOrigin } from '../../shared/contract'
import { isFieldId } from '../../shared/fields'

export const CONFIRM_TARGET = 'confirm'

export type Origins = [field: string, origin: FieldOrigin | null][]

const ORIGINS: readonly string[] = ['auto', 'corrected', 'confirmed']

export function encodeOrigins(list: Origins): string {
  return list.map(([f, o]) => `${f}=${o ?? ''}`).join(',')
}

/** The list again; anything that is not a field id or an origin is left out (a revision is never trusted blindly). */
export function decodeOrigins(s: string): Origins {
  const out: Origins = []
  for (const part of s.split(',')) {
    const [f, o = ''] = part.split('=')
    if (!f || !isFieldId(f)) continue
    out.push([f, ORIGINS.includes(o) ? (o as FieldOrigin) : null])
  }
  return out
}
