import type { Labels } from '@/lib/web/labels';

type Props = { page: number; pages: number; hrefOf: (page: number) => string; labels: Labels };

/**
 * Links to the newer and older pages, with `rel="prev"`/`rel="next"` both on the links and as
 * `<link>` elements (React places those in the head).
 */
export function Pagination({ page, pages, hrefOf, labels }: Props) {
  if (pages <= 1) return null;
  const previous = page > 1 ? hrefOf(page - 1) : undefined;
  const next = page < pages ? hrefOf(page + 1) : undefined;
  return (
    <nav className="pagination" aria-label={labels.pageOf(page, pages)}>
      {previous && <link rel="prev" href={previous} />}
      {next && <link rel="next" href={next} />}
      {previous && (
        <a rel="prev" href={previous}>
          {labels.previousPage}
        </a>
      )}
      <span className="page-of">{labels.pageOf(page, pages)}</span>
      {next && (
        <a rel="next" href={next}>
          {labels.nextPage}
        </a>
      )}
    </nav>
  );
}
