"""Quantities in text: numbers, ranges and vague amounts, their units, and what they count."""
