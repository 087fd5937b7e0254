/**
 * A minimal valid article whose one section heading holds 'ሀ' (Ethiopic), which no card font
 * covers: its section's card cannot be drawn in any script. For the tests of the build's and
 * the editor's card checks.
 */
export const UNDRAWABLE_ARTICLE = [
  '---',
  'title: 一次访谈',
  'publication: 某周刊',
  'issue: 2026年第1期',
  'date: 2026-11-30',
  'reporter:',
  '  name: 石青川',
  'interviewee:',
  '  name: 王建国',
  '  role: 董事长',
  '---',
  '',
  '导语。',
  '',
  '## 从ሀ说起',
  '',
  '正文。',
  '',
].join('\n');
