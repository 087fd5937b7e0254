import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { z } from 'zod';
import { perProcess } from '../memo/per-process';
import { recentlyUsed } from '../memo/recent';
import { RESERVED_SLUGS, SLUG } from './slugs';

/**
 * Where articles live: one Markdown file per article, named `<slug>.md`. Joined as an array, not
 * by path.join: Turbopack reads path.join(process.cwd(), 'content') as the project's folder and
 * every file in it as something the server may read, whatever the turbopackIgnore comments at
 * the calls say. At 100,000 articles it warned ("matches 100000 files") and its compile step
 * peaked at 1.87 GB, the build's peak; joined this way, 0.8 GB at 10,010 articles, no warning.
 */
export const CONTENT_DIR = [process.cwd(), 'content'].join(path.sep);


const text = z.string().trim().min(1);

/** A person the article names. `hant` gives their name's traditional form where OpenCC guesses wrong. */
const Person = z.strictObject({ name: text, hant: text.optional() });

/** `2024-03-30`: a day that exists on the calendar. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A calendar day written `YYYY-MM-DD`, kept as written: no time zone can shift it. */
const day = z
  .string()
  .refine(isCalendarDay, { message: 'must be a day written YYYY-MM-DD (2024-03-30)' });

/**
 * Front matter is read with YAML's core schema: an unquoted `2024-03-30` stays the text the
 * editor typed (the default schema makes it a timestamp, and `2023-02-29` silently 1 March).
 */
const MATTER_OPTIONS = {
  engines: { yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object },
};

/** The front matter every article carries. */
export const FrontMatter = z
  .strictObject({
    title: text,
    publication: text,
    issue: text,
    /** The day the article was published: the issue's date for a magazine. */
    date: day,
    /** The day it was last corrected or amended, if ever. */
    updated: day.optional(),
    reporter: Person,
    interviewee: Person.extend({ role: text }),
    /** Other people the text names, so their names convert as names and their words stay theirs. */
    people: z.array(Person).optional(),
    credit: text.optional(),
    description: text.optional(),
  })
  .refine((meta) => meta.updated === undefined || meta.updated >= meta.date, {
    path: ['updated'],
    message: 'is before "date"',
  });

export type FrontMatter = z.infer<typeof FrontMatter>;
export type Person = z.infer<typeof Person>;

/** An article as stored: its slug, checked front matter and Markdown body (simplified script). */
export type ArticleSource = { slug: string; file: string; meta: FrontMatter; body: string };

/** Everyone an article names in its front matter: the interviewee first, the reporter, `people:`. */
export function peopleOf(source: ArticleSource): Person[] {
  const { interviewee, reporter, people = [] } = source.meta;
  return [interviewee, reporter, ...people];
}

/**
 * peopleOf with each person's name and author's form only (no role): what converting their
 * names needs, as the archive's listing and search index keep it.
 */
export function namesOf(source: ArticleSource): Person[] {
  return peopleOf(source).map(({ name, hant }) => ({ name, ...(hant ? { hant } : {}) }));
}

/** Thrown for a content file that cannot be published; the message starts with the file. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** A field's path as an author writes it: `people[1].name`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

/** `a string`, `an array`, `an object`. */
const aOrAn = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldPath(issue.path);
  // Inside a list the entry leads, as an author looks for it: `people[1].name is missing`.
  if (issue.path.some((key) => typeof key === 'number')) {
    if (issue.code === 'invalid_type') {
      return issue.input === undefined
        ? `${field} is missing (${aOrAn(issue.expected)})`
        : `${field} must be ${aOrAn(issue.expected)}`;
    }
    if (issue.code === 'too_small') return `${field} is empty`;
    if (issue.code === 'unrecognized_keys') {
      return `${field} has unknown field(s): ${issue.keys.join(', ')}`;
    }
    return `${field}: ${issue.message}`;
  }
  if (issue.code === 'invalid_type') {
    return issue.input === undefined
      ? `front matter needs "${field}" (${aOrAn(issue.expected)})`
      : `front matter "${field}" must be ${aOrAn(issue.expected)}`;
  }
  if (issue.code === 'too_small') return `front matter "${field}" is empty`;
  if (issue.code === 'unrecognized_keys') {
    const where = field === '' ? '' : ` in "${field}"`;
    return `front matter has unknown field(s)${where}: ${issue.keys.join(', ')}`;
  }
  if (issue.code === 'custom') return `front matter "${field}" ${issue.message}`;
  return `front matter "${field}": ${issue.message}`;
}

