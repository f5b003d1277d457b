"""The HTTP surface of issue 2: /extract, /parse, /healthz, /readyz, and their problem+json errors."""

from __future__ import annotations

import io
import threading
import time

import pytest
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw, ImageFont

from app.config import Settings
from app.main import create_app

PROBLEM = "application/problem+json"


def card_jpeg(lines: list[str], *, size: int = 44) -> bytes:
    """A flat white card with dark text, as a phone would save a tight crop."""
    image = Image.new("RGB", (1400, 160 + len(lines) * int(size * 1.6)), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=size)
    for i, line in enumerate(lines):
        draw.text((80, 80 + i * int(size * 1.6)), line, fill=(20, 20, 30), font=font)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


CARD = card_jpeg(
    [
        "Priya Patel",
        "VP of Talent Acquisition",
        "Cobalt Ridge Capital",
        "ppatel@cobaltridge.com",
        "T (212) 736-2000",
        "M (917) 555-0143",
    ]
)


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"]
    assert "Traceback" not in response.text
    return body


def test_extract_reads_a_card(client: TestClient) -> None:
    response = client.post("/api/v1/extract", files={"image": ("card.jpg", CARD, "image/jpeg")})
    assert response.status_code == 200, response.text
    body = response.json()
    contact = body["contact"]
    assert contact["emails"] == ["ppatel@cobaltridge.com"]
    assert "+12127362000" in [p["number"] for p in contact["phones"]]
    assert contact["name"] == "Priya Patel"
    assert set(body["confidence"]) >= {"name", "title", "company", "emails", "phones"}
    assert all(0.0 <= v <= 1.0 for v in body["confidence"].values())
    assert "ppatel@cobaltridge.com" in body["text"]
    assert body["lines"] and len(body["lines"][0]["box"]) == 4
    assert set(body["timings_ms"]) >= {"decode", "locate", "clean", "ocr", "parse"}


def test_extract_with_region_and_back(client: TestClient) -> None:
    back = card_jpeg(["Tel 030 1234567"])
    response = client.post(
        "/api/v1/extract",
        files={"image": ("card.jpg", CARD, "image/jpeg"), "back": ("back.jpg", back, "image/jpeg")},
        data={"region": "de"},
    )
    assert response.status_code == 200, response.text
    assert "Tel 030 1234567" in response.json()["text"]


def test_parse_text(client: TestClient) -> None:
    text = (
        "Priya Patel\nVP of Talent Acquisition\nCobalt Ridge Capital\nppatel @ cobaltridge.com\n"
        "T (212) 736-2000"
    )
    response = client.post("/api/v1/parse", json={"text": text, "region": None})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["contact"]["emails"] == ["ppatel@cobaltridge.com"]
    assert body["contact"]["phones"][0]["number"] == "+12127362000"
    assert body["contact"]["phones"][0]["kind"] == "work"
    assert isinstance(body["warnings"], list)


@pytest.mark.parametrize(
    ("files", "status"),
    [
        ({"image": ("notes.txt", b"hello, not an image", "text/plain")}, 415),
        ({"image": ("card.jpg", b"hello, not an image", "image/jpeg")}, 415),
        ({"image": ("card.jpg", CARD[: len(CARD) // 3], "image/jpeg")}, 422),
        ({"image": ("card.jpg", b"", "image/jpeg")}, 415),
    ],
    ids=["text-file", "text-as-jpeg", "truncated-jpeg", "empty"],
)
def test_extract_refuses_bad_uploads(client: TestClient, files: dict, status: int) -> None:
    assert_problem(client.post("/api/v1/extract", files=files), status)


def test_extract_without_image_is_a_validation_problem(client: TestClient) -> None:
    body = assert_problem(client.post("/api/v1/extract", data={"region": "US"}), 422)
    assert any("image" in err["loc"] for err in body["errors"])


def test_unknown_region_is_refused(client: TestClient) -> None:
    response = client.post(
        "/api/v1/extract", files={"image": ("c.jpg", CARD, "image/jpeg")}, data={"region": "XX"}
    )
    assert_problem(response, 422)
    assert_problem(client.post("/api/v1/parse", json={"text": "x", "region": "USA"}), 422)


def test_too_many_bytes_and_pixels(tmp_path) -> None:
    small = Settings(data_dir=tmp_path, max_upload_bytes=10_000, max_pixels=100_000)
    with TestClient(create_app(small)) as client:
        assert_problem(client.post("/api/v1/extract", files={"image": ("c.jpg", CARD, "image/jpeg")}), 413)
        tiny_bytes_big_pixels = io.BytesIO()
        Image.new("L", (1000, 1000), 255).save(tiny_bytes_big_pixels, "PNG")
        response = client.post(
            "/api/v1/extract", files={"image": ("c.png", tiny_bytes_big_pixels.getvalue(), "image/png")}
        )
        assert_problem(response, 413)


def test_ocr_timeout_is_a_503_problem(tmp_path) -> None:
    impatient = Settings(data_dir=tmp_path, ocr_timeout_s=0.001)
    with TestClient(create_app(impatient)) as client:
        response = client.post("/api/v1/extract", files={"image": ("c.jpg", CARD, "image/jpeg")})
        body = assert_problem(response, 503)
        assert "Tesseract" in body["detail"]
        assert client.get("/healthz").status_code == 200


def test_missing_tesseract_is_a_clear_503(tmp_path) -> None:
    broken = Settings(data_dir=tmp_path, tesseract_cmd=str(tmp_path / "no-such-tesseract"))
    with TestClient(create_app(broken)) as client:
        assert client.get("/healthz").status_code == 200
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["checks"]["tesseract"]["ok"] is False
        assert_problem(client.post("/api/v1/extract", files={"image": ("c.jpg", CARD, "image/jpeg")}), 503)
        # Text parsing needs no OCR engine and keeps working.
        assert client.post("/api/v1/parse", json={"text": "a@b.com"}).status_code == 200


def test_readyz_when_ready(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200, response.text
    assert response.json()["checks"]["tesseract"]["ok"] is True


def test_healthz_answers_while_ocr_is_busy(tmp_path) -> None:
    one_worker = Settings(data_dir=tmp_path, ocr_workers=1)
    with TestClient(create_app(one_worker)) as client:
        results: list[int] = []

        def upload() -> None:
            results.append(
                client.post("/api/v1/extract", files={"image": ("c.jpg", CARD, "image/jpeg")}).status_code
            )

        workers = [threading.Thread(target=upload) for _ in range(3)]
        for worker in workers:
            worker.start()
        time.sleep(0.2)  # let the uploads occupy the single OCR slot
        health = client.get("/healthz")
        assert health.status_code == 200
        for worker in workers:
            worker.join()
        assert results == [200, 200, 200]


def test_unknown_route_is_a_problem(client: TestClient) -> None:
    assert_problem(client.get("/api/v1/nope"), 404)
