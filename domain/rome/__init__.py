"""France Travail's ROME 4.0 referential: reading, validating and importing a release.

Modules:
- ``model``: plain records of a release (``RomeRelease``, ``RomeSheet``, ``RomeItem``…);
- ``reader``: reading and validating an official release (folder or zip of « RefRomeCsv »);
- ``importer``: storing a release (one transaction; a no-op for the same release);
- ``repository``: the release in use (``--rome``, ``PASSERELLES_ROME`` or the store);
- ``schema``: the ROME tables (migration 1) and the followed mapping per import (migration 7);
- ``job_mapping``: the reviewed mapping of the study's 58 jobs to ROME sheets and appellations
  (``data/job_rome.csv``), each row followed into a release through its appellation
  (``job_codes(release)``: the codes everything must use);
- ``changes``: what a release changed compared with the previous one;
- ``upgrade``: what an import changes for the 58 jobs, recorded levels and chosen bridges
  (``UpgradeReport``; other packages' tables read as plain SQL).

May import: ``domain.errors``, ``domain.text``, ``domain.paths``, ``domain.data_files``,
``domain.store``. Never imports ``study`` services, ``people``, ``matching`` or ``reports``.
"""
