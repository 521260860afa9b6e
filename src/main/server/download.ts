/**
 * /api/download/<job>: the file an export job wrote, as an attachment. A BagIt export is a folder; it is
 * streamed as one zip (the bag inside a top folder of the same name, as BagIt tools expect).
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { basename, join } from 'node:path'
import { ZipFile } from 'yazl'
import { ApiError } from '../../shared/contract'
import { listFiles } from '../export/bagit-format'
import type { Services } from '../services'
import { contentDisposition } from './originals'

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  bagit: 'application/zip',
}

export async function sendDownload(res: ServerResponse, services: Services, jobId: string): Promise<void> {
  const job = services.ctx.jobs.get(jobId)
  if (!job || job.kind !== 'export') throw new ApiError('not_found', `no export job ${jobId}`)
  if (!job.end) throw new ApiError('conflict', 'the export is still running')
  if (job.end.kind !== 'export' || !job.end.summary) throw new ApiError('not_found', `export ${jobId} wrote no file${job.end.kind === 'export' && job.end.error ? `: ${job.end.error}` : ''}`)
  const { path, format } = job.end.summary
  const st = await stat(path).catch(() => null)
  if (!st) throw new ApiError('not_found', 'the export file is gone')
  const headers = { 'Content-Type': TYPES[format], 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }
  if (st.isFile()) {
    res.writeHead(200, { ...headers, 'Content-Length': String(st.size), 'Content-Disposition': contentDisposition('attachment', basename(path)) })
    await new Promise<void>((resolve, reject) => { createReadStream(path).on('error', reject).pipe(res).on('close', resolve) })
    return
  }
  const name = basename(path).replace(/\.bag$/, '')
  const { files } = await listFiles(path, '.')
  const zip = new ZipFile()
  for (const f of files) zip.addFile(join(path, f), `${name}/${f.replace(/^\.\//, '')}`)
  zip.end()
  res.writeHead(200, { ...headers, 'Content-Disposition': contentDisposition('attachment', `${name}.zip`) })
  await new Promise<void>((resolve, reject) => { zip.outputStream.on('error', reject).pipe(res).on('close', resolve) })
}
