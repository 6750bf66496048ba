"""Reading tables that people make: CSV and spreadsheet files exported by Excel or an HR system.

Modules, one concept each:
- ``reader``: ``read_table(path, header_score)``, the entry point: recognises the format from
  the file's bytes and returns a ``RawTable`` of text cells;
- ``grid``: the records (``Sheet``, ``RawTable``, ``SkippedLine``);
- ``encodings``: bytes of a text export into text (UTF-8 with or without BOM, UTF-16,
  Windows-1252, Mac OS Roman), never guessed in silence (charset-normalizer);
- ``delimited``: CSV / text with « ; », « , » or tabs, CR, LF or CRLF line ends;
- ``workbooks``: Excel .xlsx (openpyxl): number formats, date epoch, formulas never calculated;
- ``legacy_excel``: Excel 97-2003 .xls (xlrd); ``opendocument``: LibreOffice .ods (calamine);
- ``markup``: HTML tables and Excel 2003 XML saved as « .xls »;
- ``values``: a spreadsheet value as the text Excel shows (zero-padded matricules);
- ``locate``: finding the table: the visible sheet, the header row, title, blank and footer lines.
- ``export``: the other way, a table the user sees written to an .xlsx workbook (texts
  neutralised against formula injection, numbers and dates kept typed).

Every cell stays text so identifiers keep their leading zeros. Used by the roster import
(``domain.people.roster``) and the headcount files of the collective plan
(``domain.matching.plan``). May import: ``domain.errors``, ``domain.text``, and the readers
(openpyxl, xlrd, python-calamine, charset-normalizer) inside the functions that use them.
Never imports another ``domain`` subpackage.
"""
