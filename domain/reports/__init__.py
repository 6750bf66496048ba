"""PDF reports (reportlab): one person's transition report or a generic job sheet.

    data = report_data_for_job("Chargé d'assistance")        # or report_data_for_person(...)
    build_report(data, "rapport.pdf")

``content``/``job_content`` gather plain :mod:`~domain.reports.model` records from the domain
services, ``sections``/``sections_plan`` turn them into flowables, ``document`` writes the PDF
``batch`` prints a whole roster on every core and ``merge`` joins reports into one PDF whose
pages stay vector (pypdf). reportlab is only imported when a report is
built, so importing this package is cheap.

May import every other ``domain`` subpackage (a report gathers them all); nothing in
``domain`` imports ``reports``.
"""

from domain.reports.content import (
    build_report_data,
    report_data_for_employee,
    report_data_for_job,
    report_data_for_person,
)
from domain.reports.document import build_report
from domain.reports.job_content import ReportContext, job_content
from domain.reports.model import ReportData

__all__ = [
    "ReportContext", "ReportData", "build_report", "build_report_data", "job_content",
    "report_data_for_employee", "report_data_for_job", "report_data_for_person",
]
