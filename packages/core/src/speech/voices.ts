import type { StorageLike } from '../storage/webStorage';
import type { SpeechVoice } from './types';

/** The parts of SpeechSynthesisVoice the engine reads (a fake in tests, the real one in browsers). */
export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * One spelling for language tags: zh_CN, cmn-CN, cmn-Hans-CN, zh-Hans-CN → zh-CN; en_us → en-US.
 * Browsers disagree (Android reports zh_CN with an underscore, some voices use cmn).
 */
export function normaliseLang(tag: unknown): string {
  const parts = String(tag ?? '')
    .trim()
    .replace(/_/g, '-')
    .split('-')
    .filter(Boolean);
  if (parts.length === 0) return '';
  let language = parts[0]!.toLowerCase();
  if (language === 'cmn') language = 'zh';
  const rest = parts.slice(1);
  const script = rest.find((p) => p.length === 4);
  let region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p))?.toUpperCase();
  if (language === 'zh' && !region && script) region = script.toLowerCase() === 'hant' ? 'TW' : 'CN';
  return region ? `${language}-${region}` : language;
}

/**
 * How well a voice's language fits the wanted one: 0 = not at all. A Chinese page is never given an
 * English voice, and Mandarin is never given a Cantonese (zh-HK, yue) voice.
 */
export function langScore(voiceLang: string, wanted: string): number {
  const v = normaliseLang(voiceLang);
  const w = normaliseLang(wanted);
  const [vl, vr] = v.split('-');
  const [wl, wr] = w.split('-');
  if (!vl || !wl || vl !== wl) return 0;
  if (vr === wr) return 3;
  if (wl === 'zh' && (vr === 'HK' || vr === 'MO')) return 0;
  if (!vr) return 2;
  return 1; // same language, another region (zh-TW Mandarin for zh-CN, en-GB for en-US)
}

export function toSpeechVoice(v: VoiceLike): SpeechVoice {
  return { id: v.voiceURI || v.name, name: v.name, lang: normaliseLang(v.lang), local: Boolean(v.localService), default: Boolean(v.default) };
}

/** Voices for a language, best first: exact region, then on-device voices (offline, no cut-off), then the platform default. */
export function rankVoices<T extends VoiceLike>(voices: readonly T[], lang: string): T[] {
  return voices
    .map((v, i) => ({ v, i, s: langScore(v.lang, lang) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || Number(b.v.localService) - Number(a.v.localService) || Number(b.v.default) - Number(a.v.default) || a.i - b.i)
    .map((x) => x.v);
}

/** The voice to use: the user's choice when it still fits the language, else the best ranked. null = none fits. */
export function pickVoice<T extends VoiceLike>(voices: readonly T[], lang: string, preferred?: string | null): T | null {
  const ranked = rankVoices(voices, lang);
  if (preferred) {
    const chosen = ranked.find((v) => v.voiceURI === preferred || v.name === preferred);
    if (chosen) return chosen;
  }
  return ranked[0] ?? null;
}

/** Remembers the user's voice per language. Storage is optional (any getItem/setItem object); failures are ignored. */
export interface VoiceMemory {
  get(lang: string): string | null;
  set(lang: string, voiceId: string | null): void;
}

export function createVoiceMemory(storage?: StorageLike | null, key = 'yinfa:voice'): VoiceMemory {
  const memory = new Map<string, string>();
  const read = (): Record<string, string> => {
    try {
      const raw = storage?.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    get(lang) {
      const k = normaliseLang(lang);
      const stored = read()[k];
      return memory.get(k) ?? (typeof stored === 'string' ? stored : null);
    },
    set(lang, voiceId) {
      const k = normaliseLang(lang);
      if (voiceId) memory.set(k, voiceId);
      else memory.delete(k);
      try {
        const all = read();
        if (voiceId) all[k] = voiceId;
        else delete all[k];
        storage?.setItem(key, JSON.stringify(all));
      } catch {
        /* private mode or a full quota: the in-memory choice still holds for this page */
      }
    },
  };
}
