/**
 * The real reports outside the project (../shared/corpus, issue 12), when this machine has them: floors
 * for the figures reached, not exact scores, so a rule change that loses ground fails here. `pages` is
 * scored by halves (src/main/eval/pages-halves.json): the held-out half is looked at only as aggregate figures,
 * a few times per issue (issue 12: twice), never document by document.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import halves from '../../src/main/eval/pages-halves.json'
import { evalFolder } from '../../src/main/eval/run-eval'

const PAGES = '/work/shared/corpus/pages'
const REAL = '/work/shared/corpus/real'

async function rates(dir: string, only?: string[]): Promise<{ right: number; invented: number; cells: number | null; files: number }> {
  const r = await evalFolder(dir, only ? { only: new Set(only) } : {})
  const all = r.files.flatMap((f) => f.score.fields)
  const withCells = r.files.filter((f) => f.cells)
  const cellsRight = withCells.reduce((a, f) => a + f.cells!.right, 0)
  const cellsTotal = withCells.reduce((a, f) => a + f.cells!.total, 0)
  return {
    right: all.filter((x) => x.outcome === 'right').length / all.length,
    invented: all.filter((x) => x.outcome === 'invented').length / all.length,
    cells: cellsTotal ? cellsRight / cellsTotal : null,
    files: r.files.length,
  }
}

describe('real reports of ../shared/corpus', () => {
  if (!existsSync(PAGES) || !existsSync(REAL)) {
    it.skip('../shared/corpus/pages and real are absent on this machine: skipped', () => {})
    return
  }
  // issue 12, agency, region, counts and format generalised (report-1.2.8): 783/790 right (was 773), 2 invented;
  // report-1.2.9 (rules from perturbed dev reports, and the pages' publish_date folding the signature's): 785;
  // report-1.3.0 (rules from five hand-labelled sets of other real pages, "wild"): 786; report-1.4.0 (five more
  // sets): 787 with 1 invented (p044's 10余条 refused); report-1.5.0 to report-1.13.0: the same; report-1.25.0: 788;
  // report-1.26.0 (session 19: p099's year from the work plan its body drew up, p011's reviews of another body's
  // requests): 790 with none invented, the floor raised to one slip
  it('pages, development half: at least 99.8% right, at most 0.2% invented', async () => {
    const r = await rates(PAGES, halves.dev)
    expect(r.files).toBe(halves.dev.length)
    expect(r.right).toBeGreaterThanOrEqual(0.998)
    expect(r.invented).toBeLessThanOrEqual(0.002)
  }, 120_000)
  // issue 12, second pass: 730/790 right with 15 invented (was 704 with 13): more agencies, regions and
  // formats found, two more values invented (one agency, one title); third pass (report-1.2.7): 731 with 14
  // (a proactive count that was not the year's total refused); fourth pass (report-1.2.8): 736 with 11 (738
  // before the agency perturbation rules, which turned one held agency and its region wrong while making
  // names broken over lines read right on dev: kept, as held is not tuned on) — the floors follow the figures;
  // fifth pass (report-1.2.9, distractors and count/title/date perturbations on dev): 738 with 10, 739 with the
  // pages' publish_date folding the signature's date (its README's convention); sixth pass (report-1.3.0, rules
  // from ~330 hand-labelled other real pages): 740 with 11 — one more right and one more invented (the count
  // rules: a format and a proactive count; the agency rules: one agency wrong, one region right), run once at
  // the end; the floors follow the figures; seventh pass (report-1.4.0, rules from five more fresh sets, each scored
  // first on code that had not seen it): 744 with 7 (743 without the one field right by a form its gold's notes accept),
  // run once at the end; eighth pass (report-1.5.0, rules from four fresh fixing sets and three strictly labelled sets
  // released in turn): 747 with 7 (one more agency wrong and one invented, three fields more right), run once at the end;
  // ninth pass (report-1.6.0, rules from eight fresh fixing sets and one strictly labelled set): 749 with 7 (an agency and
  // a region more right), run once at the end; tenth pass (report-1.7.0, rules from cut and mirror probes of the dev half
  // and nine blind batches written from the pages README only): 752 with 7 (two agencies and a region more right), run
  // once at the end; eleventh pass (report-1.8.0, rules from twenty more blind batches): 752 with 7, every held field
  // as before — the batches' shapes are not held's, run once at the end; twelfth pass (report-1.9.0, rules from five new
  // sets of real pages, 456 in all, each scored before it was read): 753 with 6 (one invented reconsideration count gone,
  // every other held field as before), run once at the end; thirteenth pass (report-1.12.0, rules from three more real
  // sets, 262 pages, each scored before it was read): 753 with 6, every held field as before, run once at the end;
  // fourteenth pass (report-1.13.0, rules from a ninth real set of 78 pages and the earlier sets): 753 with 6, every
  // held field as before, run once at the end, and again after a tenth set's rules (67 pages) and its last two: the same
  // fifteenth pass (report-1.14.0, rules from an eleventh, a twelfth and a thirteenth real set, 217 pages, each scored
  // before it was read): 753 with 6, every held field as before, run after the first two sets' rules and again at the end;
  // sixteenth pass (session 17; eval counts an agency that is the gold's body written another way right, eval/score.ts
  // sameBody, decided from the dev golds' notes and the real sets' readers): 762 with 6 (agency 65 → 74; strict 753), run
  // with --summary before any rule changed and again on report-1.15.0 (rules from a fourteenth real set): the same;
  // seventeenth pass (session 18, report-1.16.0 to 1.25.0, rules from a fifteenth to a twenty-first real set, 57, 68,
  // 63, 63, 59, 68 and 65 pages, each scored before it was read): 762 with 6, every held field as before, run with
  // --summary at the start and after each set's rules; eighteenth pass (session 19, report-1.26.0 to 1.37.0, rules from
  // the dev half's last two misses and a twenty-third to a twenty-eighth real set, 72, 72, 63, 72, 62 and 72 pages, each
  // scored before it was read): 762 with 6, every held field as before, run with --summary at the start and after each
  // set's rules; nineteenth pass (session 20, report-1.39.0, rules from a twenty-ninth to a thirty-fifth real set, 72 pages
  // each, each scored before it was read): 762 with 6, every held field as before, run with --summary at the end;
  // twentieth pass (sessions 21–22, report-1.40.0, rules from a thirty-sixth to a forty-fifth real set, 60 to 72 pages
  // each, each scored before it was read): 765 with 6 (proactive 71 → 72, an agency and its region more right), run with
  // --summary after each set's rules; twenty-first pass (session 23, report-1.41.0, rules from a forty-eighth to a
  // fifty-seventh real set, 48 to 71 pages each, each scored before it was read): 766 with 6 (requests 76 → 77), run
  // with --summary after each set's rules; twenty-second pass (session 24, report-1.42.0, rules from a fifty-eighth to a
  // sixty-fourth real set, 54 to 71 pages each, each scored before it was read): 766 with 6, every held field as before,
  // run with --summary after each set's rules; twenty-third pass (session 25, report-1.43.0, rules from a sixty-fifth to a
  // seventy-eighth real set, 12 to 36 pages each, each scored before it was read): 766 with 6, every held field as before;
  // twenty-fourth pass (session 26, report-1.44.0, rules from an eightieth to a ninety-fourth real set, 13 to 35 pages
  // each, each scored before it was read): 766 with 6, every held field as before; twenty-fifth pass (session 27,
  // report-1.45.0, rules from a ninety-fifth to a hundred-and-ninth real set, 14 to 35 pages each, each scored before it
  // was read): 766 with 6, every held field as before
  it('pages, held-out half: at least 96.9% right, at most 0.8% invented', async () => {
    const r = await rates(PAGES, halves.held)
    expect(r.files).toBe(halves.held.length)
    expect(r.right).toBeGreaterThanOrEqual(0.969)
    expect(r.invented).toBeLessThanOrEqual(0.008)
  }, 120_000)
  it('real PDFs: every field and every table 三 cell right', async () => {
    const r = await rates(REAL)
    expect(r.right).toBe(1)
    expect(r.cells).toBe(1)
  }, 120_000)
})
