"""Commitments: agreements, ceasefires, pledges, ultimatums with parties, provisions, zones and deadlines."""

from __future__ import annotations

from redline.commitments import build, detect, group, link
from redline.commitments.dates import to_date
from redline.commitments.lexicon import CommitmentLexicon, load
from redline.commitments.status import status_as_of
from redline.settings import Settings
from redline.stages.base import Analysis


class CommitmentStage:
    """Finds commitment mentions from the cue lexicon, merges them, and records each with its status."""

    name = "redline.commitments.v2"
    requires = ("doc", "actors", "places", "times", "quantities", "events")
    provides = ("commitments",)

    def __init__(self, lexicon: CommitmentLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, analysis: Analysis) -> None:
        doc, record = analysis.doc, analysis.record
        published = to_date(analysis.article.published)
        drafts = group.group(detect.find(doc, self.lexicon), doc, record, self.lexicon)
        offset = len(record.commitments)
        for index, draft in enumerate(drafts):
            stop = drafts[index + 1].anchors[0].trigger.sent.start if index + 1 < len(drafts) else len(doc)
            made = build.commitment(draft, offset + index + 1, doc, record, self.lexicon, published, stop)
            made = link.with_events(made, record, analysis.article.published)
            made.status = status_as_of(made, published) if published else "unknown"
            record.commitments.append(made)


def create(settings: Settings) -> CommitmentStage:
    return CommitmentStage(load(tuple(settings.lexicon_files)))
