/**
 * The position of the focal state in a triangle of three chosen vectors: barycentric coordinates
 * (each vertex's share of the three) and Cartesian coordinates in an equilateral triangle with the
 * first vertex at (0, 0), the second at (1, 0) and the third at (0.5, √3/2).
 *
 * @module
 */

/** Barycentric and Cartesian coordinates in the triangle. */
export interface TrianglePoint {
  /** The three vertices' weights, summing to 1. */
  weights: readonly [number, number, number];
  x: number;
  y: number;
}

/** Places three nonnegative weights in the triangle; null when all three are zero. */
export function trianglePoint(a: number, b: number, c: number): TrianglePoint | null {
  const total = a + b + c;
  if (!(total > 0)) return null;
  const w: [number, number, number] = [a / total, b / total, c / total];
  return {weights: w, x: w[1] + w[2] / 2, y: (w[2] * Math.sqrt(3)) / 2};
}
