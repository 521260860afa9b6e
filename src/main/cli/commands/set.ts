/**
 * `annalist set <id> <field> <value> --library <file> [--reason text] [--reviewer name] [--readonly]`: a person's
 * correction, through the same service as the desk (typed by the field, approximate markers kept, recorded
 * as a revision with its reviewer, the document re-validated). `null` or an empty value clears the field.
 * The reviewer defaults to ANNALIST_REVIEWER, else the operating system's user name.
 */
import { parseArgs, requireOption, option, UsageError } from '../args'
import { openServices } from '../../services/open-library'
import { openFromArgs } from '../open'
import { parseTypedFieldValue } from '../../library/field-store'
import { ApiError } from '../../../shared/contract'
import { defaultReviewer } from '../../services/reviewer'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'readonly'])
  const library = requireOption(args, 'library')
  const [idText, field, value] = args.positionals
  if (idText === undefined || field === undefined || value === undefined) throw new UsageError('give <id> <field> <value>')
  if (!/^\d+$/.test(idText)) throw new UsageError(`'${idText}' is not a document id`)
  let parsed
  try {
    parsed = parseTypedFieldValue(field, value)
  } catch (e) {
    if (e instanceof ApiError) throw new UsageError(e.message)
    throw e
  }
  // a read-only library stops here with the same one line as every other command that writes
  openFromArgs(args, { write: true }).db.close()
  const app = openServices({ path: library, mode: 'browser', readonly: args.flags.has('readonly'), reviewer: option(args, 'reviewer') ?? defaultReviewer() })
  try {
    const r = (await app.services.call('fields.set', {
      ids: [Number(idText)], field, value: parsed.value, reason: option(args, 'reason') ?? '', ...(parsed.approximate ? { approximate: true } : {}),
    })) as { changed: number; batch: string }
    const shown = `${JSON.stringify(parsed.value)}${parsed.approximate ? ' (approximate)' : ''}`
    if (args.flags.has('json')) process.stdout.write(JSON.stringify({ id: Number(idText), field, value: parsed.value, approximate: parsed.approximate, ...r }) + '\n')
    else process.stdout.write(r.changed ? `#${idText} ${field} = ${shown} (corrected)\n` : `#${idText} ${field} already ${shown}; nothing changed\n`)
    return 0
  } catch (e) {
    if (e instanceof ApiError && e.code === 'not_found') throw new UsageError(e.message)
    throw e
  } finally {
    await app.close()
  }
}
