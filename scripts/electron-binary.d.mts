/** Types for electron-binary.mjs (a plain script shared by `npm start` and the Electron smoke test). */
export function installedElectron(): string | null
