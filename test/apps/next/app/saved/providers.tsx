'use client';
// The provider in a client module, like every component that reads it (ModeSwitcher): in the browser a client
// module's import of @yinfa/react resolves to its browser build, a server component's to its default build, and
// a provider and a hook from two builds would not share one context.
import { YinfaProvider, type YinfaPreferences } from '@yinfa/react';
import type { ReactNode } from 'react';

export function Providers({ saved, children }: { saved: YinfaPreferences | null; children: ReactNode }) {
  return (
    <YinfaProvider initialPreferences={saved} persist>
      {children}
    </YinfaProvider>
  );
}
