/**
 * The desktop transport, main side: one ipcMain handler for every API method (the service map validates
 * the method and its arguments), errors returned as ApiErrorData, and the event bus forwarded to the
 * window. Calls from any frame that is not the app's own are refused.
 */
import { ipcMain, type WebContents } from 'electron'
import { ApiError } from '../../shared/contract'
import { IPC_CALL, IPC_EVENT, type IpcCallReply, type IpcEventMessage } from '../../shared/ipc'
import type { Services } from '../services'
import { toApiError } from '../services'
import { isAppUrl } from './security'

export function registerIpc(services: () => Services | null): void {
  ipcMain.handle(IPC_CALL, async (event, msg: unknown): Promise<IpcCallReply> => {
    try {
      if (!isAppUrl(event.senderFrame?.url)) throw new ApiError('bad_request', 'calls are accepted from the app window only')
      if (typeof msg !== 'object' || msg === null || typeof (msg as { method?: unknown }).method !== 'string') {
        throw new ApiError('bad_request', 'a call is {method, args}')
      }
      const s = services()
      if (!s) throw new ApiError('unavailable', 'no library is open')
      const { method, args } = msg as { method: string; args: unknown }
      return { ok: true, value: await s.call(method, args) }
    } catch (e) {
      return { ok: false, error: toApiError(e).toData() }
    }
  })
}

/** Forward every event of `services` to the window; returns the unsubscribe function. */
export function forwardEvents(services: Services, target: () => WebContents | null): () => void {
  return services.ctx.events.subscribe((name, payload) => {
    const wc = target()
    if (!wc || wc.isDestroyed()) return
    const msg: IpcEventMessage = { name, payload }
    wc.send(IPC_EVENT, msg)
  })
}

export function sendToWindow(target: WebContents | null, msg: IpcEventMessage): void {
  if (target && !target.isDestroyed()) target.send(IPC_EVENT, msg)
}
