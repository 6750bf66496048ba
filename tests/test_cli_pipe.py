"""A command whose output is piped into a reader that stops early (``… | head``) ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run_into_closed_pipe(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is already gone: the first write fails with EPIPE
    try:
        env = dict(os.environ, PASSERELLES_DATA_DIR=str(data_dir))
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, stdout=write_end,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    finally:
        os.close(write_end)


def test_closed_pipe_ends_quietly_without_a_log_entry(tmp_path):
    result = _run_into_closed_pipe(["jobs"], tmp_path)
    assert result.stderr == ""
    assert result.returncode in (0, 141)
    assert not (tmp_path / "passerelles.log").exists()


def test_closed_pipe_with_json_output_ends_quietly(tmp_path):
    result = _run_into_closed_pipe(["jobs", "--json"], tmp_path)
    assert result.stderr == ""
    assert result.returncode in (0, 141)
