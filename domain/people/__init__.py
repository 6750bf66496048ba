"""People: the roster, each person's record (wishes, notes, declared competencies, decisions), RGPD.

Modules:
- ``employees``: the records (``Employee``, ``InterviewNote``, ``ChosenBridge``…) and their SQL;
- ``service``: the named edits of a person (one transaction each, with its audit line);
- ``register``: summaries over the people (headcounts per job, chosen bridges, a person's
  declared and rejected competencies);
- ``schema``: the people tables (migrations 2 and 5);
- ``roster`` (read / import, all or nothing), ``roster_columns`` (headers → fields),
  ``roster_cells`` (ids, dates), ``roster_rows`` (each line checked), ``roster_preview``
  (records), ``roster_jobs`` (job titles → the 58 jobs);
- ``job_titles`` (company titles mapped once), ``column_memory`` (column choices remembered per
  header row), ``roster_schema`` (their tables, migration 6);
- ``privacy``: access export, real erasure, note purge, pseudonymised statistics.

May import: ``domain.errors``, ``domain.text``, ``domain.paths``, ``domain.tables`` (reading
roster files), ``domain.study``, ``domain.store``, ``domain.rome`` (appellations help match job
titles). Never imports ``matching`` or ``reports``.
"""
