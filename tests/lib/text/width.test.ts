import { describe, expect, it } from 'vitest';
import { isWide } from '@/lib/text/width';

describe('isWide', () => {
  it('counts Han characters and full-width punctuation as wide', () => {
    for (const ch of ['中', '繁', '，', '。', '：', '《', '》', '（', '！'])
      expect(isWide(ch), ch).toBe(true);
  });

  it('counts the quotation marks, dashes and ellipsis Chinese text sets full width', () => {
    for (const ch of ['“', '”', '‘', '’', '…', '—']) expect(isWide(ch), ch).toBe(true);
  });

  it('does not count Latin letters, digits, ASCII punctuation or ambiguous letters', () => {
    for (const ch of ['a', 'Z', '7', ',', '.', '"', 'α', 'Ж']) expect(isWide(ch), ch).toBe(false);
  });

  it('takes an empty string as not wide', () => {
    expect(isWide('')).toBe(false);
  });
});
