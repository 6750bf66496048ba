"""Several report PDFs as one PDF whose pages stay vector (text and drawings, not pictures).

The window's « Enregistrer en un seul PDF » and « Imprimer dans un fichier » of a team write
what ``batch-reports`` wrote, page for page: pypdf copies each page object as it is, so 43 pages
stay about the size of the 43 files (a few hundred kilobytes each) and their text stays
selectable and searchable, where painting rendered pages would make a picture-only file of
tens of megabytes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from domain.errors import UserError, os_reason

Progress = Callable[[int, int], None]  # (files done, files in all)


def merge_pdfs(paths: Sequence[str | Path], out: str | Path, *, first_page: int = 0,
               last_page: int = 0, progress: Progress | None = None,
               cancel: Callable[[], bool] | None = None) -> int:
    """Write the pages of ``paths``, in order, to ``out``; returns the number of pages written.

    ``first_page``/``last_page`` (1-based, inclusive; 0 = from the start / to the end) keep a
    range of the merged pages, as a print dialog's « Pages de … à … » asks. The file is written
    beside ``out`` and moved into place, so a cancelled or failed merge leaves no half file.
    Raises ``UserError`` for a report that cannot be read or a file that cannot be written.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    target = Path(out)
    writer = PdfWriter()
    number = 0
    for done, path in enumerate(paths, start=1):
        if cancel and cancel():
            return 0
        try:
            reader = PdfReader(str(path))
            pages = list(reader.pages)
        except (OSError, PdfReadError) as exc:
            raise UserError(f"Le rapport « {Path(path).name} » n'a pas pu être relu : "
                            f"{exc}.") from None
        for page in pages:
            number += 1
            if number >= (first_page or 1) and (not last_page or number <= last_page):
                writer.add_page(page)
        if progress:
            progress(done, len(paths))
    partial = target.with_name(target.name + ".partiel")
    try:
        with open(partial, "wb") as handle:
            writer.write(handle)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Impossible d'écrire « {target} » : {os_reason(exc)}.") from None
    return len(writer.pages)
