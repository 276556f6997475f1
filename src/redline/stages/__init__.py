"""Extraction stages. Each module exposes a factory; ``redline.registry`` lists them explicitly."""
