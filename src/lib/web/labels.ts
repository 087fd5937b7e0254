import type { Script } from '../text/scripts';

/**
 * Interface text, written by hand for each script (never machine-converted), so that the
 * chrome reads as naturally as the article.
 */
export type Labels = {
  siteName: string;
  siteDescription: string;
  scriptToggle: string;
  reporter: string;
  /** Before the interviewee's name and role on an article. */
  interviewee: string;
  /** Before the day of an article's last amendment. */
  updated: string;
  contents: string;
  readingTime: (minutes: number) => string;
  linkToSection: (heading: string) => string;
  linkToParagraph: string;
  copyLink: string;
  copyQuote: string;
  /** The control by a reader's selection of sentences (components/passage-control-html.ts). */
  passageControl: string;
  copyPassageLink: string;
  passageCard: string;
  previousSentence: string;
  nextSentence: string;
  copied: string;
  copyFailed: string;
  quotesBy: (name: string) => string;
  inContext: string;
  /** The link in a quotes panel entry to its card, for apps where links do not preview. */
  downloadCard: string;
  /** On a share page: the link to the place in the article. */
  readInContext: string;
  /** The alt text of a card: what it shows. */
  cardAlt: (what: string) => string;
  /** The archive: its heading, paging, people's pages. */
  latest: string;
  pageOf: (page: number, pages: number) => string;
  previousPage: string;
  nextPage: string;
  interviewsWith: (name: string) => string;
  interviewCount: (count: number) => string;
  /** Search: the form, the results page and what it says when it has nothing to show. */
  search: string;
  searchField: string;
  searchTitle: (query: string) => string;
  resultCount: (count: number) => string;
  noResults: string;
  queryTooShort: string;
  queryTooLong: (max: number) => string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  skipToContent: string;
};

const hans: Labels = {
  siteName: '访谈阅读',
  siteDescription: '以简体或繁体阅读中文访谈全文。',
  scriptToggle: '简繁切换',
  reporter: '记者',
  interviewee: '受访者',
  updated: '更新于',
  contents: '目录',
  readingTime: (m) => `约 ${m} 分钟读完`,
  linkToSection: (h) => `本节链接：${h}`,
  linkToParagraph: '本段链接',
  copyLink: '复制本节链接',
  copyQuote: '复制引语',
  passageControl: '分享选中的句子',
  copyPassageLink: '复制这句的链接',
  passageCard: '这句的卡片',
  previousSentence: '上一句',
  nextSentence: '下一句',
  copied: '已复制到剪贴板',
  copyFailed: '复制失败，请手动复制地址栏中的链接',
  quotesBy: (name) => `${name}说`,
  inContext: '在原文中查看',
  downloadCard: '下载金句卡',
  readInContext: '在原文中阅读',
  cardAlt: (what) => `分享卡片：${what}`,
  latest: '最新访谈',
  pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  previousPage: '上一页',
  nextPage: '下一页',
  interviewsWith: (name) => `${name}的访谈`,
  interviewCount: (count) => `共 ${count} 篇访谈`,
  search: '搜索',
  searchField: '搜索访谈、人名或字句',
  searchTitle: (query) => `“${query}”的搜索结果`,
  resultCount: (count) => `找到 ${count} 篇访谈`,
  noResults: '没有找到相关的访谈。换个词试试，或用两个字以上的词语。',
  queryTooShort: '请输入要搜索的词语（至少两个字）。',
  queryTooLong: (max) => `搜索词太长了，请少于 ${max} 个字。`,
  notFoundTitle: '找不到这个页面',
  notFoundBody: '链接可能有误，或文章已经移走。',
  backHome: '返回首页',
  skipToContent: '跳到正文',
};

const hant: Labels = {
  siteName: '訪談閱讀',
  siteDescription: '以簡體或繁體閱讀中文訪談全文。',
  scriptToggle: '簡繁切換',
  reporter: '記者',
  interviewee: '受訪者',
  updated: '更新於',
  contents: '目錄',
  readingTime: (m) => `約 ${m} 分鐘讀完`,
  linkToSection: (h) => `本節連結：${h}`,
  linkToParagraph: '本段連結',
  copyLink: '複製本節連結',
  copyQuote: '複製引語',
  passageControl: '分享選取的句子',
  copyPassageLink: '複製這句的連結',
  passageCard: '這句的卡片',
  previousSentence: '上一句',
  nextSentence: '下一句',
  copied: '已複製到剪貼簿',
  copyFailed: '複製失敗，請手動複製網址列中的連結',
  quotesBy: (name) => `${name}說`,
  inContext: '在原文中查看',
  downloadCard: '下載金句卡',
  readInContext: '在原文中閱讀',
  cardAlt: (what) => `分享卡片：${what}`,
  latest: '最新訪談',
  pageOf: (page, pages) => `第 ${page} 頁，共 ${pages} 頁`,
  previousPage: '上一頁',
  nextPage: '下一頁',
  interviewsWith: (name) => `${name}的訪談`,
  interviewCount: (count) => `共 ${count} 篇訪談`,
  search: '搜尋',
  searchField: '搜尋訪談、人名或字句',
  searchTitle: (query) => `「${query}」的搜尋結果`,
  resultCount: (count) => `找到 ${count} 篇訪談`,
  noResults: '沒有找到相關的訪談。換個詞試試，或用兩個字以上的詞語。',
  queryTooShort: '請輸入要搜尋的詞語（至少兩個字）。',
  queryTooLong: (max) => `搜尋詞太長了，請少於 ${max} 個字。`,
  notFoundTitle: '找不到這個頁面',
  notFoundBody: '連結可能有誤，或文章已經移走。',
  backHome: '返回首頁',
  skipToContent: '跳到正文',
};

/** Hong Kong's: Taiwan's words, in Hong Kong's character forms (閲, 説), as its pages print them. */
const hantHk: Labels = {
  ...hant,
  siteName: '訪談閲讀',
  siteDescription: '以簡體或繁體閲讀中文訪談全文。',
  quotesBy: (name) => `${name}説`,
  readInContext: '在原文中閲讀',
};

const LABELS: Record<Script, Labels> = { 'zh-hans': hans, 'zh-hant': hant, 'zh-hant-hk': hantHk };

/** The interface text for a script. */
export function labelsFor(script: Script): Labels {
  return LABELS[script];
}
