// The root typecheck covers test/apps/next's sources without installing Next.js (the fresh-app check builds
// the app against the real next/headers). Only what that app uses, with Next 15+'s shape: cookies() is async.
declare module 'next/headers' {
  export function cookies(): Promise<{ get(name: string): { name: string; value: string } | undefined }>;
}
