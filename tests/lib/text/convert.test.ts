import { describe, expect, it } from 'vitest';
import { checkGenerated } from '../../support/generated';
import { converterFor, toScript } from '@/lib/text/convert';

const hant = (text: string) => toScript(text, 'zh-hant');

describe('toScript to zh-hant', () => {
  it.each([
    ['人工智能发展受制于算力与人才', '受制於'],
    ['都是基于GPT-4/4V的底座能力平台', '基於'],
    ['对于国内大模型来说', '對於'],
    ['我国曾于2017年出台过', '曾於'],
    ['本文刊发于《中国经济周刊》', '刊發於'],
    ['不会出现代差级落后的差距', '落後'],
    ['并在行业应用和价值创造上', '並'],
    ['我们并没有那么惊讶', '那麼'],
    ['面对行业冲击和劳动力市场变化', '衝擊'],
    ['超复杂深度理解', '複雜'],
    ['产业复合型创新人才', '複合'],
    ['已具备非常扎实的技术储备', '紮實'],
    ['大模型创新不断涌现', '湧現'],
    ['刘庆峰表示', '劉慶峰'],
  ])('gets the hard case in %s right (%s)', (simplified, expected) => {
    expect(hant(simplified)).toContain(expected);
  });

  it('never writes the chairman’s name as 劉慶峯', () => {
    expect(hant('科大讯飞董事长刘庆峰：刘庆峰说')).toBe('科大訊飛董事長劉慶峰：劉慶峰說');
  });

  it('leaves vocabulary alone: Taiwan phrasing is not put in anyone’s mouth', () => {
    const out = hant('人工智能、数据、芯片和视频');
    expect(out).toBe('人工智能、數據、芯片和視頻');
    expect(out).not.toMatch(/人工智慧|資料|晶片|影片/);
  });

  it('keeps the magazine’s own name', () => {
    expect(hant('《中国经济周刊》')).toBe('《中國經濟周刊》');
  });

  it('returns simplified text unchanged for zh-hans', () => {
    expect(toScript('刘庆峰表示', 'zh-hans')).toBe('刘庆峰表示');
  });

  it('protects names given by an article, with the form it gives', () => {
    // Without protection OpenCC writes the surnames 范 and 余 as 範 and 餘.
    expect(hant('范')).toBe('範');
    const convert = converterFor('zh-hant', [
      ['范小余', '范小余'],
      ['余光', '余光'],
    ]);
    expect(convert('记者范小余与余光对话')).toBe('記者范小余與余光對話');
  });

  it('prefers the longer of two overlapping terms', () => {
    const convert = converterFor('zh-hant', [
      ['范', '範'],
      ['范余', '范余'],
    ]);
    expect(convert('范余说')).toBe('范余說');
  });

  it('passes text already in the Private Use Area through', () => {
    expect(hant('\uE000刘庆峰\uE001')).toBe('\uE000劉慶峰\uE001');
  });

  it('handles empty text', () => {
    expect(hant('')).toBe('');
  });
});

describe('word boundaries', () => {
  it.each([
    ['近百年历史', '近百年歷史'],
    ['十年历经风雨', '十年歷經風雨'],
    ['两千多年历史', '兩千多年歷史'],
    ['五年历练', '五年歷練'],
    ['去年历经波折', '去年歷經波折'],
    ['一杆进洞', '一桿進洞'],
  ])('keeps a phrase from swallowing the next word in %s', (simplified, traditional) => {
    expect(hant(simplified)).toBe(traditional);
  });

  it('keeps OpenCC’s phrases that span whole words', () => {
    expect(hant('头发和面条，皇后的后台')).toBe('頭髮和麵條，皇后的後臺');
  });
});

