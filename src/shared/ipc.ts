/**
 * The desktop transport's wire: channel names and message shapes between the preload and the shell's
 * ipcMain handlers. One call channel for every API method (the method name travels in the message), one
 * event channel; nobody types a channel string anywhere else.
 */
import type { ApiErrorData, ApiEventName, ApiEvents } from './contract'

export const IPC_CALL = 'annalist:call'
export const IPC_EVENT = 'annalist:event'

export interface IpcCallRequest { method: string; args: unknown }
export type IpcCallReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorData }
export interface IpcEventMessage<E extends ApiEventName = ApiEventName> { name: E; payload: ApiEvents[E] }

/** The custom scheme the window is loaded from; originals are served under the same origin. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'annalist'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
