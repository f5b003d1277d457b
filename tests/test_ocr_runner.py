"""The OCR pool's process-wide settings."""

from __future__ import annotations

import platform

import pytest

from app.ocr_runner import share_one_malloc_arena


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="a glibc setting")
def test_threads_are_asked_to_share_one_malloc_arena_on_glibc() -> None:
    assert share_one_malloc_arena() is True
