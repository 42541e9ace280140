import { devWarn } from '../dev/warn';
import type { Locale } from '../messages/types';
import { SCAM_TYPES, type ScamType } from './types';
import { scamEntriesEnUS } from './catalogue.en-US';

/** The words of one scam entry in one language. */
export interface ScamEntryText {
  /** Short name: 冒充公检法. */
  title: string;
  /** What the scammer typically says, in their words. */
  scammerSays: string;
  /** What a real bank, police officer or company never does. */
  neverDoes: string;
  /** One thing to do now. */
  action: string;
  /** Other typical lines, rotated between showings against habituation (at least one). */
  examples: string[];
}

export interface ScamEntry extends ScamEntryText {
  id: ScamType;
  /** True for entries the bank added (local cases), false for built-in ones. */
  local: boolean;
}

/**
 * A bank's changes: an entry whose id is built in overrides the fields it gives (per locale); an entry
 * with a new id is added and needs complete zh-CN text (en-US falls back to zh-CN when missing).
 */
export interface ScamCatalogueEntryConfig {
  id: string;
  'zh-CN'?: Partial<ScamEntryText>;
  'en-US'?: Partial<ScamEntryText>;
}
export interface ScamCatalogueConfig {
  entries?: readonly ScamCatalogueEntryConfig[];
  /** Hide built-in types the bank does not want shown (rare; the risk rules still name them). */
  hide?: readonly string[];
}

/** The built-in entries' words in one language (every scam type). */
export type BuiltInScamTexts = Record<(typeof SCAM_TYPES)[number], ScamEntryText>;

const ZH: BuiltInScamTexts = {
  'impersonate-police': {
    title: '冒充公检法',
    scammerSays: '“我是公安局的。你的身份证涉嫌洗钱，要把钱转到安全账户接受审查。”',
    neverDoes: '真警察、检察官和法官不会在电话里办案，不会让您转账，也没有什么“安全账户”。',
    action: '挂断电话，拨打 110 或到附近派出所核实。',
    examples: [
      '对方发来“通缉令”“逮捕令”，还要您保密，不告诉家人。',
      '对方让您下载一个“公安”APP，或者开视频“做笔录”。',
      '来电号码以 00 或 + 开头，是境外号码。',
    ],
  },
  'fake-customer-service': {
    title: '冒充电商、物流客服退款',
    scammerSays: '“您的快递丢了，我们给您理赔。请打开屏幕共享，我教您操作退款。”',
    neverDoes: '正规客服退款会原路退回，不会让您开屏幕共享、下载会议软件，也不会让您先转账。',
    action: '挂断电话，在购物APP里自己找官方客服核实。',
    examples: [
      '说您买的东西有质量问题，要给您双倍赔偿。',
      '说您不小心开通了会员，不取消每月都要扣钱。',
      '让您下载会议APP，打开“屏幕共享”。',
    ],
  },
  'impersonate-relative': {
    title: '冒充亲友、子女',
    scammerSays: '“妈，我换号了。出了急事，先别告诉爸，快给我转点钱。”',
    neverDoes: '现在声音和视频都能用 AI 伪造。家人真有急事，不会介意您先挂断再回拨核实。',
    action: '挂断后，用您原来存的号码给家人回电话，或问一件只有你们知道的事。',
    examples: [
      '视频里是孩子的脸，但只说几秒就挂断了。',
      '说在外地出了车祸、被拘留了，要马上交钱。',
      '自称孩子的老师或同学，说孩子住院了。',
    ],
  },
  'fake-investment': {
    title: '虚假投资理财',
    scammerSays: '“跟着老师买，稳赚不赔，一个月翻倍，名额有限。”',
    neverDoes: '正规理财不会承诺保本高收益，不会让您把钱转到个人账户，也不会在群里“带单”。',
    action: '先停下，到银行网点问工作人员，或拨打 96110 咨询。',
    examples: [
      '先让您小赚几笔，再让您投大钱，最后钱取不出来。',
      '说取钱要先交“保证金”或“解冻费”。',
      '拉您进“炒股群”，群里人人都说赚了钱。',
    ],
  },
  'elderly-care-investment': {
    title: '养老投资、以房养老、非法集资',
    scammerSays: '“投资养老公寓，每年返息 15%，到期还能原价回购。”',
    neverDoes: '正规养老机构不会拉您“入股”，不会承诺高额返利，也不会让您抵押房子去理财。',
    action: '签字、交钱、抵押房子之前，先和子女商量，或拨打 96110 咨询。',
    examples: [
      '推销养老院的“贵宾卡”“会员卡”，先交钱，以后再入住。',
      '让您把房子抵押出去，再买他们的理财产品。',
      '说是“政府扶持的养老项目”，有内部名额。',
    ],
  },
  'health-products': {
    title: '保健品与免费体检、旅游',
    scammerSays: '“免费体检、免费旅游。专家说了，您的病吃我们的产品就能好。”',
    neverDoes: '保健品不是药，不能治病。正规医院不会在讲座上卖药，也不会让您当场交钱。',
    action: '不当场交钱。买之前先问问医生和家人。',
    examples: [
      '先送鸡蛋、小礼品，再请您听“养生讲座”。',
      '“专家”说您身体有大问题，要买一整年的产品。',
      '组织便宜或免费的旅游，路上推销很贵的产品。',
    ],
  },
  'task-rebate': {
    title: '刷单返利',
    scammerSays: '“在家动动手指就能赚钱。您先垫付，马上返还本金和佣金。”',
    neverDoes: '刷单本身就违法。凡是要您先垫钱的“兼职”，都是诈骗。',
    action: '不垫钱，不下载陌生APP。已经付了钱，马上拨打 110。',
    examples: [
      '第一单返了钱，后面说要“连单”做完才能取钱。',
      '说您操作失误，账户被冻结，要交钱“解冻”。',
      '给视频点赞、关注就能拿佣金。',
    ],
  },
  'fake-loan-credit': {
    title: '虚假贷款与征信',
    scammerSays: '“无抵押低息贷款，先交手续费和验资金就放款。”',
    neverDoes: '正规贷款放款前不收任何费用。征信记录不能花钱“修复”或“消除”。',
    action: '贷款只找银行或正规机构。征信的问题，拨打银行官方客服电话核实。',
    examples: [
      '说您填错了银行卡号，账户被冻结，要交钱解冻。',
      '说您以前开过“校园贷”账户，不注销会影响征信。',
      '放款前要您先转一笔“验资”金，证明还得起。',
    ],
  },
};

