/** Runs `f` with `JSON.parse` watched: `seen` gets every text parsed while `f` runs. */
export function watchingParse<T>(seen: (text: string) => void, f: () => T): T {
  const parse = JSON.parse;
  JSON.parse = (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown): unknown => {
    seen(text);
    return parse(text, reviver) as unknown;
  };
  try {
    return f();
  } finally {
    JSON.parse = parse;
  }
}
