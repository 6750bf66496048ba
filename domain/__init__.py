"""Pure-Python core of Passerelles: study data, ROME, scoring, graph, bridges, store, reports.

Nothing in this package imports Qt, so the command line, the tests and the GUI share one
implementation of every rule.
"""
