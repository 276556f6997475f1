"""Who said what: quotation marks, reporting cues, content spans and speaker resolution.

``marks`` finds quoted spans, ``lexicon`` loads the reporting cues, ``detect`` finds attributions in the parse,
``speakers`` resolves each speaker to an actor of the record, and ``build`` turns them into :class:`Quote` records.
"""
