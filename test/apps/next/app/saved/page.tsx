// The user's saved mode, rendered on the server: the recipe of docs/getting-started.md (服务端渲染).
// The request's preferences cookie (written by the provider's `persist` when the user switched) is read here, so
// the HTML arrives in 长辈模式 and the client hydrates the same markup: no flash, no mismatch.
import { readPreferencesCookie, YINFA_PREFERENCES_COOKIE } from '@yinfa/core';
import { cookies } from 'next/headers';
import { Providers } from './providers';
import { ModeSwitcher } from './switcher';

export const dynamic = 'force-dynamic';

export default async function SavedPage() {
  const saved = readPreferencesCookie((await cookies()).get(YINFA_PREFERENCES_COOKIE)?.value);
  return (
    <Providers saved={saved}>
      <main>
        <h1>显示设置</h1>
        <ModeSwitcher />
      </main>
    </Providers>
  );
}
