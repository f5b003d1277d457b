"""The benchmark: our service vs RapidOCR (+ our parser) on generated photos and the real dev cards.

    python -m bench.run [--per-tier 50] [--seed 1] [--no-rapidocr] [--out bench/out] [--save-failures]

Ours: every photo goes through the real HTTP API in process (FastAPI TestClient, POST /api/v1/extract),
one request at a time, timed from upload to JSON. Peer: RapidOCR on the whole photo (EXIF applied, to be
fair), its boxes joined into lines, then our `ocr.parse_text`. Each engine runs in its own child process,
so its peak memory (RUSAGE_SELF, and RUSAGE_CHILDREN for the tesseract processes) is its own and not the
generator's.

Writes `results.md` (the table, also printed) and `details.jsonl` (truth vs ours vs peer per photo) to --out.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

REAL_DIR = Path("/work/shared/dev-cards")
FIELDS = ("kept", "name", "title", "company", "email", "phones", "kinds", "website", "address")
ENGINES = ("ours", "rapidocr")


# --------------------------------------------------------------------------------------------------
# Cases: what to read, and what a careful reader gets from it


@dataclasses.dataclass
class Case:
    id: str
    tier: str  # scan | photo | hard | real
    file: str  # name of the image file in the case folder
    expected: dict[str, Any]  # name, title, company, email, phones {E.164: kind}, websites, address
    judged: tuple[str, ...]  # which fields the expectation covers (the real labels have no address)
    description: str = ""
    truth: dict[str, Any] | None = None


def _ext(data: bytes) -> str:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return "jpg"


def synth_cases(per_tier: int, seed: int, folder: Path) -> list[Case]:
    from bench.synth import make_set

    cases = []
    for photo in make_set(per_tier, seed=seed):
        t = photo.truth
        case_id = f"{photo.tier}-{photo.seed}"
        file = f"{case_id}.{_ext(photo.data)}"
        (folder / file).write_bytes(photo.data)
        truth = {k: v for k, v in dataclasses.asdict(t).items() if k != "printed"}
        expected = {
            "name": t.name,
            "title": t.title,
            "company": t.company,
            "email": t.emails[0] if t.emails else None,
            "phones": dict(t.phones),
            "websites": list(t.websites),
            "address": t.address,
        }
        cases.append(Case(case_id, photo.tier, file, expected, FIELDS, photo.description, truth))
    return cases


def real_cases(folder: Path, real_dir: Path = REAL_DIR) -> list[Case]:
    labels = real_dir / "labels.jsonl"
    if not labels.is_file():
        return []
    cases = []
    for line in labels.read_text().splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        data = (real_dir / label["file"]).read_bytes()
        (folder / f"real-{label['file']}").write_bytes(data)
        phones = {**label.get("phones", {}), **label.get("phones_national_form", {})}
        expected = {
            "name": label["name"],
            "title": label["title"],
            "company": label["company"],
            "email": label["email"],
            "phones": phones,
        }
        cases.append(
            Case(
                f"real-{label['file']}",
                "real",
                f"real-{label['file']}",
                expected,
                ("kept", "name", "title", "company", "email", "phones", "kinds"),
                label.get("note") or "",
                label,
            )
        )
    return cases


# --------------------------------------------------------------------------------------------------
# Scoring


def _ws(text: str | None) -> str | None:
    return None if text is None else " ".join(text.lower().split())


def _loose(text: str | None) -> str | None:
    """Case, spacing and punctuation ignored: `Co., Ltd.` and `Co. Ltd` read the same."""
    return None if text is None else " ".join(re.sub(r"[^\w&@+]+", " ", text.lower()).split())


def _site(url: str) -> str:
    url = url.strip().lower()
    url = re.sub(r"^[a-z]+://", "", url)
    return re.sub(r"^www\.", "", url).rstrip("/")


def _tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", folded.lower())


def address_match(expected: str | None, got: str | None) -> bool:
    """At least 90% of tokens shared (multiset overlap over the longer of the two)."""
    if expected is None or got is None:
        return expected is None and got is None
    want, have = Counter(_tokens(expected)), Counter(_tokens(got))
    longest = max(sum(want.values()), sum(have.values()))
    return longest > 0 and sum((want & have).values()) / longest >= 0.9


def score(
    expected: dict[str, Any], contact: dict[str, Any] | None, judged: tuple[str, ...]
) -> dict[str, Any]:
    """Per-field correctness (True/False; `kinds` is a (right, total) pair) of one contact."""
    contact = contact or {}
    got_phones = {p["number"]: p.get("kind") for p in contact.get("phones") or []}
    want_phones = expected.get("phones") or {}
    emails = [e.lower() for e in contact.get("emails") or []]
    want_email = expected.get("email")
    s: dict[str, Any] = {
        "name": _ws(expected.get("name")) == _ws(contact.get("name")),
        "title": _loose(expected.get("title")) == _loose(contact.get("title")),
        "company": _loose(expected.get("company")) == _loose(contact.get("company")),
        "email": (emails[0] if emails else None) == (want_email.lower() if want_email else None),
        "phones": set(got_phones) == set(want_phones),
        "kinds": (sum(got_phones.get(n) == k for n, k in want_phones.items()), len(want_phones)),
        "website": {_site(w) for w in expected.get("websites") or []}
        == {_site(w) for w in contact.get("websites") or []},
        "address": address_match(expected.get("address"), contact.get("address")),
    }
    all_phones_found = set(want_phones) <= set(got_phones)
    s["kept"] = s["name"] and s["email"] and all_phones_found
    return {k: v for k, v in s.items() if k in judged}


# --------------------------------------------------------------------------------------------------
# Engines (each runs in a child process: `python -m bench.run --worker ENGINE --cases DIR`)


def _mime(file: str) -> str:
    return {"png": "image/png", "webp": "image/webp"}.get(file.rsplit(".", 1)[-1], "image/jpeg")


def _worker_ours(cases: list[dict], folder: Path, out) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from app.config import Settings
    from app.main import create_app

    # The same app factory as app.main.app, but on a throw-away data folder: the bench leaves nothing behind.
    with tempfile.TemporaryDirectory() as data_dir:
        app = create_app(Settings(data_dir=Path(data_dir)))
        with TestClient(app) as client:
            engine = getattr(app.state, "engine", None)

            def post(file: str):
                data = (folder / file).read_bytes()
                return client.post("/api/v1/extract", files={"image": (file, data, _mime(file))})

            if cases:
                post(cases[0]["file"])  # warm-up (imports, first-call costs), not counted
            for case in cases:
                t0 = time.perf_counter()
                response = post(case["file"])
                seconds = time.perf_counter() - t0
                body = response.json() if response.headers.get("content-type", "").endswith("json") else {}
                ok = response.status_code == 200
                out.write(
                    json.dumps(
                        {
                            "id": case["id"],
                            "seconds": seconds,
                            "status": response.status_code,
                            "contact": body.get("contact") if ok else None,
                            "confidence": body.get("confidence") if ok else None,
                            "warnings": body.get("warnings") if ok else None,
                            "timings_ms": body.get("timings_ms") if ok else None,
                            "text": body.get("text") if ok else None,
                            "error": None if ok else body,
                        }
                    )
                    + "\n"
                )
                out.flush()
        return {"engine_version": getattr(engine, "version", None)}


def join_boxes(result: list) -> str:
    """RapidOCR boxes -> text: boxes that overlap vertically by half form a line, read left to right."""
    boxes = []
    for quad, text, _conf in result or []:
        ys, xs = [p[1] for p in quad], [p[0] for p in quad]
        boxes.append((min(ys), max(ys), min(xs), text))
    boxes.sort(key=lambda b: (b[0] + b[1]) / 2)
    lines: list[list] = []  # [top, bottom, [(x, text)]]
    for top, bottom, x, text in boxes:
        for line in lines:
            overlap = min(bottom, line[1]) - max(top, line[0])
            if overlap >= 0.5 * min(bottom - top, line[1] - line[0]):
                line[0], line[1] = min(top, line[0]), max(bottom, line[1])
                line[2].append((x, text))
                break
        else:
            lines.append([top, bottom, [(x, text)]])
    return "\n".join(" ".join(t for _, t in sorted(line[2])) for line in lines)


def _worker_rapidocr(cases: list[dict], folder: Path, out) -> dict[str, Any]:
    import numpy as np
    from PIL import Image, ImageOps
    from rapidocr_onnxruntime import RapidOCR

    from ocr import parse_text

    engine = RapidOCR()

    def read(file: str) -> tuple[str, dict]:
        image = ImageOps.exif_transpose(Image.open(io.BytesIO((folder / file).read_bytes()))).convert("RGB")
        result, _ = engine(np.asarray(image)[:, :, ::-1])  # RapidOCR wants BGR, like cv2.imread
        text = join_boxes(result)
        contact = dataclasses.asdict(parse_text(text).contact)
        return text, contact

    if cases:
        read(cases[0]["file"])  # warm-up: ONNX sessions build lazily
    for case in cases:
        t0 = time.perf_counter()
        try:
            text, contact = read(case["file"])
            error = None
        except Exception as e:  # one bad photo must not end the run; it is reported in the details
            text, contact, error = "", None, f"{type(e).__name__}: {e}"
        seconds = time.perf_counter() - t0
        out.write(
            json.dumps(
                {"id": case["id"], "seconds": seconds, "contact": contact, "text": text, "error": error}
            )
            + "\n"
        )
        out.flush()
    import rapidocr_onnxruntime

    return {"engine_version": getattr(rapidocr_onnxruntime, "__version__", "1.4.4")}


class _ChildPeak(threading.Thread):
    """Samples the peak RSS (VmHWM) of this process's children every 20 ms.

    RUSAGE_CHILDREN alone overstates a tesseract run: Linux counts a forked child's copy of the parent's
    pages before exec. VmHWM belongs to the process image after exec, so it is tesseract's own.
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self._stop_event = threading.Event()

    def _children(self) -> list[str]:
        me, pids = str(os.getpid()), []
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    stat = Path(entry.path, "stat").read_text()
                except OSError:
                    continue
                if stat.rsplit(")", 1)[-1].split()[1] == me:
                    pids.append(entry.name)
        return pids

    def run(self) -> None:
        while not self._stop_event.wait(0.02):
            for pid in self._children():
                try:
                    status = Path("/proc", pid, "status").read_text()
                except OSError:
                    continue
                if "tesseract" not in status.split("\n", 1)[0]:
                    continue
                match = re.search(r"VmHWM:\s+(\d+)", status)
                if match:
                    self.peak_kb = max(self.peak_kb, int(match.group(1)))

    def stop(self) -> float | None:
        self._stop_event.set()
        self.join()
        return self.peak_kb / 1024 if self.peak_kb else None


