"""Readers turn files, stdin and strings into Articles; a bad item becomes ``Failed`` and the rest go on."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from redline.errors import InputNotFoundError, RedlineError
from redline.readers.article import Meta, make_article, normalize_date
from redline.readers.formats import (
    Failed,
    Item,
    check_raw_size,
    html_item,
    json_items,
    jsonl_items,
    sidecar_meta,
    text_item,
)
from redline.settings import Settings

__all__ = ["Failed", "Item", "Meta", "make_article", "normalize_date", "read_bytes", "read_paths"]


def read_paths(paths: Iterable[str], meta: Meta, settings: Settings) -> Iterator[Item]:
    """Every item of every path, in order. ``-`` reads stdin."""
    for name in paths:
        yield from read_path(name, meta, settings)


def read_path(name: str, meta: Meta, settings: Settings) -> Iterator[Item]:
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            yield from read_bytes(data, _sniff_kind(data), meta, settings, "<stdin>")
            return
        path = Path(name)
        if not path.is_file():
            raise InputNotFoundError(f"{name}: no such file.", hint="Check the path.")
        check_raw_size(path.stat().st_size, settings, name)
        file_meta = meta.over(sidecar_meta(path)).over(Meta(id=path.stem))
        yield from read_bytes(path.read_bytes(), _kind(path), file_meta, settings, name)
    except RedlineError as exc:
        yield Failed(Path(name).stem if name != "-" else "stdin", exc)


def read_bytes(data: bytes, kind: str, meta: Meta, settings: Settings, name: str) -> Iterator[Item]:
    """Items from raw bytes of a given kind: ``txt``, ``html``, ``json`` or ``jsonl``."""
    try:
        check_raw_size(len(data), settings, name)
        if kind == "jsonl":
            yield from jsonl_items(data, meta, settings, name)
        elif kind == "json":
            yield from json_items(data, meta, settings, name)
        elif kind == "html":
            yield html_item(data, meta, settings, name)
        else:
            yield text_item(data, meta, settings, name)
    except RedlineError as exc:
        yield Failed(meta.id or name, exc)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    if suffix in {".json", ".jsonl", ".ndjson"}:
        return "jsonl" if suffix != ".json" else "json"
    return "txt"


def _sniff_kind(data: bytes) -> str:
    head = data.lstrip()[:200].lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl" if data.strip().count(b"\n") else "json"
    if head.startswith(b"["):
        return "json"
    return "txt"
