"""The analysts' catalog: which tables the snapshot publishes, with dbt's descriptions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class TableDescription:
    """A published table's description and its columns' ones, as BI schema browsers show them."""

    name: str
    description: str = ""
    column_descriptions: dict[str, str] = field(default_factory=dict)


def is_published_name(name: str) -> bool:
    """True for the tables analysts see: marts (dim_, fct_), quarantine and quality results."""
    return name.startswith(("dim_", "fct_")) or name in {"rejected_inputs", "quality_results"}


def descriptions_from_manifest(manifest_path: Path) -> dict[str, TableDescription]:
    """Descriptions of every published table in dbt's manifest.json (models and sources)."""
    manifest = json.loads(manifest_path.read_text())
    entries = [
        node for node in manifest["nodes"].values()
        if node["resource_type"] == "model" and node["config"].get("materialized") in {"table", "incremental"}
    ]
    entries += list(manifest["sources"].values())
    return {
        entry["name"]: TableDescription(
            name=entry["name"],
            description=_one_line(entry.get("description")),
            column_descriptions={
                name: _one_line(column.get("description")) for name, column in entry["columns"].items()
            },
        )
        for entry in entries
        if entry["schema"] == "main" and is_published_name(entry["name"])
    }


def _one_line(text: str | None) -> str:
    """A yml description (folded or literal block) as one line of text."""
    return " ".join((text or "").split())
