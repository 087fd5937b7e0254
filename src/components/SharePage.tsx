type Props = {
  /** The article's title, above. */
  article: string;
  /** The section heading, or the quotation. */
  main: string;
  /** Under it: the section's opening, or who said it where. */
  detail: string;
  kind: 'section' | 'quote';
  /** The place in the article: `/<script>/<slug>#<id>`. */
  href: string;
  linkLabel: string;
};

/**
 * What a share page shows a reader whose browser does not follow its zero-second refresh (and
 * what a crawler that does not follow it reads): the section or quotation, and a link to its
 * place in the article. The refresh itself sends everyone else there at once, with or without
 * JavaScript.
 */
export function SharePage({ article, main, detail, kind, href, linkLabel }: Props) {
  return (
    <article className="share-page">
      <meta httpEquiv="refresh" content={`0;url=${href}`} />
      {kind === 'section' ? (
        <>
          <p className="share-article">{article}</p>
          <h1>{main}</h1>
        </>
      ) : (
        <>
          <h1 className="share-article">{article}</h1>
          <blockquote className="share-quote">{main}</blockquote>
        </>
      )}
      <p className="share-detail">{detail}</p>
      <p>
        <a href={href}>{linkLabel}</a>
      </p>
    </article>
  );
}
