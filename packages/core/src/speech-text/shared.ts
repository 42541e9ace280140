import { toHalfWidth } from '../text/normalizeWidth';

/**
 * Full-width digits, letters and the symbols the rules look at (％ ＋ － ． ： ／ ～ ＊ ＃ ￥) become
 * ASCII. Chinese punctuation that marks pauses (，。！？；：) is kept, so sentence splitting still sees it.
 */
export function prepare(text: string): string {
  let out = String(text ?? '').replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0B\uFF0D\uFF0E\uFF0F\uFF3F\uFF5E\uFF0A\uFF03\uFF20\uFF06\uFF1D\u3000]/g, (ch) =>
    toHalfWidth(ch),
  );
  // A full-width colon between digits is a time (１４：３０); elsewhere it is a pause and stays.
  out = out.replace(/(\d)\s*：\s*(?=\d{2}(?!\d))/g, '$1:');
  out = out.replace(/[￥]/g, '¥').replace(/[\u2212\u2013\u2014\uFE63](?=\s*[¥\d])/g, '-');
  // Emoji and pictographs: engines read them as long names or as nothing; either way they are noise.
  out = out.replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu, '').replace(/[\uFE0F\u200D]/g, '');
  return out;
}

/** Collapses runs of spaces (not line breaks: they are sentence ends) and trims. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Words that count things: a number before one of these is a quantity (两个, 三天), never digit by digit. */
export const MEASURE =
  '(?:元|块|角|毛|分钟|分|人|个|次|天|周|星期|年|月|日|号|岁|米|公里|千米|厘米|毫米|克|斤|公斤|千克|吨|位|名|件|张|条|台|辆|家|户|间|套|层|楼|页|本|份|项|种|座|所|只|双|对|倍|笔|期|档|级|步|行|小时|秒|万|亿|千|百|折|成|元整|点|毫升|升|平方米|瓶|盒|袋|包|碗|餐|顿|杯|片|粒|度|路|站|趟|班|号线|栋|单元|室)';

/** Words that say "a phone number follows": the number after them is dialled, so it is read digit by digit. */
/** A Chinese mobile number inside running text (optional +86/0086, 3-4-4 with spaces or hyphens). */
export const MOBILE_IN_TEXT = /(?<![\d.])(?:(?:\+|00)?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d.])/g;
/** A 400/800 hotline inside running text. */
export const HOTLINE_IN_TEXT = /(?<![\d.])([48]00)[\s-]?(\d{3})[\s-]?(\d{4})(?![\d.])/g;

export const PHONE_CONTEXT = /(?:拨打|致电|电话|热线|号码|报警|打|拨|呼叫|客服|专线|举报|咨询|call|dial|phone|hotline|tel\.?)\s*[:：]?\s*$/i;

/** Well-known short numbers always read digit by digit (police, fire, ambulance, anti-fraud, bank hotlines, 12345…). */
export const KNOWN_SERVICE_NUMBERS = new Set([
  '110', '112', '114', '119', '120', '122', '12110', '12306', '12315', '12333', '12345', '12348', '12351', '12366', '12368', '12380', '12381', '12388', '12395', '12321',
  '96110', '95588', '95599', '95533', '95566', '95555', '95559', '95595', '95568', '95508', '95528', '95561', '95577', '95558', '95580', '95516', '95511', '95500', '95519',
]);

/** Keywords after which a number is a code (编号27149, 验证码 3921), read digit by digit. */
export const CODE_CONTEXT =
  /(编号|单号|订单号|流水号|工号|账号|卡号|尾号|验证码|动态码|校验码|取件码|编码|代码|序号|房间号|车次|航班号?|邮编|邮政编码|批号|No\.?|NO\.?|#)(\s*[:：]?\s*)$/;

/** Runs `fn` on every match of `re` and joins the pieces: replace() with access to the full input. */
export function replaceEach(text: string, re: RegExp, fn: (m: RegExpExecArray, input: string) => string | null): string {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  const g = new RegExp(re.source, flags);
  let out = '';
  let last = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0] === '') {
      g.lastIndex++;
      continue;
    }
    const rep = fn(m, text);
    if (rep === null) continue;
    out += text.slice(last, m.index) + rep;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

export function isValidDate(month: number, day?: number): boolean {
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day >= 1 && day <= days;
}

export type Locale = 'zh-CN' | 'en-US';
