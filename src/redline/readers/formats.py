"""The readers: .txt, .html, .json, .jsonl and stdin, each yielding Articles or Failed items."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redline.errors import (
    InputTooLargeError,
    MalformedHTMLError,
    MalformedJSONError,
    RedlineError,
)
from redline.models import Article
from redline.readers.article import Meta, make_article
from redline.readers.decode import decode
from redline.settings import Settings

#: Raw input larger than this many times the text limit is refused before reading it all (HTML is verbose).
RAW_FACTOR = 8
#: Extracted HTML text with fewer words than this is an index page or a broken document, not an article.
MIN_HTML_WORDS = 8
JSON_FIELDS = ("id", "title", "source", "published", "url", "license", "author")


@dataclass(frozen=True)
class Failed:
    """An input item that could not become an Article, and why."""

    id: str
    error: RedlineError


Item = Article | Failed


def check_raw_size(size: int, settings: Settings, name: str) -> None:
    if size > settings.max_bytes * RAW_FACTOR:
        raise InputTooLargeError(
            f"{name} is {size:,} bytes; the limit is {settings.max_bytes * RAW_FACTOR:,} raw.",
            hint="Split it, or raise REDLINE_MAX_BYTES.",
        )


def text_item(data: bytes, meta: Meta, settings: Settings, name: str) -> Article:
    return make_article(decode(data, name), meta, settings, name)


def html_item(data: bytes, meta: Meta, settings: Settings, name: str) -> Article:
    import trafilatura

    html = decode(data, name)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:
        raise MalformedHTMLError(f"{name}: the HTML could not be parsed ({exc}).", hint="Check the file.") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(str(text).split()) < MIN_HTML_WORDS:
        raise MalformedHTMLError(
            f"{name}: no article text was found in the HTML.",
            hint="Give the article page itself (not an index page), or its plain text as .txt.",
        )
    found = Meta(
        title=getattr(doc, "title", None),
        published=getattr(doc, "date", None),
        author=getattr(doc, "author", None),
        source=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None),
        license=getattr(doc, "license", None),
    )
    return make_article(str(text), meta.over(found), settings, name)


def json_item(obj: Any, meta: Meta, settings: Settings, name: str) -> Article:
    if not isinstance(obj, dict):
        raise MalformedJSONError(f"{name}: expected a JSON object, got {type(obj).__name__}.",
                                 hint=f"Give objects with fields text, {', '.join(JSON_FIELDS)}.")
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedJSONError(f"{name}: the object has no string field 'text'.",
                                 hint="Each article needs its text in a 'text' field.")
    found = Meta(**{k: None if obj.get(k) is None else str(obj[k]) for k in JSON_FIELDS})
    return make_article(text, found.over(meta), settings, name)


def jsonl_items(data: bytes, meta: Meta, settings: Settings, name: str) -> Iterator[Item]:
    """One item per non-blank line, in order; a bad line becomes a Failed item and the rest go on."""
    for number, line in enumerate(decode(data, name).splitlines(), start=1):
        if not line.strip():
            continue
        label = f"{name}:{number}"
        try:
            yield json_item(json.loads(line), Meta(id=label).over(meta), settings, label)
        except json.JSONDecodeError as exc:
            yield Failed(label, MalformedJSONError(f"{label}: not valid JSON ({exc.msg} at column {exc.colno}).",
                                                   hint="Fix or remove that line; the other lines were read."))
        except RedlineError as exc:
            yield Failed(label, exc)


def json_items(data: bytes, meta: Meta, settings: Settings, name: str) -> Iterator[Item]:
    try:
        obj = json.loads(decode(data, name))
    except json.JSONDecodeError as exc:
        raise MalformedJSONError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno}).",
                                 hint="Fix the file; for one article per line use .jsonl.") from exc
    objs = obj if isinstance(obj, list) else [obj]
    for index, item in enumerate(objs, start=1):
        label = name if len(objs) == 1 else f"{name}[{index}]"
        try:
            yield json_item(item, meta if len(objs) == 1 else Meta(id=label).over(meta), settings, label)
        except RedlineError as exc:
            yield Failed(label, exc)


def sidecar_meta(path: Path) -> Meta:
    """Metadata from ``NAME.meta.json`` beside ``NAME.txt``/``NAME.html``, when present."""
    side = path.with_name(path.stem + ".meta.json")
    if not side.is_file():
        return Meta()
    try:
        obj = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise MalformedJSONError(f"{side}: not valid JSON ({exc}).", hint="Fix or remove the sidecar.") from exc
    return Meta(**{k: None if obj.get(k) is None else str(obj[k]) for k in (*JSON_FIELDS, "via")})
