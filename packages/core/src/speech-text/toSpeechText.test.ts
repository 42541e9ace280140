import { describe, expect, it } from 'vitest';
import { speakAs, toSpeechText } from './index';
import { ordinalToEnglish, yearToEnglish } from './en';

/** [input, expected reading]. Each row is one rule or one edge case; the comment says why it is there. */
const ZH: Array<[string, string]> = [
  // Phone numbers: digit by digit, 1 → 幺, grouped 3-4-4 (landlines: area code, then the number in two groups)
  ['13800138000', '幺三八，零零幺三，八零零零'],
  ['请拨打13800138000咨询', '请拨打幺三八，零零幺三，八零零零咨询'],
  ['拨打 138 0013 8000', '拨打 幺三八，零零幺三，八零零零'],
  ['+86 138-0013-8000', '幺三八，零零幺三，八零零零'],
  ['＋86 13912345678', '幺三九，幺二三四，五六七八'],
  ['１３８００１３８０００', '幺三八，零零幺三，八零零零'],
  ['0518-85551234', '零五幺八，八五五五，幺二三四'],
  ['010-12345678转801', '零幺零，幺二三四，五六七八，转八零幺'],
  ['电话：(010) 1234 5678', '电话：零幺零，幺二三四，五六七八'],
  ['400-820-8820', '四零零，八二零，八八二零'],
  // Short service numbers
  ['96110', '九六幺幺零'],
  ['拨打110', '拨打幺幺零'],
  ['95588', '九五五八八'],
  ['12345', '幺二三四五'],
  ['有疑问请致电 12368', '有疑问请致电 幺二三六八'],
  ['房间110', '房间幺幺零'],
  // ...but the same digits as a quantity are a number
  ['110元', '一百一十元'],
  ['共12345人', '共一万二千三百四十五人'],
  // Money: 元角分, never digit by digit, 两 before a unit
  ['¥1,234.50', '一千二百三十四元五角'],
  ['¥0.05', '五分'],
  ['-¥12', '负十二元'],
  ['¥-12', '负十二元'],
  ['转账-¥500.00', '转账负五百元'],
  ['¥50,000.00', '五万元'],
  ['￥2', '两元'],
  ['1.5万元', '一万五千元'],
  ['34.5元', '三十四元五角'],
  ['1000元整', '一千元整'],
  ['本息合计￥1,000,000.00元', '本息合计一百万元'],
  ['余额：¥12,345.67。', '余额：一万二千三百四十五元六角七分。'],
  ['Apple Pay支付¥20', 'Apple Pay支付二十元'],
  ['扣款¥1.234', '扣款一点二三四元'],
  ['人民币105.3元', '人民币一百零五元三角'],
  ['12块5', '十二块五'],
  ['20.1万', '二十点一万'],
  // Dates: the year digit by digit with 〇, month and day as numbers
  ['2025-10-29', '二〇二五年十月二十九日'],
  ['2025/10/29', '二〇二五年十月二十九日'],
  ['2025.1.5', '二〇二五年一月五日'],
  ['2025年', '二〇二五年'],
  ['2025年3月1日', '二〇二五年三月一日'],
  ['1995年3月1日', '一九九五年三月一日'],
  ['2026年1月', '二〇二六年一月'],
  ['10月29日', '十月二十九日'],
  ['6月1号', '六月一号'],
  ['2025-13-45', '二零二五，一三，四五'],
  // 2025年 vs 2025号 vs a phone number in the same sentence
  ['2025号', '两千零二十五号'],
  ['13800138000和2025年', '幺三八，零零幺三，八零零零和二〇二五年'],
  ['1000年的历史', '一千年的历史'],
  // Times: 24-hour, 点 and 分 (one style); 整 on the hour; 两点 for 2
  ['14:30', '十四点三十分'],
  ['09:05', '九点零五分'],
  ['14:00', '十四点整'],
  ['12:05', '十二点零五分'],
  ['下午2:30', '下午两点三十分'],
  ['14：30', '十四点三十分'],
  ['08:15:30', '八点十五分三十秒'],
  ['2025-06-12 09:30', '二〇二五年六月十二日 九点三十分'],
  ['营业时间 09:00-17:00', '营业时间 九点整到十七点整'],
  ['每天10:00~12:00', '每天十点整到十二点整'],
  // Percentages
  ['50%', '百分之五十'],
  ['-3.5%', '负百分之三点五'],
  ['完成了80%的任务', '完成了百分之八十的任务'],
  ['3%~5%', '百分之三到百分之五'],
  ['3~5%', '百分之三到百分之五'],
  ['5‰', '千分之五'],
  // Ranges
  ['3~5天', '三到五天'],
  ['3～5天', '三到五天'],
  ['3-5天', '三到五天'],
  ['3至5天', '三至五天'],
  ['1-2个工作日', '一到两个工作日'],
  ['10:00—12:00', '十点整到十二点整'],
  ['护理费100元/月', '护理费一百元每月'],
  ['每份15元/人', '每份十五元每人'],
  ['年利率3.85%', '年利率百分之三点八五'],
  ['3.5万元', '三万五千元'],
  ['8点30分', '八点三十分'],
  ['7×24小时', '七乘二十四小时'],
  // Masked cards and ID numbers
  ['6222 **** **** 1234', '尾号一二三四'],
  ['138****8000', '尾号八零零零'],
  ['身份证 110101********1234', '身份证 尾号一二三四'],
  ['尾号1234', '尾号一二三四'],
  ['110101199003071234', '一一零一零一，一九九零零三零七，一二三四'],
  ['11010119900307123x', '一一零一零一，一九九零零三零七，一二三X'],
  ['6222021234567890123', '六二二二，零二一二，三四五六，七八九零，一二三'],
  ['6222 0212 3456 7890', '六二二二，零二一二，三四五六，七八九零'],
  // Codes
  ['编号27149', '编号二七一四九'],
  ['验证码 392105', '验证码 三九二一零五'],
  ['订单号：20251029001', '订单号：二零二五幺零二九零零幺'.replace(/幺/g, '一')],
  ['007', '零零七'],
  ['版本1.2.3', '版本一点二点三'],
  // Quantities: 两 before a measure word, 二 for ordinals
  ['2个人', '两个人'],
  ['2000人', '两千人'],
  ['2月', '二月'],
  ['第2名', '第二名'],
  ['2点', '两点'],
  ['2.5', '二点五'],
  ['3.14', '三点一四'],
  ['0.5', '零点五'],
  ['1,234', '一千二百三十四'],
  ['100,000人', '十万人'],
  ['324.75克', '三百二十四点七五克'],
  ['请在3个工作日内', '请在三个工作日内'],
  ['第1、2、3条', '第一、二、三条'],
  ['数量 ３个', '数量 三个'],
  // Units, temperature, fractions, ratios
  ['5kg', '五公斤'],
  ['3km', '三公里'],
  ['-10°C', '零下十摄氏度'],
  ['温度25℃', '温度二十五摄氏度'],
  ['7/12', '十二分之七'],
  ['3:1', '三比一'],
  // Mixed Chinese and English, symbols, URLs, e-mail, emoji
  ['Ctrl+Alt+A', 'Ctrl加Alt加A'],
  ['5G网络', '五G网络'],
  ['请访问www.icbc.com.cn', '请访问www点icbc点com点cn'],
  ['邮箱 service@bank.com.cn', '邮箱 service 艾特 bank点com点cn'],
  ['我有😀一个', '我有一个'],
  ['周二', '周二'],
  // Whitespace and empty input
  ['', ''],
  ['   ', ''],
  ['  多个   空格  ', '多个 空格'],
  ['第一行\n\n第二行', '第一行\n第二行'],
];

