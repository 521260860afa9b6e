/**
 * Every change the desk asks for carries the reviewer's name (issue 11), whatever the transport: this
 * wraps a client and adds `reviewer` to the arguments of the methods that write a revision. Without a
 * name the server records its own default (ANNALIST_REVIEWER or the OS user).
 */
import type { AnnalistClient, ApiArgs, ApiMethod, ApiResult } from '../../../shared/contract'

const CHANGES: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'documents.setStatus', 'documents.setNote', 'fields.set', 'fields.confirm', 'warnings.dismiss', 'tags.apply', 'history.undo', 'history.redo',
  'dataset.mergeAgency', 'dataset.splitAgency', 'dataset.renameAgency', 'copies.choose', 'copies.split', 'copies.join',
])

export function withReviewer(client: AnnalistClient, name: () => string): AnnalistClient {
  return {
    ...client,
    call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
      const who = name()
      if (!who || !CHANGES.has(method) || typeof args !== 'object' || args === null) return client.call(method, args)
      return client.call(method, { ...args, reviewer: who } as ApiArgs<M>)
    },
    on: client.on.bind(client),
    originalUrl: client.originalUrl.bind(client),
    ...(client.downloadUrl ? { downloadUrl: client.downloadUrl.bind(client) } : {}),
    ...(client.upload ? { upload: client.upload.bind(client) } : {}),
  }
}
