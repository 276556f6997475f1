"""Who said what: quotation marks, reporting cues, content spans and speaker resolution.

``marks`` finds quoted spans, ``lexicon`` loads the reporting cues, ``detect`` finds attributions in the parse,
``link`` joins them with the quotations (direct, mixed, indirect, quote-only paragraphs), ``speakers`` resolves each
speaker to an actor of the record (with ``mentions`` for antecedents, ``names`` for surnames and misspellings,
``countries`` for nationality words), and ``build`` turns them into :class:`~redline.models.Quote` records.
"""
