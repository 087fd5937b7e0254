import { css } from './css';

/** Share pages: seen only when a browser does not follow the refresh; one screen in all. */
export const SHARE = css`
  .share-page {
    max-width: var(--measure);
    margin: 3rem auto;
    padding: 0 1rem;
  }
  .share-article {
    color: var(--muted);
    font-size: 1rem;
  }
  .share-quote {
    margin: 1.5rem 0;
    font-family: var(--serif);
    font-size: 1.4rem;
    line-height: 1.7;
  }
`;
