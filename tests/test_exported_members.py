"""Keep `ocr.__all__` honest, as httpx does: everything public is listed, and everything listed exists."""

import ocr


def test_all_names_exist() -> None:
    for name in ocr.__all__:
        assert hasattr(ocr, name), name


def test_public_members_are_exported() -> None:
    public = {name for name in dir(ocr) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(ocr, name)).__name__ == "module"}
    assert public - modules == set(ocr.__all__)
