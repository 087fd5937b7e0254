import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleBodyHtml } from '@/components/article-body';
import { parseArticle } from '@/lib/content/parse';
import { remarkImageSizes } from '@/lib/content/remark-image-sizes';
import { remarkScript } from '@/lib/content/remark-script';
import { sectionsOf, textOf } from '@/lib/content/tree';
import { converterFor, personTerms } from '@/lib/text/convert';
import type { Script } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';

/**
 * The article pipeline, plugin by plugin: tests/fixtures/body/<plugin>/<case>/input.md →
 * output.html, the body as a page compiles it (content/parse.ts, then components/article-body.ts:
 * remark-html with the article schema). Each plugin has a case that shows what it does and a
 * near miss that shows what it leaves alone. `UPDATE=1` rewrites output.html from the code, to
 * be read line by line before committing. A case may set, in options.json, who speaks
 * (`people`, the interviewee first; default 张三), the `reporter` and `publication` for Q&A
 * labels, and the `script` (default zh-hans). Images are read from tests/fixtures/public.
 */
const root = path.resolve(__dirname, '../fixtures/body');
const publicDir = path.resolve(__dirname, '../fixtures/public');

type Options = { people?: string[]; reporter?: string; publication?: string; script?: Script };

function compile(dir: string): string {
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  const options: Options = fs.existsSync(path.join(dir, 'options.json'))
    ? (JSON.parse(read('options.json')) as Options)
    : {};
  const { script = 'zh-hans', people = ['张三'], ...speakers } = options;
  const convert = converterFor(script, personTerms(people.map((name) => ({ name }))));
  const body = unified()
    .use(remarkImageSizes, { where: dir, publicDir })
    .use(remarkScript, convert)
    .runSync(parseArticle(read('input.md'), { people, ...speakers }));
  const sections = sectionsOf(body).sections.map((s) => ({
    id: s.id,
    heading: s.heading,
    aliases: [],
    opening: s.blocks[0] ? textOf(s.blocks[0].node) : '',
  }));
  return articleBodyHtml({ body, sections }, labelsFor(script));
}

const cases = fs
  .readdirSync(root)
  .flatMap((plugin) => fs.readdirSync(path.join(root, plugin)).map((name) => ({ plugin, name })));

describe('the article pipeline, plugin by plugin', () => {
  it.each(cases)('$plugin: $name', ({ plugin, name }) => {
    const dir = path.join(root, plugin, name);
    const actual = compile(dir);
    const file = path.join(dir, 'output.html');
    if (process.env.UPDATE === '1') fs.writeFileSync(file, actual);
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });
});
