import type { Script } from './locale';

/**
 * Interface text, written by hand for each script (never machine-converted), so that the
 * chrome reads as naturally as the article.
 */
export type Labels = {
  siteName: string;
  siteDescription: string;
  scriptName: string;
  switchTo: string;
  reporter: string;
  contents: string;
  lede: string;
  readingTime: (minutes: number) => string;
  linkToSection: (heading: string) => string;
  linkToParagraph: string;
  copyLink: string;
  copied: string;
  copyQuote: string;
  quotesBy: (name: string) => string;
  goToQuote: string;
  articles: string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  skipToContent: string;
};

const hans: Labels = {
  siteName: '访谈阅读',
  siteDescription: '以简体或繁体阅读中文访谈全文。',
  scriptName: '简体',
  switchTo: '切换到繁体',
  reporter: '记者',
  contents: '目录',
  lede: '导语',
  readingTime: (m) => `约 ${m} 分钟读完`,
  linkToSection: (h) => `本节链接：${h}`,
  linkToParagraph: '本段链接',
  copyLink: '复制链接',
  copied: '已复制',
  copyQuote: '复制引语',
  quotesBy: (name) => `${name}说`,
  goToQuote: '在原文中查看',
  articles: '文章',
  notFoundTitle: '找不到这个页面',
  notFoundBody: '链接可能有误，或文章已经移走。',
  backHome: '返回首页',
  skipToContent: '跳到正文',
};

const hant: Labels = {
  siteName: '訪談閱讀',
  siteDescription: '以簡體或繁體閱讀中文訪談全文。',
  scriptName: '繁體',
  switchTo: '切換到簡體',
  reporter: '記者',
  contents: '目錄',
  lede: '導語',
  readingTime: (m) => `約 ${m} 分鐘讀完`,
  linkToSection: (h) => `本節連結：${h}`,
  linkToParagraph: '本段連結',
  copyLink: '複製連結',
  copied: '已複製',
  copyQuote: '複製引語',
  quotesBy: (name) => `${name}說`,
  goToQuote: '在原文中查看',
  articles: '文章',
  notFoundTitle: '找不到這個頁面',
  notFoundBody: '連結可能有誤，或文章已經移走。',
  backHome: '返回首頁',
  skipToContent: '跳到正文',
};

/** The interface text for a script. */
export function labelsFor(script: Script): Labels {
  return script === 'zh-hant' ? hant : hans;
}
