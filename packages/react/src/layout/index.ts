export { Stack, Cluster } from './Layout';
export type { StackProps, ClusterProps, Space } from './Layout';
