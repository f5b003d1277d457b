"""The mobile web app without a browser: pages render, security headers, manifest, static files and icons."""

from __future__ import annotations

import io
import json
import re

import pytest
from fastapi.testclient import TestClient
from PIL import Image

PAGES = ["/", "/contacts", "/cards/some-card-id"]


@pytest.mark.parametrize("path", PAGES)
def test_page_renders_the_shell(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<html lang="en">' in html
    assert 'name="viewport"' in html
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert re.search(r'<script type="module" src="/static/app\.js\?v=\w+"></script>', html)
    # The camera button: a labelled file input that asks for the back camera.
    assert 'type="file" accept="image/*" capture="environment"' in html
    assert '<label class="btn btn-primary btn-huge" for="camera-input">' in html


@pytest.mark.parametrize("path", PAGES)
def test_page_security_headers(client: TestClient, path: str) -> None:
    h = client.get(path).headers
    csp = h["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "same-origin"
    assert h["x-frame-options"] == "DENY"


def test_page_has_no_inline_script_or_style(client: TestClient) -> None:
    html = client.get("/").text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline <script> would be blocked by the CSP"
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html), "inline event handlers would be blocked by the CSP"


def test_every_input_has_a_label(client: TestClient) -> None:
    html = client.get("/").text
    labelled = set(re.findall(r'<label[^>]*\bfor="([^"]+)"', html))
    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", html):
        if 'type="hidden"' in tag:
            continue
        m = re.search(r'\bid="([^"]+)"', tag)
        # Inputs inside <template> rows get their id and label from app.js (see renumber()).
        if m is None:
            continue
        assert m.group(1) in labelled or "aria-label" in tag, tag


def test_nosniff_everywhere_but_csp_only_on_pages(client: TestClient) -> None:
    r = client.get("/healthz")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in r.headers
    r = client.get("/api/v1/does-not-exist")
    assert r.status_code == 404
    assert r.headers["x-content-type-options"] == "nosniff"


def test_docs_stay_usable_but_unframeable(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    assert r.headers["content-security-policy"] == "frame-ancestors 'none'"


def test_manifest(client: TestClient) -> None:
    r = client.get("/manifest.webmanifest")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/manifest+json")
    assert r.headers["x-content-type-options"] == "nosniff"
    manifest = json.loads(r.text)
    assert manifest["start_url"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["name"] and manifest["short_name"]
    sizes = {}
    for icon in manifest["icons"]:
        got = client.get(icon["src"])
        assert got.status_code == 200, icon["src"]
        assert got.headers["content-type"].startswith(icon["type"])
        sizes[icon["sizes"]] = got.content
    for size in (192, 512):
        with Image.open(io.BytesIO(sizes[f"{size}x{size}"])) as im:
            assert im.format == "PNG"
            assert im.size == (size, size)
    assert "any" in sizes  # the SVG


@pytest.mark.parametrize(
    ("path", "media_type"),
    [
        ("/static/app.js", "text/javascript"),
        ("/static/app.css", "text/css"),
        ("/static/icons/icon.svg", "image/svg+xml"),
        ("/static/icons/icon-192.png", "image/png"),
        ("/static/icons/apple-touch-icon.png", "image/png"),
        ("/favicon.ico", "image/png"),
    ],
)
def test_static_files_served_with_their_type(client: TestClient, path: str, media_type: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == media_type
    assert r.headers["x-content-type-options"] == "nosniff"


def test_static_urls_in_the_page_resolve(client: TestClient) -> None:
    html = client.get("/").text
    for url in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
        assert client.get(url).status_code == 200, url


def test_no_third_party_assets(client: TestClient) -> None:
    # Must work on a laptop on a local network with no internet.
    html = client.get("/").text
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    css = client.get("/static/app.css").text
    assert "url(http" not in css and "@import" not in css


def test_head_of_the_page_answers_like_get(client) -> None:
    # Uptime checkers and link previews probe with HEAD.
    response = client.head("/")
    assert response.status_code == 200
    assert response.headers["content-security-policy"]
