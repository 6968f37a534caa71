// Counts in words: "1 code", "3 codes".

/** `count` followed by `one` when it is 1 and `many` otherwise. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
