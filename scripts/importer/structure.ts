import type { SeedLine } from './chrome';

/** What the importer recognises in the seed, in simplified characters. */
export type SeedArticle = {
  title: string;
  publication: string;
  issue: string;
  reporter: string;
  interviewee: { name: string; role: string };
  credit: string;
  lede: string[];
  sections: { heading: string; paragraphs: string[] }[];
};

const BYLINE = /^《(?<publication>[^》]+)》\s*记者\s*(?<reporter>\S+)$/u;
const CREDIT = /^（(?<credit>本文刊发于《(?<publication>[^》]+)》(?<issue>\d{4}年第\d+期))）$/u;
/** Titles that stand between an organisation and a person's name in a headline. */
const TITLES = /(董事长|总裁|总经理|首席执行官|创始人|院长|院士|教授|主任|主席|社长|理事长|CEO)/u;
/** A paragraph ends its last sentence; a section heading does not. */
const SENTENCE_END = /[。！？…”’）」』]$/u;
const HEADING_MAX = 40;

function fail(line: SeedLine | undefined, what: string): never {
  throw new Error(`seed line ${line?.line ?? '?'}: ${what}`);
}

/** Splits `科大讯飞董事长刘庆峰：加快…` into the interviewee's name and role. */
function intervieweeOf(title: SeedLine): { name: string; role: string } {
  const subject = title.text.split('：')[0] ?? '';
  const parts = subject.split(TITLES);
  const name = parts.at(-1) ?? '';
  if (parts.length < 3 || name === '' || name.length > 4) {
    fail(
      title,
      `headline "${title.text}" does not name the interviewee as "<organisation><title><name>："`,
    );
  }
  return { name, role: subject.slice(0, subject.length - name.length) };
}

/**
 * Recognises the article in the seed's cleaned lines: the headline (first line), the byline
 * (`《刊名》 记者 姓名`), lede paragraphs, section headings (short lines that end no sentence)
 * with their paragraphs, and the closing credit (`（本文刊发于《刊名》2024年第6期）`).
 * Throws, naming the seed line, when a part is missing or the publication differs between
 * byline and credit.
 */
export function recognise(lines: SeedLine[]): SeedArticle {
  const [title, byline, ...rest] = lines;
  const creditLine = rest.pop();
  if (!title) fail(undefined, 'the seed is empty');
  const by = byline?.text.match(BYLINE)?.groups;
  if (!by) fail(byline, 'expected a byline like "《刊名》 记者 姓名"');
  const credit = creditLine?.text.match(CREDIT)?.groups;
  if (!credit)
    fail(creditLine, 'expected a closing credit like "（本文刊发于《刊名》2024年第6期）"');
  if (credit.publication !== by.publication) {
    fail(creditLine, `credit names 《${credit.publication}》 but the byline 《${by.publication}》`);
  }

  const lede: string[] = [];
  const sections: SeedArticle['sections'] = [];
  for (const line of rest) {
    const isHeading = line.text.length <= HEADING_MAX && !SENTENCE_END.test(line.text);
    if (isHeading) sections.push({ heading: line.text, paragraphs: [] });
    else (sections.at(-1)?.paragraphs ?? lede).push(line.text);
  }
  return {
    title: title.text,
    publication: by.publication as string,
    issue: credit.issue as string,
    reporter: by.reporter as string,
    interviewee: intervieweeOf(title),
    credit: credit.credit as string,
    lede,
    sections,
  };
}
