import { anchorsOf } from '@/lib/content/tree';
import { describe, expect, it } from 'vitest';
import { getArticle, readingMinutes, summarize } from '@/lib/content/articles';

const SLUG = 'liu-qingfeng-general-ai';

describe('getArticle', () => {
  it('returns undefined for an unknown slug', () => {
    expect(getArticle('no-such-article', 'zh-hans')).toBeUndefined();
  });

  it('holds the chairman’s spoken words in its quotes, and nothing else', () => {
    const { quotes } = getArticle(SLUG, 'zh-hans')!;
    expect(quotes.map((q) => q.id)).toEqual([
      'p4-q1',
      'p7-q1',
      'p8-q1',
      'p10-q1',
      'p12-q1',
      'p15-q1',
    ]);
    expect(quotes.every((q) => q.speaker === '刘庆峰')).toBe(true);
    const all = quotes.flatMap((q) => q.parts).join('');
    for (const notSpeech of ['主战场', '卡脖子', '助手', '核心+基地', '深入推进数字经济']) {
      expect(all).not.toContain(notSpeech);
    }
    expect(quotes[0]?.parts).toEqual([
      '“时间紧，任务重。”',
      '“我国若想在这个领域快速赶上，有必要根据新的形势制定系统性规划。”',
    ]);
  });

  it('uses the same ids in both scripts', () => {
    const hans = getArticle(SLUG, 'zh-hans')!;
    const hant = getArticle(SLUG, 'zh-hant')!;
    const ids = (a: typeof hans) => [
      ...anchorsOf(a.body).map((anchor) => anchor.id),
      ...a.quotes.map((q) => q.id),
    ];
    expect(ids(hant)).toEqual(ids(hans));
    expect(hant.sections.map((s) => s.id)).toEqual([
      '建议制定国家通用人工智能发展规划',
      '人工智能发展受制于算力与人才',
    ]);
  });

  it('converts everything a reader sees to traditional', () => {
    const hant = getArticle(SLUG, 'zh-hant')!;
    expect(hant.title).toBe('科大訊飛董事長劉慶峰：加快推動我國通用人工智能發展');
    // The page's id stays the simplified name, so one link works in every script.
    expect(hant.interviewee).toEqual({ name: '劉慶峰', role: '科大訊飛董事長', id: '刘庆峰' });
    expect(hant.date).toBe('2024-03-30');
    expect(hant.reporter.name).toBe('石青川');
    expect(hant.publication).toBe('中國經濟周刊');
    expect(hant.credit).toBe('本文刊發於《中國經濟周刊》2024年第6期');
    expect(hant.sections[1]?.heading).toBe('人工智能發展受制於算力與人才');
    expect(hant.quotes[0]?.speaker).toBe('劉慶峰');
    expect(hant.quotes[4]?.parts[0]).toBe(
      '「我們並沒有那麼驚訝。我覺得它是被很多不是太瞭解的人神化了。」',
    );
    expect(hant.description).not.toMatch(/[这发对们]/);
  });

  it('gives each section the traditional heading as an alias id on the simplified page', () => {
    const hans = getArticle(SLUG, 'zh-hans')!;
    expect(hans.sections[0]?.aliases).toEqual(['建議制定國家通用人工智能發展規劃']);
  });
});

describe('readingMinutes', () => {
  it('counts about 500 characters a minute, rounding up, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(500)).toBe(1);
    expect(readingMinutes(501)).toBe(2);
    expect(readingMinutes(getArticle(SLUG, 'zh-hans')!.length)).toBe(5);
  });
});

describe('summarize', () => {
  it('keeps a short text whole', () => {
    expect(summarize('一句话。')).toBe('一句话。');
  });

  it('cuts at the last sentence end outside quotation marks', () => {
    expect(summarize('甲说：“乙。丙。”丁。戊己庚辛', 12)).toBe('甲说：“乙。丙。”丁。');
  });

  it('cuts at the limit with an ellipsis when no sentence ends in time', () => {
    expect(summarize('一二三四五六七八九十', 5)).toBe('一二三四…');
  });
});

describe('openingSentence', () => {
  it('ends at the first sentence end outside quotation marks', async () => {
    const { openingSentence } = await import('@/lib/content/articles');
    expect(openingSentence('他说“好。”我们就开始了准备工作。然后出发。')).toBe(
      '他说“好。”我们就开始了准备工作。',
    );
  });

  it('takes the next sentence too while the opening is too short to say anything', async () => {
    const { openingSentence } = await import('@/lib/content/articles');
    expect(openingSentence('第三年。那一年我们的芯片流片失败。后来成功了。')).toBe(
      '第三年。那一年我们的芯片流片失败。',
    );
    expect(openingSentence('靠信任。')).toBe('靠信任。');
    expect(openingSentence('没有句号的一段话')).toBe('没有句号的一段话');
  });
});
