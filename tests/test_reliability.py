"""Reliability: malformed inputs never crash nor half-write; a killed import leaves the store whole.

Property-based tests throw random and damaged rosters (bytes, cells, headers, encodings,
workbooks) and damaged ROME releases at the importers: the only acceptable outcomes are a
complete import or a ``UserError`` with the store exactly as before. The kill tests run a real
import in a child process and SIGKILL it in the middle of its transaction.
"""

from __future__ import annotations

import csv
import io
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.errors import UserError
from domain.people.roster import RosterError, import_roster, read_roster
from domain.store import connection as store
from domain.study import load_study

ROOT = Path(__file__).resolve().parent.parent
ROME_MINI = Path(__file__).parent / "fixtures" / "rome_mini"
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.filter_too_much])
JOBS = [job.name for job in load_study().jobs]
PEOPLE_TABLES = ("employee", "employee_competency", "interview_note", "chosen_bridge",
                 "report", "audit_log")


def dump(conn: sqlite3.Connection, tables=PEOPLE_TABLES) -> list:
    return [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables]


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One store for all examples of a property (each example checks before/after itself)."""
    folder = tmp_path_factory.mktemp("fuzz")
    conn = store.connect(folder / "fuzz.sqlite3")
    import_roster(conn, ROOT / "data" / "sample_roster.csv")
    yield conn, folder
    conn.close()


def attempt_import(conn: sqlite3.Connection, path: Path) -> str:
    """Import; on failure the store must be byte-for-byte the same rows as before."""
    before = dump(conn)
    try:
        import_roster(conn, path)
    except UserError as exc:
        assert str(exc).strip()
        assert dump(conn) == before, "a refused import changed the store"
        return "refused"
    return "imported"


# --- rosters --------------------------------------------------------------------------------

@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(shared, data):
    conn, folder = shared
    path = folder / "random.csv"
    path.write_bytes(data)
    attempt_import(conn, path)


cells = st.one_of(
    st.sampled_from(["", " ", "00123", "A-1", "1,2E+05", "=1+1", "@x", "-", "\"", ";", ",",
                     "\n", "Nguyễn", "Łukasz", "Şahin", "Dœuf", "\x00", "\x07", "31/02/2020",
                     "29/02/2024", "2020-13-45", "01/01/20", "43831", "x" * 3000]),
    st.sampled_from(JOBS),
    st.text(max_size=30),
)
HEADERS = ["Matricule", "Nom", "Prénom", "Métier", "Date d'entrée", "Souhaits"]


def encode_table(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue().encode(encoding, errors="replace")


@FUZZ
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=8), max_size=12),
       delimiter=st.sampled_from([";", ",", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
def test_random_cells_under_a_valid_header(shared, rows, delimiter, encoding):
    conn, folder = shared
    path = folder / "cells.csv"
    path.write_bytes(encode_table([HEADERS, *rows], delimiter, encoding))
    outcome = attempt_import(conn, path)
    if outcome == "imported":  # everything the preview accepted is stored as read
        for row in read_roster(path).rows:
            stored = conn.execute("SELECT last_name, job FROM employee WHERE id = ?",
                                  (row.employee.id,)).fetchone()
            assert tuple(stored) == (row.employee.last_name, row.employee.job)


@FUZZ
@given(header=st.lists(st.one_of(st.sampled_from(HEADERS + ["NIR", "Nom", "Emploi", "N° SS"]),
                                 st.text(max_size=12)), max_size=8),
       body=st.lists(st.lists(cells, max_size=8), max_size=5))
def test_wrong_or_duplicated_headers(shared, header, body):
    conn, folder = shared
    path = folder / "headers.csv"
    path.write_bytes(encode_table([header, *body], ";", "utf-8"))
    attempt_import(conn, path)


@FUZZ
@given(parts=st.lists(st.tuples(st.sampled_from(["utf-8", "cp1252", "utf-16-le", "latin-1"]),
                                st.sampled_from(["Matricule;Nom;Prénom;Métier\n",
                                                 "1;Lefèvre;Hélène;Juriste\n",
                                                 "2;Şahin;Elif;Auditeur\n", "3;Œuvre;Zoé;Acheteur\n",
                                                 "€;—;’;«»\n"])),
                      min_size=1, max_size=6))
def test_mixed_encodings(shared, parts):
    conn, folder = shared
    path = folder / "mixed.csv"
    path.write_bytes(b"".join(text.encode(enc, errors="replace") for enc, text in parts))
    attempt_import(conn, path)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(HEADERS)
    for i in range(30):
        book.active.append([f"X{i:03d}", "Nguyễn", "Anh", JOBS[i], "01/02/2020", ""])
    path = tmp_path_factory.mktemp("xlsx") / "ok.xlsx"
    book.save(path)
    return path.read_bytes()


@FUZZ
@given(cut=st.integers(min_value=0, max_value=10**6), flips=st.lists(
    st.tuples(st.integers(min_value=0, max_value=10**6), st.integers(0, 255)), max_size=20))
def test_damaged_workbooks(shared, workbook, cut, flips):
    conn, folder = shared
    data = bytearray(workbook[: max(4, cut % (len(workbook) + 1))])
    for position, value in flips:
        data[position % len(data)] = value
    path = folder / "damaged.xlsx"
    path.write_bytes(bytes(data))
    attempt_import(conn, path)


def test_refused_roster_in_a_busy_store_writes_nothing(shared):
    conn, folder = shared
    path = folder / "one_bad_line.csv"
    good = [f"Z{i};Nom{i};P;{JOBS[i % len(JOBS)]};01/01/2020;" for i in range(500)]
    good[250] = "Z250;Nom;P;Boulanger;01/01/2020;"
    path.write_text(";".join(HEADERS) + "\n" + "\n".join(good) + "\n", encoding="utf-8")
    before = dump(conn)
    with pytest.raises(RosterError) as caught:
        import_roster(conn, path)
    assert [p.line for p in caught.value.problems] == [252]
    assert dump(conn) == before


# --- ROME releases --------------------------------------------------------------------------

ROME_TABLES = ("rome_release", "rome_sheet", "rome_item", "rome_sheet_item",
               "rome_appellation", "rome_mobility")


@FUZZ
@given(operations=st.lists(st.tuples(
    st.sampled_from(["truncate", "flip", "drop_line", "delete", "empty", "swap_header"]),
    st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=255)),
    min_size=1, max_size=4))
def test_damaged_rome_releases(shared, operations):
    from domain.rome.importer import import_release

    conn, _ = shared
    with tempfile.TemporaryDirectory() as tmp:
        release = Path(tmp) / "rome"
        shutil.copytree(ROME_MINI, release)
        files = sorted(p for p in release.iterdir() if p.suffix == ".csv")
        for op, where, value in operations:
            damage_rome_file(files[where % len(files)], op, where, value)
        before = dump(conn, ROME_TABLES)
        try:
            import_release(conn, release)
        except UserError as exc:
            assert str(exc).strip()
            assert dump(conn, ROME_TABLES) == before


def test_stray_quote_in_a_rome_header_is_a_clear_error(shared, tmp_path):
    from domain.rome.importer import import_release

    conn, _ = shared
    release = tmp_path / "rome"
    shutil.copytree(ROME_MINI, release)
    target = release / "unix_cr_gd_dp_v460_utf8.csv"
    target.write_bytes(target.read_bytes()[:5] + b'"' + target.read_bytes()[6:])
    before = dump(conn, ROME_TABLES)
    with pytest.raises(UserError):
        import_release(conn, release)
    assert dump(conn, ROME_TABLES) == before


def damage_rome_file(path: Path, op: str, where: int, value: int) -> None:
    if not path.exists():
        return
    data = bytearray(path.read_bytes())
    if op == "truncate":
        data = data[: where % (len(data) + 1)]
    elif op == "flip" and data:
        data[where % len(data)] = value
    elif op == "drop_line":
        lines = bytes(data).split(b"\n")
        del lines[where % len(lines)]
        data = bytearray(b"\n".join(lines))
    elif op == "delete":
        path.unlink()
        return
    elif op == "empty":
        data = bytearray()
    elif op == "swap_header":
        head, _, rest = bytes(data).partition(b"\n")
        columns = head.split(b";")
        random.Random(where).shuffle(columns)
        data = bytearray(b";".join(columns) + b"\n" + rest)
    path.write_bytes(bytes(data))


# --- killed in the middle of an import ------------------------------------------------------

def big_roster(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    names = ["Nguyễn", "Kowalczyk", "Şahin", "Lefèvre", "Dœuf", "Ó Briain", "Müller", "Martin"]
    lines = [";".join(HEADERS)]
    for i in range(count):
        lines.append(f"K{i:06d};{rng.choice(names)};Prénom{i};{rng.choice(JOBS)};"
                     f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1980, 2024)};"
                     "Souhait de mobilité")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from domain.people import employees
    from domain.store import connection as store
    from domain.people.roster import import_roster

    marker, pause_after = Path({marker!r}), {pause_after}
    original, calls = employees.save_employee, [0]

    def slow_save(conn, person):
        calls[0] += 1
        if calls[0] == pause_after:
            marker.write_text("inside the transaction")
            time.sleep(60)  # the parent kills us here
        return original(conn, person)

    employees.save_employee = slow_save
    conn = store.connect(Path({db!r}))
    conn.execute("PRAGMA cache_size = 20")  # spill dirty pages to the -wal mid-transaction
    summary = import_roster(conn, Path({roster!r}))
    print(summary.created, summary.updated)
""")


