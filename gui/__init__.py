"""Thin Qt layer over ``domain``: main window, one module per view, table models, workers."""
