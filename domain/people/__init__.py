"""People: the roster, each person's record (wishes, notes, declared competencies, decisions), RGPD.

Modules:
- ``employees``: the records (``Employee``, ``InterviewNote``, ``ChosenBridge``…) and their SQL;
- ``service``: the named edits of a person (one transaction each, with its audit line);
- ``register``: summaries over the people (headcounts per job, chosen bridges, a person's
  declared and rejected competencies);
- ``schema``: the people tables (migrations 2 and 5);
- ``roster``, ``roster_files``, ``roster_jobs``: importing a roster file (reading the table,
  checking each line, matching job titles to the 58 jobs), all or nothing;
- ``privacy``: access export, real erasure, note purge, pseudonymised statistics.

May import: ``domain.errors``, ``domain.text``, ``domain.paths``, ``domain.study``,
``domain.store``. Never imports ``matching`` or ``reports``.
"""
