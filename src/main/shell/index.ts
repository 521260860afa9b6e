/**
 * The Electron main process: the only code that imports 'electron'. It opens one window on the app://
 * scheme with a sandboxed, context-isolated renderer, answers the window's calls through the same
 * service map as the HTTP bridge, and owns what only a desktop app has: menus, dialogs, the last library.
 *
 * First start (no last library, or it is gone): a demo library is made from resources/samples and opened.
 * Environment: ANNALIST_USER_DATA moves userData (tests: one folder per worker, so single-instance locks
 * never collide). better-sqlite3's prebuilt N-API binary loads in Electron as it is: nothing is fetched or rebuilt.
 */
import { BrowserWindow, Menu, app, dialog } from 'electron'
import { existsSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { ExportSettings } from '../../shared/contract'
import { APP_ORIGIN } from '../../shared/ipc'
import { backupLibrary } from '../library/backup'
import { makeDemoLibrary } from '../services/demo-library'
import { handleAppScheme, registerAppScheme, rendererDirOf } from './app-protocol'
import { registerIpc, sendToWindow } from './ipc'
import { LibrarySession } from './library-session'
import { buildMenu } from './menu'
import { devToolsAllowed } from './packaged-policy'
import { devRendererUrl, installSecurity } from './security'
import { readSettings, writeSettings } from './settings'

if (process.env.ANNALIST_USER_DATA) app.setPath('userData', resolve(process.env.ANNALIST_USER_DATA))
registerAppScheme()

let win: BrowserWindow | null = null
const LIBRARY_FILTERS = [{ name: 'Annalist 资料库', extensions: ['annalist', 'sqlite', 'db'] }]
const IMPORT_FILTERS = [{ name: '报告 Reports', extensions: ['txt', 'docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'mht', 'mhtml', 'warc', 'gz', 'wacz', 'png', 'jpg', 'jpeg', 'tif', 'tiff'] }, { name: '全部 All', extensions: ['*'] }]
const EXPORT_EXT: Record<ExportSettings['format'], string> = { csv: 'csv', xlsx: 'xlsx', jsonl: 'jsonl', bagit: 'bag' }

const session = new LibrarySession({
  send: (name, payload) => sendToWindow(win?.webContents ?? null, { name, payload }),
  exportPath: async (req) => {
    // Linux asks before replacing a file only when told to; the export then replaces it (jobs-glue: force)
    const opts = { title: '导出 Export', defaultPath: `annalist-export.${EXPORT_EXT[req.format]}`, properties: ['showOverwriteConfirmation' as const] }
    const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts)
    return r.canceled || !r.filePath ? null : r.filePath
  },
  chooseImport: async ({ folder }) => {
    const opts = folder
      ? { title: '导入文件夹 Import Folder', properties: ['openDirectory' as const] }
      : { title: '导入文件 Import Files', properties: ['openFile' as const, 'multiSelections' as const], filters: IMPORT_FILTERS }
    const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
    return r.canceled ? null : r.filePaths
  },
})

function samplesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'resources', 'samples')
}

/** The default library, made from the samples on first start; the same file scripts/library-path.mjs names for the browser fallback. */
function demoPath(): string {
  return join(app.getPath('userData'), 'library.annalist')
}

async function openLibrary(path: string, create = false): Promise<boolean> {
  try {
    await session.open(path, { create, demo: path === demoPath() })
    writeSettings(app.getPath('userData'), { lastLibrary: path })
    win?.setTitle(`Annalist — ${path}`)
    return true
  } catch (e) {
    dialog.showErrorBox('无法打开资料库 Cannot open the library', e instanceof Error ? e.message : String(e))
    return false
  }
}

async function openInitialLibrary(): Promise<void> {
  const last = readSettings(app.getPath('userData')).lastLibrary
  if (last && existsSync(last) && (await openLibrary(last))) return
  const demo = demoPath()
  if (!existsSync(demo)) {
    const summary = await makeDemoLibrary(demo, samplesDir())
    for (const f of summary.failed) process.stderr.write(`annalist: demo sample ${f.file} not imported: ${f.error}\n`)
  }
  await openLibrary(demo)
}

async function chooseNewLibrary(): Promise<void> {
  const opts = { title: '新建资料库 New Library', defaultPath: 'library.annalist', filters: LIBRARY_FILTERS }
  const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts)
  if (r.canceled || !r.filePath) return
  if (existsSync(r.filePath)) {
    dialog.showErrorBox('文件已存在 File exists', `${r.filePath} exists already; use Open Library to open it.`)
    return
  }
  await openLibrary(r.filePath, true)
}

