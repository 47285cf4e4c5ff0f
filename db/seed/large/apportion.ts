/**
 * Splits `total` into whole shares proportional to `weights`, each at least its minimum
 * (largest remainder: the shares add up to `total` exactly, and the result is deterministic).
 * When the minimums alone exceed the total, they are lowered to fit, the lowest weights first.
 */
export function apportion(
  total: number,
  weights: readonly number[],
  minimums: number | readonly number[] = 0,
): number[] {
  const n = weights.length;
  const mins = weights.map((_, i) =>
    typeof minimums === "number" ? minimums : (minimums[i] ?? 0),
  );
  let minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum > total) {
    const order = [...mins.keys()].sort((a, b) => (weights[a] ?? 0) - (weights[b] ?? 0) || a - b);
    for (let pass = 0; minSum > total && pass < 1_000; pass++) {
      for (const i of order) {
        if (minSum <= total) break;
        if ((mins[i] ?? 0) > 0) {
          mins[i] = (mins[i] ?? 0) - 1;
          minSum--;
        }
      }
    }
  }
  const shares = [...mins];
  const rest = total - minSum;
  const weightSum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  if (rest <= 0 || n === 0) return shares;
  if (weightSum <= 0) {
    for (let i = 0; i < rest; i++) shares[i % n] = (shares[i % n] ?? 0) + 1;
    return shares;
  }
  const remainders: [number, number][] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (rest * Math.max(0, weights[i] ?? 0)) / weightSum;
    const whole = Math.floor(exact);
    shares[i] = (shares[i] ?? 0) + whole;
    given += whole;
    remainders.push([exact - whole, i]);
  }
  remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < rest - given; k++) {
    const i = remainders[k % n]?.[1] ?? 0;
    shares[i] = (shares[i] ?? 0) + 1;
  }
  return shares;
}
