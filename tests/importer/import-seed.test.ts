import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSeed } from '../../scripts/importer/import-seed';
import { toSimplified } from '../../scripts/importer/simplify';

const root = path.resolve(__dirname, '../..');
const seed = fs.readFileSync(path.resolve(root, '../shared/seed/000_a7ac5311f4bac2e1.txt'), 'utf8');
const committed = fs.readFileSync(path.join(root, 'content/liu-qingfeng-general-ai.md'), 'utf8');
const markdown = importSeed(seed);
const body = markdown.slice(markdown.indexOf('\n---\n') + 5);

describe('importSeed on the seed', () => {
  it('reproduces the committed content file byte for byte', () => {
    expect(markdown).toBe(committed);
  });

  it('is deterministic', () => {
    expect(importSeed(seed)).toBe(markdown);
  });

  it('leaves no reading, misread byte, end tag or page chrome', () => {
    expect(markdown).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    expect(markdown).not.toMatch(/[?\uE000-\uF8FF\uFFFD]/u);
    expect(markdown).not.toMatch(/\/p>|顶部|頂部/);
  });

  it('leaves no ASCII punctuation beside a Chinese character', () => {
    expect(body).not.toMatch(/[,:;?!()](?=\p{Script=Han})|(?<=\p{Script=Han})[,:;?!()]/u);
  });

  it('is simplified throughout', () => {
    expect(toSimplified(markdown)).toBe(markdown);
  });

  it('restores the sentences the misread runs had broken', () => {
    for (const phrase of [
      '制定支持数字经济高质量发展政策',
      '或将改变当前以人力和时长为主要商业模式',
      '“时间紧，任务重。”刘庆峰向《中国经济周刊》记者表示',
      '追平到相当的水平。\n',
      '比较优势。“我们有信心在通用大模型上不会出现代差级落后的差距',
      '因为有了GPT-4V的视频模型',
      '能力提升。“面对行业冲击和劳动力市场变化，需要建立更有前瞻性的应对机制。”刘庆峰表示',
    ]) {
      expect(body).toContain(phrase);
    }
  });

  it('keeps the credit in the front matter, not the body', () => {
    expect(markdown).toContain('credit: 本文刊发于《中国经济周刊》2024年第6期');
    expect(body).not.toContain('本文刊发于');
  });
});
