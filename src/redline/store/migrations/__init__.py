"""Alembic migrations of the corpus store, run programmatically by :func:`redline.store.engine.migrate`."""
