// Playback controls of the map view (issue #15): Play/Pause over the `playback` range at
// cadence / `play_speed` (one requestAnimationFrame loop), a speed select writing `play_speed`, a
// scrubber over the whole range with gap marks, the head's UT time with seconds, inline download
// progress from `playback_status`, and per site what it shows (stale for N s, no data). The head
// logic is js/skymap/player.js; segments come from Python's `_playback_segment` command, at most
// four in the page. `onFrame(shown)` hands the map what to draw (null: the minute's frames).
// Tests read the state through data attributes only: data-head, data-state, data-fps,
// data-dropped (instants passed undrawn), data-late (frames later than 1.5 intervals), data-draws,
// data-segments, data-gaps.
import { button, h, labelled } from "../lib/dom.js";
import { advance, formatUT, framesAt, heldOf, PENDING, planOf, schedule, seek } from "./player.js";

const SPEEDS = [1, 2, 5, 10, 20, 30, 60];
/** Wall time spent in one step at most (a background tab must not rush through the range). */
const MAX_STEP_MS = 250;
/**
 * One instant drawn per animation frame at most: a late frame (the page busy receiving a segment)
 * delays the next ones instead of skipping any; up to CATCH_UP instants of data time are carried so
 * the following frames catch up, one per animation frame.
 */
const CATCH_UP = 4;
const raf = (fn) => (typeof requestAnimationFrame === "function" ? requestAnimationFrame(fn) : setTimeout(fn, 16));

/**
 * @param {{request: (msg: {key: string, index: number}) => Promise<[any, DataView[]]>,
 *   setTrait: (name: string, value: unknown) => void, onFrame: (shown: any) => void, signal: AbortSignal}} options
 */
