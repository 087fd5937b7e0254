import { css } from './css';

/**
 * First screen, every page: colours (light and dark), the fonts of each script, the page box,
 * the site header with the script toggle, headings. Inlined in every page (see index.ts).
 */
export const BASE = css`
  :root {
    --text: #1f1f1f;
    --muted: #5c5c5c;
    --bg: #fdfcf9;
    --rule: #e2ded5;
    --accent: #8a2a12;
    --target: #fff3c4;
    --quote-bg: #f5efe2;
    --header-height: 3rem;
    /* about 36 characters of body text (1.125rem) a line */
    --measure: 40.5rem;
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :root {
      --text: #e9e6df;
      --muted: #a9a49a;
      --bg: #171614;
      --rule: #3a3733;
      --accent: #f0a080;
      --target: #4a3d12;
      --quote-bg: #26231e;
    }
  }
  :lang(zh-Hans) {
    --sans:
      'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC',
      'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif;
    --serif: 'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', serif;
  }
  :lang(zh-Hant) {
    --sans:
      'PingFang TC', 'Heiti TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC',
      sans-serif;
    --serif: 'Songti TC', 'Noto Serif CJK TC', 'Source Han Serif TC', 'PMingLiU', 'MingLiU', serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  html {
    scroll-padding-top: calc(var(--header-height) + 1rem);
    -webkit-text-size-adjust: 100%;
  }
  body {
    margin: 0;
    background: var(--bg);
    color: var(--text);
    font-family: var(--sans);
    font-size: 1.125rem;
    line-height: 1.8;
  }
  a {
    color: var(--accent);
  }
  .skip-link {
    position: absolute;
    left: -9999px;
  }
  .skip-link:focus {
    left: 1rem;
    top: 0.5rem;
    z-index: 20;
    background: var(--bg);
    padding: 0.25rem 0.5rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .site-header {
    position: sticky;
    top: 0;
    z-index: 10;
    height: var(--header-height);
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0 1rem;
    background: var(--bg);
    border-bottom: 1px solid var(--rule);
    font-size: 1rem;
  }
  .site-header .home {
    color: var(--text);
    text-decoration: none;
    font-weight: 600;
  }
  .script-toggle {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .script-toggle a {
    display: inline-block;
    padding: 0 0.4rem;
    min-width: 2.75rem;
    min-height: 2.75rem;
    line-height: 2.75rem;
    text-align: center;
    text-decoration: none;
    border-radius: 0.25rem;
  }
  .script-toggle a[aria-current='page'] {
    color: var(--bg);
    background: var(--text);
  }
  .script-toggle .divider {
    color: var(--muted);
  }

  main {
    max-width: calc(var(--measure) + 2rem);
    margin: 0 auto;
    padding: 1.5rem 1rem 4rem;
  }
  h1 {
    font-size: 1.75rem;
    line-height: 1.4;
    margin: 0.5rem 0 0.75rem;
  }
  h2 {
    font-size: 1.3rem;
    line-height: 1.5;
    margin: 2.5rem 0 1rem;
  }
  .byline,
  .meta {
    color: var(--muted);
    font-size: 0.95rem;
    margin: 0;
  }
  /* A deep link (#p12, a quotation) lands highlighted from the first paint. */
  :target:not(.alias) {
    background: var(--target);
    border-radius: 0.25rem;
    box-shadow: 0 0 0 0.25rem var(--target);
  }
  @media (max-width: 30em) {
    body {
      font-size: 1.0625rem;
    }
    h1 {
      font-size: 1.5rem;
    }
  }
`;
