"""Card text -> contact fields, one module per concern; `ocr.parse.parse_text` puts them together.

Every function here is pure (no I/O, no environment) and works on `CardLine`s from `ocr.fields.lines`.
"""
