/**
 * Word 97–2003 binary (.doc, and .wps from WPS Office, the same format): which paragraphs are table cells
 * and which end a table row. word-extractor reads the text well but walks paragraph properties with a
 * sprm table that takes sprmTDefTable's operand length as one byte where [MS-DOC] 2.6.1 gives it two; on
 * the row-end paragraph, which carries that sprm before sprmPFTtp, it loses the row end, so the rows of
 * a large table (table 三) run together. This subclass walks the same PAPX pages with the right lengths:
 * a row-end mark becomes '\n' (so a row reads as cells each ending in '\t', then '\n'), and a paragraph
 * break inside a cell becomes a space (a row stays one line).
 */
import WordOleExtractor, { type WordDocumentText, type WordPiece } from 'word-extractor/lib/word-ole-extractor.js'

const SPRM_IN_TABLE = 0x2416
const SPRM_TTP = 0x2417
const SPRM_TDEF_TABLE = 0xd608
const SPRM_CHG_TABS = 0xc615
/** the PAPX is too large for its page (a wide table's row end): its grpprl sits in the Data stream */
const SPRM_HUGE_PAPX = 0x6646

/** `cells`: a row end's cell boundaries (twips, from sprmTDefTable's rgdxaCenter), for merged-cell spans */
interface Flags { inTable: boolean; ttp: boolean; cells?: number[] }
interface Run extends Flags { start: number; end: number }

function cellBoundaries(grpprl: Buffer, at: number): number[] | undefined {
  const n = grpprl[at + 2]
  if (n === undefined || at + 3 + (n + 1) * 2 > grpprl.length) return undefined
  return Array.from({ length: n + 1 }, (_, i) => grpprl.readInt16LE(at + 3 + i * 2))
}

/** The table flags of a grpprl, from `at` (2 after a PAPX's istd; 0 in the Data stream). */
function paragraphFlags(grpprl: Buffer, data: Buffer | null, from = 2): Flags {
  let inTable = false
  let ttp = false
  let cells: number[] | undefined
  let at = from
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at)
    at += 2
    const spra = (sprm >> 13) & 7
    if (sprm === SPRM_IN_TABLE) inTable = grpprl[at] === 1
    if (sprm === SPRM_TTP) ttp = grpprl[at] === 1
    if (sprm === SPRM_HUGE_PAPX && data && at + 4 <= grpprl.length) {
      const offset = grpprl.readUInt32LE(at)
      if (offset + 2 <= data.length) {
        const huge = paragraphFlags(data.subarray(offset + 2, offset + 2 + data.readUInt16LE(offset)), null, 0)
        inTable ||= huge.inTable
        ttp ||= huge.ttp
        cells ??= huge.cells
      }
    }
    if (sprm === SPRM_TDEF_TABLE) cells = cellBoundaries(grpprl, at)
    if (sprm === SPRM_TDEF_TABLE) at += at + 2 <= grpprl.length ? grpprl.readUInt16LE(at) + 1 : grpprl.length
    else if (sprm === SPRM_CHG_TABS) at += grpprl[at] === 255 ? grpprl.length : grpprl[at] + 1
    else if (spra === 6) at += (grpprl[at] ?? 0) + 1
    else at += [1, 1, 2, 4, 2, 2, 0, 3][spra]
  }
  return cells ? { inTable, ttp, cells } : { inTable, ttp }
}

/** Every paragraph run (file positions) with its table flags, from the PlcBtePapx and its FKP pages. */
function paragraphRuns(word: Buffer, table: Buffer, data: Buffer | null): Run[] {
  const fc = word.readUInt32LE(0x0102)
  const lcb = word.readUInt32LE(0x0106)
  const count = (lcb - 4) / 8
  const runs: Run[] = []
  if (!Number.isInteger(count) || count <= 0 || fc + lcb > table.length) return runs
  for (let i = 0; i < count; i++) {
    const pn = table.readUInt32LE(fc + (count + 1) * 4 + i * 4)
    const page = word.subarray(pn * 512, pn * 512 + 512)
    if (page.length < 512) continue
    const crun = page[511]
    for (let j = 0; j < crun; j++) {
      const bx = page[(crun + 1) * 4 + j * 13] * 2
      if (bx === 0) continue
      const cb = page[bx]
      const grpprl = cb !== 0 ? page.subarray(bx + 1, bx + 1 + 2 * cb - 1) : page.subarray(bx + 2, bx + 2 + 2 * page[bx + 1])
      runs.push({ start: page.readUInt32LE(j * 4), end: page.readUInt32LE((j + 1) * 4), ...paragraphFlags(grpprl, data) })
    }
  }
  return runs
}

/** Overwrite the last character of a run (its paragraph or row mark), found by file position. */
function setLastChar(pieces: WordPiece[], run: Run, char: string, only: string): void {
  for (const p of pieces) {
    const at = run.end - p.bpc
    if (at < p.startFilePos || at >= p.startFilePos + p.size) continue
    const i = (at - p.startFilePos) / p.bpc
    if (Number.isInteger(i) && only.includes(p.text[i])) p.text = p.text.slice(0, i) + char + p.text.slice(i + 1)
    return
  }
}

export class TableAwareWordExtractor extends WordOleExtractor {
  private data: Buffer | null = null
  /** each table row's cell boundaries, in file order (null where the row end carries none) */
  rowCells: (number[] | null)[] = []

  /** Reads the Data stream (where huge PAPXs live) before the text is built; a file without one has none. */
  override async extractWordDocument(document: unknown, word: Buffer): Promise<WordDocumentText> {
    try {
      this.data = await this.streamBuffer(await this.documentStream(document, 'Data'))
    } catch {
      this.data = null
    }
    return super.extractWordDocument(document, word)
  }

  override writeParagraphProperties(word: Buffer, table: Buffer): void {
    for (const run of paragraphRuns(word, table, this.data)) {
      if (run.ttp) {
        setLastChar(this._pieces, run, '\n', '\x07')
        this.rowCells.push(run.cells ?? null)
      }
      else if (run.inTable) setLastChar(this._pieces, run, ' ', '\r')
    }
  }
}
