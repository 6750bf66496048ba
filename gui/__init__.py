"""Thin Qt layer over ``domain``: main window, one module per view, table models, workers."""

from gui.qt_workarounds import guard_signal_refcount_bug

guard_signal_refcount_bug()
