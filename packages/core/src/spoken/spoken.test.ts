import { describe, expect, it } from 'vitest';
import { normalizeSpokenAddress, parseChineseInteger, parseSpokenAmount, parseSpokenDateTime, parseSpokenPhone } from './index';

describe('parseChineseInteger', () => {
  it.each([
    ['一万二千五百', 12500],
    ['十二', 12],
    ['三百零五', 305],
    ['两千', 2000],
    ['一万五', 15000],
    ['三千二', 3200],
    ['两百五', 250],
    ['一万零五', 10005],
    ['一千零十', 1010],
    ['十万', 100000],
    ['一亿二千万', 120000000],
    ['五', 5],
  ])('%s → %i', (text, n) => expect(parseChineseInteger(text)).toBe(n));

  it.each(['二三百', '一二三', '百', '三百二百', 'abc', ''])('%j is not one number → null', (text) => expect(parseChineseInteger(text)).toBeNull());
});

describe('parseSpokenPhone', () => {
  it.each([
    ['幺三八 零零幺三 八零零零', { digits: '13800138000' }],
    ['一三八零零一三八零零零', { digits: '13800138000' }],
    ['1 3 9 0 0 1 3 9 0 0 0', { digits: '13900139000' }],
    ['我的手机号是幺八六 两二三四 五六七八', { digits: '18622345678' }],
    ['一八六二二三四五六七八。', { digits: '18622345678' }],
    ['零五幺八 八五五五 幺二三四', { digits: '051885551234' }],
    ['零五幺八八五五五幺二三四转八零幺', { digits: '051885551234', extension: '801' }],
    ['010 6552 8888 分机 23', { digits: '01065528888', extension: '23' }],
    ['加八六 幺三八零零幺三八零零零', { digits: '13800138000' }],
    ['+86 138 0013 8000', { digits: '13800138000' }],
    ['one three eight zero zero one three eight zero zero zero', { digits: '13800138000' }],
    ['洞五幺八八五五五幺二三四', { digits: '051885551234' }],
  ])('%s', (text, expected) => expect(parseSpokenPhone(text)).toEqual(expected));

  it.each([
    ['一百三十八', 'said with units, not digit by digit'],
    ['幺三八零零幺三八', 'too short'],
    ['幺三八零零幺三八零零零零', 'too long'],
    ['幺三八零零幺三八零零零转八零幺', 'an extension on a mobile'],
    ['我不知道', 'no number'],
    ['', 'empty'],
    ['八五五五幺二三四', 'a local number without its area code'],
  ])('%s → null (%s)', (text) => expect(parseSpokenPhone(text)).toBeNull());
});

describe('parseSpokenAmount', () => {
  it.each([
    ['一万二千五百元', 1250000],
    ['两千块五毛', 200050],
    ['1.2万', 1200000],
    ['三块五', 350],
    ['三块五毛二', 352],
    ['五毛', 50],
    ['五角', 50],
    ['八分', 8],
    ['一百块零五分', 10005],
    ['一万五', 1500000],
    ['一百二', 12000],
    ['二百五十块钱', 25000],
    ['人民币一千元整', 100000],
    ['转账五千元', 500000],
    ['5千', 500000],
    ['12块5', 1250],
    ['120 yuan', 12000],
    ['零点五元', 50],
    ['一点五万', 1500000],
    ['¥88.8', 8880],
    ['十二块', 1200],
    ['一千零十元', 101000],
  ])('%s → %i 分', (text, fen) => expect(parseSpokenAmount(text)).toBe(fen));

  it.each([
    ['一千多', 'approximate'],
    ['两三百', 'a range'],
    ['大概五百块', 'approximate'],
    ['五百到六百', 'a range'],
    ['几百块', 'unknown'],
    ['一万二三', 'a range (12 or 13 thousand)'],
    ['负五百', 'negative'],
    ['十块八块', 'two amounts'],
    ['一点二三四元', 'finer than a 分'],
    ['谢谢', 'not an amount'],
    ['', 'empty'],
    ['一百块零五', 'unclear: 5 分 or 5 毛?'],
  ])('%s → null (%s)', (text) => expect(parseSpokenAmount(text)).toBeNull());
});

describe('parseSpokenDateTime (now: Wednesday 10 June 2026, 08:00 Shanghai)', () => {
  const now = Date.parse('2026-06-10T08:00:00+08:00');
  it.each([
    ['下周三上午十点', { date: '2026-06-17', time: '10:00' }],
    ['明天下午三点半', { date: '2026-06-11', time: '15:30' }],
    ['后天早上八点一刻', { date: '2026-06-12', time: '08:15' }],
    ['大后天', { date: '2026-06-13' }],
    ['这周五晚上七点', { date: '2026-06-12', time: '19:00' }],
    ['周五', { date: '2026-06-12' }],
    ['星期一', { date: '2026-06-15' }],
    ['下个礼拜天', { date: '2026-06-21' }],
    ['下下周一', { date: '2026-06-22' }],
    ['6月12号上午九点', { date: '2026-06-12', time: '09:00' }],
    ['十二月五日', { date: '2026-12-05' }],
    ['三月五号', { date: '2027-03-05' }],
    ['5号', { date: '2026-07-05' }],
    ['今天15:30', { date: '2026-06-10', time: '15:30' }],
    ['中午十二点', { time: '12:00' }],
    ['下午两点四十五', { time: '14:45' }],
    ['十四点', { time: '14:00' }],
  ])('%s', (text, expected) => expect(parseSpokenDateTime(text, { now })).toEqual(expected));

  it.each([
    ['明天十点', { date: '2026-06-11', ask: 'am-pm' }],
    ['三点', { ask: 'am-pm' }],
    ['周三', { date: '2026-06-10', ask: 'which-week' }],
    ['这周一', { date: '2026-06-08', ask: 'past' }],
  ])('%s → asks (%j)', (text, expected) => expect(parseSpokenDateTime(text, { now })).toEqual(expected));

  it.each(['随便', '二月三十日', '25点', ''])('%j → null', (text) => expect(parseSpokenDateTime(text, { now })).toBeNull());

  it('uses Shanghai, not the device zone: 23:30 UTC on Tuesday is already Wednesday in Shanghai', () => {
    expect(parseSpokenDateTime('明天', { now: Date.parse('2026-06-09T23:30:00Z') })).toEqual({ date: '2026-06-11' });
  });
});

describe('normalizeSpokenAddress', () => {
  it.each([
    ['幸福小区三号楼二单元五零一', '幸福小区3号楼2单元501'],
    ['中山路一百零三号', '中山路103号'],
    ['五一路十二号院', '五一路12号院'],
    ['三里屯二十一栋', '三里屯21栋'],
    ['十里铺五组', '十里铺5组'],
    ['新南街道幸福社区七幢三层', '新南街道幸福社区7幢3层'],
    ['万达广场一号楼', '万达广场1号楼'],
    ['海州区幸福路', '海州区幸福路'],
    ['二单元幺零二室', '2单元102室'],
  ])('%s → %s', (text, out) => expect(normalizeSpokenAddress(text)).toBe(out));
});
