/**
 * The application menu. Items that need the window's state (export uses the current filter or
 * selection, search, next in the review queue) are sent to the window as 'app.command'; the others
 * (libraries, imports) are done here, through the same services the window calls.
 */
import { Menu, type MenuItemConstructorOptions, app, dialog, shell, type BrowserWindow } from 'electron'
import type { AppCommand } from '../../shared/contract'
import { devToolsAllowed } from './packaged-policy'

export interface MenuActions {
  newLibrary(): void
  openLibrary(): void
  importFiles(): void
  importFolder(): void
  backupLibrary(): void
  command(c: AppCommand): void
  libraryPath(): string | null
}

export function buildMenu(actions: MenuActions, window: () => BrowserWindow | null): Menu {
  const isMac = process.platform === 'darwin'
  const dev = devToolsAllowed(app.isPackaged)
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '文件 File',
      submenu: [
        { label: '新建资料库… New Library…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newLibrary() },
        { label: '打开资料库… Open Library…', accelerator: 'CmdOrCtrl+O', click: () => actions.openLibrary() },
        { type: 'separator' },
        { label: '导入文件… Import Files…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
        { label: '导入文件夹… Import Folder…', accelerator: 'CmdOrCtrl+Shift+I', click: () => actions.importFolder() },
        { type: 'separator' },
        { label: '导出… Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.command('export') },
        { label: '备份资料库… Back Up Library…', click: () => actions.backupLibrary() },
        { label: '检查资料库 Check Library', click: () => actions.command('library.check') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '编辑 Edit',
      submenu: [
        { role: 'undo' }, { role: 'redo' }, { type: 'separator' },
        { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' },
        { type: 'separator' },
        { label: '搜索 Search', accelerator: 'CmdOrCtrl+F', click: () => actions.command('search') },
      ],
    },
    {
      label: '视图 View',
      submenu: [
        { label: '下一篇待审 Next for Review', accelerator: 'CmdOrCtrl+J', click: () => actions.command('review.next') },
        { type: 'separator' },
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(dev ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: '帮助 Help',
      submenu: [
        {
          label: '在文件夹中显示资料库 Show Library in Folder',
          click: () => { const p = actions.libraryPath(); if (p) shell.showItemInFolder(p) },
        },
        {
          label: '关于 About Annalist',
          click: () => {
            const w = window()
            const opts = { type: 'info' as const, title: 'Annalist', message: `Annalist ${app.getVersion()}`, detail: `资料库 Library: ${actions.libraryPath() ?? '—'}` }
            void (w ? dialog.showMessageBox(w, opts) : dialog.showMessageBox(opts))
          },
        },
      ],
    },
  ]
  return Menu.buildFromTemplate(template)
}
