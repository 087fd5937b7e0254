import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMarkdown } from '@/lib/content/check';

const rules = (markdown: string) => checkMarkdown(markdown).map((f) => `${f.line}:${f.rule}`);

describe('checkMarkdown', () => {
  it('finds a year at a line’s start that becomes a numbered list', () => {
    expect(rules('开头。\n\n2019. 那一年公司搬到了上海。')).toEqual(['3:year-list']);
    expect(rules('1. 第一条\n2. 第二条')).toEqual([]);
  });

  it('finds --- right under a paragraph, which makes it a heading', () => {
    expect(rules('这一段本来是正文\n---\n\n下一段。')).toEqual(['2:setext-heading']);
    expect(rules('正文。\n\n---\n\n下一段。')).toEqual([]);
  });

  it('finds ~~ between numbers, and leaves a single ~ alone', () => {
    expect(rules('从3~~5万增加到8~~10万')).toEqual(['1:tilde-range']);
    expect(rules('从3~5万增加到8~10万')).toEqual([]);
  });

  it('finds a full-width space inside bold, and the asterisks it leaves', () => {
    expect(rules('**　问：**你好')).toEqual(['1:literal-markdown', '1:wide-space-emphasis']);
  });

  it('finds literal link and image syntax left on the page', () => {
    expect(rules('看[这里](')).toEqual(['1:literal-markdown']);
    expect(rules('图![')).toEqual(['1:literal-markdown']);
  });

  it('finds raw HTML, which the page drops', () => {
    expect(rules('正文。\n\n<div>框</div>')).toEqual(['3:raw-html']);
  });

  it('counts lines from the file’s start when told where the body begins', () => {
    expect(checkMarkdown('2019. 那年', 10)[0]?.line).toBe(11);
  });

  it('finds nothing in an empty body, the seed, or the editor-typed fixtures', () => {
    expect(checkMarkdown('')).toEqual([]);
    const dirs = ['../../../content', '../../fixtures/articles'].map((d) => path.resolve(__dirname, d));
    for (const dir of dirs) {
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const body = fs.readFileSync(path.join(dir, file), 'utf8').split(/^---$/m)[2] ?? '';
        expect(checkMarkdown(body), file).toEqual([]);
      }
    }
  });
});