/**
 * Parses and checks one article file's text. Pure: `file` is only used in messages.
 *
 * @throws ContentError `content/<file>: <what is wrong>` for YAML that does not parse (with its
 *   line), a missing or mistyped field, or an empty body.
 */
export function parseArticleFile(file: string, source: string): Omit<ArticleSource, 'slug'> {
  const where = `content/${file}`;
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An options object also turns off gray-matter's cache, which would hand back shared objects.
    parsed = matter(source, MATTER_OPTIONS);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const line = mark ? ` (line ${mark.line + 2})` : '';
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new ContentError(`${where}: front matter is not valid YAML${line}: ${reason}`);
  }
  if (Object.keys(parsed.data).length === 0) {
    throw new ContentError(`${where}: front matter is missing (start the file with --- … ---)`);
  }
  const result = FrontMatter.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    throw new ContentError(`${where}: ${result.error.issues.map(describeIssue).join('; ')}`);
  }
  const body = parsed.content.trim();
  if (body === '') throw new ContentError(`${where}: the article has no body`);
  return { file, meta: result.data, body: `${body}\n` };
}

/**
 * Lists the slugs of all articles in `dir`, sorted. Files that are not Markdown are ignored;
 * a Markdown file whose name is not a slug is an error, so it cannot silently go unpublished.
 */
export function listSlugs(dir: string = CONTENT_DIR): string[] {
  return (
    fs
      // Content is read at build time, for prerendering; nothing needs tracing into the server output.
      .readdirSync(/*turbopackIgnore: true*/ dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const slug = name.slice(0, -'.md'.length);
        if (!SLUG.test(slug)) {
          throw new ContentError(`content/${name}: file name must be a slug (a-z, 0-9, hyphens)`);
        }
        if (RESERVED_SLUGS.includes(slug)) {
          throw new ContentError(
            `content/${name}: "${slug}" is the address of the site's own pages (/zh-hans/${slug}/…): rename the file`,
          );
        }
        return slug;
      })
      .sort()
  );
}

const allCache = perProcess('content/all-sources', () => new Map<string, ArticleSource[]>());

/**
 * The path of the article file `slug` in `dir`. Joined as a string, not by path.join:
 * Turbopack reads path.join(dir, file) as a pattern matching every article, warns, and ignores
 * the comment (vercel/next.js#95125). The file is read at runtime from the release's content/
 * (next.config.ts excludes it from traces).
 */
const fileOf = (dir: string, slug: string) => `${dir}${path.sep}${slug}.md`;

/** Reads and checks one article file. */
function readFile(dir: string, slug: string): ArticleSource {
  const text = fs.readFileSync(/*turbopackIgnore: true*/ fileOf(dir, slug), 'utf8');
  return { slug, ...parseArticleFile(`${slug}.md`, text) };
}

/** Sources kept by readSource: enough for the pages being made, bounded in a large archive. */
const sources = recentlyUsed<ArticleSource>('content/sources', 300);

/**
 * Reads and checks one article file, kept while it is among the 300 most recently read: an
 * origin asked for every article of a large archive does not hold them all.
 */
function readSource(dir: string, slug: string): ArticleSource {
  return sources(`${dir}\0${slug}`, () => readFile(dir, slug)) as ArticleSource;
}

/**
 * Reads and checks every article of `dir` (or those of `slugs`, in that order) one at a time,
 * keeping none: for the passes over a whole archive that must not hold it (the build's indexes).
 */
export function* eachArticleSource(
  dir: string = CONTENT_DIR,
  slugs: readonly string[] = listSlugs(dir),
): Generator<ArticleSource> {
  for (const slug of slugs) yield readFile(dir, slug);
}

/** Reads and checks every article in `dir` once per process; throws on the first bad file. */
export function getArticleSources(dir: string = CONTENT_DIR): ArticleSource[] {
  let sources = allCache.get(dir);
  if (!sources) {
    sources = listSlugs(dir).map((slug) => readFile(dir, slug));
    allCache.set(dir, sources);
  }
  return sources;
}

/**
 * The article with this slug, or undefined. Only a slug an article file may have (SLUG: no
 * dot, no slash) is ever joined into a path, so no URL can reach another file; then only this
 * article's file is looked at: a page made on request in a large archive neither reads nor
 * lists them all.
 */
export function getArticleSource(
  slug: string,
  dir: string = CONTENT_DIR,
): ArticleSource | undefined {
  if (!SLUG.test(slug) || RESERVED_SLUGS.includes(slug)) return undefined;
  return fs.existsSync(/*turbopackIgnore: true*/ fileOf(dir, slug))
    ? readSource(dir, slug)
    : undefined;
}
