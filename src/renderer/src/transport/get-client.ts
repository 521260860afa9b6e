/**
 * The one place that picks a transport: the preload's window.annalist in Electron, else the HTTP bridge.
 * Components receive the client through ClientProvider, so tests can hand in their own.
 */
import { createContext, useContext } from 'react'
import type { AnnalistClient } from '../../../shared/contract'
import { createHttpClient } from './http-client'

declare global {
  interface Window { annalist?: AnnalistClient }
}

let cached: AnnalistClient | null = null
export function getClient(): AnnalistClient {
  if (!cached) cached = typeof window !== 'undefined' && window.annalist ? window.annalist : createHttpClient()
  return cached
}

export const ClientContext = createContext<AnnalistClient | null>(null)
export function useClient(): AnnalistClient {
  const c = useContext(ClientContext)
  if (!c) throw new Error('useClient outside ClientContext')
  return c
}
