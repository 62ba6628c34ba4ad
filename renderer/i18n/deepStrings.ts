// The shape another language's texts must have: exactly the German keys, each a string (or a list
// of strings), so a missing or misspelt English key fails the typecheck.
export type DeepStrings<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends string[] ? string[] : DeepStrings<T[K]>;
};
