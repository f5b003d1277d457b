"""cardcapture web service: a thin FastAPI layer over the `ocr` pipeline and the card store."""
