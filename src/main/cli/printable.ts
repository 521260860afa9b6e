/**
 * Names from the file system printed to a terminal: a file name may hold control characters (an escape
 * sequence that rewrites the screen) or bidi overrides (a name that reads backwards, `txt.exe` shown as
 * `exe.txt`). The CLI shows them escaped (issue 10); the JSON output escapes the ones JSON leaves alone.
 */

// C0, DEL, C1, and the bidi marks, embeddings, overrides and isolates
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** `\x1b`, `\x7f`, `\u202e`: visible, unambiguous, and the same on every terminal. */
export function printable(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0)
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/** JSON.stringify, with DEL, C1 and bidi characters written as \u escapes too (still the same JSON value). */
export function printableJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
