// Playback across minute files (pure, no DOM): the play head over a UT range cut into segments
// (one per minute file), which segments to hold, and which frame of which site shows at the head.
//
// The head is discrete: a segment and an instant of that segment's shared clock (the primary
// site's frame times, from Python's `_playback_segment`). Playing spends data time (wall time x
// speed) on steps from one instant to the next; a step into the next segment happens only when
// that segment is held and ready, otherwise the head waits at the boundary (never skips). A
// segment that answered "missing" or "error" is a gap: the head steps over it in one cadence and
// says so (`skipped`). A site whose minute failed ("error", "no data") shows its last frame of the
// previous segment when the page still holds it, stale after the tolerance, never a later frame.
// The wire is described in docs/playback_wire.md.

/** Milliseconds of an ISO UT time ("2021-11-04T06:00:00", with or without a zone). */
export const parseUT = (iso) => Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(iso) ? iso : `${iso}Z`);
/** "06:14:03" (or "06:14" without seconds) of a UT time in ms. */
export const formatUT = (ms, seconds = true) => new Date(ms).toISOString().slice(11, seconds ? 19 : 16);

/**
 * The `playback` trait as numbers, or null when there is no range.
 * @param {any} pb
 */
export function planOf(pb) {
  if (!pb?.key || !pb.segments?.length) return null;
  return {
    key: pb.key, start: parseUT(pb.start), end: parseUT(pb.end), cadence: pb.cadence_s * 1000,
    staleAfter: pb.stale_after_s * 1000, sites: pb.sites || [],
    segments: pb.segments.map((s) => ({ index: s.index, start: parseUT(s.start), end: parseUT(s.end) })),
  };
}

