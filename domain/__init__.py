"""Pure-Python core of Passerelles: one subpackage per concept, no Qt, no argparse.

- ``study``: the sector study's facts (58 jobs, exposure qualifications, profiles, five axes);
- ``rome``: France Travail's ROME 4.0 releases and the mapping of the 58 jobs to its sheets;
- ``matching``: competency profiles, similarity, job graph, bridges, training and collective plans;
- ``people``: the roster, each person's record, RGPD rights;
- ``store``: the SQLite file (connection, migrations, backups, recovery);
- ``tables``: reading CSV and spreadsheet files made by people;
- ``reports``: the PDF reports (reportlab).

Beside them, a few modules every package uses: ``errors`` (French user errors with their
location), ``text`` (name folding, French number formats), ``paths`` (data folder, ROME
source), ``data_files`` (reading the reviewed CSV files of ``data/``).

Layers, lowest first (a package imports only from lower layers; ``tests/test_architecture.py``
checks it): the shared modules and ``tables``; ``study``; ``store``; ``rome``; ``people`` and
``matching``; ``reports``. The one exception: ``store.migrations`` lists the schema modules
(plain SQL) of ``rome``, ``people`` and ``matching``. The GUI (``gui/``) and the command line
(``cli/``) are thin interfaces over these packages; nothing here imports Qt, ``gui``, ``cli``
or argparse, so the command line, the tests and the window share one implementation of
every rule.
"""
