/**
 * Why a library file cannot be used. The message is one line a person can act on; the CLI prints it and
 * exits 2, the services turn it into ApiError('unavailable').
 */
export type LibraryErrorCode = 'missing' | 'not_sqlite' | 'not_a_library' | 'newer_version' | 'corrupt' | 'readonly_old' | 'read_only'

export class LibraryError extends Error {
  readonly code: LibraryErrorCode
  constructor(code: LibraryErrorCode, message: string) {
    super(message)
    this.name = 'LibraryError'
    this.code = code
  }
}
