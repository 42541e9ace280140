import type { RecognitionEngine, RecognitionErrorCode } from '@yinfa/core';
import { useEffect, useRef, type FocusEvent, type HTMLAttributes, type KeyboardEvent } from 'react';
import { Button } from '../button/Button';
import { useAnnounce, useYinfa } from '../provider/context';
import { MessageWithPart } from '../provider/MessageWithPart';
import { useCatalogue } from '../provider/useCatalogue';
import { ReadAloudButton } from '../speech/SpeakButton';
import { useRecognitionEngine } from './context';
import type { VoiceInputKind } from './interpret';
import { voiceInputMessages } from './messages';
import { useVoiceInput } from './useVoiceInput';
import { cx } from '../utils/cx';

export interface VoiceInputProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** What the field expects: text (default), address, phone, amount or datetime. PhoneField and AmountField set their own. */
  kind?: VoiceInputKind;
  /** Overrides the VoiceInputProvider's engine; `null` turns voice input off for this field. */
  engine?: RecognitionEngine | null;
  /** Clock for spoken dates ("明天"); default Date.now. */
  now?: () => number;
  /** The id of the input or textarea it fills; the field's `voiceInput` slot sets it. */
  inputId?: string;
  /** The field's label words, for the button's name and the announcements. */
  label?: string;
  /** Add to what is already there (notes) instead of replacing it. */
  append?: boolean;
}

const ERROR_KEYS: Record<RecognitionErrorCode, keyof (typeof voiceInputMessages)['zh-CN']> = {
  'not-allowed': 'voice.errorNotAllowed',
  'no-speech': 'voice.errorNoSpeech',
  'audio-capture': 'voice.errorAudioCapture',
  network: 'voice.errorNetwork',
  language: 'voice.errorLanguage',
  aborted: 'voice.cancelled',
  failed: 'voice.errorFailed',
};

function MicIcon() {
  return (
    <svg viewBox="0 0 24 24" focusable="false">
      <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor" />
      <path d="M6 11a6 6 0 0 0 12 0M12 17v4M9 21h6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** Puts text into a (controlled or uncontrolled) React input the way typing does, so its onChange runs. */
function fillField(field: HTMLInputElement | HTMLTextAreaElement, text: string, append: boolean) {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const next = append && field.value.trim() !== '' ? `${field.value.replace(/\s+$/, '')}${/[。！？.!?]$/.test(field.value.trim()) ? '' : '，'}${text}` : text;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, next);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * The microphone for one field (语音输入): listens only when pressed, shows a large 停止 while
 * listening, then "您说的是：…" with 用这个 / 重说 / 读给我听 before anything goes into the field. It never
 * submits. Renders nothing where no engine can listen (no Web Speech and no host adapter).
 */
export function VoiceInput({ kind = 'text', inputId, label, append = false, engine: own, now, className, onBlur: hostBlur, onKeyDown: hostKeyDown, ...rest }: VoiceInputProps) {
  const t = useCatalogue(voiceInputMessages);
  const { locale } = useYinfa();
  const announce = useAnnounce();
  const engine = useRecognitionEngine(own);
  const { state, start, stop, cancel, reset } = useVoiceInput(engine, kind, locale, now);
  const root = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<HTMLButtonElement>(null);
  const name = label && label.trim() !== '' ? label : locale === 'en-US' ? 'answer' : '内容';

  // Move focus with the turn (to 停止, then to 用这个 or 重说) and say what happened.
  useEffect(() => {
    if (state.phase === 'idle') return;
    focusTarget.current?.focus();
    if (state.phase === 'listening') announce(`${t('voice.listening', { label: name })}${t('voice.stopHint')}`, 'polite');
    else if (state.phase === 'heard')
      announce(state.result.ok ? t('voice.heardAnnounce', { text: state.result.display }) : t(state.result.problem, { text: state.heard }), state.result.ok ? 'polite' : 'assertive');
    else if (state.phase === 'error') announce(t(ERROR_KEYS[state.code]), 'assertive');
  }, [state, announce, t, name]);

  if (!engine || !inputId) return null;

  const field = () => {
    const el = root.current?.closest('.yf-field')?.querySelector(`#${CSS.escape(inputId)}`) ?? root.current?.ownerDocument.getElementById(inputId);
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
  };
  const use = (text: string) => {
    const target = field();
    if (target) {
      fillField(target, text, append);
      target.focus();
    }
    reset();
    announce(t('voice.filled', { label: name }), 'polite');
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    hostBlur?.(event);
    // Listening stops as soon as focus leaves the voice controls (Tab away, tap elsewhere).
    if (state.phase === 'listening' && !root.current?.contains(event.relatedTarget as Node | null)) cancel();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    hostKeyDown?.(event);
    if (event.key === 'Escape' && state.phase !== 'idle') {
      event.preventDefault();
      cancel();
      announce(t('voice.cancelled'), 'polite');
      field()?.focus();
    }
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape and focus leaving from the buttons inside bubble here
    <div {...rest} ref={root} className={cx('yf-voice', className)} data-phase={state.phase} onBlur={onBlur} onKeyDown={onKeyDown}>
      {state.phase === 'idle' || state.phase === 'error' ? (
        <Button variant="secondary" icon={<MicIcon />} onClick={start} ref={state.phase === 'error' ? focusTarget : undefined}>
          {t('voice.start')}
          <span className="yf-visually-hidden">{label ? t('common.labelValue', { label: '', value: label }) : ''}</span>
        </Button>
      ) : null}
      {state.phase === 'error' ? <p className="yf-voice__message">{t(ERROR_KEYS[state.code])}</p> : null}
      {state.phase === 'listening' ? (
        <>
          <p className="yf-voice__status">
            {t('voice.listening', { label: name })}
            {t('voice.stopHint')}
          </p>
          <Button ref={focusTarget} className="yf-voice__stop" fullWidth onClick={stop}>
            {t('voice.stop')}
          </Button>
        </>
      ) : null}
      {state.phase === 'heard' && state.result.ok ? (
        <div className="yf-voice__heard">
          <p className="yf-voice__heard-label">{t('voice.heard')}</p>
          <p className="yf-voice__heard-text" lang={locale}>
            {state.result.display}
          </p>
          {state.result.extra ? (
            <p className="yf-voice__heard-extra">
              <MessageWithPart t={t} id={state.result.extra.key} name="text" part={state.result.extra.text} lang="zh-CN" />
            </p>
          ) : null}
          <div className="yf-voice__actions">
            <Button ref={focusTarget} onClick={() => state.result.ok && use(state.result.fill)}>
              {t('voice.use')}
            </Button>
            <Button variant="secondary" onClick={start}>
              {t('voice.retry')}
            </Button>
            <ReadAloudButton text={`${t('voice.heard')}${state.result.display}`} variant="secondary" label={t('voice.readAloud')} />
            <Button variant="quiet" onClick={cancel}>
              {t('voice.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
      {state.phase === 'heard' && !state.result.ok ? (
        <div className="yf-voice__heard">
          <p className="yf-voice__message">{t(state.result.problem, { text: state.heard })}</p>
          <div className="yf-voice__actions">
            <Button ref={focusTarget} onClick={start}>
              {t('voice.retry')}
            </Button>
            <Button variant="quiet" onClick={cancel}>
              {t('voice.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
