// Typed arrays on SharedArrayBuffers sent to workers by number (src/simulate/shared-arrays.ts): each buffer
// reaches each worker once, also when a worker skips a message, and the views unpacked there share the memory.
import {test} from "node:test";
import assert from "node:assert/strict";
import {SharedArraySender, SharedArrayTable} from "../src/simulate/shared-arrays.js";

const f64 = (n: number) => new Float64Array(new SharedArrayBuffer(8 * n));

test("a packed object unpacks to views on the same shared memory, other fields as they were", () => {
  const sender = new SharedArraySender(1);
  const table = new SharedArrayTable();
  const a = f64(6);
  const ints = new Int32Array(new SharedArrayBuffer(16), 4, 2);
  const packed = sender.pack({kind: "risk", count: 3, a: a.subarray(2, 5), ints});
  table.add(sender.fresh(0));
  const got = table.unpack<{kind: string; count: number; a: Float64Array; ints: Int32Array}>(packed);
  assert.equal(got.kind, "risk");
  assert.equal(got.count, 3);
  assert.ok(got.a instanceof Float64Array && got.ints instanceof Int32Array);
  assert.equal(got.a.length, 3);
  assert.equal(got.ints.length, 2);
  got.a[0] = 7; // writes a[2]
  got.ints[1] = -4; // writes the third int of the buffer
  assert.equal(a[2], 7);
  assert.equal(new Int32Array(ints.buffer)[2], -4);
});

test("each buffer is sent to each worker once, in order, also to a worker that skipped messages", () => {
  const sender = new SharedArraySender(2);
  const [t0, t1] = [new SharedArrayTable(), new SharedArrayTable()];
  const x = f64(2);
  const y = f64(2);
  const z = f64(2);
  const p1 = sender.pack({x, y});
  const fresh0 = sender.fresh(0);
  assert.deepEqual([fresh0.first, fresh0.buffers.length], [0, 2]);
  t0.add(fresh0); // worker 1 skips this message
  const p2 = sender.pack({x, z}); // x again: not sent again to worker 0
  const again = sender.fresh(0);
  assert.deepEqual([again.first, again.buffers.length], [2, 1]);
  t0.add(again);
  const late = sender.fresh(1); // worker 1's first message carries all three
  assert.deepEqual([late.first, late.buffers.length], [0, 3]);
  t1.add(late);
  x[1] = 1.5;
  z[0] = 2.5;
  for (const t of [t0, t1]) {
    const a = t.unpack<{x: Float64Array; z: Float64Array}>(p2);
    assert.deepEqual([a.x[1], a.z[0]], [1.5, 2.5]);
    assert.equal(t.unpack<{y: Float64Array}>(p1).y.buffer, y.buffer);
  }
});

test("arrays not on shared memory, buffers out of order or never sent are clear errors", () => {
  const sender = new SharedArraySender(1);
  assert.throws(() => sender.pack({out: new Float64Array(2)}), /field "out": expected an array on a SharedArrayBuffer/);
  assert.throws(
    () => sender.pack({out: new Uint8Array(new SharedArrayBuffer(2))}),
    /field "out": expected a Float64Array or Int32Array, found Uint8Array/
  );
  const table = new SharedArrayTable();
  const packed = sender.pack({v: f64(1)});
  assert.throws(() => table.unpack(packed), /field "v" names buffer 0, not sent/);
  assert.throws(() => table.add({first: 3, buffers: []}), /expected buffer 0 next, found 3/);
  table.add(sender.fresh(0));
  table.clear();
  assert.throws(() => table.unpack(packed), /not sent/);
});
