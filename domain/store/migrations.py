"""Ordered schema migrations of the store (``PRAGMA user_version``).

Each concept owns its SQL next to its code; this module only fixes the order. Never edit a
migration that has shipped: add a new one.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.matching import levels_schema, profiles_schema
from domain.people import roster_schema
from domain.people import schema as people_schema
from domain.rome import schema as rome_schema


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str

    def statements(self) -> list[str]:
        """Split the script on ';' at line ends (our schema has no ';' inside literals)."""
        lines = [ln for ln in self.sql.splitlines() if not ln.strip().startswith("--")]
        parts = [p.strip() for p in "\n".join(lines).split(";\n")]
        return [p.rstrip(";").strip() for p in parts if p.strip()]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "ROME release tables", rome_schema.SQL),
    Migration(2, "people: employees, competencies, notes, bridges, reports, audit", people_schema.SQL),
    Migration(3, "competency impact level overrides", levels_schema.SQL),
    Migration(4, "job profile overrides (retained or dropped competencies)", profiles_schema.SQL),
    Migration(5, "people: rejected competencies, shareable interview notes", people_schema.PROFILE_SQL),
    Migration(6, "job-title correspondence and remembered roster column mappings",
              roster_schema.SQL),
    Migration(7, "ROME: counts per release, the job mapping followed into each release",
              rome_schema.FOLLOWED_SQL),
)
SCHEMA_VERSION = MIGRATIONS[-1].version
