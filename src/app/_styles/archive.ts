import { css } from './css';

/** First screen of the index, a person's page and search results: the list and the form. */
export const ARCHIVE = css`
  .entry-list {
    list-style: none;
    padding: 0;
    margin: 1.5rem 0;
  }
  .entry-list li {
    margin: 0 0 1.75rem;
  }
  .entry-title {
    font-size: 1.25rem;
    margin: 0 0 0.25rem;
  }
  .entry-title a {
    text-decoration: none;
  }
  .entry-meta,
  .search-note,
  .page-of {
    color: var(--muted);
    font-size: 0.9375rem;
    margin: 0 0 0.25rem;
  }
  .entry-summary {
    margin: 0;
  }
  .entry-summary mark {
    background: var(--target);
    color: inherit;
  }
  .search-form {
    display: flex;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .search-form input {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0 0.5rem;
    font: inherit;
    color: var(--text);
    background: var(--bg);
    border: 1px solid var(--muted);
    border-radius: 0.25rem;
  }
  .search-form button {
    min-height: 2.75rem;
    padding: 0 1rem;
    font: inherit;
    color: var(--bg);
    background: var(--text);
    border: 0;
    border-radius: 0.25rem;
  }
`;
