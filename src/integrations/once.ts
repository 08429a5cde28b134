/**
 * What is made of an object once, kept as long as the object is: the dev server asks for the
 * same views' pages, summaries, props and listings after every edit, and an edit leaves most
 * views as they were (site-state.ts, src/lib/props.ts, the dev modules of virtual-modules.ts).
 */

/** What `made` holds for `key`, made by `make` the first time. */
export function once<K extends object, T>(made: WeakMap<K, T>, key: K, make: () => T): T {
  let value = made.get(key);
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}
