"""One job runner per widget: named channels, the newest request wins, status in one trait per channel.

Every slow step of a widget (listing, downloading, reading, calibrating) is a *job* submitted to a
*channel* of the widget's :class:`Jobs` (``"main"``, ``"frames"``, ``"neighbours"``...). Each
channel owns a status trait (one of :data:`JOB_STATES`) and a message trait:

* submitting sets the status to ``"loading"`` and the message to the job's label, and starts the
  work on a daemon worker thread (an idle one the runner kept from an earlier job, else a new
  one: starting a thread costs more than the rest of a cached selection's Python side);
* a new job on a channel **supersedes** the older one: the older one's result (or error) is
  dropped when it arrives, so it never lands on the traits (:meth:`Jobs.supersede` does the same
  without a new job, e.g. when a view is switched off);
* when the work returns, ``on_done(result)`` runs, then the status becomes ``"ready"`` unless
  ``on_done`` set another one; an error becomes ``"error"`` (or what ``on_error`` says) with a
  message, never a traceback.

Threads: ``work`` and ``on_done`` run on the job's worker thread, so **observers of the traits a
job writes (``panels``, ``skymap``-related traits, status traits...) run on that worker thread**, as
they do for any ipywidgets change made off the main thread. Observers of traits the user or the
front-end sets run on the thread that set them (the kernel's main thread for front-end messages).
A channel's results land one at a time (a per-channel lock), in submission order of the jobs that
are still current.

Example:
    >>> import traitlets
    >>> class W(traitlets.HasTraits):
    ...     status = traitlets.Unicode("idle")
    ...     message = traitlets.Unicode("")
    >>> w = W(); jobs = Jobs(w, {"main": ("status", "message")})
    >>> got = []
    >>> _ = jobs.submit("main", "Counting…", lambda: 41 + 1, got.append, wait=True)
    >>> got, w.status
    ([42], 'ready')

"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import traitlets

from ..data.errors import AuroraWidgetsError

__all__ = ["JOB_STATES", "Job", "Jobs", "error_text"]

#: Every value a channel's status trait takes. "off" and "none" (nothing to show) are set by widgets.
JOB_STATES = ("idle", "off", "loading", "ready", "none", "error")

#: Seconds an idle worker thread waits for the next job before it ends.
IDLE_WORKER_S = 20.0

#: ``on_error(err)`` may return the (status, message) to show instead of ("error", text).
ErrorHandler = Callable[[BaseException], "tuple[str, str] | None"]


def error_text(err: BaseException) -> str:
    """Return the inline text of an error: our own errors' message, else its type and text.

    Example:
        >>> error_text(ValueError("bad")), error_text(AuroraWidgetsError("Try again."))
        ('ValueError: bad', 'Try again.')

    """
    return str(err) if isinstance(err, AuroraWidgetsError) else f"{type(err).__name__}: {err}"


@dataclass
class Job:
    """One submitted job: its channel, ticket (the channel's count when submitted) and callbacks."""

    channel: str
    ticket: int
    label: str
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: ErrorHandler | None = None
    thread: threading.Thread | None = field(default=None, repr=False)
    done: threading.Event = field(default_factory=threading.Event, repr=False)


@dataclass
class _Channel:
    status: str
    message: str
    ticket: int = 0
    last: Job | None = None
    landing: threading.RLock = field(default_factory=threading.RLock)


class Jobs:
    """A widget's job runner: ``channels`` maps a channel name to its (status, message) trait names.

    Example:
        >>> import traitlets
        >>> class W(traitlets.HasTraits):
        ...     status = traitlets.Unicode("idle")
        ...     message = traitlets.Unicode("")
        >>> jobs = Jobs(W(), {"main": ("status", "message")})
        >>> first = jobs.submit("main", "slow", lambda: 1, print, start=False)
        >>> second = jobs.submit("main", "fast", lambda: 2, print, wait=True)
        2
        >>> jobs.is_current(first), jobs.is_current(second)
        (False, True)

    """

    def __init__(self, owner: traitlets.HasTraits, channels: dict[str, tuple[str, str]]) -> None:
        self._owner = owner
        self._channels = {name: _Channel(*traits) for name, traits in channels.items()}
        self._lock = threading.Lock()
        self._settled = threading.Condition(self._lock)
        self._running = 0  # jobs handed to a worker and not finished
        self._idle: list[queue.SimpleQueue[Job]] = []  # inboxes of the workers waiting for a job
        self._local = threading.local()

    # ------------------------------------------------------------------ submitting
    def submit(
        self,
        channel: str,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        on_error: ErrorHandler | None = None,
        wait: bool = False,
        start: bool = True,
        quiet: bool = False,
    ) -> Job:
        """Start ``work`` on ``channel``, superseding the channel's older job; return the job.

        ``wait=True`` waits for the job to end (scripts and tests). ``start=False`` only registers the job
        (it supersedes the older one but never runs): a way to cancel with a label. ``quiet=True``
        leaves the status traits alone unless the job fails (a refresh the view needs no spinner for).
        """
        ch = self._channels[channel]
        with self._lock:
            ch.ticket += 1
            job = Job(channel, ch.ticket, label, work, on_done, on_error)
            ch.last = job
        if not quiet:
            with self._owner.hold_trait_notifications():
                setattr(self._owner, ch.status, "loading")
                setattr(self._owner, ch.message, label)
        if not start:
            return job
        with self._lock:
            self._running += 1
            inbox = self._idle.pop() if self._idle else None
        if inbox is None:
            inbox = queue.SimpleQueue()
            inbox.put(job)
            threading.Thread(target=self._work_loop, args=(inbox,), name=f"aurora-{channel}", daemon=True).start()
        else:
            inbox.put(job)
        if wait:
            job.done.wait()
        return job

    def supersede(self, *channels: str) -> None:
        """Drop whatever the running jobs of ``channels`` would deliver (their results never land).

        Example:
            >>> from aurora_widgets import DatePicker
            >>> picker = DatePicker()
            >>> job = picker._jobs.submit("main", "x", lambda: 1, print, start=False)
            >>> picker._jobs.supersede("main"); picker._jobs.is_current(job)
            False

        """
        with self._lock:
            for name in channels:
                self._channels[name].ticket += 1

    @contextlib.contextmanager
    def quietly(self) -> Iterator[None]:
        """Mark this thread as writing the widget's own traits: its observers see :meth:`landing` True.

        Results land inside it (``on_done``), and a widget wraps its own multi-trait writes in it, so
        observers that react to a *user's* change skip those writes. It is per thread: a change the
        user makes on the main thread meanwhile is never mistaken for one.

        Example:
            >>> from aurora_widgets import DatePicker
            >>> jobs = DatePicker()._jobs
            >>> with jobs.quietly():
            ...     jobs.landing()
            True
            >>> jobs.landing()
            False

        """
        self._local.depth = getattr(self._local, "depth", 0) + 1
        try:
            yield
        finally:
            self._local.depth -= 1

    def landing(self) -> bool:
        """Tell whether this thread is inside :meth:`quietly` (a result landing, or the widget's own writes)."""
        return bool(getattr(self._local, "depth", 0))

    def is_current(self, job: Job) -> bool:
        """Tell whether ``job`` is still its channel's newest job (its result would land)."""
        return job.ticket == self._channels[job.channel].ticket

    def retry(self, channel: str = "main", *, wait: bool = False) -> Job | None:
        """Submit the channel's last job again (what the front-end's Retry asks for); None if none."""
        last = self._channels[channel].last
        if last is None:
            return None
        return self.submit(channel, last.label, last.work, last.on_done, on_error=last.on_error, wait=wait)

    def busy(self) -> bool:
        """Tell whether a job is still running."""
        with self._lock:
            return self._running > 0

    def wait(self, timeout: float = 120.0) -> bool:
        """Block until every job has ended or ``timeout`` seconds passed; True when all ended.

        Jobs started by a job (a listing that starts the frames) are waited for too.
        """
        with self._settled:
            return self._settled.wait_for(lambda: self._running == 0, timeout)

    # ------------------------------------------------------------------ running
    def _work_loop(self, inbox: queue.SimpleQueue[Job]) -> None:
        """Run the jobs handed to this worker, then wait idle for the next, up to IDLE_WORKER_S."""
        me = threading.current_thread()
        while True:
            try:
                job = inbox.get(timeout=IDLE_WORKER_S)
            except queue.Empty:
                with self._lock:
                    if inbox in self._idle:  # nobody is handing it a job: end
                        self._idle.remove(inbox)
                        return
                continue  # a job is on its way (submit took the inbox just now)
            me.name = f"aurora-{job.channel}"
            job.thread = me
            try:
                self._run(job)
            finally:
                with self._settled:
                    self._running -= 1
                    self._idle.append(inbox)
                    self._settled.notify_all()
                job.done.set()

    def _run(self, job: Job) -> None:
        try:
            result = job.work()
        except Exception as err:  # inline, never a traceback
            self._land_error(job, err)
            return
        ch = self._channels[job.channel]
        with ch.landing:
            if not self.is_current(job):
                return  # superseded: a newer request owns the channel, this result never lands
            try:
                with self.quietly():
                    job.on_done(result)
            except Exception as err:
                self._set(ch, "error", error_text(err))
                return
            if getattr(self._owner, ch.status) == "loading" and self.is_current(job):
                self._set(ch, "ready", "")

    def _land_error(self, job: Job, err: BaseException) -> None:
        ch = self._channels[job.channel]
        with ch.landing:
            if not self.is_current(job):
                return
            shown = job.on_error(err) if job.on_error is not None else None
            self._set(ch, *(shown or ("error", error_text(err))))

    def _set(self, ch: _Channel, status: str, message: str) -> None:
        owner = self._owner
        with owner.hold_trait_notifications():
            setattr(owner, ch.status, status)
            setattr(owner, ch.message, message)
