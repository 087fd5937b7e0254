import matter from 'gray-matter';
import { issueDate } from './issue-dates';
import type { SeedArticle } from './structure';

/**
 * Writes a recognised article as the project's Markdown: front matter with the headline,
 * publication, issue, the issue's date, people and credit; the lede; one `##` heading per section.
 */
export function serialize(article: SeedArticle): string {
  const body = [
    ...article.lede,
    ...article.sections.flatMap((s) => [`## ${s.heading}`, ...s.paragraphs]),
  ].join('\n\n');
  const data = {
    title: article.title,
    publication: article.publication,
    issue: article.issue,
    date: issueDate(article.publication, article.issue),
    reporter: { name: article.reporter },
    interviewee: article.interviewee,
    credit: article.credit,
  };
  return matter.stringify(`\n${body}\n`, data);
}