describe('the phrase table', () => {
  // Each entry in a sentence of its own.
  const cases: [string, string][] = [
    ['等了十几分钟', '等了十幾分鐘'],
    ['一万分钟的训练', '一萬分鐘的訓練'],
    ['绵延数千里', '綿延數千里'],
    ['五千里路', '五千里路'],
    ['七千里', '七千里'],
    ['八千里路云和月', '八千里路雲和月'],
    ['相隔数万里', '相隔數萬里'],
    ['行程两万里', '行程兩萬里'],
    ['三万里河东入海', '三萬里河東入海'],
    ['八万里', '八萬里'],
    ['陕西历史博物馆', '陝西歷史博物館'],
    ['飞机制造企业', '飛機製造企業'],
    ['考试制度改革', '考試制度改革'],
    ['收入分配制度', '收入分配制度'],
    ['一场重大斗争', '一場重大鬥爭'],
    ['考察干部', '考察幹部'],
    ['检察干部', '檢察幹部'],
    ['检察干警', '檢察幹警'],
    ['交流干扰', '交流干擾'],
    ['利益互相冲突', '利益互相衝突'],
    ['网上游戏', '網上遊戲'],
    ['网上冲印照片', '網上沖印照片'],
    ['观看表演', '觀看表演'],
    ['年满十四周岁', '年滿十四週歲'],
    ['股价的周线图', '股價的週線圖'],
    ['一头长卷发', '一頭長捲髮'],
    ['你别着急', '你別著急'],
    ['新娘家人', '新娘家人'],
    ['她的娘家人', '她的娘家人'],
    ['开了假发票', '開了假發票'],
    ['做复习题', '做復習題'],
    ['关联系数', '關聯係數'],
    ['近亲系数', '近親係數'],
    ['关联系统', '關聯系統'],
    ['多维系统', '多維系統'],
    ['一张密码表', '一張密碼表'],
    ['直面人生', '直面人生'],
    ['冷得直发抖', '冷得直發抖'],
    ['马夫人说', '馬夫人說'],
  ];

  it.each(cases)('converts %s as %s', (simplified, traditional) => {
    expect(hant(simplified)).toBe(traditional);
  });

  it.each([
    ['上千万里面', '上千萬裡面'],
    ['几千里面挑一个', '幾千裡面挑一個'],
    ['这个姑娘家伙食不错', '這個姑娘家伙食不錯'],
  ])('does not over-correct %s', (simplified, traditional) => {
    expect(hant(simplified)).toBe(traditional);
  });

  it('has a test above for every entry', async () => {
    const { PHRASES } = await import('@/lib/text/terms');
    const untested = PHRASES.filter(([s]) => !cases.some(([text]) => text.includes(s)));
    expect(untested).toEqual([]);
  });
});

describe('Hong Kong’s standard', () => {
  const hk = converterFor('zh-hant-hk');
  const tw = converterFor('zh-hant');

  it('writes Hong Kong’s forms where the standards differ', () => {
    expect(hk('他说着，走进里屋，温度很高')).toBe('他説着，走進裏屋，温度很高');
    expect(tw('他说着，走进里屋，温度很高')).toBe('他說著，走進裡屋，溫度很高');
  });

  it('converts word by word as Taiwan’s does, so no phrase swallows the next word', () => {
    expect(hk('近百年历史')).toBe('近百年歷史');
    expect(hk('五年历练')).toBe('五年歷練');
  });

  it('takes the phrase table in Hong Kong’s forms', () => {
    expect(tw('别着急')).toBe('別著急');
    expect(hk('别着急')).toBe('別着急');
    expect(hk('十几分钟')).toBe('十幾分鐘');
  });

  it('keeps the project dictionary’s names and terms as given', () => {
    expect(hk('刘庆峰在科大讯飞')).toBe('劉慶峰在科大訊飛');
  });

  it('prints corner quotation marks, as Taiwan’s pages do', () => {
    expect(hk('他说：“好。”')).toBe('他説：「好。」');
    expect(tw('他说：“好。”')).toBe('他說：「好。」');
  });
});

describe('measure words after a number', () => {
  const tw = converterFor('zh-hant');
  const hk = converterFor('zh-hant-hk');

  it.each([
    ['三坛酒', '三罈酒'],
    ['几坛老酒', '幾罈老酒'],
    ['数只眼睛', '數隻眼睛'],
    ['三只小猫', '三隻小貓'],
    ['一出戏', '一齣戲'],
    ['十几里路', '十幾里路'],
    ['两斗米', '兩斗米'],
  ])('writes %s as %s in both standards', (text, want) => {
    expect(tw(text)).toBe(want);
    expect(hk(text)).toBe(want);
  });

  it.each([
    ['三十出头的年轻人', '三十出頭的年輕人'],
    ['十几只是开始', '十幾只是開始'],
    ['万一出了问题', '萬一出了問題'],
    ['千万只是说说', '千萬只是說說'],
  ])('leaves %s alone where the character is not a measure', (text, want) => {
    expect(tw(text)).toBe(want);
  });
});

