import type { Root } from 'mdast';
import { unified } from 'unified';
import type { Speakers } from '../speech/speech';
import { parseMarkdown } from './markdown';
import { remarkExplicitIds } from './remark-explicit-ids';
import { remarkFigures } from './remark-figures';
import { remarkIds } from './remark-ids';
import { remarkUnsupported } from './remark-unsupported';
import { remarkUtterances } from './remark-utterances';
import { peopleOf, type ArticleSource } from './sources';

/** Options for `parseArticle`: who may speak (default: nobody, so no utterances are marked). */
export type ParseOptions = Partial<Speakers>;

/**
 * Parses an article's Markdown body (canonical, simplified script) into the article tree: the
 * Markdown tree as editors type it (markdown.ts), marked by one plugin per job, in this order:
 * explicit `{#id}`s, figures, what the site does not print, ids, dialogue and utterances. Every
 * heading starts a section; block quotes and lists stay nested as the editor wrote them. An
 * empty body gives an empty tree.
 */
export function parseArticle(markdown: string, options: ParseOptions = {}): Root {
  const speakers: Speakers = { ...options, people: options.people ?? [] };
  const processor = unified()
    .use(remarkExplicitIds)
    .use(remarkFigures)
    .use(remarkUnsupported)
    .use(remarkIds)
    .use(remarkUtterances, speakers);
  return processor.runSync(parseMarkdown(markdown));
}

/**
 * An article's canonical tree, its speakers taken from its front matter: everyone it names
 * (the interviewee first), the reporter and the publication for Q&A labels.
 */
export function parseSource(source: ArticleSource): Root {
  const { meta } = source;
  return parseArticle(source.body, {
    people: peopleOf(source).map((p) => p.name),
    reporter: meta.reporter.name,
    publication: meta.publication,
  });
}
