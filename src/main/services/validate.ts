/**
 * Hand-written argument checks for the service door. Each returns the value typed, or throws
 * ApiError('bad_request') with a message that names the argument, so a client's mistake reads clearly.
 */
import { ApiError } from '../../shared/contract'

export type Obj = Record<string, unknown>

export function bad(message: string): ApiError {
  return new ApiError('bad_request', message)
}

/** The arguments object itself; `undefined`/`null` count as `{}` for methods whose arguments are all optional. */
export function object(raw: unknown, method: string, allowed: readonly string[]): Obj {
  if (raw === undefined || raw === null) return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) throw bad(`${method}: arguments must be an object`)
  for (const k of Object.keys(raw)) if (!allowed.includes(k)) throw bad(`${method}: unknown argument '${k}'`)
  return raw as Obj
}

export function noArgs(raw: unknown, method: string): void {
  if (raw === undefined || raw === null) return
  if (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0) return
  throw bad(`${method}: takes no arguments`)
}

export function int(o: Obj, key: string, opts: { min?: number; max?: number } = {}): number {
  const v = o[key]
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw bad(`'${key}' must be an integer`)
  if (opts.min !== undefined && v < opts.min) throw bad(`'${key}' must be at least ${opts.min}`)
  if (opts.max !== undefined && v > opts.max) throw bad(`'${key}' must be at most ${opts.max}`)
  return v
}
export function optInt(o: Obj, key: string, opts: { min?: number; max?: number } = {}): number | undefined {
  return o[key] === undefined ? undefined : int(o, key, opts)
}

export function str(o: Obj, key: string, opts: { max?: number; nonEmpty?: boolean } = {}): string {
  const v = o[key]
  if (typeof v !== 'string') throw bad(`'${key}' must be a string`)
  if (opts.nonEmpty && v.trim() === '') throw bad(`'${key}' must not be empty`)
  if (opts.max !== undefined && v.length > opts.max) throw bad(`'${key}' is longer than ${opts.max} characters`)
  return v
}
export function optStr(o: Obj, key: string, opts: { max?: number; nonEmpty?: boolean } = {}): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, opts)
}

export function bool(o: Obj, key: string): boolean {
  const v = o[key]
  if (typeof v !== 'boolean') throw bad(`'${key}' must be true or false`)
  return v
}
export function optBool(o: Obj, key: string): boolean | undefined {
  return o[key] === undefined ? undefined : bool(o, key)
}

export function oneOf<T extends string>(o: Obj, key: string, options: readonly T[]): T {
  const v = o[key]
  if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) throw bad(`'${key}' must be one of ${options.join(', ')}`)
  return v as T
}
export function optOneOf<T extends string>(o: Obj, key: string, options: readonly T[]): T | undefined {
  return o[key] === undefined ? undefined : oneOf(o, key, options)
}

export function array<T>(o: Obj, key: string, item: (v: unknown, where: string) => T, opts: { max?: number; nonEmpty?: boolean } = {}): T[] {
  const v = o[key]
  if (!Array.isArray(v)) throw bad(`'${key}' must be a list`)
  if (opts.nonEmpty && v.length === 0) throw bad(`'${key}' must not be empty`)
  if (opts.max !== undefined && v.length > opts.max) throw bad(`'${key}' has more than ${opts.max} items`)
  return v.map((x, i) => item(x, `${key}[${i}]`))
}
export function optArray<T>(o: Obj, key: string, item: (v: unknown, where: string) => T, opts: { max?: number; nonEmpty?: boolean } = {}): T[] | undefined {
  return o[key] === undefined ? undefined : array(o, key, item, opts)
}

export const idItem = (v: unknown, where: string): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw bad(`'${where}' must be a positive integer id`)
  return v
}
export const intItem = (v: unknown, where: string): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw bad(`'${where}' must be an integer`)
  return v
}
export const strItem = (v: unknown, where: string): string => {
  if (typeof v !== 'string') throw bad(`'${where}' must be a string`)
  return v
}
export function enumItem<T extends string>(options: readonly T[]) {
  return (v: unknown, where: string): T => {
    if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) throw bad(`'${where}' must be one of ${options.join(', ')}`)
    return v as T
  }
}

/** Keys whose value is undefined are left out, so optional arguments stay absent rather than `undefined`. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k]
  return o
}
