// opencc-js ships its dictionaries as ES modules without type declarations: each default-exports
// one string of "traditional simplified" pairs separated by "|".
declare module 'opencc-js/dict/TSCharacters' {
  const pairs: string
  export default pairs
}
