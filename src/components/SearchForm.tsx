import type { Script } from '@/lib/text/scripts';
import type { Labels } from '@/lib/web/labels';
import { QUERY_MAX, searchPath } from '@/lib/web/urls';

type Props = { script: Script; labels: Labels; query?: string };

/** A plain GET form to the script's search page: it works without JavaScript. */
export function SearchForm({ script, labels, query }: Props) {
  return (
    <form role="search" className="search-form" action={searchPath(script)} method="get">
      <label htmlFor="search-q" className="visually-hidden">
        {labels.searchField}
      </label>
      <input
        id="search-q"
        type="search"
        name="q"
        defaultValue={query}
        placeholder={labels.searchField}
        maxLength={QUERY_MAX}
        autoComplete="off"
      />
      <button type="submit">{labels.search}</button>
    </form>
  );
}
