import { defineCatalogue } from '../messages/translate';
import { fraudCoreEnUS } from './messages.en-US';

/**
 * Words used by the fraud rules: the plain-language reasons and the guard questions. zh-CN first,
 * en-US complete. Short sentences, no jargon, never blaming: the customer is told what we saw, not
 * what they did wrong.
 */
export const fraudCoreMessages = defineCatalogue({
  'zh-CN': {
    'fraud.reason.amount-unreadable': '金额没能看清，请再核对一遍。',
    'fraud.reason.new-payee': '这是新的收款人。',
    'fraud.reason.first-transfer': '这是您第一次给这个收款人转账。',
    'fraud.reason.notice-amount-new-payee': '第一次给对方转账，金额就有 {amount}。',
    'fraud.reason.large-amount': '金额较大（{amount}）。',
    'fraud.reason.very-large-amount': '金额很大（{amount}）。',
    'fraud.reason.elder-large-amount': '给新的收款人转 {amount}，我们想帮您多确认一下。',
    'fraud.reason.elder-escalation': '为了保护您的养老钱，这笔转账要多确认一下。',
    'fraud.reason.name-no-match': '收款人姓名和账户对不上。',
    'fraud.reason.name-close': '收款人姓名和账户只是相近，不完全一样。',
    'fraud.reason.name-unavailable': '这次没能核对收款人姓名。',
    'fraud.reason.remote-control': '手机上有远程控制软件在运行，别人可能正在操作您的手机。',
    'fraud.reason.screen-sharing': '您正在共享屏幕，对方能看到您的密码和验证码。',
    'fraud.reason.on-call': '您正在打电话。',
    'fraud.reason.on-call-new-payee': '您正在打电话，同时给新的收款人转账。',
    'fraud.reason.memo-keyword': '备注里有“{keyword}”，这是骗子常用的说法。',
    'fraud.reason.night': '现在是深夜（{hour} 点）。',
    'fraud.reason.night-new-payee': '深夜（{hour} 点）给新的收款人转账，骗子常在这时催人转钱。',
    'fraud.reason.burst': '最近 {minutes} 分钟里已经转了 {count} 笔。',
    'fraud.reason.daily-total': '今天一共要转出 {amount}。',
    'fraud.reason.unusual-amount': '这笔钱比您平时转的多很多。',
    'fraud.question.guided-on-call': '有人在电话里指导您操作吗？',
    'fraud.question.safe-account': '对方是否要求您把钱转到“安全账户”？',
    'fraud.question.app-or-screen-share': '是否有人让您下载APP或开启屏幕共享？',
    'fraud.question.keep-secret': '对方是否让您不要告诉银行工作人员或家人？',
    'fraud.question.met-payee': '您是否见过收款人本人？',
    'fraud.question.promised-returns': '对方是否说这笔钱能赚高额回报或返利？',
    'fraud.question.fee-to-unlock': '对方是否说先交一笔费用，才能放款、退款或解冻？',
    'fraud.question.claims-official': '对方是否自称公安、检察院、法院的人？',
    'fraud.question.urgent-relative': '是否有“家人”用新号码或视频找您急着要钱？',
    'fraud.reason.meaningAside': '（{meaning}）',
    'fraud.countdown.minutes': '{minutes} 分 {seconds} 秒',
    'fraud.countdown.seconds': '{seconds} 秒',
    'fraud.wait.underHalfMinute': '还要等不到半分钟。',
    'fraud.wait.about': '还要等大约 {duration}。',
    'fraud.wait.minutes': '{minutes} 分钟',
    'fraud.wait.minutesAndHalf': '{whole} 分半钟',
  },
  'en-US': fraudCoreEnUS,
});
