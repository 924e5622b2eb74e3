import type {Uncertain} from "../domain/index.js";

/** A source of uniform numbers in [0, 1), like d3-force's `randomSource`. */
export type Random = () => number;

/** Mixes a 32-bit integer (splitmix32 finaliser): nearby seeds give unrelated states. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A seeded xoshiro128** generator (Blackman & Vigna). Returns numbers in [0, 1) with 32 bits of resolution.
 * @param seed any 32-bit integer; the state is expanded from it with splitmix32, so seed 0 is fine.
 */
export function randomXoshiro(seed: number): Random {
  let a = mix32(seed);
  let b = mix32(a);
  let c = mix32(b);
  let d = mix32(c);
  if ((a | b | c | d) === 0) a = 1;
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return (result >>> 0) / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * The independent stream of run `run` under scenario seed `seed`. It depends only on (seed, run), never on how
 * runs are split over workers, so a Monte Carlo gives the same numbers with 1 or n workers.
 */
export function runStream(seed: number, run: number): Random {
  return randomXoshiro(mix32(mix32(seed >>> 0) ^ Math.imul(run + 1, 0x27d4eb2f)));
}

/** A standard normal draw (Box–Muller; uses two uniforms, discards the second variate to keep draw order simple). */
export function randomNormal(random: Random): number {
  const u = 1 - random(); // (0, 1]: log stays finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Draws one value of an {@link Uncertain}: a constant is returned as is (and consumes no randomness), a uniform
 * `[low, high]` consumes one draw, a normal `[mean, sd]` two.
 */
export function sampleUncertain(value: Uncertain, random: Random): number {
  if (typeof value === "number") return value;
  if ("uniform" in value) {
    const [low, high] = value.uniform;
    return low + (high - low) * random();
  }
  const [mean, sd] = value.normal;
  return mean + sd * randomNormal(random);
}

/** FNV-1a hash of a string to 32 bits. */
function hash32(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; ++i) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The stream of one named uncertain quantity (`param:volatility`, `shock:leave-org:CSTO`, `noise` …) in run
 * `run` under seed `seed`. Arms of a comparison that share a name share its numbers (common random numbers).
 */
export function keyedStream(seed: number, run: number, key: string): Random {
  return randomXoshiro(mix32(mix32(mix32(seed >>> 0) ^ Math.imul(run + 1, 0x27d4eb2f)) ^ hash32(key)));
}
