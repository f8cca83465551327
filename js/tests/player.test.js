// Unit tests of the playback player (js/skymap/player.js): head, boundaries, gaps, mosaic frames.
import assert from "node:assert/strict";
import { test } from "node:test";
import { advance, formatUT, framesAt, heldOf, parseUT, PENDING, planOf, schedule, seek, segmentAt } from "../skymap/player.js";

const T0 = parseUT("2021-11-04T06:00:00");
const iso = (ms) => new Date(ms).toISOString().slice(0, 19);
const playback = (minutes, sites = ["gill"]) => ({
  key: "k1", start: iso(T0), end: iso(T0 + minutes * 60000), cadence_s: 3, stale_after_s: 6, sites,
  segments: Array.from({ length: minutes }, (_, i) => ({ index: i, start: iso(T0 + i * 60000), end: iso(T0 + (i + 1) * 60000) })),
});
/** A ready answer for segment `i`: a 3 s clock, every site one 1x2 frame per instant (its value = instant). */
const answer = (i, sites = ["gill"], tweak = {}) => {
  const clock = Array.from({ length: 20 }, (_, k) => iso(T0 + i * 60000 + k * 3000));
  const buffers = [];
  const rows = sites.map((uid) => {
    if (tweak[uid] === "no data") return { site_uid: uid, status: "no data", message: "no file" };
    const data = new Uint8Array(40).map((_, j) => 1 + (j >> 1));
    buffers.push(new DataView(data.buffer));
    const frameOf = tweak[uid] === "stale" ? clock.map((_, k) => Math.min(k, 4)) : clock.map((_, k) => k);
    return { site_uid: uid, status: "ready", message: "", shape: [20, 1, 2], buffer: buffers.length - 1,
      frame_of_instant: frameOf, stale: frameOf.map((f, k) => (k - f) * 3 > 6) };
  });
  return heldOf({ key: "k1", index: i, status: "ready", message: "", clock, sites: rows }, buffers);
};
const gap = (i, status = "missing") => heldOf({ key: "k1", index: i, status, message: "no file", clock: [], sites: [] }, []);
const start = (plan, held) => seek(plan, held, plan.start);

test("UT times parse with or without a zone and format with seconds", () => {
  assert.equal(parseUT("2021-11-04T06:00:03"), parseUT("2021-11-04T06:00:03+00:00"));
  assert.equal(formatUT(parseUT("2021-11-04T06:14:03Z")), "06:14:03");
  assert.equal(formatUT(parseUT("2021-11-04T06:14:03Z"), false), "06:14");
});

test("the plan finds the segment of a time, clamped to the range", () => {
  const plan = planOf(playback(3));
  assert.equal(planOf({}), null);
  assert.equal(plan.cadence, 3000);
  assert.equal(segmentAt(plan, T0 - 5), 0);
  assert.equal(segmentAt(plan, T0 + 60000), 1);
  assert.equal(segmentAt(plan, T0 + 119999), 1);
  assert.equal(segmentAt(plan, T0 + 10 * 60000), 2);
});

test("schedule wants the current and two next segments and keeps at most four", () => {
  const plan = planOf(playback(10));
  assert.deepEqual(schedule(plan, 0, new Map()), { want: [0, 1, 2], drop: [] });
  const held = new Map([[3, {}], [4, {}], [5, PENDING], [6, {}], [7, {}]]);
  const { want, drop } = schedule(plan, 5, held);
  assert.deepEqual(want, []); // 5 pending, 6 and 7 held
  assert.deepEqual(drop, [3]);
  assert.equal(held.size - drop.length, 4);
  assert.deepEqual(schedule(plan, 9, new Map()).want, [9]); // not past the end
});

test("playing steps one instant per cadence of data time and carries the rest", () => {
  const plan = planOf(playback(2));
  const held = new Map([[0, answer(0)]]);
  let r = advance(plan, held, start(plan, held), 7000); // 7 s of data: two steps, 1 s left
  assert.equal(r.head.k, 2);
  assert.equal(r.passed, 2);
  assert.equal(r.budget, 1000);
  r = advance(plan, held, r.head, r.budget + 2000);
  assert.equal(r.head.t, T0 + 9000);
});

test("a ready next segment is crossed without a pause and without a gap in time", () => {
  const plan = planOf(playback(2));
  const held = new Map([[0, answer(0)], [1, answer(1)]]);
  let r = advance(plan, held, { seg: 0, k: 19, t: T0 + 57000, resolved: true }, 3000);
  assert.deepEqual([r.head.seg, r.head.k, r.head.t], [1, 0, T0 + 60000]);
  assert.equal(r.waiting, -1);
  assert.deepEqual(r.skipped, []);
  r = advance(plan, held, r.head, 3000);
  assert.equal(r.head.t, T0 + 63000);
});

