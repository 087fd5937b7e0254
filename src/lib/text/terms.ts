/**
 * The project dictionary: names and terms whose traditional form conversion must not decide.
 * Proper names first. Simplified form → traditional form.
 *
 * Add a term when a name's own spelling must win over the standard (a publication keeps 周刊
 * in its title, where Taiwan's standard writes 週刊). People an article names need no entry:
 * their names are converted as names (src/lib/text/names.ts) from the front matter.
 */
export const PROTECTED_TERMS: ReadonlyArray<readonly [string, string]> = [
  ['刘庆峰', '劉慶峰'],
  ['科大讯飞', '科大訊飛'],
  ['讯飞星火', '訊飛星火'],
  ['中国经济周刊', '中國經濟周刊'],
];

/**
 * The phrase table: what word-by-word conversion (src/lib/text/convert.ts) still gets wrong, found by
 * `npm run hunt-hazards` (scripts/names/hunt-hazards.ts) in jieba's dictionary and CC-CEDICT.
 * Each is a word jieba keeps whole, inside which OpenCC's longest match still takes a phrase
 * across two words (十几分钟: 几分 + 钟 → 鍾). Entries are whole words, never a bare 千里 or
 * 娘家: those also stand inside other words (千万里面, 姑娘家伙) and would be wrong there; the
 * hunt measures that too. Every entry has a test in tests/lib/script.test.ts.
 */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['十几分钟', '十幾分鐘'],
  ['万分钟', '萬分鐘'],
  ['数千里', '數千里'],
  ['五千里', '五千里'],
  ['七千里', '七千里'],
  ['八千里', '八千里'],
  ['数万里', '數萬里'],
  ['两万里', '兩萬里'],
  ['三万里', '三萬里'],
  ['八万里', '八萬里'],
  ['历史博物馆', '歷史博物館'],
  ['飞机制造', '飛機製造'],
  ['考试制度', '考試制度'],
  ['分配制度', '分配制度'],
  ['重大斗争', '重大鬥爭'],
  ['考察干部', '考察幹部'],
  ['检察干部', '檢察幹部'],
  ['检察干警', '檢察幹警'],
  ['交流干扰', '交流干擾'],
  ['相冲突', '相衝突'],
  ['网上游戏', '網上遊戲'],
  ['网上冲印', '網上沖印'],
  ['观看表演', '觀看表演'],
  ['周岁', '週歲'],
  // A week's line on a chart, cut 周/线图 by jieba (OpenCC's own s2tw tests: 週線圖).
  ['周线图', '週線圖'],
  ['长卷发', '長捲髮'],
  ['别着急', '別著急'],
  ['娘家人', '娘家人'],
  ['发票', '發票'],
  ['复习题', '復習題'],
  ['关联系数', '關聯係數'],
  ['近亲系数', '近親係數'],
  ['关联系统', '關聯系統'],
  ['多维系统', '多維系統'],
  ['密码表', '密碼表'],
  ['直面人生', '直面人生'],
  ['直发抖', '直發抖'],
  ['马夫人', '馬夫人'],
];
