import type { Article } from '@/lib/articles';
import type { Labels } from '@/lib/labels';
import { cardPath } from '@/lib/share';
import { ParagraphView } from './ParagraphView';
import { PullQuote, pickPullQuote } from './PullQuote';
import { QuotesPanel } from './QuotesPanel';
import { SectionHeading } from './SectionHeading';
import { TableOfContents } from './TableOfContents';

type Props = { article: Article; labels: Labels; readingMinutes: number };

/**
 * The article: headline, byline (reporter, publication, issue) and reading time; the table of
 * contents (after the headline in reading order; beside the text on wide screens); the lede and
 * a pull quote; each section with its linkable heading and paragraphs;
 * the credit; and the interviewee's words, gathered.
 */
export function ArticleView({ article, labels, readingMinutes }: Props) {
  const pull = pickPullQuote(article.quotes);
  const speaker = article.interviewee.name;
  return (
    <>
      <article>
        <header className="article-header">
          <h1>{article.title}</h1>
          <p className="byline">{`《${article.publication}》${article.issue} · ${labels.reporter} ${article.reporter.name}`}</p>
          <p className="meta">{labels.readingTime(readingMinutes)}</p>
        </header>
        <TableOfContents sections={article.sections} title={labels.contents} />
        <div className="lede">
          {article.lede.map((p) => (
            <ParagraphView key={p.id} paragraph={p} linkLabel={labels.linkToParagraph} />
          ))}
        </div>
        {pull && <PullQuote quote={pull} speaker={speaker} />}
        {article.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <SectionHeading
              section={section}
              linkLabel={labels.linkToSection(section.heading)}
              copyLabel={labels.copyLink}
            />
            {section.paragraphs.map((p) => (
              <ParagraphView key={p.id} paragraph={p} linkLabel={labels.linkToParagraph} />
            ))}
          </section>
        ))}
        {article.credit && (
          <footer className="article-footer">
            <p>（{article.credit}）</p>
          </footer>
        )}
      </article>
      <QuotesPanel
        quotes={article.quotes}
        title={labels.quotesBy(speaker)}
        attribution={`${speaker}，《${article.publication}》${article.issue}`}
        inContext={labels.inContext}
        copyLabel={labels.copyQuote}
        downloadLabel={labels.downloadCard}
        cardHref={(id) => cardPath(article.script, article.slug, 'quote', id)}
      />
    </>
  );
}