describe('measure words after an approximate count', () => {
  const tw = converterFor('zh-hant');
  const hk = converterFor('zh-hant-hk');

  it.each([
    ['他养了二十多只羊。', '他養了二十多隻羊。'],
    ['院子里有三十来只鸡。', '院子裡有三十來隻雞。'],
    ['村里还有十余只羊。', '村裡還有十餘隻羊。'],
    ['仓库里存着上万坛酱。', '倉庫裡存著上萬罈醬。'],
    ['厂里每年酿上千坛酒。', '廠裡每年釀上千罈酒。'],
    ['湖上有成千上万只鸟。', '湖上有成千上萬隻鳥。'],
    ['一顿吃掉好几只鸡', '一頓吃掉好幾隻雞'],
    ['把小羊一只只抱进圈里', '把小羊一隻隻抱進圈裡'],
    ['一坛坛酱摆在院子里', '一罈罈醬擺在院子裡'],
  ])('writes %s as %s (Taiwan)', (text, want) => {
    expect(tw(text)).toBe(want);
  });

  it('writes them the same in Hong Kong’s standard, which differs only in its variants', () => {
    expect(hk('院子里有三十来只鸡。')).toBe('院子裏有三十來隻雞。');
    expect(hk('仓库里存着上万坛酱。')).toBe('倉庫裏存着上萬罈醬。');
  });

  it.each([
    ['这只羊很瘦', '這隻羊很瘦'],
    ['每只羊都有编号', '每隻羊都有編號'],
    ['他只有一只羊', '他只有一隻羊'],
    ['最后只剩下三十来人', '最後只剩下三十來人'],
    ['他们三十来只是为了看看', '他們三十來只是為了看看'],
    ['一来只是为了看看', '一來只是為了看看'],
    ['一只只是不够的', '一隻只是不夠的'],
  ])('leaves %s right: demonstratives, 每, and 只 meaning only', (text, want) => {
    expect(tw(text)).toBe(want);
  });
});

describe('周 as a week', () => {
  const tw = converterFor('zh-hant');
  const hk = converterFor('zh-hant-hk');

  it.each([
    ['若干周后，他们又见面了。', '若干週後，他們又見面了。'],
    ['过了十多周，结果出来了。', '過了十多週，結果出來了。'],
    ['试验持续了两周', '試驗持續了兩週'],
    ['这几周都在下雨', '這幾週都在下雨'],
    ['上千周后', '上千週後'],
    ['他每周回一次家', '他每週回一次家'],
    ['上周五开会', '上週五開會'],
    ['第三周开始', '第三週開始'],
    ['这周复习，那周开会', '這週複習，那週開會'],
    ['一周年纪念', '一週年紀念'],
    ['看周线图', '看週線圖'],
  ])('writes %s as %s in both standards', (text, want) => {
    expect(tw(text)).toBe(want);
    expect(hk(text)).toBe(want.replace('裡', '裏'));
  });

  it.each([
    ['学校周边', '學校周邊'],
    ['这周围都是山', '這周圍都是山'],
    ['若干周边设备', '若干周邊設備'],
    ['环顾四周', '環顧四周'],
    ['四周上下都是水', '四周上下都是水'],
    ['服务很周到', '服務很周到'],
    ['老周说过', '老周說過'],
    ['周先生来了', '周先生來了'],
  ])('leaves 周 in %s, where it is no week', (text, want) => {
    expect(tw(text)).toBe(want);
  });
});

describe('the generated measure-word table', () => {
  it('is what the generator makes from OpenCC and CC-CEDICT, not edited by hand', () => {
    expect(checkGenerated('scripts/names/build-measures.ts')).toContain('matches');
    // A guard against a hung child, not a timing.
  }, 120_000);
});
