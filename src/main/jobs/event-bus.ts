/**
 * The one channel by which main tells its clients what happened (ApiEvents). The shell forwards it to the
 * window, the HTTP bridge to every Server-Sent Events stream. Listeners must not throw; one that does is
 * isolated so that the others still hear the event.
 */
import type { ApiEventName, ApiEvents } from '../../shared/contract'

export type EventListener = <E extends ApiEventName>(name: E, payload: ApiEvents[E]) => void

export class EventBus {
  private readonly listeners = new Set<EventListener>()

  /** Returns the unsubscribe function. */
  subscribe(fn: EventListener): () => void {
    this.listeners.add(fn)
    return () => { this.listeners.delete(fn) }
  }

  emit<E extends ApiEventName>(name: E, payload: ApiEvents[E]): void {
    for (const fn of this.listeners) {
      try { fn(name, payload) } catch (e) { process.stderr.write(`annalist: event listener failed: ${String(e)}\n`) }
    }
  }
}
