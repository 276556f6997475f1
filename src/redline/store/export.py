"""Export query rows as JSON lines, CSV or Parquet; events also as PLOVER JSON; whole Records as JSON lines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select

from redline.errors import InputError
from redline.store import schema as t
from redline.store.kinds import run
from redline.store.queries import Filters, Row
from redline.store.repository import Store

FORMATS = ("jsonl", "csv", "parquet", "plover")


def export(store: Store, kind: str, fmt: str, output: Path, filters: Filters | None = None) -> int:
    """Write every row of ``kind`` (or ``records``: the whole Record of each article) to ``output``; the count."""
    filters = filters or Filters(limit=None)
    if kind == "records":
        if fmt != "jsonl":
            raise InputError("Records export only as jsonl.", hint="Use --format jsonl.")
        return _write_lines(output, _records(store))
    if fmt == "plover":
        if kind != "events":
            raise InputError("PLOVER JSON is for events only.", hint="Use `redline export events --format plover`.")
        rows = plover(store, run(store, kind, filters))
        output.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return len(rows)
    return write_rows(run(store, kind, filters), fmt, output)


def write_rows(rows: list[Row], fmt: str, output: Path) -> int:
    if fmt == "jsonl":
        return _write_lines(output, (json.dumps(r, ensure_ascii=False, default=str) for r in rows))
    if fmt == "csv":
        with output.open("w", encoding="utf-8", newline="") as handle:
            write_csv(rows, handle)
        return len(rows)
    if fmt == "parquet":
        _write_parquet(rows, output)
        return len(rows)
    raise InputError(f"Unknown export format {fmt!r}.", hint=f"Use one of: {', '.join(FORMATS)}.")


def flat(value: Any) -> Any:
    """A CSV cell: lists joined with '; ', the rest as is."""
    return "; ".join(map(str, value)) if isinstance(value, list) else value


def write_csv(rows: list[Row], handle: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows({k: flat(v) for k, v in r.items()} for r in rows)


def csv_text(rows: list[Row]) -> str:
    buffer = io.StringIO()
    write_csv(rows, buffer)
    return buffer.getvalue()


def _write_parquet(rows: list[Row], output: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), output)


def _write_lines(output: Path, lines: Iterable[str]) -> int:
    count = 0
    with output.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")
            count += 1
    return count


def _records(store: Store) -> Iterator[str]:
    with store.engine.connect() as conn:
        yield from conn.execute(select(t.records.c.record).order_by(t.records.c.article_id)).scalars()


def plover(store: Store, rows: list[Row]) -> list[dict[str, Any]]:
    """Events in the layout of the PLOVER gold-standard records (source/target actors with codes)."""
    coded = _actor_codes(store, [r["id"] for r in rows])
    return [{
        "id": f"redline-event-{r['id']}", "date": r["date"], "event": r["type"], "mode": r["mode"] or "",
        "source": coded.get((r["id"], "actor"), []), "target": coded.get((r["id"], "recipient"), []),
        "eventText": r.get("trigger"), "text": r.get("evidence"), "factuality": r["status"],
        "location": [{"placeName": r["place"]}] if r["place"] else [],
        "mentions": r["mentions"], "independentSources": r["sources"], "url": r.get("url"),
        "publication": r.get("article"), "coder": "redline", "language": "en",
    } for r in rows]


def _actor_codes(store: Store, event_ids: list[int]) -> dict[tuple[int, str], list[dict[str, Any]]]:
    ea, ac = t.event_actors, t.actors
    found: dict[tuple[int, str], list[dict[str, Any]]] = {}
    query = (select(ea.c.event_id, ea.c.role, ac.c.name, ac.c.code, ac.c.country)
             .join(ac, ac.c.id == ea.c.actor_id).where(ea.c.event_id.in_(event_ids)))
    with store.engine.connect() as conn:
        for event_id, role, name, code, country in conn.execute(query):
            found.setdefault((event_id, role), []).append({"actorText": name, "code": code or country or ""})
    return found
