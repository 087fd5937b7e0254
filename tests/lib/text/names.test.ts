import { describe, expect, it } from 'vitest';
import { checkGenerated } from '../../support/generated';
import { nameToHant, personTerms } from '@/lib/text/convert';
import { splitName } from '@/lib/text/names';
import { SURNAME_FORMS } from '@/lib/text/surnames';
import { converterFor } from '@/lib/text/convert';

/** Real public figures, as their names are written in traditional characters. */
const PUBLIC_FIGURES: [string, string][] = [
  ['余承东', '余承東'],
  ['游锡堃', '游錫堃'],
  ['钟南山', '鍾南山'],
  ['范仲淹', '范仲淹'],
  ['范冰冰', '范冰冰'],
  ['范曾', '范曾'],
  ['范玮琪', '范瑋琪'],
  ['余光中', '余光中'],
  ['余秋雨', '余秋雨'],
  ['余华', '余華'],
  ['余英时', '余英時'],
  ['余秀华', '余秀華'],
  ['叶圣陶', '葉聖陶'],
  ['叶嘉莹', '葉嘉瑩'],
  ['叶问', '葉問'],
  ['万里', '萬里'],
  ['万梓良', '萬梓良'],
  ['欧阳修', '歐陽修'],
  ['欧阳娜娜', '歐陽娜娜'],
  ['司马迁', '司馬遷'],
  ['司马光', '司馬光'],
  ['诸葛亮', '諸葛亮'],
  ['上官婉儿', '上官婉兒'],
  ['东方朔', '東方朔'],
  ['令狐冲', '令狐沖'],
  ['于丹', '于丹'],
  ['于右任', '于右任'],
  ['于谦', '于謙'],
  ['于敏', '于敏'],
  ['沈从文', '沈從文'],
  ['沈括', '沈括'],
  ['沈君山', '沈君山'],
  ['姜文', '姜文'],
  ['姜昆', '姜昆'],
  ['郁达夫', '郁達夫'],
  ['郁可唯', '郁可唯'],
  ['岳飞', '岳飛'],
  ['岳云鹏', '岳雲鵬'],
  ['岳敏君', '岳敏君'],
  ['朴槿惠', '朴槿惠'],
  ['朴树', '朴樹'],
  ['干宝', '干寶'],
  ['谷超豪', '谷超豪'],
  ['谷爱凌', '谷愛凌'],
  ['钟汉良', '鍾漢良'],
  ['钟丽缇', '鍾麗緹'],
  ['钱钟书', '錢鍾書'],
  ['涂磊', '涂磊'],
  ['游本昌', '游本昌'],
  ['游鸿明', '游鴻明'],
  ['卜学亮', '卜學亮'],
  ['曲婉婷', '曲婉婷'],
  ['党怀英', '党懷英'],
  ['种师道', '种師道'],
  ['苏轼', '蘇軾'],
  ['胡适', '胡適'],
  ['鲁迅', '魯迅'],
  ['钱学森', '錢學森'],
  ['邓丽君', '鄧麗君'],
  ['周润发', '周潤發'],
  ['刘德华', '劉德華'],
  ['梁朝伟', '梁朝偉'],
  ['张学友', '張學友'],
  ['孙中山', '孫中山'],
  ['马英九', '馬英九'],
  ['连战', '連戰'],
  ['宋楚瑜', '宋楚瑜'],
  ['张艺谋', '張藝謀'],
  ['冯小刚', '馮小剛'],
  ['巩俐', '鞏俐'],
  ['曹雪芹', '曹雪芹'],
  ['韩寒', '韓寒'],
  ['刘庆峰', '劉慶峰'],
];

