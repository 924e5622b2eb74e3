/**
 * Typed arrays on SharedArrayBuffers sent to workers by reference: each buffer crosses to a worker once per run,
 * with a number; after that a message names it by that number, with the view's offset and length. Posting a view
 * on a SharedArrayBuffer otherwise clones the buffer's handle and makes a new buffer object on the receiving side
 * every time (0.05–0.13 ms for the half-dozen arrays of an SMP work at a160, against 0.04 ms for the message
 * itself); with numbers a message is a few dozen numbers and strings.
 *
 * {@link SharedArraySender} runs on the calling thread (one per run, numbering buffers for several workers, which
 * may skip messages); {@link SharedArrayTable} on each worker (cleared at the end of a run, which releases the
 * buffers there).
 *
 * @module
 */

/** The typed arrays that can be sent by reference, by code. */
const VIEWS = [Float64Array, Int32Array] as const;
type View = Float64Array | Int32Array;

/**
 * An object whose typed-array fields are replaced by references: `values` holds the other fields as they are,
 * `arrays` five entries per array field: its name, its buffer's number, byte offset, length and view code.
 */
export interface PackedArrays {
  readonly values: Record<string, unknown>;
  readonly arrays: readonly (string | number)[];
}

/** Buffers a worker has not been sent yet: the first one's number, then the buffers in order. */
export interface FreshBuffers {
  readonly first: number;
  readonly buffers: readonly SharedArrayBuffer[];
}

/** The calling thread's side: numbers each buffer once, and knows which buffers each worker has been sent. */
export class SharedArraySender {
  private readonly numbers = new Map<SharedArrayBuffer, number>();
  private readonly buffers: SharedArrayBuffer[] = [];
  private readonly sent: number[];

  constructor(workers: number) {
    this.sent = new Array<number>(workers).fill(0);
  }

  /** Replaces the typed-array fields of `value` (each on a SharedArrayBuffer) by references. */
  pack(value: object): PackedArrays {
    const values: Record<string, unknown> = {};
    const arrays: (string | number)[] = [];
    for (const [key, field] of Object.entries(value)) {
      if (!ArrayBuffer.isView(field)) {
        values[key] = field;
        continue;
      }
      const code = VIEWS.findIndex((V) => field instanceof V);
      if (code < 0)
        throw new TypeError(`field "${key}": expected a Float64Array or Int32Array, found ${field.constructor.name}`);
      const buffer = field.buffer;
      if (!(buffer instanceof SharedArrayBuffer))
        throw new TypeError(`field "${key}": expected an array on a SharedArrayBuffer, found one on an ArrayBuffer`);
      let n = this.numbers.get(buffer);
      if (n === undefined) {
        n = this.buffers.length;
        this.numbers.set(buffer, n);
        this.buffers.push(buffer);
      }
      arrays.push(key, n, field.byteOffset, (field as View).length, code);
    }
    return {values, arrays};
  }

  /** The buffers worker `w` has not been sent yet (all those numbered so far are then counted as sent). */
  fresh(w: number): FreshBuffers {
    const first = this.sent[w]!;
    this.sent[w] = this.buffers.length;
    return {first, buffers: this.buffers.slice(first)};
  }
}

/** A worker's side: the buffers of the current run, by number. */
export class SharedArrayTable {
  private buffers: SharedArrayBuffer[] = [];

  /** Adds the buffers sent with a message; they must follow those already held. */
  add(fresh: FreshBuffers): void {
    if (fresh.first !== this.buffers.length)
      throw new Error(`shared buffers: expected buffer ${this.buffers.length} next, found ${fresh.first}`);
    this.buffers.push(...fresh.buffers);
  }

  /** The object `packed` was made from, with views on the same shared memory. */
  unpack<T>(packed: PackedArrays): T {
    const out: Record<string, unknown> = {...packed.values};
    const a = packed.arrays;
    for (let i = 0; i < a.length; i += 5) {
      const buffer = this.buffers[a[i + 1] as number];
      if (!buffer) throw new Error(`shared buffers: field "${String(a[i])}" names buffer ${a[i + 1]}, not sent`);
      const [offset, length] = [a[i + 2] as number, a[i + 3] as number];
      out[a[i] as string] =
        a[i + 4] === 0 ? new Float64Array(buffer, offset, length) : new Int32Array(buffer, offset, length);
    }
    return out as T;
  }

  /** Forgets every buffer (the end of a run). */
  clear(): void {
    this.buffers = [];
  }
}
