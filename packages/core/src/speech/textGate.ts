import { isSpeechTextLoaded, loadSpeechText } from '../speech-text/load';

/**
 * Runs a read once the speech tables (numbers, money, dates, phone numbers in words) are in: at once where
 * they are bundled, which is everywhere but the script-tag builds (they fetch the tables on first use,
 * packages/elements/build.mjs). Of the reads asked for while they load only the newest runs, so a second
 * press meanwhile does not read twice. One gate per player.
 */
export interface SpeechTextGate {
  /** Runs `read` now, or once the tables are in unless a newer read or `cancel()` came meanwhile. */
  run(read: () => void): void;
  /** Drops a read still waiting (stop, unmount). */
  cancel(): void;
}

/**
 * `unlock` runs inside the click when the read has to wait (the player's `unlock`): the read then starts after
 * the click has returned, which Safari on iOS allows only once the page has spoken inside a click.
 */
export function createSpeechTextGate(unlock?: () => void): SpeechTextGate {
  let newest = 0;
  return {
    run(read) {
      const mine = ++newest;
      if (isSpeechTextLoaded()) return read();
      unlock?.();
      void loadSpeechText().then(() => {
        if (mine === newest) read();
      });
    },
    cancel() {
      newest += 1;
    },
  };
}
