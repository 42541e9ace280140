import { defineCatalogue, fraudCoreMessages } from '@yinfa/core';
import { fraudAmountEnUS, fraudCommonEnUS, fraudEnUS } from './messages.en-US';

/**
 * The words every fraud widget shows: the education and contextual banner, the scam entries and the call
 * links. The banner translates with these alone, so a page with only the banner does not carry the
 * guard's, the amount check's or the core rules' words (`@__PURE__`: unused, the catalogue below is dropped).
 */
export const fraudCommonMessages = /* @__PURE__ */ defineCatalogue({
  'zh-CN': {
    'fraud.education.label': '防骗小提示',
    'fraud.education.heading': '防骗提示：{title}',
    'fraud.education.next': '换一条提示',
    'fraud.education.dismiss': '关闭防骗提示',
    'fraud.entry.scammerSays': '骗子常说',
    'fraud.entry.neverDoes': '要记住',
    'fraud.entry.action': '您可以这样做',
    'fraud.entry.example': '也有人遇到过',
    'fraud.contextual.heading': '转账前请看一下',
    'fraud.contextual.weNoticed': '我们注意到：',
    'fraud.contextual.looksLike': '这种情况，有点像“{title}”。',
    'fraud.call.heading': '有疑问，先打电话问清楚',
    'fraud.call.bank': '拨打 {label} {number}',
    'fraud.call.96110': '拨打 96110 反诈专线',
    'fraud.call.110': '拨打 110 报警',
    'fraud.call.96110Hint': '96110 是国家反诈专线。接到 96110 的来电，请一定接听。',
    'fraud.guard.checklistLead': '真正的银行和警察，绝不会：',
    'fraud.guard.storyLead': '有人这样被骗：',
  },
  'en-US': fraudCommonEnUS,
});

/** The amount check's words (AmountConfirm): a page with only the amount check carries no others. */
export const fraudAmountMessages = /* @__PURE__ */ defineCatalogue({
  'zh-CN': {
    'fraud.amount.heading': '请核对转账信息',
    'fraud.amount.payee': '收款人',
    'fraud.amount.account': '收款账号',
    'fraud.amount.bank': '收款银行',
    'fraud.amount.figures': '金额',
    'fraud.amount.uppercase': '大写',
    'fraud.amount.words': '读作',
    'fraud.amount.readAloud': '读给我听',
    'fraud.amount.speech': '向 {payee} 转账 {amount}。',
    'fraud.amount.confirm': '确认转账',
    'fraud.amount.back': '返回修改',
    'fraud.amount.invalid': '金额有误，请返回修改。',
  },
  'en-US': fraudAmountEnUS,
});

/**
 * Words of the fraud widgets, zh-CN first and en-US complete, merged with the core reasons and
 * questions. Wording principles (docs/fraud.md): short sentences; say what we saw, never blame; one
 * action at a time; "这不是您的错" when someone may already have been tricked.
 */
// A pure arrow, not a pure call on the merged tables: a bundler keeps an unused call's arguments when they
// spread other objects (a spread may run getters), so only the arrow lets a banner-only page drop these.
export const fraudMessages = /* @__PURE__ */ (() =>
  defineCatalogue({
    'zh-CN': {
      ...fraudCoreMessages['zh-CN'],
      ...fraudCommonMessages['zh-CN'],
      ...fraudAmountMessages['zh-CN'],
      'fraud.guard.title': '转账前，请回答几个问题',
      'fraud.guard.intro': '这些问题能帮您识别骗局。请按实际情况回答，没有人会因此怪您。',
      'fraud.guard.dangerLabel': '防骗警告',
      'fraud.guard.progress': '第 {step} 题，共 {total} 题',
      'fraud.guard.yes': '是',
      'fraud.guard.no': '不是',
      'fraud.guard.yesMet': '见过',
      'fraud.guard.noMet': '没见过',
      'fraud.stop.heading': '请先停下，不要转账',
      'fraud.stop.body': '您的回答和常见骗局很像。请先挂断电话，不要再听对方的。',
      'fraud.stop.notYourFault': '骗子很会说话，这不是您的错。现在停下来就很好。',
      'fraud.stop.trusted': '告诉我信任的家人',
      'fraud.stop.trustedDone': '已通知您的家人。',
      'fraud.stop.cancel': '取消这笔转账',
      'fraud.cool.heading': '请冷静一下再转账',
      'fraud.cool.body': '您的回答没有发现问题。为了安全，请等一会儿再继续。这段时间可以给家人打个电话。',
      'fraud.cool.left': '还需等待',
      'fraud.cool.announceStart': '冷静期开始。{remaining}',
      'fraud.cool.done': '等待结束，现在可以继续转账。',
      'fraud.cool.continue': '继续转账',
      'fraud.cool.continueWaiting': '继续转账（请先等待）',
      'fraud.cool.cancel': '不转了，取消',
      'fraud.delayed.label': '选择延时到账：{hours} 小时后到账',
      'fraud.delayed.hint': '到账之前，您可以随时撤销这笔转账。如果发现被骗，钱还能追回来。',
    },
    'en-US': fraudEnUS,
  }))();
