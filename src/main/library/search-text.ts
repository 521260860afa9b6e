/**
 * What goes into the trigram index for a document: its clean text and two line breaks. The trigram
 * index answers 1–2 character queries too (services/search.ts looks up the trigrams that begin with the
 * query), but only if every occurrence begins a trigram: the two trailing characters give one even to
 * a query at the very end of the text.
 */
export const FTS_TAIL = '\n\n'

export function ftsText(clean: string): string {
  return clean + FTS_TAIL
}
