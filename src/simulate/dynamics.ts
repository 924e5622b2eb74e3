/**
 * Influence dynamics in the d3-force shape: a {@link World} state, a list of named forces that each propose a
 * {@link Delta}, and one pure {@link step} that applies them in order. Randomness comes in through the context.
 *
 * @module
 */
import type {Dimension, Scenario, VectorId} from "../domain/index.js";
import type {Random} from "./random.js";

/** The dimensions of a tie, in storage order. */
export const DIMENSIONS: readonly Dimension[] = ["economic", "security", "political", "social"];
/** Number of dimensions (the stride of {@link World.level}). */
export const D = DIMENSIONS.length;
/** Levels never fall below this, so shares stay defined. */
export const FLOOR = 1e-6;

/** The state of the focal state's ties at one step. */
export interface World {
  readonly t: number;
  readonly vectors: readonly VectorId[];
  /** Influence of each vector per dimension, row-major: vector v, dimension d at `v * D + d`. */
  readonly level: Float64Array;
  /** The level each tie reverts to. Shocks and strategy move anchors; drift pulls levels toward them. */
  readonly anchor: Float64Array;
  /** Named states: `member:CSTO` (1 member, 0 not), `corridor:Middle Corridor` (capacity multiple), `sanctions:RUS`, `war:UKR` (intensity). */
  readonly flags: Readonly<Record<string, number>>;
  /** Security risk to the focal state, 0–1. */
  readonly risk: number;
  /** Share of prosperity lost this step to the cost of sanctioned ties, 0–1 (reset every step). */
  readonly cost: number;
}

/** Changes a force proposes: additive for numbers and arrays, assignments for flags. */
export interface Delta {
  readonly level?: Float64Array;
  readonly anchor?: Float64Array;
  readonly flags?: Readonly<Record<string, number>>;
  readonly risk?: number;
  readonly cost?: number;
}

/** What a force may read besides the world: the step number, seeded randomness and the run's parameters. */
export interface StepContext {
  readonly t: number;
  readonly random: Random;
  readonly params: Readonly<Record<string, number>>;
}

/** A force proposes changes to the world; it never mutates it. */
export interface Force {
  readonly name: string;
  (world: World, context: StepContext): Delta | null;
}

/** Names a force function. */
export function force(name: string, fn: (world: World, context: StepContext) => Delta | null): Force {
  return Object.defineProperty(fn, "name", {value: name}) as Force;
}

/**
 * The world at t = 0 from a scenario's starting influence: `start[vector][dimension]`, missing entries 0 (raised
 * to {@link FLOOR}); anchors start at the levels; each organization in `memberships` gets flag `member:ORG` = 1.
 */
export function createWorld(scenario: Pick<Scenario, "vectors" | "start" | "memberships">): World {
  const {vectors, start = {}} = scenario;
  const level = new Float64Array(vectors.length * D);
  vectors.forEach((v, i) => {
    DIMENSIONS.forEach((d, j) => (level[i * D + j] = Math.max(FLOOR, start[v]?.[d] ?? 0)));
  });
  const flags: Record<string, number> = {};
  for (const org of scenario.memberships) flags[`member:${org}`] = 1;
  return {t: 0, vectors, level, anchor: level.slice(), flags, risk: 0, cost: 0};
}

/** Applies one delta: adds, floors levels and anchors at {@link FLOOR}, clamps risk and cost to [0, 1]. */
export function apply(world: World, delta: Delta | null): World {
  if (!delta) return world;
  return {
    ...world,
    level: delta.level ? addFloored(world.level, delta.level) : world.level,
    anchor: delta.anchor ? addFloored(world.anchor, delta.anchor) : world.anchor,
    flags: delta.flags ? {...world.flags, ...delta.flags} : world.flags,
    risk: delta.risk ? clamp01(world.risk + delta.risk) : world.risk,
    cost: delta.cost ? clamp01(world.cost + delta.cost) : world.cost
  };
}

/** Advances the world one step: t + 1, cost reset to 0, then each force in order sees the world the previous left. */
export function step(world: World, forces: readonly Force[], context: StepContext): World {
  // Same arithmetic as folding `apply`, but the step's fresh level and anchor arrays are updated in place:
  // the input world is never touched, and no force keeps a reference to a world beyond its call.
  const level = world.level.slice();
  const anchor = world.anchor.slice();
  let w: World = {...world, t: context.t, cost: 0, level, anchor};
  for (const f of forces) {
    const delta = f(w, context);
    if (!delta) continue;
    if (delta.level) addFlooredInPlace(level, delta.level);
    if (delta.anchor) addFlooredInPlace(anchor, delta.anchor);
    if (delta.flags || delta.risk || delta.cost) {
      w = {
        ...w,
        flags: delta.flags ? {...w.flags, ...delta.flags} : w.flags,
        risk: delta.risk ? clamp01(w.risk + delta.risk) : w.risk,
        cost: delta.cost ? clamp01(w.cost + delta.cost) : w.cost
      };
    }
  }
  return w;
}

function addFlooredInPlace(a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < a.length; ++i) a[i] = Math.max(FLOOR, a[i]! + b[i]!);
}

/** Runs forces from `world` to `horizon` and returns the whole trajectory (horizon + 1 worlds). */
export function run(
  world: World,
  forces: readonly Force[],
  {horizon, random, params}: {horizon: number; random: Random; params: Readonly<Record<string, number>>}
): World[] {
  const trajectory = [world];
  for (let t = 1; t <= horizon; ++t) {
    world = step(world, forces, {t, random, params});
    trajectory.push(world);
  }
  return trajectory;
}

/** A zero delta array shaped like the world's levels. */
export function zeros(world: World): Float64Array {
  return new Float64Array(world.level.length);
}

/** Index of a vector in the world, or -1. */
export function vectorIndex(world: World, vector: string | undefined): number {
  return vector === undefined ? -1 : world.vectors.indexOf(vector);
}

/** Index of a dimension in storage order. */
export function dimensionIndex(dimension: Dimension): number {
  return DIMENSIONS.indexOf(dimension);
}

function addFloored(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; ++i) out[i] = Math.max(FLOOR, a[i]! + b[i]!);
  return out;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Adds x to a[i] (a typed-array `+=` that strict index checks accept). */
export function addAt(a: Float64Array, i: number, x: number): void {
  a[i] = a[i]! + x;
}
