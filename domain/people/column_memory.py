"""Column choices remembered per set of headers, so the next export needs no new choice.

An HR system exports the same headers every month. When the user says once that « Agent »
is the matricule and « Libellé emploi interne » the job, that choice is kept under the file's
headers (folded, in order); the next file with the same headers is read with it. The mapping is
header as written → field name (``roster_columns.FIELDS``) or « » for a column left out.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from domain.errors import UserError
from domain.people import employees
from domain.people.roster_columns import FIELDS, header_key
from domain.store.connection import transaction


@dataclass(frozen=True)
class ColumnMapping:
    """The remembered choice for one set of headers."""

    headers: tuple[str, ...]
    mapping: dict[str, str]
    saved_at: str


def headers_key(headers: Sequence[str]) -> str:
    """The key of a header row: its non-empty headers, folded, in order."""
    return "\x1f".join(k for k in map(header_key, headers) if k)


def remember_column_mapping(conn: sqlite3.Connection, *, headers: Sequence[str],
                            mapping: Mapping[str, str]) -> ColumnMapping:
    """Keep ``mapping`` for files whose header row is ``headers`` (replacing an older choice).

    Raises UserError when a mapped header is not in ``headers`` or a field is unknown.
    """
    keys = {header_key(h) for h in headers}
    for header, field in mapping.items():
        if header_key(header) not in keys:
            raise UserError(f"La colonne « {header} » n'est pas dans la ligne d'en-têtes.")
        if field and field not in FIELDS:
            raise UserError(f"Champ « {field} » inconnu ; champs possibles : {', '.join(FIELDS)}.")
    if not headers_key(headers):
        raise UserError("Ligne d'en-têtes vide : rien à retenir.")
    with transaction(conn):
        entry = save_mapping(conn, headers, mapping)
    return entry


def save_mapping(conn: sqlite3.Connection, headers: Sequence[str],
                 mapping: Mapping[str, str]) -> ColumnMapping:
    """Write the choice inside the caller's transaction (the roster import's, or the above)."""
    entry = ColumnMapping(tuple(headers), dict(mapping), employees.now())
    conn.execute("INSERT INTO roster_column_mapping (headers_key, headers, mapping, saved_at) "
                 "VALUES (?, ?, ?, ?) ON CONFLICT (headers_key) DO UPDATE SET "
                 "headers = excluded.headers, mapping = excluded.mapping, "
                 "saved_at = excluded.saved_at",
                 (headers_key(headers), json.dumps(list(headers), ensure_ascii=False),
                  json.dumps(entry.mapping, ensure_ascii=False), entry.saved_at))
    employees.audit(conn, "column_mapping_saved", "", f"{len(mapping)} colonne(s)")
    return entry


def remembered_headers(conn: sqlite3.Connection) -> set[str]:
    """The keys of every header row with a remembered choice (to find such a header row)."""
    return {row[0] for row in conn.execute("SELECT headers_key FROM roster_column_mapping")}


def remembered_column_mapping(conn: sqlite3.Connection, *,
                              headers: Sequence[str]) -> ColumnMapping | None:
    """The choice kept for this header row, or None."""
    row = conn.execute("SELECT headers, mapping, saved_at FROM roster_column_mapping "
                       "WHERE headers_key = ?", (headers_key(headers),)).fetchone()
    if row is None:
        return None
    return ColumnMapping(tuple(json.loads(row[0])), json.loads(row[1]), row[2])


def forget_column_mapping(conn: sqlite3.Connection, *, headers: Sequence[str]) -> bool:
    """Drop the choice kept for this header row; False when there was none."""
    with transaction(conn):
        gone = conn.execute("DELETE FROM roster_column_mapping WHERE headers_key = ?",
                            (headers_key(headers),)).rowcount
        if gone:
            employees.audit(conn, "column_mapping_forgotten")
    return bool(gone)
