"""Stances: who supports or opposes what, how strongly, red lines and their conditions, and who relayed them."""
