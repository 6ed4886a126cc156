"""Read and check a sources file (YAML): which feeds, sitemaps, URL lists, folders and WARCs to read."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

WEB_KINDS = ("rss", "atom", "sitemap")


class SourceKind(StrEnum):
    """How a source is read."""

    RSS = "rss"
    ATOM = "atom"
    SITEMAP = "sitemap"
    URLS = "urls"
    FOLDER = "folder"
    WARC = "warc"


class SourcesFileError(ValueError):
    """A sources file that cannot be used; the message is one line naming file, source and field."""


class Source(BaseModel):
    """One entry of a sources file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    kind: SourceKind
    location: Annotated[str, Field(min_length=1)]
    publisher: str | None = None
    language: Annotated[str | None, Field(pattern=r"^[a-z]{2}$")] = None
    include: tuple[str, ...] = ()
    since: date | None = None
    max_per_run: Annotated[int | None, Field(gt=0)] = None
    requests_per_second: Annotated[float, Field(gt=0, le=100)] = 1.0
    obey_robots: bool = True

    @field_validator("location")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @model_validator(mode="after")
    def _location_fits_kind(self) -> Source:
        is_url = self.location.startswith(("http://", "https://"))
        if self.kind in WEB_KINDS and not is_url:
            raise ValueError(f"location must be an http(s) URL for a {self.kind} source")
        if self.kind not in WEB_KINDS and is_url:
            raise ValueError(f"location must be a path for a {self.kind} source")
        return self

    @property
    def is_web(self) -> bool:
        """True when reading this source fetches over HTTP."""
        return self.kind in (*WEB_KINDS, SourceKind.URLS)


class SourcesFile(BaseModel):
    """The whole file: a list of sources with unique names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: Annotated[list[Source], Field(min_length=1)]


def load_sources(path: Path) -> list[Source]:
    """Read and check a sources file; raise SourcesFileError naming the file, source and field."""
    import yaml

    path = Path(path).expanduser()
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesFileError(f"{path}: cannot read the sources file: {exc.strerror or exc}") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise SourcesFileError(f"{path}: not valid YAML: {_one_line(str(exc))}") from exc
    try:
        parsed = SourcesFile.model_validate(document)
    except ValidationError as exc:
        raise SourcesFileError(f"{path}: {_describe(exc, document)}") from exc
    seen: set[str] = set()
    for source in parsed.sources:
        if source.name in seen:
            raise SourcesFileError(f"{path}: source '{source.name}', field 'name': used by two sources")
        seen.add(source.name)
    return [_resolve_path(source, path.parent) for source in parsed.sources]


def _resolve_path(source: Source, base: Path) -> Source:
    """A path location relative to the sources file, made absolute."""
    if source.kind in WEB_KINDS:
        return source
    return source.model_copy(update={"location": str((base / Path(source.location).expanduser()).resolve())})


def _describe(exc: ValidationError, document: object) -> str:
    """The first validation error as 'source NAME, field FIELD: problem'."""
    error = exc.errors()[0]
    where = list(error["loc"])
    message = _one_line(error["msg"]).removeprefix("Value error, ")
    if len(where) >= 2 and where[0] == "sources" and isinstance(where[1], int):
        index = where[1]
        entry = document["sources"][index] if isinstance(document, dict) else None
        name = entry.get("name") if isinstance(entry, dict) else None
        label = f"source '{name}'" if name else f"source #{index + 1}"
        field = ".".join(str(part) for part in where[2:]) or _field_of(error)
        return f"{label}, field '{field}': {message}"
    field = ".".join(str(part) for part in where) or "sources"
    return f"field '{field}': {message}"


def _field_of(error: dict) -> str:
    """The field a whole-entry check complains about (location, for the kind/location check)."""
    return "location" if "location" in error["msg"] else "(entry)"


def _one_line(text: str) -> str:
    return " ".join(text.split())
