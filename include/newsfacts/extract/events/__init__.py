"""Dated events: time expressions (timex), the taxonomy (taxonomy.yml) and the parse rules."""

from newsfacts.extract.events.rules import extract_events

__all__ = ["extract_events"]
