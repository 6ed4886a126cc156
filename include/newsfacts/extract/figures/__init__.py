"""Figures: quantities, their units (units.yml) and the thing each one measures (measured.py)."""

from newsfacts.extract.figures.rules import extract_figures

__all__ = ["extract_figures"]