def run_child(db: Path, roster: Path, marker: Path, pause_after: int) -> subprocess.Popen:
    code = CHILD.format(root=str(ROOT), marker=str(marker), pause_after=pause_after,
                        db=str(db), roster=str(roster))
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ})


def state(db: Path) -> tuple[str, list]:
    raw = sqlite3.connect(db)
    try:
        check = raw.execute("PRAGMA integrity_check").fetchone()[0]
        return check, dump(raw)
    finally:
        raw.close()


needs_kill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL (POSIX)")


@needs_kill
def test_kill_in_the_middle_of_the_transaction_keeps_the_store_as_before(tmp_path):
    db, roster, marker = tmp_path / "k.sqlite3", tmp_path / "big.csv", tmp_path / "inside"
    conn = store.connect(db)
    import_roster(conn, ROOT / "data" / "sample_roster.csv")
    conn.close()
    big_roster(roster, 12_500)
    _, before = state(db)
    child = run_child(db, roster, marker, pause_after=6_000)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert child.poll() is None, child.stderr.read().decode()
        assert time.monotonic() < deadline, "the child never reached the transaction"
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert Path(f"{db}-wal").stat().st_size > 0  # half a transaction was really on disk
    check, after_kill = state(db)
    assert check == "ok" and after_kill == before
    conn = store.connect(db)  # opens normally, with the integrity check
    assert conn.execute("SELECT count(*) FROM employee").fetchone()[0] == 4
    summary = import_roster(conn, roster)  # and the import can simply be run again
    assert summary.created == 12_500
    conn.close()


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> tuple[Path, list[str]]:
    """The 12,500-row roster and the matricules a complete import stores."""
    folder = tmp_path_factory.mktemp("big")
    roster = folder / "big.csv"
    big_roster(roster, 12_500)
    conn = store.connect(folder / "reference.sqlite3")
    import_roster(conn, roster)
    ids = [r[0] for r in conn.execute("SELECT id FROM employee ORDER BY id")]
    conn.close()
    return roster, ids


@needs_kill
@pytest.mark.parametrize("delay", [0.4, 1.2, 2.0, 3.0])
def test_kill_at_any_moment_leaves_before_or_after(tmp_path, big, delay):
    roster, expected_ids = big
    db = tmp_path / "k.sqlite3"
    store.connect(db).close()
    _, before = state(db)
    child = run_child(db, roster, tmp_path / "unused", pause_after=10**9)
    time.sleep(delay)
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
    child.wait()
    check, now = state(db)
    assert check == "ok"
    raw = sqlite3.connect(db)
    ids = [r[0] for r in raw.execute("SELECT id FROM employee ORDER BY id")]
    raw.close()
    assert now == before or ids == expected_ids
