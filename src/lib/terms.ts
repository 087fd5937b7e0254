/**
 * The project dictionary: names and terms whose traditional form conversion must not decide.
 * Proper names first. Simplified form → traditional form.
 *
 * Add a term when OpenCC's phrase-aware conversion gets it wrong, or when a name's own
 * spelling must win over the standard (a publication keeps 周刊 in its title, where Taiwan's
 * standard writes 週刊). People an article names are protected from its front matter instead.
 */
export const PROTECTED_TERMS: ReadonlyArray<readonly [string, string]> = [
  ['刘庆峰', '劉慶峰'],
  ['科大讯飞', '科大訊飛'],
  ['讯飞星火', '訊飛星火'],
  ['中国经济周刊', '中國經濟周刊'],
];
