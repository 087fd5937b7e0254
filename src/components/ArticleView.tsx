import type { Paragraph } from '@/lib/article';
import type { Article } from '@/lib/articles';
import { Runs } from './Runs';

/** The words the article view needs, in the page's script. */
export type ArticleLabels = { reporter: string; readingTime: string };

type Props = { article: Article; labels: ArticleLabels };

function ParagraphView({ paragraph }: { paragraph: Paragraph }) {
  return (
    <p id={paragraph.id}>
      <Runs runs={paragraph.runs} />
    </p>
  );
}

/**
 * The article: headline, byline (reporter, publication, issue), reading time, the lede,
 * a heading per section with its paragraphs, and the credit in the footer.
 */
export function ArticleView({ article, labels }: Props) {
  return (
    <article>
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="byline">
          《{article.publication}》{article.issue} · {labels.reporter} {article.reporter.name}
        </p>
        <p className="meta">{labels.readingTime}</p>
      </header>
      <div className="lede">
        {article.lede.map((p) => (
          <ParagraphView key={p.id} paragraph={p} />
        ))}
      </div>
      {article.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id}>
          <h2 id={section.id}>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <ParagraphView key={p.id} paragraph={p} />
          ))}
        </section>
      ))}
      {article.credit && (
        <footer className="article-footer">
          <p>（{article.credit}）</p>
        </footer>
      )}
    </article>
  );
}
