import { amountToChineseUppercase, fenToYuanString, formatFen, normalizeSpokenAddress, parsePhone, parseSpokenAmount, parseSpokenDateTime, parseSpokenPhone } from '@yinfa/core';

/** What a field expects to hear: it decides how the words are read and written into the field. */
export type VoiceInputKind = 'text' | 'address' | 'phone' | 'amount' | 'datetime';
export const VOICE_INPUT_KINDS: readonly VoiceInputKind[] = ['text', 'address', 'phone', 'amount', 'datetime'];

export type Interpretation =
  | { ok: true; fill: string; display: string; extra?: { key: 'voice.uppercase'; text: string } }
  | { ok: false; problem: 'voice.unclearPhone' | 'voice.unclearAmount' | 'voice.unclearDate' | 'voice.askAmPm' | 'voice.askWhichWeek' | 'voice.askPast' };

/** The words heard → what goes into the field and what the confirmation shows, per kind. */
export function interpretSpoken(kind: VoiceInputKind, heard: string, now: () => number = Date.now): Interpretation {
  switch (kind) {
    case 'phone': {
      const phone = parseSpokenPhone(heard);
      if (!phone) return { ok: false, problem: 'voice.unclearPhone' };
      const display = parsePhone(phone.extension ? `${phone.digits}转${phone.extension}` : phone.digits).display;
      return { ok: true, fill: display, display };
    }
    case 'amount': {
      const fen = parseSpokenAmount(heard);
      if (fen === null) return { ok: false, problem: 'voice.unclearAmount' };
      return { ok: true, fill: fenToYuanString(fen), display: formatFen(fen), extra: { key: 'voice.uppercase', text: amountToChineseUppercase(fen) } };
    }
    case 'datetime': {
      const when = parseSpokenDateTime(heard, { now: now() });
      if (!when) return { ok: false, problem: 'voice.unclearDate' };
      if (when.ask === 'am-pm') return { ok: false, problem: 'voice.askAmPm' };
      if (when.ask === 'which-week') return { ok: false, problem: 'voice.askWhichWeek' };
      if (when.ask === 'past') return { ok: false, problem: 'voice.askPast' };
      const text = [when.date, when.time].filter(Boolean).join(' ');
      return { ok: true, fill: text, display: text };
    }
    case 'address': {
      const text = normalizeSpokenAddress(heard);
      return { ok: true, fill: text, display: text };
    }
    default:
      return { ok: true, fill: heard, display: heard };
  }
}
