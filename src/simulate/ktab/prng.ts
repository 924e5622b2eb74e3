/**
 * KTAB's PRNG (`kutils/prng.cpp`): a 64-bit Mersenne Twister (mt19937_64) whose outputs pass
 * through KTAB's quadratic bijection `qTrans`. 64-bit arithmetic is done with BigInt.
 *
 * @module
 */

const MASK = 0xffffffffffffffffn;
const NN = 312;
const MM = 156;
const MATRIX_A = 0xb5026f5aa96619e9n;
const UPPER = 0xffffffff80000000n;
const LOWER = 0x7fffffffn;
/** KTAB's large odd constant for qTrans (digits of the golden ratio, shifted, made odd). */
const Q64C = 0xe08c1d668b756f83n;
const MAX64 = 18446744073709551615;

/** The standard 64-bit Mersenne Twister, as `std::mt19937_64`. */
export class Mt19937_64 {
  private readonly mt: bigint[] = new Array<bigint>(NN);
  private index = NN + 1;

  constructor(seed: bigint) {
    this.seed(seed);
  }

  /** Re-seeds exactly like `std::mt19937_64::seed(s)`. */
  seed(seed: bigint): void {
    this.mt[0] = seed & MASK;
    for (let i = 1; i < NN; i++) {
      const prev = this.mt[i - 1]!;
      this.mt[i] = (6364136223846793005n * (prev ^ (prev >> 62n)) + BigInt(i)) & MASK;
    }
    this.index = NN;
  }

  /** The next 64-bit output. */
  next(): bigint {
    const mt = this.mt;
    if (this.index >= NN) {
      for (let i = 0; i < NN; i++) {
        const x = (mt[i]! & UPPER) | (mt[(i + 1) % NN]! & LOWER);
        let xA = x >> 1n;
        if (x & 1n) xA ^= MATRIX_A;
        mt[i] = mt[(i + MM) % NN]! ^ xA;
      }
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= (y >> 29n) & 0x5555555555555555n;
    y ^= (y << 17n) & 0x71d67fffeda60000n;
    y ^= (y << 37n) & 0xfff7eee000000000n;
    y ^= y >> 43n;
    return y & MASK;
  }
}

/** KTAB's `qTrans`: (i + a)(2i + 3) mod 2^64, a bijection without fixed points. */
export function qTrans(i: bigint): bigint {
  return ((i + Q64C) * (2n * i + 3n)) & MASK;
}

/** KTAB's `PRNG`: seeded once, then uniform 64-bit integers, doubles and weighted selection. */
export class KtabPrng {
  private readonly mt: Mt19937_64;

  constructor(seed: bigint) {
    this.mt = new Mt19937_64(seed);
  }

  /** `PRNG::uniform()`: a 64-bit integer. */
  uniformInt(): bigint {
    return qTrans(this.mt.next());
  }

  /** `PRNG::uniform(a, b)`: a double in [a, b]. */
  uniform(a = 0, b = 1): number {
    const x = Number(this.uniformInt()) / MAX64;
    return a + (b - a) * x;
  }

  /** `PRNG::probSel`: draws an index with the given probabilities (a column summing to 1). */
  probSel(p: ArrayLike<number>): number {
    const u = this.uniform(0, 1);
    let sum = 0;
    for (let i = 0; i < p.length; i++) {
      sum = sum + p[i]!;
      if (u <= sum) return i;
    }
    return p.length - 1; // round-off
  }
}

/** Parses a seed given as bigint, safe integer or decimal/hex string; 0 is not allowed. */
export function toSeed(seed: bigint | number | string): bigint {
  const s = typeof seed === "bigint" ? seed : BigInt(typeof seed === "number" ? Math.trunc(seed) : seed.trim());
  if (s <= 0n || s > MASK) throw new Error(`Seed must be in 1..2^64-1, got ${s}`);
  return s;
}
