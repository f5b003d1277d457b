"""Runs the blocking OCR pipeline off the event loop, in a pool bounded to the cores.

Tesseract and OpenCV are CPU-bound; running more of them than there are cores only makes every request
slower. Requests beyond the pool's size wait their turn (in FIFO order) instead of piling up threads, and
the event loop stays free to answer /healthz and the web page meanwhile.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

T = TypeVar("T")


class OcrRunner:
    """A bounded worker pool for pipeline calls."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._limiter = anyio.CapacityLimiter(workers)

    @property
    def busy(self) -> int:
        """How many pipeline calls are running now."""
        return int(self._limiter.borrowed_tokens)

    async def run(self, func: Callable[..., T], /, *args: object, **kwargs: object) -> T:
        """Run `func(*args, **kwargs)` in a worker thread once a slot is free."""
        return await anyio.to_thread.run_sync(functools.partial(func, *args, **kwargs), limiter=self._limiter)