const EN: Array<[string, string]> = [
  ['Call 13800138000', 'Call one three eight, zero zero one three, eight zero zero zero'],
  ['0518-85551234', 'zero five one eight, eight five five five, one two three four'],
  ['96110', 'nine six one one zero'],
  ['Dial 110 now', 'Dial one one zero now'],
  ['¥1,234.50', 'one thousand two hundred thirty-four yuan and fifty fen'],
  ['¥0.05', 'five fen'],
  ['-¥12', 'minus twelve yuan'],
  ['$12.50', 'twelve dollars and fifty cents'],
  ['2025-10-29', 'October twenty-ninth, twenty twenty-five'],
  ['Due 2025-06-12', 'Due June twelfth, twenty twenty-five'],
  ['14:30', 'two thirty p.m.'],
  ['09:05', 'nine oh five a.m.'],
  ['At 12:00', 'At twelve noon'],
  ['09:00-17:00', "nine o'clock a.m. to five o'clock p.m."],
  ['50%', 'fifty percent'],
  ['Fee: 3.5%', 'Fee: three point five percent'],
  ['3~5 days', 'three to five days'],
  ['3-5 days', 'three to five days'],
  ['6222 **** **** 1234', 'ending in one two three four'],
  ['IDs: 11010119900307123X', 'IDs: one one zero one zero one, one nine nine zero zero three zero seven, one two three X'],
  ['Total 1,234 items', 'Total one thousand two hundred thirty-four items'],
  ['Room 007', 'Room zero zero seven'],
  ['1st', 'first'],
  ['-10°C', 'minus ten degrees Celsius'],
  ['I am 2', 'I am two'],
  ['', ''],
];

