// A pure function of a string, with its results kept: several rules ask about the same base
// image, context path or requirements text in one lint. Results are shared, so callers must not
// modify them, and `compute` never returns undefined (that marks "not known yet"). The store is
// emptied when it reaches `limit` entries, so it cannot grow without end.
export function rememberByKey<R extends NonNullable<unknown> | null>(compute: (key: string) => R, limit: number): (key: string) => R {
  const known = new Map<string, R>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