def worker(engine: str, folder: Path) -> None:
    """Child-process entry: read cases.json, write results-ENGINE.jsonl and usage-ENGINE.json."""
    cases = json.loads((folder / "cases.json").read_text())
    sampler = _ChildPeak() if engine == "ours" and Path("/proc/self/status").exists() else None
    if sampler:
        sampler.start()
    with open(folder / f"results-{engine}.jsonl", "w") as out:
        info = (_worker_ours if engine == "ours" else _worker_rapidocr)(cases, folder, out)
    usage = {
        "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "maxrss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "tesseract_peak_mb": sampler.stop() if sampler else None,
        **info,
    }
    (folder / f"usage-{engine}.json").write_text(json.dumps(usage))


def run_engine(engine: str, folder: Path, n: int) -> tuple[dict[str, dict], dict[str, Any]]:
    print(f"running {engine} on {n} photos ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.run", "--worker", engine, "--cases", str(folder)], check=False
    )
    results = {}
    path = folder / f"results-{engine}.jsonl"
    if path.exists():
        for line in path.read_text().splitlines():
            row = json.loads(line)
            results[row["id"]] = row
    usage_path = folder / f"usage-{engine}.json"
    usage = json.loads(usage_path.read_text()) if usage_path.exists() else {}
    usage["exit_code"] = proc.returncode
    usage["wall_s"] = time.perf_counter() - t0
    print(
        f"{engine}: {len(results)}/{n} done in {usage['wall_s']:.0f} s (exit {proc.returncode})",
        file=sys.stderr,
        flush=True,
    )
    return results, usage


