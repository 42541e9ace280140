import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import '@yinfa/widgets/styles.css';
import type { ReactNode } from 'react';

// No favicon file in this test app: an empty data URL keeps the browser from asking for /favicon.ico.
export const metadata = { title: '银发 · Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
