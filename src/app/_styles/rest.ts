import { css } from './css';

/**
 * Everything no first screen shows: what hover, focus and scripts change, the end of an
 * article (the interviewee's words, the credits), pagination, print and forced colours.
 * Served as one stylesheet (src/app/styles/[file]/route.ts) that does not block the first
 * paint (see index.ts).
 */
export const REST = css`
  .heading-row:hover .self-link,
  p:hover > .para-link,
  figure:hover > .para-link,
  .table-wrap:hover > .para-link,
  .self-link:focus-visible,
  .para-link:focus-visible {
    opacity: 1;
  }
  .self-link:focus-visible,
  .para-link:focus-visible,
  button[data-copy]:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--accent);
    outline-offset: 2px;
  }
  /* The copy-link icon (a chain link), drawn here so the page does not repeat it per heading. */
  button[data-copy='link']::before {
    background: currentColor;
    mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1' fill='none' stroke='black' stroke-width='2' stroke-linecap='round'/%3E%3C/svg%3E")
      center / contain no-repeat;
  }
  button[data-copy][data-state='copied']::after {
    content: ' ✓';
  }
  .toc a[aria-current='true'] {
    font-weight: 700;
    text-decoration: underline;
  }

  .article-footer {
    margin-top: 3rem;
    padding-top: 1rem;
    border-top: 1px solid var(--rule);
    color: var(--muted);
    font-size: 0.95rem;
  }
  .quotes-panel {
    margin-top: 3rem;
    padding: 1rem 1.25rem;
    background: var(--quote-bg);
    border-radius: 0.5rem;
  }
  .quotes-panel h2 {
    margin-top: 0.5rem;
  }
  .quotes-panel ol {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .quotes-panel li {
    margin: 0 0 1.25rem;
  }
  .quotes-panel blockquote {
    margin: 0 0 0.25rem;
    font-family: var(--serif);
  }
  .quotes-panel li > a {
    font-size: 0.9rem;
    margin-right: 1rem;
  }

  .pagination {
    display: flex;
    gap: 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .pagination a {
    min-height: 2.75rem;
    line-height: 2.75rem;
  }

  @media print {
    :root {
      --text: #000;
      --muted: #333;
      --bg: #fff;
      --accent: #000;
      --target: transparent;
    }
    body {
      font-size: 11pt;
      line-height: 1.7;
    }
    .site-header,
    .skip-link,
    .toc,
    .self-link,
    .para-link,
    button[data-copy],
    .pull-quote,
    .no-print {
      display: none !important;
    }
    main {
      max-width: none;
      padding: 0;
    }
    a {
      text-decoration: none;
    }
    h2 {
      break-after: avoid;
    }
    p {
      orphans: 3;
      widows: 3;
    }
  }

  /* Forced colours drop backgrounds: draw the copy-link icon in the button's text colour. */
  @media (forced-colors: active) {
    button[data-copy='link']::before {
      forced-color-adjust: none;
      background: ButtonText;
    }
  }
`;
