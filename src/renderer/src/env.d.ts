/** Vite's client types: ?url imports, import.meta.glob, CSS side-effect imports. */
/// <reference types="vite/client" />

/** ECharts' locale objects (ES modules without their own declarations) */
declare module 'echarts/lib/i18n/langZH.js' {
  const locale: Record<string, unknown>
  export default locale
}
declare module 'echarts/lib/i18n/langEN.js' {
  const locale: Record<string, unknown>
  export default locale
}
