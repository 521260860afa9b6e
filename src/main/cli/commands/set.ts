/**
 * `annalist set <id> <field> <value> --library <file> [--reason text]`: a person's correction, through the
 * field store (typed by the field, recorded as a revision). `null` or an empty value clears the field.
 */
import { parseArgs, requireOption, option, UsageError } from '../args'
import { openFromArgs } from '../open'
import { parseFieldValue, setFieldValues } from '../../library/field-store'
import { ApiError } from '../../../shared/contract'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'readonly'])
  requireOption(args, 'library')
  const [idText, field, value] = args.positionals
  if (idText === undefined || field === undefined || value === undefined) throw new UsageError('give <id> <field> <value>')
  if (!/^\d+$/.test(idText)) throw new UsageError(`'${idText}' is not a document id`)
  let parsed
  try {
    parsed = parseFieldValue(field, value)
  } catch (e) {
    if (e instanceof ApiError) throw new UsageError(e.message)
    throw e
  }
  const { db } = openFromArgs(args, { write: true })
  try {
    const r = setFieldValues(db, [Number(idText)], field, parsed, { reason: option(args, 'reason') ?? '' })
    if (args.flags.has('json')) process.stdout.write(JSON.stringify({ id: Number(idText), field, value: parsed, ...r }) + '\n')
    else process.stdout.write(r.changed ? `#${idText} ${field} = ${JSON.stringify(parsed)} (corrected)\n` : `#${idText} ${field} already ${JSON.stringify(parsed)}; nothing changed\n`)
    return 0
  } finally {
    db.close()
  }
}
