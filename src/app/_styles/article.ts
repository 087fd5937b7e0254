import { css } from './css';

/**
 * First screen of an article: its header, the table of contents, the text's typography, and
 * every block an editor may put first (a figure, a note, a list, a table), so that nothing on
 * the first screen changes when the rest of the stylesheet arrives.
 */
export const ARTICLE = css`
  .article-header {
    margin-bottom: 2rem;
    padding-bottom: 1rem;
    border-bottom: 1px solid var(--rule);
  }
  article p,
  .lede p {
    font-family: var(--serif);
    text-align: justify;
    text-justify: inter-character;
    margin: 0 0 1.1em;
  }

  /* Table of contents: at the top on small screens, a sticky column beside the text on wide ones */
  .toc {
    font-size: 0.95rem;
    margin: 0 0 1.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--rule);
    border-radius: 0.25rem;
  }
  .toc-title {
    margin: 0 0 0.25rem;
    color: var(--muted);
  }
  .toc ol {
    margin: 0;
    padding-left: 1.25rem;
  }
  .toc a {
    text-decoration: none;
  }
  @media (min-width: 75rem) {
    .toc {
      position: fixed;
      top: calc(var(--header-height) + 1.5rem);
      left: max(1rem, calc(50% - var(--measure) / 2 - 18rem));
      width: 14rem;
      max-height: calc(100vh - var(--header-height) - 3rem);
      overflow-y: auto;
      border: none;
      margin: 0;
    }
  }

  /* Blocks an editor types: notes, lists, figures, tables, section breaks */
  article blockquote {
    margin: 0 0 1.1em;
    padding: 0.75rem 1rem 0.1rem;
    border-left: 3px solid var(--rule);
    background: var(--quote-bg);
    color: var(--text);
  }
  article blockquote p {
    font-size: 0.95em;
  }
  article ol,
  article ul {
    margin: 0 0 1.1em;
    padding-left: 2em;
  }
  article li > p {
    margin-bottom: 0.4em;
  }
  article figure {
    position: relative;
    margin: 1.5rem 0;
  }
  article figure img {
    display: block;
    width: 100%;
    height: auto;
    background: var(--quote-bg);
  }
  article figcaption {
    margin-top: 0.5rem;
    color: var(--muted);
    font-size: 0.9rem;
    text-align: center;
  }
  .table-wrap {
    position: relative;
    overflow-x: auto;
    margin: 0 0 1.1em;
  }
  article table {
    border-collapse: collapse;
    font-size: 0.95rem;
    min-width: 60%;
  }
  article th,
  article td {
    padding: 0.35rem 0.75rem;
    border-bottom: 1px solid var(--rule);
    text-align: start;
  }
  article th[align='right'],
  article td[align='right'] {
    text-align: right;
  }
  article th[align='center'],
  article td[align='center'] {
    text-align: center;
  }
  article hr {
    border: 0;
    margin: 2rem 0;
    text-align: center;
  }
  article hr::after {
    content: '＊　＊　＊';
    color: var(--muted);
  }

  /* Utterances; Q&A transcripts: questions set apart, labels in the accent colour */
  .utterance {
    background: linear-gradient(transparent 62%, var(--quote-bg) 62%);
  }
  .turn-question {
    font-weight: 700;
    padding-left: 0.75rem;
    border-left: 0.2rem solid var(--rule);
  }
  .turn-answer .utterance,
  .turn-remark .utterance {
    background: none;
  }
  .turn-label {
    color: var(--accent);
  }

  /* Section headings with their link and copy button; paragraph links */
  .heading-row {
    position: relative;
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    margin: 2.5rem 0 1rem;
  }
  .heading-row h2 {
    margin: 0;
  }
  /* Alias anchors take no room; they sit at the top of the row so a jump lands on the heading. */
  .heading-row .alias {
    position: absolute;
    top: 0;
    left: 0;
  }
  .heading-row:has(.alias:target) h2 {
    background: var(--target);
    box-shadow: 0 0 0 0.25rem var(--target);
    border-radius: 0.25rem;
  }
  .self-link,
  .para-link {
    color: var(--muted);
    text-decoration: none;
    opacity: 0;
    font-family: var(--sans);
    font-weight: normal;
    padding: 0 0.25rem;
  }
  .heading-row .self-link::before {
    content: '#';
  }
  .para-link::before {
    content: '¶';
  }
  button[data-copy] {
    font: inherit;
    font-size: 0.85rem;
    color: var(--muted);
    background: transparent;
    border: 1px solid var(--rule);
    border-radius: 0.25rem;
    padding: 0.1rem 0.5rem;
    cursor: pointer;
  }
  button[data-copy='link']::before {
    content: '';
    display: inline-block;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
  }
  /* Until scripts make them work the copy buttons are invisible but keep their place, so that
     showing them (the reader script) repaints them without laying the page out again. */
  button[data-copy][hidden] {
    display: inline-block;
    visibility: hidden;
  }

  /* The pull quote, beside the lede on a wide first screen */
  .pull-quote {
    margin: 2rem 0;
    padding: 0.5rem 0 0.5rem 1.25rem;
    border-left: 4px solid var(--accent);
    font-family: var(--serif);
    font-size: 1.4rem;
    line-height: 1.6;
  }
  .pull-quote p {
    margin: 0;
    text-align: left;
  }
  .pull-quote .pull-quote-by {
    font-size: 1rem;
    color: var(--muted);
    margin-top: 0.5rem;
  }
`;
