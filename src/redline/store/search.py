"""Full-text search over article titles and text: SQLite FTS5, PostgreSQL tsvector."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Select, func, literal_column, select, table

from redline.store import schema as t

_TERM = re.compile(r"[\w*]+")


def fts5_query(words: str) -> str:
    """A safe FTS5 query: every word must occur (quoted, so FTS5 syntax in user text is taken literally)."""
    terms = _TERM.findall(words)
    return " ".join('"' + term.rstrip("*") + '"' + ("*" if term.endswith("*") else "") for term in terms)


def matching_articles(dialect: str, words: str) -> ColumnElement[bool]:
    """A condition on ``articles.id``: the article's title or text matches ``words``."""
    if dialect == "sqlite":
        ids: Select[tuple[int]] = select(literal_column("rowid")).select_from(table("articles_fts")).where(
            literal_column("articles_fts").bool_op("MATCH")(fts5_query(words) or '""'))
        return t.articles.c.id.in_(ids)
    return literal_column("articles.search").bool_op("@@")(func.websearch_to_tsquery("english", words))
