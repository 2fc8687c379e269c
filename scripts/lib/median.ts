/** The middle value (the upper one of an even count): timings are reported as medians, robust to a slow run. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