async function chooseLibrary(): Promise<void> {
  const opts = { title: '打开资料库 Open Library', properties: ['openFile' as const], filters: LIBRARY_FILTERS }
  const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
  if (!r.canceled && r.filePaths[0]) await openLibrary(r.filePaths[0])
}

/**
 * The menu's import: the window makes the same `import.choose` call as its buttons, with the desk's OCR pages
 * setting (kept in the window's profile); without a window, main calls it with the defaults. Main shows the
 * dialog either way.
 */
async function chooseImport(kind: 'files' | 'folder'): Promise<void> {
  if (win) {
    sendToWindow(win.webContents, { name: 'app.command', payload: { command: kind === 'folder' ? 'import.folder' : 'import.files' } })
    return
  }
  const s = session.services()
  if (!s) return
  try {
    await s.call('import.choose', { folder: kind === 'folder' })
  } catch (e) {
    dialog.showErrorBox('导入失败 Import failed', e instanceof Error ? e.message : String(e))
  }
}

/** File > Back Up Library: SQLite's online backup of the open library to a file chosen in the save dialog. */
async function chooseBackup(): Promise<void> {
  const s = session.services()
  const library = session.path()
  if (!s || !library) return
  const stamp = new Date().toISOString().slice(0, 10)
  const opts = { title: '备份资料库 Back Up Library', defaultPath: `${basename(library).replace(/\.[^.]*$/, '')}-backup-${stamp}.annalist`, filters: LIBRARY_FILTERS, properties: ['showOverwriteConfirmation' as const] }
  const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts)
  if (r.canceled || !r.filePath) return
  try {
    // the save dialog has asked before replacing a file: force, but never the library itself (backupLibrary refuses it)
    const summary = await backupLibrary(s.ctx.db, r.filePath, { force: true, library })
    const done = { type: 'info' as const, title: 'Annalist', message: '备份完成 Backup done', detail: `${summary.documents} 篇文档 documents → ${summary.path}` }
    void (win ? dialog.showMessageBox(win, done) : dialog.showMessageBox(done))
  } catch (e) {
    dialog.showErrorBox('备份失败 Backup failed', e instanceof Error ? e.message : String(e))
  }
}

function preloadPath(): string {
  const dir = join(app.getAppPath(), 'out', 'preload')
  const found = ['index.cjs', 'index.js', 'index.mjs'].map((f) => join(dir, f)).find((p) => existsSync(p))
  return found ?? join(dir, 'index.cjs')
}

function createWindow(): BrowserWindow {
  const w = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Annalist',
    webPreferences: {
      preload: preloadPath(),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // a packaged app has no developer tools at all: no menu item, no shortcut, no openDevTools()
      devTools: devToolsAllowed(app.isPackaged),
    },
  })
  w.once('ready-to-show', () => w.show())
  w.on('closed', () => { if (win === w) win = null })
  const dev = devRendererUrl()
  void (dev ? w.loadURL(dev) : w.loadURL(`${APP_ORIGIN}/index.html`))
  return w
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('second-instance', () => { if (win) { if (win.isMinimized()) win.restore(); win.focus() } })
  await app.whenReady()
  installSecurity()
  const dev = devRendererUrl()
  handleAppScheme(rendererDirOf(app.getAppPath()), () => session.services(), dev ? new URL(dev).origin : null)
  registerIpc(() => session.services())
  Menu.setApplicationMenu(buildMenu({
    newLibrary: () => void chooseNewLibrary(),
    openLibrary: () => void chooseLibrary(),
    importFiles: () => void chooseImport('files'),
    importFolder: () => void chooseImport('folder'),
    backupLibrary: () => void chooseBackup(),
    command: (command) => sendToWindow(win?.webContents ?? null, { name: 'app.command', payload: { command } }),
    libraryPath: () => session.path(),
  }, () => win))
  await openInitialLibrary()
  win = createWindow()
  app.on('activate', () => { if (!win) win = createWindow() })
}

app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit() })

// Close the library cleanly (jobs cancelled, WAL checkpointed) before quitting.
let quitting = false
app.on('will-quit', (e) => {
  if (quitting) return
  e.preventDefault()
  quitting = true
  session.close().finally(() => app.quit())
})

start().catch((e: unknown) => {
  dialog.showErrorBox('Annalist', e instanceof Error ? e.stack ?? e.message : String(e))
  app.quit()
})
