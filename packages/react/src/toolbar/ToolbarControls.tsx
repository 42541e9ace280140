import { COLOR_SCHEME_IDS, GUIDE_KINDS, TEXT_STEPS, textScaleFor, type ToolbarAction, type ToolbarSettings } from '@yinfa/core';
import { Button } from '../button/Button';
import { useCatalogue } from '../provider/useCatalogue';
import { Select } from '../select/Select';
import { speechMessages } from '../speech/messages';
import { SPEECH_RATE_CHOICES } from '../speech/SpeechSettings';
import { toolbarMessages } from './messages';
import type { HostReader } from './useHostReader';

export interface ToolbarControlsProps {
  settings: ToolbarSettings;
  update: (patch: Partial<ToolbarSettings>) => void;
  /** Sets the text step (clamped) and announces the new size. */
  setStep: (step: number) => void;
  setScheme: (scheme: ToolbarSettings['scheme']) => void;
  /** Turns a setting on or off and announces it by its label's message key. */
  toggle: (key: 'largeCursor' | 'caption', label: 'toolbar.cursor' | 'toolbar.caption') => void;
  reset: () => void;
  openTextOnly: () => void;
  openKeys: () => void;
  reader: HostReader;
  /** The chord bound to each action, for `aria-keyshortcuts`. */
  shortcuts: Partial<Record<ToolbarAction, string>>;
  /** On a phone the controls sit in a panel (a dialog that closes itself), so there is no 收起 button. */
  narrow: boolean;
  barId: string;
}

/**
 * The toolbar's controls, the same in the bar and in the phone panel: text size, colours, reading guide,
 * cursor and 纯文本, reading aloud (shown only when the device can speak; otherwise a plain note), reset,
 * shortcuts and collapse. Disabled-looking ends of the size range stay focusable (`aria-disabled`), so a
 * screen-reader user hears why nothing happens.
 */
export function ToolbarControls({ settings, update, setStep, setScheme, toggle, reset, openTextOnly, openKeys, reader, shortcuts, narrow, barId }: ToolbarControlsProps) {
  const t = useCatalogue(toolbarMessages);
  const speechT = useCatalogue(speechMessages);
  const { speech } = reader;
  const keyOf = (action: ToolbarAction) => shortcuts[action];
  const percent = Math.round(textScaleFor(settings.textStep) * 100);
  const canSpeak = speech.status !== 'unavailable';
  const nearestRate = SPEECH_RATE_CHOICES.reduce((best, c) => (Math.abs(c.rate - settings.rate) < Math.abs(best.rate - settings.rate) ? c : best));
  return (
    <div className="yf-toolbar__groups">
      <div className="yf-toolbar__group" role="group" aria-label={t('toolbar.text')}>
        <Button variant="secondary" aria-disabled={settings.textStep <= 0} aria-keyshortcuts={keyOf('textSmaller')} onClick={() => settings.textStep > 0 && setStep(settings.textStep - 1)}>
          {t('toolbar.textSmaller')}
        </Button>
        <span className="yf-toolbar__value">{t('toolbar.textNow', { percent })}</span>
        <Button
          variant="secondary"
          aria-disabled={settings.textStep >= TEXT_STEPS.length - 1}
          aria-keyshortcuts={keyOf('textLarger')}
          onClick={() => settings.textStep < TEXT_STEPS.length - 1 && setStep(settings.textStep + 1)}
        >
          {t('toolbar.textLarger')}
        </Button>
      </div>
      <Select
        label={t('toolbar.scheme')}
        className="yf-toolbar__field"
        placeholder={false}
        value={settings.scheme}
        onChange={(e) => setScheme(e.target.value as ToolbarSettings['scheme'])}
        options={COLOR_SCHEME_IDS.map((id) => ({ value: id, label: t(`toolbar.scheme.${id}`) }))}
      />
      <Select
        label={t('toolbar.guide')}
        className="yf-toolbar__field"
        placeholder={false}
        value={settings.guide}
        onChange={(e) => update({ guide: e.target.value as ToolbarSettings['guide'] })}
        options={GUIDE_KINDS.map((id) => ({ value: id, label: t(`toolbar.guide.${id}`) }))}
      />
      <div className="yf-toolbar__group">
        <Button variant="secondary" aria-pressed={settings.largeCursor} aria-keyshortcuts={keyOf('cursor')} onClick={() => toggle('largeCursor', 'toolbar.cursor')}>
          {t('toolbar.cursor')}
        </Button>
        <Button variant="secondary" aria-haspopup="dialog" aria-keyshortcuts={keyOf('textOnly')} onClick={openTextOnly}>
          {t('toolbar.textOnly')}
        </Button>
      </div>
      <div className="yf-toolbar__group" role="group" aria-label={t('toolbar.reading')}>
        {canSpeak ? (
          <>
            <Button variant={reader.reading ? 'secondary' : 'primary'} aria-keyshortcuts={keyOf('read')} onClick={() => (reader.reading ? reader.stop() : reader.readAll())}>
              {reader.reading ? t('toolbar.stop') : t('toolbar.read')}
            </Button>
            {!reader.reading && reader.hasStartPoint && settings.readMode === 'continuous' ? (
              <Button variant="secondary" onClick={() => reader.readAll(true)}>
                {t('toolbar.readFromHere')}
              </Button>
            ) : null}
            {reader.reading ? (
              <Button variant="secondary" aria-keyshortcuts={keyOf('pause')} onClick={reader.pauseResume}>
                {speech.playback === 'paused' ? speechT('speech.resume') : speechT('speech.pause')}
              </Button>
            ) : null}
            <Button
              variant="secondary"
              aria-pressed={settings.readMode === 'point'}
              aria-keyshortcuts={keyOf('readMode')}
              onClick={() => update({ readMode: settings.readMode === 'point' ? 'continuous' : 'point' })}
            >
              {t('toolbar.pointRead')}
            </Button>
            {settings.readMode === 'point' ? (
              <Button variant="secondary" aria-pressed={speech.settings.hoverRead} onClick={() => speech.settings.setHoverRead(!speech.settings.hoverRead)}>
                {t('toolbar.hoverRead')}
              </Button>
            ) : null}
            <Button variant="secondary" aria-pressed={settings.caption} aria-keyshortcuts={keyOf('caption')} onClick={() => toggle('caption', 'toolbar.caption')}>
              {t('toolbar.caption')}
            </Button>
            <Select
              label={t('toolbar.rate')}
              className="yf-toolbar__field"
              placeholder={false}
              value={String(nearestRate.rate)}
              onChange={(e) => update({ rate: Number(e.target.value) })}
              options={SPEECH_RATE_CHOICES.map((c) => ({ value: String(c.rate), label: speechT(c.key) }))}
            />
          </>
        ) : (
          <p className="yf-toolbar__note">{speech.unavailableMessage}</p>
        )}
      </div>
      <div className="yf-toolbar__group">
        <Button variant="secondary" aria-keyshortcuts={keyOf('reset')} onClick={reset}>
          {t('toolbar.reset')}
        </Button>
        <Button variant="secondary" aria-haspopup="dialog" onClick={openKeys}>
          {t('toolbar.keys')}
        </Button>
        {narrow ? null : (
          <Button variant="secondary" aria-expanded={true} aria-controls={barId} onClick={() => update({ collapsed: true })}>
            {t('toolbar.collapse')}
          </Button>
        )}
      </div>
    </div>
  );
}