describe('toSpeechText zh-CN', () => {
  it.each(ZH)('%j → %j', (input, expected) => {
    expect(toSpeechText(input, 'zh-CN')).toBe(expected);
  });
  it('defaults to zh-CN', () => {
    expect(toSpeechText('13800138000')).toBe(toSpeechText('13800138000', 'zh-CN'));
  });
  it('has at least 80 table cases', () => {
    expect(ZH.length + EN.length).toBeGreaterThanOrEqual(80);
  });
});

describe('toSpeechText en-US', () => {
  it.each(EN)('%j → %j', (input, expected) => {
    expect(toSpeechText(input, 'en-US')).toBe(expected);
  });
});

describe('toSpeechText robustness', () => {
  it('never throws and never returns digits for money or phones', () => {
    const samples = ['¥', '¥,', '--¥1', '1..2', '::', '%%', '*'.repeat(30), '9'.repeat(40), '１２３４５６７８９０'.repeat(50)];
    for (const s of samples) expect(() => toSpeechText(s)).not.toThrow();
    expect(toSpeechText('¥1,234,567.89')).not.toMatch(/\d/);
    expect(toSpeechText('联系电话13912345678，金额¥88.80，日期2025-01-02')).not.toMatch(/\d/);
  });
  it('treats null and undefined as empty', () => {
    expect(toSpeechText(undefined as unknown as string)).toBe('');
    expect(toSpeechText(null as unknown as string)).toBe('');
  });
  it('keeps a 5,000-character text intact apart from its numbers', () => {
    const long = '请您注意'.repeat(1250);
    expect(toSpeechText(long)).toBe(long);
  });
});

describe('speakAs (data-yinfa-say-as)', () => {
  it.each([
    ['2025', 'digits', '二零二五'],
    ['6222 0212', 'digits', '六二二二，零二一二'],
    ['13800138000', 'phone', '幺三八，零零幺三，八零零零'],
    ['95588', 'phone', '九五五八八'],
    ['1234.5', 'money', '一千二百三十四元五角'],
    ['面议', 'money', '面议'],
    ['2025-10-29', 'date', '二〇二五年十月二十九日'],
    ['14:30', 'time', '十四点三十分'],
    ['9点', 'time', '九点整'],
    ['¥12 & 3%', 'verbatim', '¥12 & 3%'],
    ['3%', undefined, '百分之三'],
  ] as const)('%j as %s → %j', (text, kind, expected) => {
    expect(speakAs(text, kind)).toBe(expected);
  });
  it('reads English', () => {
    expect(speakAs('110', 'digits', 'en-US')).toBe('one one zero');
    expect(speakAs('1234.5', 'money', 'en-US')).toBe('one thousand two hundred thirty-four yuan and fifty fen');
    expect(speakAs('14:30', 'time', 'en-US')).toBe('two thirty p.m.');
  });
});

describe('English helpers', () => {
  it.each([
    [1, 'first'], [2, 'second'], [3, 'third'], [12, 'twelfth'], [20, 'twentieth'], [21, 'twenty-first'], [29, 'twenty-ninth'],
  ])('ordinal %i → %s', (n, text) => expect(ordinalToEnglish(n)).toBe(text));
  it.each([
    [2025, 'twenty twenty-five'], [2000, 'two thousand'], [2005, 'two thousand five'], [1995, 'nineteen ninety-five'], [1905, 'nineteen oh five'],
  ])('year %i → %s', (n, text) => expect(yearToEnglish(n)).toBe(text));
});

describe('toSpeechText properties (fast-check)', () => {
  it('never throws, for any text in either locale', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('zh-CN', 'en-US') as never, (text: string, locale: 'zh-CN' | 'en-US') => {
        expect(typeof toSpeechText(text, locale)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no digits in quantities, money, phones, dates and times', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (n, fen, d) => {
          const ymd = d.toISOString().slice(0, 10);
          const hm = d.toISOString().slice(11, 16);
          const text = `共${n}人，¥${n.toLocaleString('en-US')}.${String(fen).padStart(2, '0')}，${ymd} ${hm}，电话1${String(3 + (n % 7))}${String(n).padStart(9, '0')}`;
          expect(toSpeechText(text)).not.toMatch(/\d/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
