"""The installed entry points must prepare multiprocessing themselves (frozen batch workers)."""

from __future__ import annotations

import multiprocessing

import main


def test_cli_entry_calls_freeze_support(monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: calls.append("cli"))
    assert main.cli_entry(["jobs", "--json"]) == 0
    assert calls == ["cli"]
    assert "\"jobs\"" in capsys.readouterr().out


def test_gui_entry_calls_freeze_support_before_the_window(monkeypatch):
    import gui.app

    order = []
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: order.append("freeze"))
    monkeypatch.setattr(gui.app, "run_gui", lambda argv: order.append("window") or 0)
    assert main.gui_entry() == 0
    assert order == ["freeze", "window"]
