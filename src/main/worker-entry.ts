/**
 * Where a worker thread's code is (the import's parse workers, check, fixity), given the URL of the module
 * that starts it and the worker's file name beside that module: under tsx/vitest the caller is a .ts file and
 * the worker is started through a small bootstrap that registers tsx's loader (Node 20 does not pass
 * `--import tsx` hooks on to workers); in the built app it is out/main/<name>.js (electron.vite.config.ts
 * names each entry).
 */
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

export function workerEntry(caller: string, name: string): { spec: string | URL; eval: boolean } {
  if (caller.endsWith('.ts')) {
    const require = createRequire(caller)
    // tsx's ESM API (the 'require' condition would give the CJS build, which cannot register ESM hooks)
    const api = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
    const target = new URL(`./${name}.ts`, caller).href
    return { spec: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}) })`, eval: true }
  }
  // the bundler may put the caller in a shared chunk (out/main/chunks/*.js): the entries sit one folder up
  const dir = /\/chunks\/[^/]*$/.test(caller) ? new URL('../', caller) : new URL('./', caller)
  return { spec: new URL(`${name}.js`, dir), eval: false }
}