describe('nameToHant', () => {
  it.each(PUBLIC_FIGURES)('writes %s as %s', (simplified, traditional) => {
    expect(nameToHant(simplified)).toBe(traditional);
  });

  it('covers at least 60 real names', () => {
    expect(PUBLIC_FIGURES.length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['范立群', '范立群'],
    ['余秋平', '余秋平'],
    ['游明哲', '游明哲'],
    ['涂国栋', '涂國棟'],
    ['台静远', '台靜遠'],
    ['占文辉', '占文輝'],
    ['沈阳明', '沈陽明'],
  ])('keeps the surname of %s where OpenCC would take the ordinary word', (name, hant) => {
    expect(nameToHant(name)).toBe(hant);
    expect(converterFor('zh-hant')(name)).not.toBe(hant);
  });
});

describe('splitName', () => {
  it('takes a compound surname whole', () => {
    expect(splitName('欧阳修')).toEqual({ surname: '欧阳', given: '修' });
    expect(splitName('司马相如')).toEqual({ surname: '司马', given: '相如' });
  });

  it('takes one character when the name is a compound surname alone', () => {
    expect(splitName('欧阳')).toEqual({ surname: '欧', given: '阳' });
  });

  it('leaves names in other scripts whole', () => {
    expect(splitName('Sam Altman')).toEqual({ surname: '', given: 'Sam Altman' });
    expect(nameToHant('Sam Altman')).toBe('Sam Altman');
  });
});

describe('the surname table', () => {
  it.each([
    ['范', '范'],
    ['余', '余'],
    ['游', '游'],
    ['涂', '涂'],
    ['台', '台'],
    ['占', '占'],
    ['朴', '朴'],
    ['干', '干'],
    ['党', '党'],
    ['种', '种'],
    ['谷', '谷'],
    ['于', '于'],
    ['姜', '姜'],
    ['沈', '沈'],
    ['卜', '卜'],
    ['郁', '郁'],
    ['岳', '岳'],
    ['曲', '曲'],
    ['钟', '鍾'],
    ['叶', '葉'],
    ['万', '萬'],
  ])('writes the surname %s as %s', (simplified, traditional) => {
    expect(SURNAME_FORMS.get(simplified)).toBe(traditional);
  });
});

describe('names in running text', () => {
  const people = personTerms([{ name: '范立群' }, { name: '钟明', hant: '鐘明' }]);
  const hant = converterFor('zh-hant', people);

  it('protects the full name and the surname with a title, not ordinary words', () => {
    expect(hant('范立群说，范先生的范围很广。')).toBe('范立群說，范先生的範圍很廣。');
    expect(hant('朴素的规范总体上')).toBe('樸素的規範總體上');
  });

  it('lets hant: override the name rule', () => {
    expect(hant('钟明和钟教授')).toBe('鐘明和鐘教授');
  });
});

describe('names on Hong Kong pages', () => {
  // Names keep one form in both traditional scripts: Hong Kong's variant table (峰 → 峯,
  // 群 → 羣, 台 → 臺 …) is about ordinary words, not about how a person writes their name.
  const names = [
    ...PUBLIC_FIGURES.map(([simplified]) => simplified),
    ...[...SURNAME_FORMS.keys()].flatMap((surname) => [`${surname}庆峰`, `${surname}群`]),
    '范立群',
    '台静远',
    '刘庆峰',
  ];

  it(`writes each of ${names.length} names as on Taiwan's pages, table surnames included`, () => {
    const wrong = names.filter((name) => {
      const terms = personTerms([{ name }]);
      return converterFor('zh-hant-hk', terms)(name) !== converterFor('zh-hant', terms)(name);
    });
    expect(wrong).toEqual([]);
  });

  it('still gives the words around a name Hong Kong’s forms', () => {
    const hk = converterFor('zh-hant-hk', personTerms([{ name: '何群峰' }]));
    expect(hk('何群峰说，产业集群的平台很重要。')).toBe('何群峰説，產業集羣的平台很重要。');
  });
});

describe('the generated tables', () => {
  it('are what the generator makes from CC-CEDICT and OpenCC, not edited by hand', () => {
    expect(checkGenerated('scripts/names/build-surnames.ts')).toContain('matches');
    // A guard against a hung child, not a timing: it takes ~8 s alone, ~50 s on a busy machine.
  }, 120_000);
});
