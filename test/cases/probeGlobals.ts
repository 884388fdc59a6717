// For a probe run outside mocha: the test support registers a root hook (`after`) on import; here there is no runner to run it.
(globalThis as { after?: unknown }).after ??= (): void => undefined;
