/**
 * The preload: exposes `window.annalist`, an AnnalistClient over IPC, and nothing else: domain calls and
 * event subscriptions, never ipcRenderer itself. Runs sandboxed, so it imports only 'electron' (the
 * contract and channel names are types and constants, bundled in).
 *
 * Errors: a failed call rejects with the ApiErrorData object `{name: 'ApiError', code, message}` (the
 * context bridge keeps only the message of an Error instance, and the code matters to the window);
 * the renderer rebuilds it with ApiError.fromData.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { AnnalistClient, ApiArgs, ApiEventName, ApiEvents, ApiMethod, ApiResult } from '../shared/contract'
import { APP_ORIGIN, IPC_CALL, IPC_EVENT, type IpcCallReply, type IpcEventMessage } from '../shared/ipc'

type Listener = (payload: unknown) => void
const listeners = new Map<string, Set<Listener>>()

ipcRenderer.on(IPC_EVENT, (_event, msg: IpcEventMessage) => {
  const set = listeners.get(msg.name)
  if (!set) return
  for (const fn of set) {
    try { fn(msg.payload) } catch (e) { console.error('annalist event listener failed', e) }
  }
})

const client: AnnalistClient = {
  mode: 'electron',
  async call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
    const reply = (await ipcRenderer.invoke(IPC_CALL, { method, args })) as IpcCallReply
    if (reply.ok) return reply.value as ApiResult<M>
    throw reply.error
  },
  on<E extends ApiEventName>(event: E, fn: (payload: ApiEvents[E]) => void): () => void {
    let set = listeners.get(event)
    if (!set) { set = new Set(); listeners.set(event, set) }
    const l = fn as Listener
    set.add(l)
    return () => { set.delete(l) }
  },
  async originalUrl(id: number): Promise<string> {
    return `${APP_ORIGIN}/api/original/${Math.trunc(Number(id))}`
  },
}

contextBridge.exposeInMainWorld('annalist', client)
