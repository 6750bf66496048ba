"""Reading tables that people make: CSV and spreadsheet files exported by Excel or an HR system.

Modules:
- ``reader``: a file into text cells (``RawTable``), whatever the encoding or the spreadsheet
  format; every cell stays text so identifiers keep their leading zeros.

Used by the roster import (``domain.people.roster``) and the headcount files of the collective
plan (``domain.matching.plan``). May import: ``domain.errors``, ``domain.text``. Never imports
another ``domain`` subpackage.
"""