test("an absent or pending next segment makes the head wait at the boundary, then go on", () => {
  const plan = planOf(playback(2));
  const held = new Map([[0, answer(0)], [1, PENDING]]);
  const at = { seg: 0, k: 19, t: T0 + 57000, resolved: true };
  let r = advance(plan, held, at, 30000);
  assert.deepEqual([r.head.seg, r.head.k, r.waiting, r.budget, r.passed], [0, 19, 1, 0, 0]); // no skipped frame
  held.delete(1);
  assert.equal(advance(plan, held, at, 30000).waiting, 1);
  held.set(1, answer(1));
  r = advance(plan, held, r.head, 3000);
  assert.deepEqual([r.head.seg, r.head.k, r.waiting], [1, 0, -1]);
});

test("missing and failed segments are gaps: stepped over in one cadence and reported", () => {
  const plan = planOf(playback(4));
  const held = new Map([[0, answer(0)], [1, gap(1)], [2, gap(2, "error")], [3, answer(3)]]);
  const r = advance(plan, held, { seg: 0, k: 19, t: T0 + 57000, resolved: true }, 3000);
  assert.deepEqual([r.head.seg, r.head.k, r.head.t], [3, 0, T0 + 180000]);
  assert.deepEqual(r.skipped, [1, 2]);
  // a head put on a gap (a seek there) steps off it
  const s = advance(plan, held, seek(plan, held, T0 + 70000), 0);
  assert.deepEqual([s.head.seg, s.skipped], [3, [1, 2]]);
});

test("the range ends at the last instant of the last segment", () => {
  const plan = planOf(playback(2));
  const held = new Map([[0, answer(0)], [1, answer(1)]]);
  const r = advance(plan, held, { seg: 1, k: 18, t: T0 + 114000, resolved: true }, 60000);
  assert.deepEqual([r.head.seg, r.head.k, r.ended], [1, 19, true]);
  const g = advance(plan, new Map([[0, answer(0)], [1, gap(1)]]), { seg: 0, k: 19, t: T0 + 57000, resolved: true }, 3000);
  assert.deepEqual([g.ended, g.skipped], [true, [1]]);
});

test("a seek before the segment is held resolves to the instant at or before it once held", () => {
  const plan = planOf(playback(2));
  const held = new Map();
  const head = seek(plan, held, T0 + 70000);
  assert.deepEqual([head.seg, head.resolved], [1, false]);
  assert.equal(advance(plan, held, head, 5000).waiting, 1);
  held.set(1, answer(1));
  const r = advance(plan, held, head, 0);
  assert.deepEqual([r.head.k, r.head.t], [3, T0 + 69000]);
});

test("a mosaic shows every site at the head's instant; stale sites and sites without data say so", () => {
  const sites = ["fsmi", "fsim", "rabb"];
  const plan = planOf(playback(1, sites));
  const held = new Map([[0, answer(0, sites, { fsim: "stale", rabb: "no data" })]]);
  const at = framesAt(plan, held, { seg: 0, k: 7 });
  assert.equal(at.t, T0 + 21000);
  const [a, b, c] = at.sites;
  assert.deepEqual([a.uid, a.status, a.stale, [...a.frame]], ["fsmi", "ready", false, [8, 8]]);
  assert.deepEqual([b.status, b.stale, b.ageS, [...b.frame]], ["ready", true, 9, [5, 5]]); // frame 4, shown since instant 4
  assert.deepEqual([c.status, c.frame], ["no data", undefined]);
  assert.equal(framesAt(plan, new Map([[0, PENDING]]), { seg: 0, k: 0 }), null);
});

test("an answer saying ready without a clock or buffer is not drawn as ready", () => {
  const h = heldOf({ status: "ready", clock: [], sites: [] }, []);
  assert.equal(h.status, "missing");
  const s = heldOf({ status: "ready", clock: ["2021-11-04T06:00:00"], sites: [{ site_uid: "gill", status: "ready", buffer: 3, shape: [1, 1, 1] }] }, []);
  assert.equal(s.sites.get("gill").status, "error");
});

test("a site whose minute failed shows its last frame of the previous segment, stale once old enough", () => {
  const sites = ["gill", "luck"];
  const plan = planOf(playback(2, sites));
  const prev = answer(0, sites);
  for (const s of prev.sites.values()) s.times = Array.from({ length: 20 }, (_, k) => T0 + k * 3000);
  const held = new Map([[0, prev], [1, answer(1, sites, { luck: "no data" })]]);
  const early = framesAt(plan, held, { seg: 1, k: 1 }).sites[1]; // 06:01:03, luck's last frame 06:00:57
  assert.deepEqual([early.status, early.stale, early.ageS, [...early.frame]], ["ready", false, 6, [20, 20]]);
  const late = framesAt(plan, held, { seg: 1, k: 5 }).sites[1];
  assert.deepEqual([late.status, late.stale, late.ageS], ["ready", true, 18]);
  held.delete(0); // not held any more: nothing to show, and it says why
  assert.equal(framesAt(plan, held, { seg: 1, k: 5 }).sites[1].status, "no data");
});

test("with maxSteps the head passes at most that many instants and carries the rest of the budget", () => {
  const plan = planOf(playback(1));
  const held = new Map([[0, answer(0)]]);
  const r = advance(plan, held, start(plan, held), 10000, 1);
  assert.deepEqual([r.head.k, r.passed, r.budget], [1, 1, 7000]);
});
