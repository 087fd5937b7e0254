/** The reader's code bundled and minified (see reader.mjs); also written to compiled.json. */
export function bundleReader(): string;
