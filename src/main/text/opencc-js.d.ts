/**
 * Types for the opencc-js dictionary subpaths (`opencc-js/dict/*`), which the package exports
 * without declarations. Each dictionary is one string: entries separated by '|', key and
 * value(s) by ' '.
 */
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string
  export default dict
}
declare module 'opencc-js/dict/TSPhrases' {
  const dict: string
  export default dict
}
