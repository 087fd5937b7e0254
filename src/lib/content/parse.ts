import { slug } from 'github-slugger';
import { blocksOf, type Paragraph } from './blocks';
import { parseMarkdown } from './markdown';
import { markQuotes, type Quote } from './utterances';

export type Section = { id: string; heading: string; paragraphs: Paragraph[] };

/** An article's body, parsed: what comes before the first heading, the sections, the utterances. */
export type ParsedArticle = { lede: Paragraph[]; sections: Section[]; quotes: Quote[] };

/** Options for `parseArticle`. */
export type ParseOptions = {
  /** People whose words are attributed, the interviewee first (default: none, so no quotes). */
  people?: readonly string[];
  /** The reporter's name, for the labels of a Q&A transcript. */
  reporter?: string;
  /** The publication's name, for the labels of a Q&A transcript (`《南方周刊》：`). */
  publication?: string;
};
/** A derived id never takes one already in use: it gets a numeric suffix instead. */
function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 1; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Parses an article's Markdown body (canonical, simplified script) into its lede and sections,
 * each paragraph and section with an id that links to it in every script.
 *
 * Id scheme, all taken from the canonical source and never from displayed text:
 * - a section is the slug of its simplified heading (`## 人工智能发展` → `人工智能发展`, as
 *   github-slugger makes it: lower case, punctuation dropped); a repeat gets `-1`, `-2`, and a
 *   heading with nothing left to slug is `section-<n>`;
 * - a paragraph is `p<n>`, its 1-based position in the article, so correcting a typo in it
 *   changes no id (inserting a paragraph renumbers the ones after it: give a paragraph that
 *   must never move an explicit id);
 * - `{#id}` at the end of a heading or paragraph sets its id; explicit ids are reserved first.
 *
 * - an utterance is `<paragraph id>-q<n>` (see `markQuotes`); a later part of a split
 *   utterance is `<utterance id>-<part>` on the page.
 *
 * Every heading starts a section, whatever its depth. Markdown is read as Chinese editors type
 * it (see markdown.ts). Block quotes, lists, tables and figures keep their shape (see
 * `Paragraph`); an image inside running text becomes its alt text. Raw HTML is dropped, unsafe
 * link targets lose their link. An empty body gives an empty article.
 */
export function parseArticle(markdown: string, options: ParseOptions = {}): ParsedArticle {
  const blocks = blocksOf(parseMarkdown(markdown));
  const taken = new Set(blocks.flatMap((b) => (b.explicit ? [b.explicit] : [])));
  const article: ParsedArticle = { lede: [], sections: [], quotes: [] };
  let count = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const heading = block.runs
        .map((r) => r.text)
        .join('')
        .trim();
      const slugged = slug(heading) || `section-${article.sections.length + 1}`;
      // A heading never takes the shape of a paragraph id (`## P3` is `s-p3`).
      const wanted = /^p\d+$/.test(slugged) ? `s-${slugged}` : slugged;
      const id = block.explicit ?? uniqueId(wanted, taken);
      article.sections.push({ id, heading, paragraphs: [] });
    } else {
      count += 1;
      const { runs, frames, figure, table, breakBefore } = block;
      const id = block.explicit ?? uniqueId(`p${count}`, taken);
      const paragraph: Paragraph = { id, runs };
      if (frames) paragraph.frames = frames;
      if (figure) paragraph.figure = figure;
      if (table) paragraph.table = table;
      if (breakBefore) paragraph.breakBefore = breakBefore;
      (article.sections.at(-1)?.paragraphs ?? article.lede).push(paragraph);
    }
  }
  const paragraphs = [...article.lede, ...article.sections.flatMap((s) => s.paragraphs)];
  const sectionStarts = new Set<number>();
  let at = article.lede.length;
  for (const section of article.sections) {
    sectionStarts.add(at);
    at += section.paragraphs.length;
  }
  article.quotes = markQuotes(paragraphs, sectionStarts, {
    people: options.people ?? [],
    ...(options.reporter ? { reporter: options.reporter } : {}),
    ...(options.publication ? { publication: options.publication } : {}),
  });
  return article;
}

