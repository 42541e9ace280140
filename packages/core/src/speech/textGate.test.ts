import { afterEach, describe, expect, it, vi } from 'vitest';

// The script-tag builds' stand-in for the speech tables: not loaded until loadSpeechText() resolves.
// One load shared by every caller, as in packages/elements/src/deferred/speech-text.ts.
const tables = vi.hoisted(() => ({ loaded: false, resolve: () => {}, asked: 0, loading: null as Promise<void> | null }));
vi.mock('../speech-text/load', () => ({
  isSpeechTextLoaded: () => tables.loaded,
  loadSpeechText: () => {
    tables.asked += 1;
    tables.loading ??= new Promise<void>((resolve) => {
      tables.resolve = () => {
        tables.loaded = true;
        resolve();
      };
    });
    return tables.loading;
  },
}));

const { createSpeechTextGate } = await import('./textGate');
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  tables.loaded = false;
  tables.asked = 0;
  tables.loading = null;
});

describe('createSpeechTextGate', () => {
  it('reads at once when the tables are in', () => {
    tables.loaded = true;
    const read = vi.fn();
    createSpeechTextGate().run(read);
    expect(read).toHaveBeenCalledTimes(1);
    expect(tables.asked).toBe(0);
  });

  it('while they load, waits and then runs only the newest read (a second press does not read twice)', async () => {
    const gate = createSpeechTextGate();
    const first = vi.fn();
    const second = vi.fn();
    gate.run(first);
    gate.run(second);
    await flush();
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
    tables.resolve();
    await flush();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('cancel() drops a read still waiting (stop or unmount before the tables arrive)', async () => {
    const gate = createSpeechTextGate();
    const read = vi.fn();
    gate.run(read);
    gate.cancel();
    tables.resolve();
    await flush();
    expect(read).not.toHaveBeenCalled();
  });

  it('unlocks the player inside the call only when the read has to wait (iOS starts speech only from a click)', async () => {
    const unlock = vi.fn();
    const gate = createSpeechTextGate(unlock);
    const read = vi.fn();
    gate.run(read);
    // Synchronously, inside the press: the read itself starts once the tables are in.
    expect(unlock).toHaveBeenCalledTimes(1);
    expect(read).not.toHaveBeenCalled();
    tables.resolve();
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    // Loaded: the read starts in the press itself, nothing to unlock.
    gate.run(read);
    expect(read).toHaveBeenCalledTimes(2);
    expect(unlock).toHaveBeenCalledTimes(1);
  });

  it('gates are independent: one player’s read does not cancel another’s', async () => {
    const a = vi.fn();
    const b = vi.fn();
    createSpeechTextGate().run(a);
    createSpeechTextGate().run(b);
    tables.resolve();
    await flush();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
  });
});