# --------------------------------------------------------------------------------------------------
# Report


def _pct(values: list[bool]) -> str:
    return f"{100 * sum(values) / len(values):.0f}%" if values else "–"


def _quantile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def summarise(cases: list[Case], scores: dict[str, dict[str, dict]], results: dict[str, dict[str, dict]]):
    """{tier: {engine: {field: cell text}}} plus the stage medians of ours per tier."""
    tiers = [t for t in ("scan", "photo", "hard", "real") if any(c.tier == t for c in cases)]
    table: dict[str, dict[str, dict[str, str]]] = {}
    stages: dict[str, dict[str, float]] = {}
    for tier in tiers:
        tier_cases = [c for c in cases if c.tier == tier]
        table[tier] = {}
        for engine in scores:
            row: dict[str, str] = {"n": str(len(tier_cases))}
            per = [scores[engine][c.id] for c in tier_cases if c.id in scores[engine]]
            for f in FIELDS:
                vals = [s[f] for s in per if f in s]
                if f == "kinds":
                    right, total = sum(v[0] for v in vals), sum(v[1] for v in vals)
                    row[f] = f"{100 * right / total:.0f}%" if total else "–"
                else:
                    row[f] = _pct(vals)
            secs = [results[engine][c.id]["seconds"] for c in tier_cases if c.id in results[engine]]
            for q, label in ((0.5, "p50 s"), (0.9, "p90 s")):
                v = _quantile(secs, q)
                row[label] = f"{v:.2f}" if v is not None else "–"
            errors = sum(
                1
                for c in tier_cases
                if results[engine].get(c.id, {}).get("error") or c.id not in results[engine]
            )
            row["errors"] = str(errors)
            table[tier][engine] = row
        timings = [
            results["ours"][c.id].get("timings_ms") or {}
            for c in tier_cases
            if c.id in results.get("ours", {})
        ]
        keys = sorted({k for t in timings for k in t}, key=_stage_order)
        stages[tier] = {k: statistics.median(t[k] for t in timings if k in t) for k in keys}
    return table, stages


