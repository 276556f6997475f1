"""The readable report of one record, with rich: every line carries its evidence."""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.table import Table
from rich.text import Text

from redline.models import Commitment, Provision, Record

_MAX_EVIDENCE = 110


def _clip(text: str, limit: int = _MAX_EVIDENCE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Names:
    """Actor and place ids to display names."""

    def __init__(self, record: Record) -> None:
        self.actors = {a.id: a.name for a in record.actors}
        self.places = {p.id: p.name for p in record.places}

    def actor(self, actor_id: str | None) -> str:
        return self.actors.get(actor_id or "", actor_id or "?")

    def many(self, ids: list[str]) -> str:
        return " + ".join(self.actor(i) for i in ids) or "—"

    def place(self, place_id: str | None) -> str:
        return self.places.get(place_id or "", "") if place_id else ""


def days_left(deadline: str | None, published: str | None) -> str:
    """'due in 21 days' / 'overdue by 3 days' relative to the article date, or '' when either is unknown."""
    if not deadline or not published:
        return ""
    try:
        delta = (date.fromisoformat(deadline[:10]) - date.fromisoformat(published)).days
    except ValueError:
        return ""
    if delta == 0:
        return "due on the article date"
    days = f"{abs(delta)} day{'s' if abs(delta) != 1 else ''}"
    return f"due in {days}" if delta > 0 else f"overdue by {days}"


def print_report(record: Record, console: Console | None = None) -> None:
    console = console or Console()
    names = _Names(record)
    _header(console, record)
    for section in (_quotes, _events, _commitments, _positions, _actors, _places, _timeline, _quantities,
                    _errors):
        section(console, record, names)


def _header(console: Console, record: Record) -> None:
    a = record.article
    bits = [a.source or "unknown source", a.published or "no date", a.license or "licence unknown"]
    console.rule(Text(a.title or a.id, style="bold"))
    console.print(Text(" · ".join(bits), style="dim"))


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", show_lines=False, expand=True)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _quotes(console: Console, record: Record, names: _Names) -> None:
    if not record.quotes:
        return
    table = _table("Who said what", "speaker", "cue", "kind", "content")
    for q in record.quotes:
        speaker = names.actor(q.speaker) if q.speaker else (q.speaker_name or "unknown")
        table.add_row(speaker, q.cue or "", q.kind, _clip(q.content.text))
    console.print(table)


def _around(text: str, start: int, end: int, sentence: tuple[int, int], width: int = 70) -> Text:
    """The words of the sentence around ``[start, end)`` with the span in bold, about ``width`` characters."""
    side = max((width - (end - start)) // 2, 10)
    left = max(start - side, sentence[0])
    right = min(end + side, sentence[1])
    before = text[left:start].split()[1 if left > sentence[0] else 0:]
    after = text[end:right].split()[: -1 if right < sentence[1] else None]
    snippet = Text(("… " if left > sentence[0] else "") + " ".join(before) + (" " if before else ""))
    snippet.append(" ".join(text[start:end].split()), style="bold")
    snippet.append((" " if after else "") + " ".join(after) + (" …" if right < sentence[1] else ""))
    return snippet


def _events(console: Console, record: Record, names: _Names) -> None:
    if not record.events:
        return
    table = _table("Events", "type", "who → whom", "status", "when / where", "evidence (trigger in bold)")
    for e in record.events:
        style = "" if e.status == "asserted" else "yellow"
        kind = e.type + (f" ({e.mode})" if e.mode else "")
        who = names.many(e.actors) + (f" → {names.many(e.recipients)}" if e.recipients else "")
        where = " ".join(x for x in (e.date or "", names.place(e.place)) if x)
        table.add_row(kind, who, Text(e.status, style=style), where,
                      _around(record.article.text, e.trigger.start, e.trigger.end,
                              (e.evidence.sentence.start, e.evidence.sentence.end)))
    console.print(table)


def _commitments(console: Console, record: Record, names: _Names) -> None:
    if not record.commitments:
        return
    console.print(Text("Commitments", style="bold"))
    for c in record.commitments:
        console.print(Text(_commitment_line(c, names)))
        for p in c.provisions:
            console.print(Text(f"    • {_provision_line(p, names, record.article.published)}"))


def _provision_line(p: Provision, names: _Names, published: str | None) -> str:
    zone = ""
    if p.zone and p.zone.width_km_min is not None:
        widest = p.zone.width_km_max or p.zone.width_km_min
        zone = f" [zone {p.zone.place_name or ''} {p.zone.width_km_min:g}–{widest:g} km]"
    elif p.zone and p.zone.place_name:
        zone = f" [zone {p.zone.place_name}]"
    obligated = names.many(p.obligated) if p.obligated else ", ".join(p.obligated_names)
    who = f" — {obligated}" if obligated else ""
    deadline = f" — deadline {p.deadline} ({days_left(p.deadline, published)})" if p.deadline else ""
    return f"{_clip(p.text, 160)}{zone}{who}{deadline}"


def _commitment_line(c: Commitment, names: _Names) -> str:
    where = f" at {names.place(c.place)}" if c.place else ""
    when = f" on {c.agreed}" if c.agreed else ""
    effective = f", in effect {c.effective}" if c.effective else ""
    brokers = f" (guarantors {names.many(c.guarantors)})" if c.guarantors else ""
    welcomed = f"; welcomed by {names.many(c.welcomed_by)}" if c.welcomed_by else ""
    return (f"  {c.kind}: {names.many(c.parties)}{brokers}{where}{when}{effective} [{c.status}]{welcomed}"
            f" — “{_clip(c.evidence.text, 80)}”")


def _positions(console: Console, record: Record, names: _Names) -> None:
    if not record.stances:
        return
    table = _table("Positions", "actor", "issue", "stance", "reported by", "evidence")
    for s in record.stances:
        stance = s.polarity + (" · RED LINE" if s.red_line else "") + (" (denied the opposite)" if s.denied else "")
        if s.condition:
            stance += f" · if {_clip(s.condition, 40)} → {_clip(s.response or '?', 40)}"
        holder = names.actor(s.holder) if s.holder else (s.holder_name or "?")
        reporter = names.actor(s.reported_by) if s.reported_by else ""
        table.add_row(holder, _clip(s.target, 50), Text(stance, style="red" if s.red_line else ""), reporter,
                      _clip(s.evidence.text, 60))
    console.print(table)


def _actors(console: Console, record: Record, names: _Names) -> None:
    if not record.actors:
        return
    table = _table("Actors", "name", "type", "code", "mentions")
    for a in record.actors:
        table.add_row(a.name, a.type, a.code or a.country or "", str(len(a.mentions)))
    console.print(table)


def _places(console: Console, record: Record, names: _Names) -> None:
    if not record.places:
        return
    table = _table("Places", "name", "country", "feature", "lat, lon")
    for p in record.places:
        where = f"{p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else "not geocoded"
        table.add_row(p.name, p.country_code or "", p.feature or "", where)
    console.print(table)


def _timeline(console: Console, record: Record, names: _Names) -> None:
    if not record.times:
        return
    table = _table("Timeline", "value", "type", "text")
    for t in sorted(record.times, key=lambda t: t.value or "~"):
        table.add_row(t.value or ("unanchored" if not t.anchored else "?"), t.type, t.text)
    console.print(table)


def _quantities(console: Console, record: Record, names: _Names) -> None:
    if not record.quantities:
        return
    table = _table("Quantities", "text", "value", "unit", "counts")
    for q in record.quantities:
        value = f"{q.value:g}" if q.value is not None else (
            f"{q.value_min:g}–{q.value_max:g}" if q.value_min is not None and q.value_max is not None else "")
        table.add_row(q.text, value, q.unit or "", q.refers_to or "")
    console.print(table)


def _errors(console: Console, record: Record, names: _Names) -> None:
    for e in record.errors:
        console.print(Text(f"error {e.code} in {e.stage}: {e.message}", style="red"))
