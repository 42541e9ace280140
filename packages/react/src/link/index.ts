export { Link } from './Link';
export type { LinkProps } from './Link';
export { RouterProvider, useRouter, shouldClientNavigate } from './router';
export type { YinfaRouter } from './router';
