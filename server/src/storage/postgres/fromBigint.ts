/** pg returns BIGINT as a string (it may exceed 2^53); epoch milliseconds and counts never do. */
export function fromBigint(value: string | number): number {
  return Number(value);
}

export function fromNullableBigint(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}
