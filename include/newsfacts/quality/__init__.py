"""Great Expectations on DataFrames read from the working database; results land in a table."""

from newsfacts.quality.runner import QualityGateError, validate_warehouse

__all__ = ["QualityGateError", "validate_warehouse"]
