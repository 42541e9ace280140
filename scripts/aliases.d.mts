export declare function workspaceAliases(root: string): Array<{ find: RegExp; replacement: string }>;