export function createPlaybackControls({ request, setTrait, onFrame, signal }) {
  const el = h("div", "aurora-sb-play");
  el.setAttribute("aria-label", "Playback of the range");
  el.hidden = true;
  const play = button("Play range", { signal, onClick: () => (playing ? pause() : start()) });
  play.setAttribute("aria-pressed", "false");
  const speed = h("select", "aurora-select");
  for (const x of SPEEDS) speed.append(new Option(`${x}×`, String(x)));
  speed.addEventListener("change", () => setTrait("play_speed", Number(speed.value)), { signal });
  const scrub = h("input", "aurora-range aurora-sb-playscrub");
  scrub.type = "range"; scrub.min = "0"; scrub.step = "1000";
  scrub.setAttribute("aria-label", "Play head in the range");
  const track = h("span", "aurora-sb-playtrack"), gapMarks = h("span", "aurora-sb-playgaps");
  gapMarks.setAttribute("aria-hidden", "true");
  track.append(scrub, gapMarks);
  const time = h("output", "aurora-sb-playtime", "–");
  time.setAttribute("aria-label", "Playback time (UT)");
  const progress = h("output", "aurora-muted aurora-small");
  progress.setAttribute("aria-label", "Playback downloads");
  const row = h("div", "aurora-sb-controls");
  row.append(play, labelled("Speed", speed), labelled("Range", track), time, progress);
  const note = h("div", "aurora-note");
  note.setAttribute("role", "status");
  const siteList = h("ul", "aurora-sb-nblist");
  siteList.setAttribute("aria-label", "Sites at the play head");
  el.append(row, note, siteList);

  let plan = null, held = new Map(), head = null, units = "", budget = 0, playing = false, last = 0, status = {};
  let gaps = new Set(), draws = 0, dropped = 0, late = 0, lastDraw = 0, firstDraw = 0, playDraws = 0, waitingFor = -1, skippedNote = "";

  const segTime = (i) => formatUT(plan.segments[i].start, false);
  function setState(state) { el.dataset.state = state; }

  function fetchAhead() {
    if (!plan) return;
    const { want, drop } = schedule(plan, head.seg, held);
    for (const i of drop) held.delete(i);
    const key = plan.key;
    for (const i of want) {
      held.set(i, PENDING);
      request({ key, index: i }).then(([r, buffers]) => {
        if (plan?.key !== key || held.get(i) !== PENDING) return; // superseded, or dropped meanwhile
        if ((r?.key !== undefined && r.key !== key) || r?.message === "superseded") { held.delete(i); return; } // a new key follows
        held.set(i, heldOf(r, buffers));
        arrived();
      }, (error) => {
        if (plan?.key !== key || held.get(i) !== PENDING || error?.name === "AbortError") return;
        held.set(i, heldOf({ status: "error", message: String(error?.message || error) }, []));
        arrived();
      });
    }
    el.dataset.segments = [...held.keys()].sort((a, b) => a - b).map((i) => `${i}:${held.get(i).status}`).join(" ");
  }

  function arrived() {
    for (const [i, s] of held) if (s.status === "missing" || s.status === "error") gaps.add(i);
    drawGaps();
    if (!playing) step(0);
    else fetchAhead();
  }

  /** Spend `dtMs` of wall time, draw when the head moved, ask for the segments ahead. */
  function step(dtMs) {
    if (!plan) return;
    budget += dtMs * Number(speed.value || 1);
    const before = head;
    const r = advance(plan, held, head, budget, 1);
    head = r.head; budget = Math.min(r.budget, CATCH_UP * plan.cadence);
    if (r.skipped.length) {
      for (const i of r.skipped) gaps.add(i);
      skippedNote = `no data ${r.skipped.map(segTime).join(", ")} (${r.skipped.map((i) => held.get(i)?.message || "missing").join("; ")}): skipped`;
      drawGaps();
    }
    dropped += Math.max(0, r.passed - 1);
    waitingFor = r.waiting;
    if (r.passed || before.resolved !== head.resolved || before.seg !== head.seg || !draws) draw();
    else describe();
    fetchAhead();
    if (r.ended && playing) pause("ended");
  }

  function draw() {
    const shown = framesAt(plan, held, head);
    if (shown) {
      draws += 1; playDraws += 1;
      el.dataset.head = new Date(shown.t).toISOString().slice(0, 19);
      el.dataset.draws = String(draws);
      el.dataset.dropped = String(dropped);
      const now = performance.now(); // frames per second since Play, waits at boundaries included
      if (playing && playDraws > 1 && now - lastDraw > (1.5 * plan.cadence) / Number(speed.value || 1)) late += 1;
      lastDraw = now;
      el.dataset.late = String(late);
      if (playing && playDraws > 1) el.dataset.fps = (((playDraws - 1) * 1000) / (now - firstDraw)).toFixed(1);
      if (playDraws === 1) firstDraw = now;
    }
    onFrame(shown ? { key: plan.key, ...shown } : { key: plan.key, t: head.t, sites: [] });
    describe(shown);
  }

  /** Time label, scrubber position, note and the per-site list for what is on the map. */
  function describe(shown = framesAt(plan, held, head)) {
    const t = shown ? shown.t : head.t;
    time.textContent = `${new Date(t).toISOString().slice(0, 10)} ${formatUT(t)} UT`;
    scrub.value = String(t - plan.start);
    const waiting = waitingFor >= 0 ? `loading ${segTime(waitingFor)}…` : "";
    note.textContent = [waiting, skippedNote].filter(Boolean).join(" · ");
    const items = (shown ? shown.sites : plan.sites.map((uid) => ({ uid, status: "loading" }))).map((s) => {
      const li = h("li", "aurora-sb-nbitem");
      li.dataset.site = s.uid;
      li.dataset.status = s.status === "ready" && s.stale ? "stale" : s.status;
      const what = s.status === "ready" ? (s.stale ? `stale ${s.ageS}s` : "current") : s.status === "loading" ? "loading…" : `${s.status}: not drawn`;
      li.append(h("strong", "", s.uid), h("span", s.stale || s.status !== "ready" ? "aurora-muted aurora-small" : "aurora-small", ` ${what}`));
      if (s.message) li.title = s.message;
      return li;
    });
    siteList.replaceChildren(...items);
  }

  function drawGaps() {
    el.dataset.gaps = [...gaps].sort((a, b) => a - b).join(" ");
    const span = plan.end - plan.start;
    gapMarks.replaceChildren(...[...gaps].map((i) => {
      const m = h("span", "aurora-sb-playgap");
      const s = plan.segments[i];
      m.style.left = `${((s.start - plan.start) / span) * 100}%`;
      m.style.width = `${Math.max(0.5, ((s.end - s.start) / span) * 100)}%`;
      m.title = `${segTime(i)}: ${held.get(i)?.message || "no data"}`;
      return m;
    }));
    const ready = status.ready ?? 0, total = status.total ?? plan.segments.length, failed = (status.failed || []).length;
    progress.textContent = `${units ? `${units} · ` : ""}${ready} of ${total} minutes ready${failed ? ` · ${failed} failed` : ""}${gaps.size ? ` · ${gaps.size} gap${gaps.size > 1 ? "s" : ""}` : ""}`;
  }

  function loop(now) {
    if (!playing || signal.aborted) return;
    const dt = Math.min(MAX_STEP_MS, now - last);
    last = now;
    step(dt);
    if (playing) raf(loop);
  }
  function start() {
    if (!plan) return;
    if (el.dataset.state === "ended") { head = seek(plan, held, plan.start); budget = 0; }
    playing = true; play.textContent = "Pause range"; play.setAttribute("aria-pressed", "true");
    setState("playing");
    last = performance.now(); playDraws = 0; dropped = 0; late = 0;
    raf(loop);
  }
  function pause(state = "paused") {
    playing = false; play.textContent = "Play range"; play.setAttribute("aria-pressed", "false");
    setState(state);
  }
  scrub.addEventListener("input", () => {
    if (!plan) return;
    head = seek(plan, held, plan.start + Number(scrub.value)); budget = 0; skippedNote = "";
    fetchAhead(); step(0); draw();
  }, { signal });
  signal.addEventListener("abort", () => { playing = false; });

  /**
   * New trait values: `playback` (the range), `status` (playback_status), `speed` (play_speed) and
   * the planning job's `state` and `message` (shown while there is no plan yet, or it failed).
   */
  function update({ playback, status: st, speed: x, state, message }) {
    status = st || {};
    units = playback?.units || "";
    if (x) {
      if (![...speed.options].some((o) => Number(o.value) === x)) speed.append(new Option(`${x}×`, String(x)));
      speed.value = String(x);
    }
    const next = planOf(playback);
    if ((next?.key || "") !== (plan?.key || "")) {
      pause(); plan = next; held = new Map(); gaps = new Set(); budget = 0; draws = 0; dropped = 0; skippedNote = "";
      head = null; waitingFor = -1; row.hidden = !plan;
      if (!plan) { onFrame(null); siteList.replaceChildren(); }
    }
    if (!plan) {
      el.hidden = !(state === "loading" || state === "error") || !message;
      note.textContent = message || "";
      note.classList.toggle("aurora-error", state === "error");
      return;
    }
    el.hidden = false;
    note.classList.remove("aurora-error");
    if (!head) {
      scrub.max = String(plan.end - plan.start - 1);
      scrub.step = String(plan.cadence);
      head = seek(plan, held, plan.start);
      for (const k of ["head", "fps", "draws", "segments"]) delete el.dataset[k];
      el.dataset.dropped = "0";
      fetchAhead(); describe();
    }
    drawGaps();
  }

  return { el, update };
}
