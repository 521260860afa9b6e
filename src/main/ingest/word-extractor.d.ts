/**
 * Types for the parts of word-extractor (no declarations of its own) that read-doc.ts uses: the OLE Word
 * extractor, subclassed to find table rows right, and the in-memory reader it reads from.
 */
declare module 'word-extractor/lib/word-ole-extractor.js' {
  export interface WordPiece {
    startFilePos: number
    size: number
    bpc: 1 | 2
    text: string
  }
  export interface WordDocumentText {
    getBody(options?: { filterUnicode?: boolean }): string
  }
  export default class WordOleExtractor {
    _pieces: WordPiece[]
    extract(reader: unknown): Promise<WordDocumentText>
    writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void
    extractWordDocument(document: unknown, buffer: Buffer): Promise<WordDocumentText>
    documentStream(document: unknown, name: string): Promise<unknown>
    streamBuffer(stream: unknown): Promise<Buffer>
  }
}
declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer)
  }
}
