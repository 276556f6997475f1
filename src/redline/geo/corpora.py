"""Readers for geocoding gold sets: LGL/TR-News XML, GeoWebNews XML, GeoVirus XML and WikToR-style
"name,,surface,,lat,,lon,,start,,end||…" gold lines beside a folder of texts. The format is detected.
"""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from redline.errors import EvalDataError

#: How far (in characters) a gold toponym's offsets may be off before it is left as it is.
_SLACK = 3
#: GeoWebNews types that are not location names for recognition: names used for a government, a people or an
#: organization, and common nouns or non-toponyms the set also marks ("the city", "Homonym", "Language").
NON_LOCATION_TYPES = frozenset({"Metonymic", "Embedded_Non_Lit", "Non_Literal_Modifier", "Demonym",
                                "Literal_Expression", "Non_Lit_Expression", "Non_Toponym", "Homonym", "Language"})


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str = "Literal"

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class GoldDoc:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


_Reader = Callable[[ET.Element], Iterator[GoldToponym]]


def read(path: Path) -> tuple[str, Iterator[GoldDoc]]:
    """(format name, documents) for a gold file or folder."""
    if path.is_dir():
        return _read_folder(path)
    if path.suffix.lower() == ".xml":
        return _read_xml(path)
    raise EvalDataError(f"{path} is not a geocoding gold set I know.",
                        hint="Give an LGL/GeoWebNews/GeoVirus XML file or a WikToR-style folder.")


def _read_folder(path: Path) -> tuple[str, Iterator[GoldDoc]]:
    texts = path / "texts"
    golds = sorted(path.glob("*_gold.txt")) or sorted(path.glob("*gold*.txt"))
    if texts.is_dir() and golds:
        return "lines", _read_lines(golds[0], texts)
    xmls = sorted(path.glob("*.xml"))
    if len(xmls) == 1:
        return _read_xml(xmls[0])
    if xmls:
        sets = [_read_xml(xml) for xml in xmls]
        return "pooled:" + "+".join(name for name, _ in sets), itertools.chain.from_iterable(d for _, d in sets)
    raise EvalDataError(f"{path} holds no gold file I know.",
                        hint="Expected an *.xml gold file, or texts/ beside a *_gold.txt file.")


def _read_xml(path: Path) -> tuple[str, Iterator[GoldDoc]]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvalDataError(f"{path} is not valid XML: {exc}.", hint="Check the file.") from exc
    first = root.find("article")
    if first is None:
        raise EvalDataError(f"{path} has no <article> elements.", hint="Give an LGL/GWN/GeoVirus XML file.")
    if first.find("locations") is not None:
        return "geovirus", _xml_docs(root, _geovirus_toponyms)
    if root.find(".//toponym/gaztag") is not None:
        return "lgl", _xml_docs(root, _lgl_toponyms)
    return "geowebnews", _xml_docs(root, _gwn_toponyms)


def _xml_docs(root: ET.Element, toponyms: _Reader) -> Iterator[GoldDoc]:
    for number, article in enumerate(root.iter("article")):
        doc_id = article.get("docid") or article.get("file") or str(number)
        text = article.findtext("text") or ""
        yield GoldDoc(doc_id, text, [_realigned(text, t) for t in toponyms(article)])


def _realigned(text: str, toponym: GoldToponym) -> GoldToponym:
    """Move a toponym whose offsets are a few characters off (as in GeoVirus) onto its name in the text."""
    if not toponym.text or text[toponym.start:toponym.end] == toponym.text:
        return toponym
    window = text.find(toponym.text, max(toponym.start - _SLACK, 0), toponym.end + _SLACK)
    if window >= 0:
        toponym.start, toponym.end = window, window + len(toponym.text)
    return toponym



def _float(element: ET.Element, tag: str) -> float | None:
    value = (element.findtext(tag) or "").strip()
    try:
        return float(value) if value else None
    except ValueError as exc:
        raise EvalDataError(f"<{tag}> holds {value!r}, not a number.", hint="Fix or remove that gold entry.") from exc


def _offset(element: ET.Element, tag: str) -> int:
    value = (element.findtext(tag) or "0").strip()
    try:
        return int(value)
    except ValueError as exc:
        raise EvalDataError(f"<{tag}> holds {value!r}, not a character offset.", hint="Fix that gold entry.") from exc


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def _lgl_toponyms(article: ET.Element) -> Iterator[GoldToponym]:
    for node in article.iter("toponym"):
        gaz = node.find("gaztag")
        topo = GoldToponym(_offset(node, "start"), _offset(node, "end"),
                           node.findtext("phrase") or "")
        if gaz is not None:
            topo.lat, topo.lon, topo.geonameid = _float(gaz, "lat"), _float(gaz, "lon"), _int(gaz.get("geonameid"))
        yield topo


def _gwn_toponyms(article: ET.Element) -> Iterator[GoldToponym]:
    for node in article.iter("toponym"):
        yield GoldToponym(_offset(node, "start"), _offset(node, "end"),
                          node.findtext("extractedName") or "", _float(node, "latitude"), _float(node, "longitude"),
                          _int(node.findtext("geonamesID")), node.findtext("type") or "Literal")


def _geovirus_toponyms(article: ET.Element) -> Iterator[GoldToponym]:
    for node in article.iter("location"):
        yield GoldToponym(_offset(node, "start"), _offset(node, "end"),
                          node.findtext("name") or "", _float(node, "lat"), _float(node, "lon"))


def _read_lines(gold: Path, texts: Path) -> Iterator[GoldDoc]:
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines()):
        text_path = texts / str(number)
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        yield GoldDoc(str(number), text, [_line_toponym(item) for item in line.split("||") if item.strip()])


def _line_toponym(item: str) -> GoldToponym:
    parts = item.split(",,")
    if len(parts) < 6:
        raise EvalDataError(f"Gold item {item!r} lacks fields.", hint="Expected name,,surface,,lat,,lon,,start,,end.")
    _name, surface, lat, lon, start, end = parts[:6]
    return GoldToponym(int(start), int(end), surface, float(lat), float(lon))
