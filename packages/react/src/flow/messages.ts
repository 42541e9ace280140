import { defineCatalogue } from '@yinfa/core';
import { flowEnUS } from './messages.en-US';

/** Words for the flow kit. zh-CN first; en-US complete. */
export const flowZhCN = {
  'flow.back': '返回',
  'flow.continue': '继续',
  'flow.progress': '第 {step} 步，共 {total} 步',
  'flow.errorSummaryTitle': '有问题需要修改',
  'flow.errorTitlePrefix': '错误：',
  'flow.errorUnknown': '这一项没有填好，请再看一下',
  'flow.change': '修改',
  'flow.notProvided': '未填写',
  'flow.whatNext': '接下来会发生什么',
  'flow.details': '预约详情',
  'flow.referenceLabel': '参考号',
  'flow.timeout.title': '您还在填写吗？',
  'flow.timeout.body': '您有一段时间没有操作了。为了安全，页面将在 {time} 后暂停。您填写的内容会保留。',
  'flow.timeout.stay': '继续填写',
  'flow.timeout.seconds': '{n} 秒',
  'flow.timeout.minutePart': '{n} 分',
  'flow.timeout.minutes': '{minutes} {seconds}',
  'flow.timeout.announce': '页面将在 {time} 后暂停。要继续，请按“继续填写”。',
  'flow.timeout.expiredTitle': '页面已暂停',
  'flow.timeout.expiredBody': '因为长时间没有操作，页面已暂停。您填写的内容都还在。',
  'flow.timeout.resume': '继续填写',
  'flow.day.legend': '选择日期',
  'flow.day.more': '更多日期',
  'flow.day.fewer': '收起更多日期',
  'flow.day.full': '已约满',
  'flow.day.closed': '不可预约',
  'flow.day.free': '可预约',
  'flow.day.month': '{year}年{month}月',
  'flow.slot.legend': '上门时间',
  'flow.slot.duration': '约 {duration}',
  'flow.slot.full': '已约满',
  'flow.slot.passed': '已过时间',
  'flow.slot.remaining': '还剩 {n} 个名额',
} as const;

export type FlowMessageKey = keyof typeof flowZhCN;

export const flowMessages = defineCatalogue({ 'zh-CN': flowZhCN, 'en-US': flowEnUS });
