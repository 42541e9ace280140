import { SPEECH_RATE_CHOICES } from '@yinfa/core';
import type { HTMLAttributes } from 'react';
import { Checkbox } from '../checkbox/Checkbox';
import { useCatalogue } from '../provider/useCatalogue';
import { RadioGroup } from '../radio-group/RadioGroup';
import { Select } from '../select/Select';
import { cx } from '../utils/cx';
import { speechMessages } from './messages';
import { useSpeech } from './useSpeech';

// The rate choices live in @yinfa/core (shared with the framework-free toolbar); re-exported here as before.
export { SPEECH_RATE_CHOICES };

export type SpeechSettingsProps = HTMLAttributes<HTMLDivElement>;

/**
 * The user's read-aloud settings: speed, voice (when there is a choice), "I use my own screen reader"
 * and hover reading. Changes apply from the current sentence.
 */
export function SpeechSettings({ className, ...rest }: SpeechSettingsProps) {
  const speech = useSpeech();
  const t = useCatalogue(speechMessages);
  const nearest = SPEECH_RATE_CHOICES.reduce((best, c) => (Math.abs(c.rate - speech.rate) < Math.abs(best.rate - speech.rate) ? c : best));
  return (
    <div {...rest} className={cx('yf-speech-settings', className)} data-yinfa-speech-ignore="">
      {speech.unavailableMessage ? <p className="yf-speech-note">{speech.unavailableMessage}</p> : null}
      <RadioGroup
        label={t('speech.rate')}
        value={String(nearest.rate)}
        onValueChange={(v) => speech.setRate(Number(v))}
        options={SPEECH_RATE_CHOICES.map((c) => ({ value: String(c.rate), label: `${t(c.key)} · ${c.rate}×` }))}
      />
      {speech.voices.length > 1 ? (
        <Select
          label={t('speech.voice')}
          value={speech.voice ?? ''}
          onChange={(e) => speech.setVoice(e.target.value || null)}
          placeholder={false}
          options={[
            { value: '', label: t('speech.voiceAuto') },
            ...speech.voices.map((v) => ({ value: v.id, label: v.local ? v.name : t('speech.voiceOnline', { name: v.name }) })),
          ]}
        />
      ) : null}
      <Checkbox
        label={t('speech.ownScreenReader')}
        hint={t('speech.ownScreenReaderHint')}
        checked={speech.settings.usesScreenReader}
        onChange={(e) => speech.settings.setUsesScreenReader(e.target.checked)}
      />
      <Checkbox
        label={t('speech.hoverRead')}
        hint={t('speech.hoverReadHint')}
        checked={speech.settings.hoverRead}
        disabled={speech.settings.usesScreenReader}
        onChange={(e) => speech.settings.setHoverRead(e.target.checked)}
      />
    </div>
  );
}
