"""Printing a report for every person of a roster, on every core, without stopping at a bad row.

The engine (ROME, similarities, bridges) takes seconds and hundreds of megabytes to load, while
what a report needs from it depends on the job only. So the calling process computes one
:class:`JobContent` per distinct job (58 at most), and the worker processes, which only lay out
PDFs, receive those plain records once (pool initializer) and then one roster row per task.
Workers never load the engine: the pool stays small in memory and starts in about a second.

A row that cannot be used (unknown job, unreadable date…) is reported with its line and why;
the other rows are printed. A report that fails is reported the same way and does not stop the
batch. ``cancel`` is polled between reports; reports already written stay on disk.

For people found in the store, the caller passes their :class:`StoredFacts` (bridge decisions,
declared and rejected competencies, shareable notes, read with ``content.stored_facts``): the
calling process ranks their bridges from their own profile (a few milliseconds each) and each
task carries the result, so a batch report says exactly what the single preview of
``report_data_for_employee`` says.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from domain.errors import UserError, os_reason
from domain.reports.model import JobContent

Progress = Callable[[int, int, str], None]  # (done, total, employee id)
Cancel = Callable[[], bool]
IN_PROCESS_LIMIT = 2  # up to this many reports, starting worker processes costs more than it saves
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class BatchFailure:
    line: int | None
    employee_id: str
    message: str

    def __str__(self) -> str:
        where = f"ligne {self.line}" if self.line else "ligne ?"
        who = f", matricule « {self.employee_id} »" if self.employee_id else ""
        return f"{where}{who} : {self.message}"


@dataclass(frozen=True)
class BatchResult:
    written: tuple[tuple[str, Path], ...]  # (employee id, file)
    failures: tuple[BatchFailure, ...]
    seconds: float
    report_seconds: tuple[float, ...] = field(default=())  # time spent on each report, in a worker
    report_cpu_seconds: tuple[float, ...] = field(default=())  # processor time of each report
    workers: int = 1
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failures and not self.cancelled


@dataclass(frozen=True)
class _Task:
    line: int | None
    employee: Any  # domain.people.employees.Employee (a plain frozen dataclass)
    path: str
    facts: Any = None  # content.StoredFacts of a person found in the store, else None
    content: JobContent | None = None  # the job's content ranked from the person's profile


def read_rows(path: str | Path) -> tuple[list[tuple[int, Any]], list[BatchFailure]]:
    """The usable rows of a roster and the unusable ones, with the roster module's checks."""
    from domain.people.roster import read_roster

    preview = read_roster(path)
    failures = [BatchFailure(p.line, "", (f"colonne « {p.column} » : " if p.column else "")
                             + p.message) for p in preview.problems]
    if not preview.rows and preview.problems:
        preview.raise_if_bad()  # nothing usable: a header or file problem, say it as an error
    return [(row.line, row.employee) for row in preview.rows], failures


def file_name(employee_id: str, taken: set[str]) -> str:
    """``<matricule>.pdf``, safe on every file system, unique within the batch."""
    stem = re.sub(r"[^0-9A-Za-z._-]+", "_", employee_id).strip("._") or "sans-matricule"
    if stem.upper() in _RESERVED:
        stem += "_"
    name, n = f"{stem}.pdf", 2
    while name.lower() in taken:
        name, n = f"{stem}-{n}.pdf", n + 1
    taken.add(name.lower())
    return name


def run_batch(
    rows: Sequence[tuple[int | None, Any]],
    out_dir: str | Path,
    *,
    context: Any = None,
    qualification: str = "experts",
    author: str = "",
    today: date | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    stored: Mapping[str, Any] | None = None,
) -> BatchResult:
    """One PDF per (line, employee) row in ``out_dir``; ``context`` is a ``ReportContext``.

    ``stored`` maps a matricule to its ``content.StoredFacts`` (``content.stored_facts(conn,
    ids)``); rows without an entry get a report without decisions or declared competencies.
    """
    from domain.reports.content import beyond_job, personal_content
    from domain.reports.job_content import ReportContext, job_content

    started = time.perf_counter()
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Impossible de créer le dossier « {out} » : {os_reason(exc)}.") from None
    context = context or ReportContext.load()
    contents: dict[str, JobContent] = {}
    failures: list[BatchFailure] = []
    tasks: list[_Task] = []
    taken: set[str] = set()
    for line, employee in rows:
        facts = (stored or {}).get(employee.id)
        try:
            job = context.study.find_job(employee.job).name
            if job not in contents:
                contents[job] = job_content(context, job, qualification)
            facts = beyond_job(facts, context.engine, job)
            own = personal_content(context, contents[job], facts, qualification) if facts else None
        except UserError as exc:
            failures.append(BatchFailure(line, employee.id, str(exc)))
            continue
        tasks.append(_Task(line, employee, str(out / file_name(employee.id, taken)), facts,
                           own if own is not contents[job] else None))
    options = {"author": author, "today": today or date.today()}
    count = workers or os.cpu_count() or 1
    count = max(1, min(count, len(tasks)))
    runner = _run_here if count == 1 or len(tasks) <= IN_PROCESS_LIMIT else _run_pool
    written, more, timings, cancelled = runner(tasks, contents, options, count, progress, cancel)
    failures += more
    failures.sort(key=lambda f: (f.line is None, f.line or 0))
    used = 1 if runner is _run_here else count
    return BatchResult(tuple(written), tuple(failures), time.perf_counter() - started,
                       report_seconds=tuple(t for t, _ in timings),
                       report_cpu_seconds=tuple(c for _, c in timings), workers=used,
                       cancelled=cancelled)


