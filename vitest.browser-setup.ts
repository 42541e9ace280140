// React's act() warns unless the environment says it supports it (browser mode has no jsdom flag).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
