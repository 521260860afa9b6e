/**
 * The one error type the readers throw: a code the caller can branch on and a one-line message a person
 * understands, English then Chinese in parentheses.
 */

export type IngestErrorCode = 'empty' | 'too_large' | 'encrypted' | 'corrupt' | 'unsupported' | 'bomb' | 'unreadable' | 'cancelled'

export class IngestError extends Error {
  readonly code: IngestErrorCode

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'IngestError'
    this.code = code
  }
}

export function isIngestError(e: unknown): e is IngestError {
  return e instanceof IngestError
}
