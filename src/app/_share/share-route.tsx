import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SharePage } from '@/components/SharePage';
import { SiteHeader } from '@/components/SiteHeader';
import { getArticle, type Article } from '@/lib/content/articles';
import { CARD_SIZE } from '@/lib/web/cards';
import { labelsFor } from '@/lib/web/labels';
import { isScript } from '@/lib/text/scripts';
import {
  cardPath,
  findQuote,
  findSection,
  landingPath,
  quoteDescription,
  sectionOpening,
  shorten,
  sharePath,
  type ShareKind,
} from '@/lib/web/share';
import { absolute, ogLocale, pathIn } from '@/lib/web/urls';
import type { ShareParams } from './params';
import { PageStyles } from '../_styles/PageStyles';

/** Longest quotation in a share page's title and in its card's alt text, in characters. */
const TITLE_MAX = 40;
const ALT_MAX = 80;

type Shared = {
  article: Article;
  kind: ShareKind;
  id: string;
  title: string;
  description: string;
  main: string;
  detail: string;
};

/** What a share page is about, or undefined for an unknown script, article or id. */
async function load(params: Promise<ShareParams>, kind: ShareKind): Promise<Shared | undefined> {
  const p = await params;
  const raw = kind === 'section' ? p.section : p.quote;
  if (!isScript(p.script) || raw === undefined) return undefined;
  const article = getArticle(p.slug, p.script);
  if (!article) return undefined;
  const id = decodeURIComponent(raw);
  if (kind === 'section') {
    const section = findSection(article, id);
    if (!section) return undefined;
    const opening = sectionOpening(section);
    return {
      article,
      kind,
      id,
      title: `${section.heading}｜${article.title}`,
      description: opening,
      main: section.heading,
      detail: opening,
    };
  }
  const quote = findQuote(article, id);
  if (!quote) return undefined;
  const text = quoteDescription(quote, article.script);
  return {
    article,
    kind,
    id,
    title: `${quote.speaker}：${shorten(text, TITLE_MAX)}`,
    description: text,
    main: text,
    detail: `——${quote.speaker}，《${article.publication}》${article.issue}`,
  };
}

/**
 * A share page's head: its own title, description, card and URL for Open Graph and Twitter,
 * and the article as canonical, so that search engines keep to the article.
 */
export async function shareMetadata(
  params: Promise<ShareParams>,
  kind: ShareKind,
): Promise<Metadata> {
  const shared = await load(params, kind);
  if (!shared) return {};
  const { article, id, title, description } = shared;
  const labels = labelsFor(article.script);
  const image = {
    url: absolute(cardPath(article.script, article.slug, kind, id)),
    ...CARD_SIZE,
    alt: labels.cardAlt(shorten(shared.main, ALT_MAX)),
  };
  return {
    title,
    description,
    alternates: { canonical: absolute(pathIn(article.script, article.slug)) },
    openGraph: {
      type: 'article',
      title,
      description,
      url: absolute(sharePath(article.script, article.slug, kind, id)),
      locale: ogLocale(article.script),
      siteName: labels.siteName,
      images: [image],
    },
    twitter: { card: 'summary_large_image', images: [image] },
  };
}

/** A share page: it sends the reader to the place at once, and shows it if the browser stays. */
export async function ShareRoute({
  params,
  kind,
}: {
  params: Promise<ShareParams>;
  kind: ShareKind;
}) {
  const shared = await load(params, kind);
  if (!shared) notFound();
  const { article, id } = shared;
  const labels = labelsFor(article.script);
  return (
    <>
      <PageStyles kind="share" />
      <SiteHeader script={article.script} labels={labels} rest={article.slug} />
      <main id="main">
        <SharePage
          article={article.title}
          main={shared.main}
          detail={shared.detail}
          kind={kind}
          href={landingPath(article.script, article.slug, id)}
          linkLabel={labels.readInContext}
        />
      </main>
    </>
  );
}
