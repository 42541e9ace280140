// opencc-js ships its dictionaries as ES modules without types: each is one string, "简 繁|简 繁|…".
declare module 'opencc-js/dict/STCharacters' {
  const dictionary: string;
  export default dictionary;
}
