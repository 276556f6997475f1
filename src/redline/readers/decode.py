"""Bytes to text: UTF-8 first; UTF-16 with a BOM and Latin-1/cp1252 with a warning; binary refused."""

from __future__ import annotations

import codecs
import logging

from redline.errors import BinaryInputError, EncodingError

log = logging.getLogger(__name__)

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


def sniff_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInputError(
                f"{name} is {what}, not text.", hint="Give redline a .txt, .html, .json or .jsonl article."
            )
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or (sample and controls / len(sample) > 0.05):
        raise BinaryInputError(
            f"{name} looks like binary data, not text.",
            hint="Give redline a text article (UTF-8), or extract the text first.",
        )


def decode(data: bytes, name: str) -> str:
    """Decode an article's bytes; raise EncodingError when no supported encoding fits."""
    sniff_binary(data, name)
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        log.warning("%s is UTF-16; decoded it. Save articles as UTF-8 to silence this.", name)
        return _strict(data, "utf-16", name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _strict(data, "cp1252", name)
    log.warning("%s is not UTF-8; decoded it as Latin-1 (cp1252). Check accented names.", name)
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{name} is neither UTF-8, UTF-16 with a BOM, nor Latin-1 (bad byte at {exc.start}).",
            hint="Re-encode it as UTF-8, e.g. `iconv -f <encoding> -t UTF-8`.",
        ) from exc
