"""Ingest article URLs and RSS/Atom feeds from a local HTTP server (127.0.0.1 only), with timeouts and limits."""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import fixture_text
from redline.cli.main import cli
from redline.errors import FetchError, InputTooLargeError
from redline.models import Article
from redline.pipeline import Pipeline
from redline.readers import Failed, Meta
from redline.settings import Settings
from redline.store import Filters, Store, ingest_items
from redline.store.fetch import FetchLimits, feed_entries, fetch, read_sources
from redline.store.kinds import run


def page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article><footer>Contact us</footer></body></html>"
            ).encode()


def rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><pubDate>{date}</pubDate></item>"
        for title, path, date in [("Border pullback agreed", "/talks.html", "Mon, 10 Feb 2025 09:00:00 GMT"),
                                  ("Convoy reaches Marib", "/convoy.html", "Wed, 22 Jan 2025 12:30:00 +0000"),
                                  ("Gone", "/missing.html", "Thu, 23 Jan 2025 08:00:00 GMT")])
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>{items}</channel></rss>'
            ).encode()


def atom(base: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test Atom'
            f'</title><entry><title>Guards trade fire</title><link href="{base}/shooting.html"/><id>tag:1</id>'
            f'<published>2025-02-13T18:00:00Z</published></entry></feed>').encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/talks.html": ("text/html", page("Border pullback", fixture_text("store_border-talks.txt"))),
            "/convoy.html": ("text/html", page("Convoy reaches Marib", fixture_text("store_aid-convoy.txt"))),
            "/shooting.html": ("text/html", page("Guards trade fire", fixture_text("store_border-shooting.txt"))),
            "/feed.rss": ("application/rss+xml", rss(base)),
            "/atom.xml": ("application/atom+xml", atom(base)),
            "/big.html": ("text/html", b"<html><body>" + b"<p>word </p>" * 5000 + b"</body></html>"),
            "/broken.rss": ("application/rss+xml", b"<rss><channel><item>"),
        }
        if self.path == "/slow.html":
            time.sleep(2)
        if self.path not in routes:
            self.send_error(404)
            return
        kind, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def read(urls: list[str], settings: Settings, limits: FetchLimits | None = None) -> list[Article | Failed]:
    return list(read_sources(urls, Meta(), settings, limits))


def test_ingest_reads_an_article_url(server: str, settings: Settings) -> None:
    [article] = read([f"{server}/talks.html"], settings)
    assert isinstance(article, Article)
    assert article.url == f"{server}/talks.html"
    assert "withdraw troops from disputed villages" in article.text
    assert "Contact us" not in article.text


def test_ingest_reads_an_rss_feed(server: str, settings: Settings) -> None:
    talks, convoy, missing = read([f"{server}/feed.rss"], settings)
    assert isinstance(talks, Article) and isinstance(convoy, Article)
    assert (talks.published, talks.source, talks.title) == ("2025-02-10", "Test Wire", "Border pullback agreed")
    assert convoy.published == "2025-01-22"
    assert isinstance(missing, Failed) and isinstance(missing.error, FetchError)


def test_ingest_reads_an_atom_feed(server: str, settings: Settings) -> None:
    [entry] = read([f"{server}/atom.xml"], settings)
    assert isinstance(entry, Article)
    assert (entry.published, entry.source) == ("2025-02-13", "Test Atom")


@pytest.mark.parametrize(("path", "limits", "error"), [
    ("/big.html", FetchLimits(max_bytes=10_000), InputTooLargeError),
    ("/slow.html", FetchLimits(timeout=0.3), FetchError),
    ("/missing.html", FetchLimits(), FetchError),
    ("/broken.rss", FetchLimits(), FetchError),
])
def test_ingest_url_failures_become_failed_items(server: str, settings: Settings, path: str, limits: FetchLimits,
                                                 error: type[Exception]) -> None:
    [item] = read([f"{server}{path}"], settings, limits)
    assert isinstance(item, Failed)
    assert isinstance(item.error, error)


def test_ingest_refuses_a_port_nobody_listens_on(settings: Settings) -> None:
    with pytest.raises(FetchError):
        fetch("http://127.0.0.1:9/none", FetchLimits(timeout=1))


def test_ingest_feed_entries_without_links_use_their_content() -> None:
    feed = (b'<rss version="2.0"><channel><title>T</title><item><title>x</title>'
            b'<description>&lt;p&gt;Body&lt;/p&gt;</description></item></channel></rss>')
    [entry] = feed_entries(feed)
    assert entry.link is None and entry.content == "<p>Body</p>"


def test_ingest_feed_into_the_store(server: str, tmp_path: Path, pipeline: Pipeline, settings: Settings) -> None:
    with Store.open("sqlite://") as store:
        summary = ingest_items(read_sources([f"{server}/feed.rss", f"{server}/atom.xml"], Meta(), settings),
                               store, pipeline)
        assert (summary.added, summary.failed) == (3, 1)
        again = ingest_items(read_sources([f"{server}/feed.rss"], Meta(), settings), store, pipeline)
        assert (again.added, again.skipped) == (0, 2)
        urls = {r["url"] for r in run(store, "articles", Filters())}
    assert f"{server}/shooting.html" in urls


def test_ingest_cli_takes_files_and_urls(server: str, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/cli.db"
    result = CliRunner().invoke(cli, ["ingest", f"{server}/talks.html", f"{server}/missing.html", "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output
    assert "missing.html" in result.output
    result = CliRunner().invoke(cli, ["ingest", f"{server}/missing.html", "--db", db])
    assert result.exit_code == 3