def _run_here(tasks, contents, options, _count, progress, cancel):
    _init_worker(contents, options, register=True)
    written, failures, timings = [], [], []
    for done, task in enumerate(tasks, start=1):
        if cancel and cancel():
            return written, failures, timings, True
        _collect(_print_one(task), written, failures, timings)
        if progress:
            progress(done, len(tasks), task.employee.id)
    return written, failures, timings, False


def _run_pool(tasks, contents, options, count, progress, cancel):
    import multiprocessing

    written: list = []
    failures: list = []
    timings: list = []
    context = multiprocessing.get_context("spawn")  # safe beside Qt threads, same on Windows
    with ProcessPoolExecutor(count, mp_context=context, initializer=_init_pool_worker,
                             initargs=(contents, options)) as pool:
        pending: set[Future] = {pool.submit(_print_one, task) for task in tasks}
        done = 0
        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                outcome = _outcome(future)
                _collect(outcome, written, failures, timings)
                done += 1
                if progress:
                    progress(done, len(tasks), outcome[1])
            if cancel and cancel():
                for future in pending:
                    future.cancel()
                pool.shutdown(wait=True, cancel_futures=True)
                # reports already being printed are finished: keep them with the others, so
                # every file on disk is listed (and indexed for erasure)
                for future in pending:
                    if not future.cancelled():
                        _collect(_outcome(future), written, failures, timings)
                return written, failures, timings, True
    return written, failures, timings, False


def _outcome(future: Future) -> tuple:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a dead worker must not stop the batch
        return ("error", "", None, f"erreur inattendue ({type(exc).__name__})", (0.0, 0.0))


def _collect(outcome: tuple, written: list, failures: list, timings: list) -> None:
    status, employee_id, line, payload, seconds = outcome
    if status == "ok":
        written.append((employee_id, Path(payload)))
        timings.append(seconds)  # (wall, processor) seconds
    else:
        failures.append(BatchFailure(line, employee_id, payload))


# --- worker side ---------------------------------------------------------------------------

_contents: dict[str, JobContent] = {}
_options: dict[str, Any] = {}


def _init_pool_worker(contents: dict[str, JobContent], options: dict[str, Any]) -> None:
    """A worker process leaves Ctrl+C to its parent, which cancels the batch cleanly (a worker
    interrupted in the middle of a PDF would only print a traceback)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(contents, options)


def _init_worker(contents: dict[str, JobContent], options: dict[str, Any], register: bool = True) -> None:
    """Keep the job contents and register the fonts once per worker process."""
    _contents.clear()
    _contents.update(contents)
    _options.clear()
    _options.update(options)
    if register:
        from domain.reports.styles import register_fonts, stylesheet

        register_fonts()
        stylesheet()


def _print_one(task: _Task) -> tuple:
    """(status, employee id, line, path or message, (wall, cpu) seconds); never raises."""
    from domain.reports.content import build_report_data, person_part
    from domain.reports.document import build_report
    from domain.study import load_study

    started, cpu = time.perf_counter(), time.process_time()
    employee = task.employee
    try:
        job = load_study().find_job(employee.job).name
        facts = task.facts
        person = person_part(employee, _options["today"], facts.decisions if facts else (), facts)
        data = build_report_data(task.content or _contents[job], person, author=_options["author"],
                                 today=_options["today"], declared=facts.declared if facts else ())
        build_report(data, task.path)
    except UserError as exc:
        return ("error", employee.id, task.line, str(exc), (0.0, 0.0))
    except Exception as exc:  # noqa: BLE001 - one bad report must not stop the others
        return ("error", employee.id, task.line,
                f"erreur inattendue pendant la mise en page ({type(exc).__name__} : {exc})", (0.0, 0.0))
    return ("ok", employee.id, task.line, task.path,
            (time.perf_counter() - started, time.process_time() - cpu))
