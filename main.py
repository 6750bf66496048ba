"""Passerelles: opens the window by default; subcommands give a headless command line.

    python main.py                      # the desktop application
    python main.py jobs --json          # scripting and batch work (see --help)
"""

from __future__ import annotations

import sys

# One module per group of subcommands; each exposes ``register(subparsers)``.
COMMAND_MODULES: tuple[str, ...] = ("cli.rome", "cli.study", "cli.bridges", "cli.people",
                                    "cli.mobility", "cli.job_titles", "cli.similarity",
                                    "cli.reports", "cli.profiles")


def cli_entry(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code (0, 1 or 2)."""
    _freeze_support()
    from cli.runner import run

    return run(list(sys.argv[1:] if argv is None else argv), COMMAND_MODULES)


def gui_entry() -> int:
    """Open the main window (the default when no subcommand is given)."""
    _freeze_support()
    from gui.app import run_gui

    return run_gui(sys.argv)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0].startswith("-platform") or args[0] == "--rome" and len(args) == 2:
        return gui_entry()
    return cli_entry(args)


def _freeze_support() -> None:
    """Let a frozen executable act as a batch worker when the spawned pool starts it.

    The installed entry points (``[project.scripts]``, ``[project.gui-scripts]``) call
    ``cli_entry`` / ``gui_entry`` directly, never the ``__main__`` block, so both must do it;
    a second call is harmless.
    """
    import multiprocessing

    multiprocessing.freeze_support()


if __name__ == "__main__":
    sys.exit(main())
