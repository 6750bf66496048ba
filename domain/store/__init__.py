"""The embedded SQLite store: opening, migrations, backups and recovery of a damaged file.

Modules:
- ``connection``: ``connect()`` (pragmas, file mode 0600, migrations, quick_check, busy
  timeout) and ``transaction()``; ``DamagedStoreError``, ``StoreBusyError``;
- ``migrations``: the ordered schema migrations (``PRAGMA user_version``); each concept keeps
  its SQL beside its code (``rome.schema``, ``people.schema``, ``matching.levels_schema``);
- ``backup``: automatic rotated backups through SQLite's backup API, and restoring one;
- ``recovery``: what to offer at start-up when the file is damaged;
- ``window_lock``: a second window on the same store is told a first one is open.

May import: ``domain.errors``, ``domain.paths`` and the schema modules named above.
Never imports the services that use the store (``people``, ``matching``, ``reports``).
"""
