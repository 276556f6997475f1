"""PLOVER event coding: triggers from a lexicon, arguments over the parse, factuality, modes and pentacode."""
