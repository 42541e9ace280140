/** @type {import('next').NextConfig} */
export default {
  reactStrictMode: true,
  poweredByHeader: false,
  // The scratch app sits inside the Yinfa checkout: its own folder is the root, not the monorepo's lock.
  turbopack: { root: import.meta.dirname },
};