def _stage_order(stage: str) -> tuple[int, str]:
    """Pipeline order for the known stages, then any others alphabetically."""
    order = ("decode", "orient", "locate", "clean", "ocr", "parse")
    return (order.index(stage) if stage in order else len(order), stage)


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.platform()}, {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def render(table, stages, usage: dict[str, dict], meta: dict[str, Any]) -> str:
    engines = list(next(iter(table.values())).keys()) if table else ["ours"]
    head = " / ".join("ours" if e == "ours" else "RapidOCR+parse_text" for e in engines)
    cols = ["n", *FIELDS, "p50 s", "p90 s", "errors"]
    out = [
        f"# cardcapture benchmark ({meta['date']})",
        "",
        f"Cells are {head}. `kept` = name + first email + every printed phone (E.164) right. "
        "Field columns are the share of photos with that field right (a field absent from the card is "
        "right when the output is empty too); `kinds` is per phone. Times are seconds per photo, end to end "
        "(ours: HTTP upload to JSON; peer: decode + OCR + parse), one at a time.",
        "",
        "| tier | " + " | ".join(cols) + " |",
        "|" + "---|" * (len(cols) + 1),
    ]
    for tier, by_engine in table.items():
        cells = []
        for col in cols:
            values = [by_engine[e].get(col, "–") for e in engines]
            cells.append(values[0] if col == "n" else " / ".join(values))
        out.append(f"| {tier} | " + " | ".join(cells) + " |")
    if any(stages.values()):
        keys = sorted({k for s in stages.values() for k in s}, key=_stage_order)
        out += [
            "",
            "Ours, median of each stage in `timings_ms` (ms):",
            "",
            "| tier | " + " | ".join(keys) + " |",
            "|" + "---|" * (len(keys) + 1),
        ]
        for tier, s in stages.items():
            out.append(f"| {tier} | " + " | ".join(f"{s[k]:.0f}" if k in s else "–" for k in keys) + " |")
    out.append("")
    for engine, u in usage.items():
        line = f"- {engine}: peak RSS {u.get('maxrss_self_mb', float('nan')):.0f} MB (RUSAGE_SELF)"
        if engine == "ours":
            line += (
                f"; children {u.get('maxrss_children_mb', float('nan')):.0f} MB (RUSAGE_CHILDREN: an upper "
                "bound, a forked child counts its parent's pages until exec); tesseract's own peak "
                f"{u.get('tesseract_peak_mb') or float('nan'):.0f} MB (VmHWM, sampled)"
            )
        line += f"; {u.get('wall_s', 0):.0f} s for the whole run"
        if u.get("engine_version"):
            line += f"; engine {u['engine_version']}"
        if u.get("exit_code"):
            line += f"; EXIT CODE {u['exit_code']}"
        out.append(line)
    out += [
        f"- generator: {meta['n_synth']} photos in {meta['gen_s']:.1f} s (`bench.synth.make_set`, seed "
        f"{meta['seed']})",
        f"- machine: {meta['machine']}; Tesseract {meta['tesseract']}",
        "",
    ]
    return "\n".join(out)


MEGAPIXELS = re.compile(r"\((\d+(?:\.\d+)?) MP\)")
CONFIDENCE_FIELDS = {
    "name": "name",
    "title": "title",
    "company": "company",
    "email": "emails",
    "phones": "phones",
}


def extra_sections(
    cases: list[Case], scores: dict[str, dict[str, dict]], results: dict[str, dict[str, dict]]
) -> str:
    """The 12 MP timing the speed target is about, and whether ours' confidence means something."""
    out: list[str] = []
    big = [c.id for c in cases if (m := MEGAPIXELS.search(c.description)) and float(m.group(1)) >= 11.5]
    if big:
        cells = []
        for engine in results:
            secs = [results[engine][i]["seconds"] for i in big if i in results[engine]]
            if secs:
                cells.append(f"{engine} p50 {statistics.median(secs):.2f} s")
        ratio = ""
        if len(results) == 2 and all(big[0] in r for r in results.values()):
            ours, peer = (
                statistics.median(results[e][i]["seconds"] for i in big if i in results[e]) for e in results
            )
            ratio = f" (ours / peer = {ours / peer:.2f})"
        out += ["", f"12 MP JPEG photos (n={len(big)}), upload to JSON: " + ", ".join(cells) + ratio]
    rows = []
    for field, key in CONFIDENCE_FIELDS.items():
        right, wrong = [], []
        for c in cases:
            row, verdict = results.get("ours", {}).get(c.id) or {}, scores.get("ours", {}).get(c.id, {})
            present = c.expected.get(field) not in (None, {}, [])
            if field in verdict and present and row.get("confidence"):
                (right if verdict[field] else wrong).append(row["confidence"].get(key, 0.0))
        if right or wrong:
            rows.append(
                f"| {field} | {len(right)} | {statistics.mean(right) if right else float('nan'):.2f} | "
                f"{len(wrong)} | {statistics.mean(wrong) if wrong else float('nan'):.2f} | "
                f"{sum(v < 0.6 for v in wrong)} of {len(wrong)} |"
            )
    if rows:
        out += [
            "",
            "Ours, per-field confidence where the card has the field (does low confidence flag a miss?):",
            "",
            "| field | right | mean confidence | wrong | mean confidence | wrong ones under 0.6 |",
            "|---|---|---|---|---|---|",
            *rows,
        ]
    return "\n".join(out) + "\n"


def _tesseract_version() -> str:
    try:
        from ocr import probe

        return str(probe(None).version)
    except Exception:  # the report still helps without it
        try:
            first = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, check=False)
            return (first.stdout or first.stderr).splitlines()[0]
        except (OSError, IndexError):
            return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-tier", type=int, default=50, help="generated photos per tier (default 50)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-rapidocr", action="store_true", help="skip the peer")
    parser.add_argument("--no-real", action="store_true", help="skip the real photos in " + str(REAL_DIR))
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument(
        "--save-failures", action="store_true", help="copy photos ours did not keep to OUT/failures"
    )
    parser.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--cases", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker, args.cases)
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cardcapture-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        cases = synth_cases(args.per_tier, args.seed, folder)
        gen_s = time.perf_counter() - t0
        n_synth = len(cases)
        print(f"generated {n_synth} photos in {gen_s:.1f} s", file=sys.stderr, flush=True)
        if not args.no_real:
            cases += real_cases(folder)
        (folder / "cases.json").write_text(json.dumps([{"id": c.id, "file": c.file} for c in cases]))

        engines = ["ours"] + ([] if args.no_rapidocr else ["rapidocr"])
        results, usage, scores = {}, {}, {}
        for engine in engines:
            results[engine], usage[engine] = run_engine(engine, folder, len(cases))
            scores[engine] = {
                c.id: score(c.expected, results[engine].get(c.id, {}).get("contact"), c.judged) for c in cases
            }

        if args.save_failures:
            failures = args.out / "failures"
            failures.mkdir(exist_ok=True)
            for c in cases:
                if not scores["ours"][c.id].get("kept"):
                    (failures / c.file).write_bytes((folder / c.file).read_bytes())

    with open(args.out / "details.jsonl", "w") as f:
        for c in cases:
            row = {
                "id": c.id,
                "tier": c.tier,
                "description": c.description,
                "expected": c.expected,
                "truth": c.truth,
            }
            for engine in engines:
                row[engine] = {
                    **results[engine].get(c.id, {"error": "no result"}),
                    "score": scores[engine][c.id],
                }
            f.write(json.dumps(row, ensure_ascii=False, default=list) + "\n")

    table, stages = summarise(cases, scores, results)
    meta = {
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": _machine(),
        "tesseract": usage.get("ours", {}).get("engine_version") or _tesseract_version(),
        "gen_s": gen_s,
        "n_synth": n_synth,
        "seed": args.seed,
    }
    report = render(table, stages, usage, meta) + extra_sections(cases, scores, results)
    (args.out / "results.md").write_text(report)
    print(report)
    return 0 if all(u.get("exit_code") == 0 for u in usage.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
