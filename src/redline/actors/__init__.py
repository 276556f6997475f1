"""Actor knowledge and within-article actor resolution (the engine behind ``redline.stages.actors``)."""
