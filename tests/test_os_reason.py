"""File errors reach the user in French, whatever the system says."""

import errno

from domain.errors import os_reason


def test_known_system_errors_are_said_in_french():
    assert os_reason(OSError(errno.ENOENT, "No such file or directory")) == \
        "fichier ou dossier introuvable"
    assert os_reason(IsADirectoryError(errno.EISDIR, "Is a directory")) == "ce chemin est un dossier"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")).startswith("accès refusé")


def test_a_missing_file_read_for_real_is_explained_in_french(tmp_path):
    try:
        (tmp_path / "absent.csv").read_bytes()
    except OSError as exc:
        assert os_reason(exc) == "fichier ou dossier introuvable"
    else:
        raise AssertionError("reading a missing file should fail")


def test_unknown_errors_keep_the_system_words():
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert os_reason(ValueError("détail")) == "détail"
