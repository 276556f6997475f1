"""Inputs of ``redline ingest``: files (as ``analyze`` reads them), article URLs, and RSS/Atom feeds.

URLs are fetched with a timeout and a size limit; HTML goes through the readers (trafilatura). A feed gives one
item per entry, its page fetched from the entry's link (or its embedded content when it has no link).
A URL that cannot be fetched becomes a ``Failed`` item and the rest go on.
"""

from __future__ import annotations

import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from redline import __version__
from redline.errors import FetchError, InputTooLargeError, RedlineError
from redline.readers import Failed, Item, Meta, read_bytes, read_paths
from redline.settings import Settings

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


@dataclass(frozen=True)
class FetchLimits:
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_entries: int = 500


@dataclass(frozen=True)
class Entry:
    """One entry of a feed."""

    link: str | None
    meta: Meta
    content: str | None


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def read_sources(sources: Iterable[str], meta: Meta, settings: Settings,
                 limits: FetchLimits | None = None) -> Iterator[Item]:
    """Every item of every source, in order: a path, ``-`` (stdin), an article URL or a feed URL."""
    limits = limits or FetchLimits()
    for source in sources:
        if is_url(source):
            yield from read_url(source, meta, settings, limits)
        else:
            yield from read_paths([source], meta, settings)


def fetch(url: str, limits: FetchLimits) -> tuple[bytes, str]:
    """The body and content type of ``url``; FetchError or InputTooLargeError when it cannot be had."""
    request = urllib.request.Request(url, headers={"User-Agent": f"redline/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=limits.timeout) as response:
            declared = int(response.headers.get("Content-Length") or 0)
            if declared > limits.max_bytes:
                raise _too_large(url, limits)
            data = response.read(limits.max_bytes + 1)
            if len(data) > limits.max_bytes:
                raise _too_large(url, limits)
            return data, str(response.headers.get("Content-Type") or "")
    except (urllib.error.URLError, TimeoutError, ValueError, OSError) as exc:
        raise FetchError(f"{url}: could not fetch ({exc}).", hint="Check the URL and the network; the other "
                                                                 "inputs were ingested.") from exc


def _too_large(url: str, limits: FetchLimits) -> InputTooLargeError:
    return InputTooLargeError(f"{url} is larger than {limits.max_bytes:,} bytes.", hint="Give a smaller page.")


def read_url(url: str, meta: Meta, settings: Settings, limits: FetchLimits) -> Iterator[Item]:
    try:
        data, content_type = fetch(url, limits)
    except RedlineError as exc:
        yield Failed(url, exc)
        return
    if is_feed(data, content_type):
        yield from read_feed(data, url, meta, settings, limits)
    else:
        page = meta.over(Meta(id=url, url=url))
        yield from read_bytes(data, _kind(data, content_type), page, settings, url)


def is_feed(data: bytes, content_type: str) -> bool:
    head = data.lstrip()[:1000].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head or "rss" in content_type or \
        "atom" in content_type


def _kind(data: bytes, content_type: str) -> str:
    if "html" in content_type or data.lstrip()[:200].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "json" if "json" in content_type else "txt"


def read_feed(data: bytes, url: str, meta: Meta, settings: Settings, limits: FetchLimits) -> Iterator[Item]:
    try:
        entries = feed_entries(data)
    except ET.ParseError as exc:
        yield Failed(url, FetchError(f"{url}: not a readable RSS/Atom feed ({exc}).", hint="Check the feed URL."))
        return
    for entry in entries[: limits.max_entries]:
        yield from _entry_items(entry, url, meta, settings, limits)


def _entry_items(entry: Entry, url: str, meta: Meta, settings: Settings, limits: FetchLimits) -> Iterator[Item]:
    entry_meta = meta.over(entry.meta)
    if entry.link is None:
        if entry.content:
            yield from read_bytes(entry.content.encode("utf-8"), "html", entry_meta, settings, url)
        return
    try:
        page, content_type = fetch(entry.link, limits)
    except RedlineError as exc:
        yield Failed(entry.link, exc)
        return
    yield from read_bytes(page, _kind(page, content_type) if content_type else "html", entry_meta, settings,
                          entry.link)


def feed_entries(data: bytes) -> list[Entry]:
    """The entries of an RSS 2.0 or Atom feed, with title, link, date and source (the feed's title)."""
    root = ET.fromstring(data)
    if root.tag == f"{ATOM}feed":
        source = _text(root.find(f"{ATOM}title"))
        return [_atom_entry(e, source) for e in root.iter(f"{ATOM}entry")]
    source = _text(root.find("channel/title"))
    return [_rss_entry(e, source) for e in root.iter("item")]


def _rss_entry(item: ET.Element, source: str | None) -> Entry:
    link = _text(item.find("link")) or _text(item.find("guid"))
    content = _text(item.find(CONTENT)) or _text(item.find("description"))
    meta = Meta(id=link, title=_text(item.find("title")), source=source, url=link,
                published=_rfc822(_text(item.find("pubDate"))), author=_text(item.find("author")))
    return Entry(link if link and is_url(link) else None, meta, content)


def _atom_entry(entry: ET.Element, source: str | None) -> Entry:
    links = [e for e in entry.findall(f"{ATOM}link") if e.get("rel", "alternate") == "alternate"]
    link = links[0].get("href") if links else None
    content = _text(entry.find(f"{ATOM}content")) or _text(entry.find(f"{ATOM}summary"))
    published = _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))
    meta = Meta(id=link or _text(entry.find(f"{ATOM}id")), title=_text(entry.find(f"{ATOM}title")), source=source,
                url=link, published=published, author=_text(entry.find(f"{ATOM}author/{ATOM}name")))
    return Entry(link if link and is_url(link) else None, meta, content)


def _text(element: ET.Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


def _rfc822(value: str | None) -> str | None:
    """An RSS date (RFC 822) as ISO; None when it cannot be read (the article keeps no date)."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None