/** Index of the segment holding time `t` (clamped to the range). */
export function segmentAt(plan, t) {
  const segs = plan.segments;
  let lo = 0, hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A held entry while its request is under way. */
export const PENDING = Object.freeze({ status: "pending" });

/**
 * A `_playback_segment` answer as a held segment: clock in ms, per site its frames (uint8, frame
 * after frame), frame of each instant and staleness.
 * @param {any} r the response
 * @param {DataView[]} buffers
 */
export function heldOf(r, buffers) {
  const sites = new Map();
  for (const s of r.sites || []) {
    const b = s.status === "ready" ? buffers[s.buffer] : null;
    sites.set(s.site_uid, {
      status: b ? "ready" : s.status === "ready" ? "error" : s.status, message: b ? s.message : s.message || "no frames sent",
      shape: s.shape, data: b ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : null,
      frameOf: s.frame_of_instant || [], stale: s.stale || [], times: (s.times || []).map(parseUT),
    });
  }
  const clock = (r.clock || []).map(parseUT);
  const ready = r.status === "ready" && clock.length > 0;
  return { status: ready ? "ready" : r.status === "ready" ? "missing" : r.status, message: r.message || "", clock, sites };
}

/**
 * Which segments to request and which to let go: the current one and the next two are wanted,
 * the previous one is kept, everything else is dropped (at most four in the page).
 * @param {{segments: any[]}} plan
 * @param {number} cur current segment
 * @param {Map<number, any>} held held (or pending) segments by index
 */
export function schedule(plan, cur, held) {
  const n = plan.segments.length;
  const want = [cur, cur + 1, cur + 2].filter((i) => i < n && !held.has(i));
  const drop = [...held.keys()].filter((i) => i < cur - 1 || i > cur + 2);
  return { want, drop };
}

/** The head at time `t`: its segment and, when that segment is held, the instant at or before `t`. */
export function seek(plan, held, t) {
  const seg = segmentAt(plan, t), h = held.get(seg);
  let k = 0;
  if (h?.status === "ready") while (k + 1 < h.clock.length && h.clock[k + 1] <= t) k += 1;
  return { seg, k, t: h?.status === "ready" ? h.clock[k] : t, resolved: h?.status === "ready" };
}

/**
 * Play for `dtMs` of wall time at `speed` x real time. Returns the new head, the data time left
 * over (`budget`, carried to the next call), how many instants it passed (more than one per draw
 * is a dropped frame), the gap segments it stepped over, the segment it waits for (or -1) and
 * whether the range has ended.
 * @param {any} plan @param {Map<number, any>} held
 * @param {{seg: number, k: number, t: number, resolved?: boolean}} head
 * @param {number} budget data-time ms not spent yet
 * @param {number} [maxSteps] instants to pass at most (the rest of the budget is carried)
 */
export function advance(plan, held, head, budget, maxSteps = Number.POSITIVE_INFINITY) {
  let { seg, k } = head;
  const skipped = [];
  let passed = 0, waiting = -1, ended = false;
  let h = held.get(seg);
  if (h?.status === "ready" && !head.resolved) ({ seg, k } = seek(plan, held, head.t));
  while (passed < maxSteps) {
    h = held.get(seg);
    if (!h || h.status === "pending") { waiting = seg; budget = 0; break; }
    if (h.status !== "ready") { // the head sits on a gap (a seek or the first segment): step off it
      skipped.push(seg);
      if (seg + 1 >= plan.segments.length) { ended = true; break; }
      seg += 1; k = 0; head = { ...head, t: plan.segments[seg].start, resolved: false };
      continue;
    }
    const now = h.clock[k];
    if (k + 1 < h.clock.length) {
      const cost = h.clock[k + 1] - now;
      if (cost > budget) break;
      budget -= cost; k += 1; passed += 1;
      continue;
    }
    // at the last instant of the segment: the next ready segment's first instant, over any gaps
    let next = seg + 1;
    const gaps = [];
    while (next < plan.segments.length) {
      const g = held.get(next);
      if (g && g.status !== "ready" && g.status !== "pending") { gaps.push(next); next += 1; } else break;
    }
    if (next >= plan.segments.length) { skipped.push(...gaps); ended = true; budget = 0; break; }
    const n = held.get(next);
    if (!n || n.status === "pending") { skipped.push(...gaps); waiting = next; budget = 0; break; }
    const cost = Math.min(n.clock[0] - now, gaps.length ? plan.cadence : Number.POSITIVE_INFINITY);
    if (cost > budget) break;
    skipped.push(...gaps);
    budget -= Math.max(0, cost); seg = next; k = 0; passed += 1;
  }
  h = held.get(seg);
  const ready = h?.status === "ready";
  return {
    head: { seg, k, t: ready ? h.clock[k] : head.t, resolved: ready }, budget, passed, skipped, waiting, ended,
  };
}

/**
 * What each site shows at the head: its frame (index into its data) and whether it is stale, or
 * why it shows nothing. Null when the head's segment is not ready.
 * @param {any} plan @param {Map<number, any>} held @param {{seg: number, k: number}} head
 */
export function framesAt(plan, held, head) {
  const h = held.get(head.seg);
  if (h?.status !== "ready") return null;
  const t = h.clock[head.k];
  const sites = plan.sites.map((uid) => {
    let s = h.sites.get(uid), f = s?.frameOf[head.k] ?? -1;
    if (s?.status !== "ready") {
      // its minute failed: its last frame of the previous segment (still held) is its nearest earlier one
      const p = held.get(head.seg - 1)?.sites?.get(uid);
      if (p?.status !== "ready" || !p.times.length) return { uid, status: s ? s.status : "no data", message: s?.message || "" };
      s = p; f = p.shape[0] - 1;
    }
    if (f < 0) return { uid, status: "no frame", message: "no frame at or before this instant" };
    const stale = s === h.sites.get(uid) ? !!s.stale[head.k] : t - s.times[f] > plan.staleAfter;
    // the frame's age: its own time when sent, else from the first instant that shows it
    let first = head.k;
    while (first > 0 && s.frameOf[first - 1] === f) first -= 1;
    const age = Math.max(0, t - (Number.isFinite(s.times[f]) ? s.times[f] : h.clock[first]));
    const [, rows, cols] = s.shape;
    return { uid, status: "ready", stale, ageS: Math.round(age / 1000), frame: s.data.subarray(f * rows * cols, (f + 1) * rows * cols) };
  });
  return { t, sites };
}
