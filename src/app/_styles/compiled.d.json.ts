/**
 * compiled.json: each part of the styles (the .css files here) minified by lightningcss, and
 * the copy-link icon the rest masks with (link-icon.svg),
 * written by scripts/support/styles.mjs when Next builds or serves in development and before
 * the tests. Git-ignored: the .css files are the source.
 */
declare const styles: {
  base: string;
  article: string;
  archive: string;
  share: string;
  rest: string;
  linkIcon: string;
};
export default styles;
