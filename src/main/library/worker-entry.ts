/**
 * Where a library worker thread's code is (check-worker, fixity-worker): under tsx/vitest this module is a .ts
 * file and the worker is started through a small bootstrap that registers tsx's loader (as import/worker-pool.ts
 * does for the parse workers); in the built app it is out/main/<name>.js (electron.vite.config.ts names each entry).
 */
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

export function workerEntry(name: 'check-worker' | 'fixity-worker'): { spec: string | URL; eval: boolean } {
  const here = import.meta.url
  if (here.endsWith('.ts')) {
    const require = createRequire(here)
    const api = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
    const target = new URL(`./${name}.ts`, here).href
    return { spec: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}) })`, eval: true }
  }
  // the bundler may put this module in a shared chunk (out/main/chunks/*.js): the entries sit one folder up
  const dir = /\/chunks\/[^/]*$/.test(here) ? new URL('../', here) : new URL('./', here)
  return { spec: new URL(`${name}.js`, dir), eval: false }
}
