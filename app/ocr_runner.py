"""Runs the blocking OCR pipeline off the event loop, in a pool bounded to the cores.

Tesseract and OpenCV are CPU-bound; running more of them than there are cores only makes every request
slower. Requests beyond the pool's size wait their turn (in FIFO order) instead of piling up threads, and
the event loop stays free to answer /healthz and the web page meanwhile.

The pool's threads share one malloc arena (glibc): by default each thread gets its own, and a large
photo's freed buffers stay in the arena of the thread that read it, so two threads reading large photos
held two sets of them. Measured on the benchmark's 155 photos posted two at a time to the service (AMD
EPYC, 2 OCR threads): peak RSS 420 MB with an arena per thread, 357 MB with one, at the same speed.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

T = TypeVar("T")


M_ARENA_MAX = -8
"""glibc's `mallopt` parameter for the most malloc arenas its threads may create."""


def share_one_malloc_arena() -> bool:
    """Ask glibc to keep every thread's allocations in one arena (see the module doc); False where the C
    library has no such setting (musl ignores it, macOS has no `mallopt`)."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_ARENA_MAX, 1))


class OcrRunner:
    """A bounded worker pool for pipeline calls."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        # Before the pool's first thread starts: arenas are made as threads first allocate.
        share_one_malloc_arena()
        self._limiter = anyio.CapacityLimiter(workers)

    @property
    def busy(self) -> int:
        """How many pipeline calls are running now."""
        return int(self._limiter.borrowed_tokens)

    async def run(self, func: Callable[..., T], /, *args: object, **kwargs: object) -> T:
        """Run `func(*args, **kwargs)` in a worker thread once a slot is free."""
        return await anyio.to_thread.run_sync(functools.partial(func, *args, **kwargs), limiter=self._limiter)
