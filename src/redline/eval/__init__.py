"""Evaluation against gold data: ``redline eval KIND PATH``. Each kind is a module with ``evaluate``."""
