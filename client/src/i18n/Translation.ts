/**
 * The type of one language's strings for an area, given its English strings. Every key is
 * optional because plural forms differ per language (Vietnamese has only `_other`, English
 * `_one` and `_other`); the parity tests check that each language has exactly what its plural
 * rules need.
 */
export type Translation<T> = { [K in keyof T]?: T[K] extends string ? string : Translation<T[K]> };
