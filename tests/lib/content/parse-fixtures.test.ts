import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/parse';
import { anchorsOf, quotesOf, sectionsOf } from '@/lib/content/tree';

/**
 * Parser fixtures: tests/fixtures/parse/<case>/input.md → expected.json (written by hand;
 * `UPDATE=1` rewrites them from the parser, to be reviewed before committing). A case may
 * name its speakers in people.json (the default is ["张三"]) and the reporter and publication
 * for Q&A labels in options.json.
 */
const root = path.resolve(__dirname, '../../fixtures/parse');

function summary(dir: string) {
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  const people = fs.existsSync(path.join(dir, 'people.json'))
    ? (JSON.parse(read('people.json')) as string[])
    : ['张三'];
  const options = fs.existsSync(path.join(dir, 'options.json'))
    ? (JSON.parse(read('options.json')) as { reporter?: string; publication?: string })
    : {};
  const tree = parseArticle(read('input.md'), { people, ...options });
  const turns = Object.fromEntries(
    anchorsOf(tree).flatMap((a) =>
      a.node.type === 'paragraph' && a.node.data?.turn ? [[a.id, a.node.data.turn]] : [],
    ),
  );
  const { lede, sections } = sectionsOf(tree);
  return {
    ...(Object.keys(turns).length > 0 ? { turns } : {}),
    lede: lede.map((b) => b.id),
    sections: sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      paragraphs: s.blocks.map((b) => b.id),
    })),
    quotes: quotesOf(tree).map((q) => ({ id: q.id, speaker: q.speaker, parts: q.parts })),
  };
}

describe('parser fixtures', () => {
  for (const name of fs.readdirSync(root).sort()) {
    it(`parses ${name.replace(/-/g, ' ')} as expected`, () => {
      const dir = path.join(root, name);
      const actual = summary(dir);
      const file = path.join(dir, 'expected.json');
      if (process.env.UPDATE === '1')
        fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    });
  }
});
