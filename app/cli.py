"""The `cardcapture` command: scan photos from the shell, serve the web app, and manage stored cards."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from .export import CSV_COLUMNS, contacts_csv  # noqa: F401 - re-exported: they lived here first

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff", ".bmp"}


def _photos(paths: Iterable[str]) -> list[Path]:
    """Expand folders into the image files they hold, sorted; keep files as given."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES))
        else:
            found.append(path)
    return found


def _scan(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ocr import CardCaptureError, probe, read_card

    from .config import get_settings
    from .schemas import ExtractionOut

    settings = get_settings()
    engine = probe(settings.tesseract_cmd)
    photos = _photos(args.photos)
    if not photos:
        print("cardcapture scan: no photos found", file=sys.stderr)
        return 2
    results: list[tuple[Path, ExtractionOut]] = []
    failures = 0
    show_progress = len(photos) > 1 and not args.quiet
    for path in tqdm(photos, unit="card", disable=not show_progress, file=sys.stderr):
        try:
            extraction = read_card(
                path.read_bytes(),
                region=args.region.upper() if args.region else None,
                default_region=settings.default_region,
                engine=engine,
                max_pixels=settings.max_pixels,
                timeout_s=settings.ocr_timeout_s,
            )
        except (OSError, CardCaptureError) as e:
            failures += 1
            detail = e.detail if isinstance(e, CardCaptureError) else str(e)
            tqdm.write(f"{path}: {detail}", file=sys.stderr)
            continue
        results.append((path, ExtractionOut.from_extraction(extraction)))
    out = sys.stdout
    if args.format == "json":
        payload = [{"file": str(p), **r.model_dump(mode="json")} for p, r in results]
        json.dump(payload[0] if len(photos) == 1 and payload else payload, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif args.format == "csv":
        out.write(contacts_csv((str(p), r.contact) for p, r in results))
    else:
        from .vcard import contact_vcard

        for _, r in results:
            out.write(contact_vcard(r.contact))
    return 1 if failures else 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    uvicorn.run("app.main:app", host=args.host, port=args.port, workers=1, log_level="info")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .config import get_settings
    from .db import init_database
    from .export import cards_csv, cards_vcf
    from .schemas import CardOut
    from .store import CardStore

    database = init_database(get_settings())
    try:
        cards = [CardOut.from_row(row) for row in CardStore(database.sessions).all()]
    finally:
        database.dispose()
    payload = cards_csv(cards) if args.format == "csv" else cards_vcf(cards)
    if args.output:
        # newline="" keeps the CRLF line ends that CSV and vCard both specify.
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            f.write(payload)
        print(f"cardcapture export: {len(cards)} cards to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(payload)
    return 0


def _db_upgrade(args: argparse.Namespace) -> int:
    from .config import get_settings
    from .db import init_database

    database = init_database(get_settings())
    print(f"database is up to date: {database.engine.url.render_as_string(hide_password=True)}")
    database.dispose()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cardcapture", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    scan = commands.add_parser("scan", help="read card photos and print the contacts")
    scan.add_argument("photos", nargs="+", help="image files or folders of them")
    scan.add_argument("--format", choices=["json", "csv", "vcf"], default="json")
    scan.add_argument("--region", help="ISO 3166 alpha-2 for numbers printed without a country code")
    scan.add_argument("--quiet", action="store_true", help="no progress bar")
    scan.set_defaults(func=_scan)

    serve = commands.add_parser("serve", help="start the web service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=_serve)

    export = commands.add_parser("export", help="write every stored card as CSV or vCards")
    export.add_argument("--format", choices=["csv", "vcf"], default="csv")
    export.add_argument("--output", "-o", help="file to write (default: standard output)")
    export.set_defaults(func=_export)

    db = commands.add_parser("db", help="manage the database")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_upgrade = db_commands.add_parser("upgrade", help="apply the migrations (the service does this too)")
    db_upgrade.set_defaults(func=_db_upgrade)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `cardcapture` console script."""
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