export const BUILT_IN_SCAM_CATALOGUE: Readonly<Record<Locale, Readonly<BuiltInScamTexts>>> = { 'zh-CN': ZH, 'en-US': scamEntriesEnUS };

/**
 * Whether the built-in entries are here: always, except in the transfer guard's script-tag build, which fetches
 * them when the guard is first wanted (packages/elements/src/deferred/scam-catalogue.ts). Until then
 * resolveScamCatalogue has no entries.
 */
export const isScamCatalogueLoaded = (): boolean => true;

/** Loads the built-in entries where they load on first use: resolves true once they are in, false if they could not load. Never rejects. */
export const loadScamCatalogue = (): Promise<boolean> => Promise.resolve(true);

const TEXT_FIELDS = ['title', 'scammerSays', 'neverDoes', 'action'] as const;

function cleanText(raw: Partial<ScamEntryText> | undefined): Partial<ScamEntryText> {
  const out: Partial<ScamEntryText> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const f of TEXT_FIELDS) {
    const v = raw[f];
    if (typeof v === 'string' && v.trim() !== '') out[f] = v.trim();
  }
  if (Array.isArray(raw.examples)) {
    const ex = raw.examples.filter((e): e is string => typeof e === 'string' && e.trim() !== '').map((e) => e.trim());
    if (ex.length > 0) out.examples = ex;
  }
  return out;
}

function isComplete(t: Partial<ScamEntryText>): t is ScamEntryText {
  return TEXT_FIELDS.every((f) => typeof t[f] === 'string') && Array.isArray(t.examples) && t.examples.length > 0;
}

export interface ResolvedScamCatalogue {
  entries: ScamEntry[];
  /** Config entries that were skipped, in words (also printed once in development). */
  problems: string[];
}

/**
 * The scam catalogue in one language with the bank's overrides and local additions applied. Bad
 * config entries are skipped and reported, never thrown. Built-in entries keep their order; local
 * additions follow in config order.
 */
export function resolveScamCatalogue(locale: Locale, config: ScamCatalogueConfig = {}): ResolvedScamCatalogue {
  const problems: string[] = [];
  const hidden = new Set(Array.isArray(config.hide) ? config.hide : []);
  const byId = new Map<string, ScamEntry>();
  for (const id of SCAM_TYPES) {
    byId.set(id, { id, local: false, ...BUILT_IN_SCAM_CATALOGUE[locale][id], examples: [...BUILT_IN_SCAM_CATALOGUE[locale][id].examples] });
  }
  const entries = Array.isArray(config.entries) ? config.entries : [];
  entries.forEach((entry, index) => {
    if (!entry || typeof entry.id !== 'string' || entry.id.trim() === '') {
      problems.push(`entry ${index}: no id`);
      return;
    }
    const id = entry.id.trim();
    const own = cleanText(entry[locale]);
    const existing = byId.get(id);
    if (existing) {
      byId.set(id, { ...existing, ...own });
      return;
    }
    const merged = { ...cleanText(entry['zh-CN']), ...own };
    if (!isComplete(merged)) {
      problems.push(`entry "${id}": a new scam type needs title, scammerSays, neverDoes, action and at least one example in zh-CN`);
      return;
    }
    byId.set(id, { id, local: true, ...merged });
  });
  for (const p of problems) devWarn(`resolveScamCatalogue: ${p}; skipped.`);
  return { entries: [...byId.values()].filter((e) => !hidden.has(e.id)), problems };
}

/** One entry by id (null when unknown or hidden). */
export function getScamEntry(id: string, locale: Locale, config?: ScamCatalogueConfig): ScamEntry | null {
  return resolveScamCatalogue(locale, config).entries.find((e) => e.id === id) ?? null;
}
