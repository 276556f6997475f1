"""From decoded text and metadata to a checked :class:`Article`."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from redline.errors import EmptyInputError, InputTooLargeError, InvalidMetadataError
from redline.models import Article
from redline.readers.footer import strip_footer
from redline.readers.language import check_english
from redline.settings import Settings


@dataclass(frozen=True)
class Meta:
    """Metadata known about an article before it is read (from arguments, a sidecar, or a JSON line)."""

    id: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    license: str | None = None
    author: str | None = None
    via: str | None = None

    def over(self, base: Meta) -> Meta:
        """This metadata with gaps filled from ``base``."""
        filled = {k: v if v is not None else getattr(base, k) for k, v in self.__dict__.items()}
        return replace(self, **filled)


def normalize_date(value: str | None, name: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from an ISO date or datetime; raise InvalidMetadataError otherwise."""
    if value is None or not str(value).strip():
        return None
    raw = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return date.fromisoformat(raw).isoformat()
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()
    except ValueError as exc:
        raise InvalidMetadataError(
            f"{name}: published date {raw!r} is not an ISO date.", hint="Use YYYY-MM-DD, e.g. 2018-09-24."
        ) from exc


#: Control characters other than tab and line breaks: left over from old feeds and conversions (NUL, SUB …);
#: no database text column takes NUL, and none of them is text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """Text with Windows line ends and form feeds as line breaks and other control characters removed."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\f", "\n"))


def content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def make_article(text: str, meta: Meta, settings: Settings, name: str) -> Article:
    """Check the text (empty, size, language), cut a credit footer, and build the Article."""
    if not text.strip():
        raise EmptyInputError(f"{name} is empty.", hint="Give an article with text.")
    size = len(text.encode("utf-8"))
    if size > settings.max_bytes:
        raise InputTooLargeError(
            f"{name} has {size:,} bytes of text; the limit is {settings.max_bytes:,}.",
            hint="Split it into articles, or raise REDLINE_MAX_BYTES.",
        )
    body, footer = strip_footer(clean(text))
    if not body.strip():
        raise EmptyInputError(f"{name} has only a credit line, no article text.", hint="Give the article text.")
    if not settings.skip_language_check:
        check_english(body, name)
    return Article(
        id=meta.id or content_id(body),
        title=clean(meta.title) if meta.title else meta.title,
        source=meta.source or (footer.source if footer else None),
        published=normalize_date(meta.published, name),
        url=meta.url,
        license=meta.license or (footer.license if footer else None),
        text=body,
        author=meta.author,
        via=meta.via,
        credit=footer.text if footer else None,
    )
