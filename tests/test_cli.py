"""The `cardcapture` command line: scan photos into JSON, CSV and vCard."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.cli import main
from tests.test_api import CARD


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(CARD)
    (folder / "b.jpg").write_bytes(CARD)
    (folder / "notes.txt").write_text("not a card")
    return folder


def test_scan_one_photo_prints_json(photos: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(photos / "a.jpg")]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["contact"]["emails"] == ["ppatel@cobaltridge.com"]
    assert result["file"].endswith("a.jpg")


def test_scan_folder_as_csv(photos: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(photos), "--format", "csv", "--region", "us"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [Path(r["File"]).name for r in rows] == ["a.jpg", "b.jpg"]
    assert rows[0]["Email"] == "ppatel@cobaltridge.com"
    assert "+12127362000" in rows[0]["Work phone"]


def test_scan_as_vcard(photos: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(photos / "a.jpg"), "--format", "vcf"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("BEGIN:VCARD") and "ppatel@cobaltridge.com" in out


def test_scan_reports_unreadable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not an image")
    assert main(["scan", str(bad)]) == 1
    assert "not an image" in capsys.readouterr().err
