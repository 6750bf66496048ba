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
    """Run the command line; returns the process exit code (0, 1 or 2).

    Without ``argv`` it is the installed ``passerelles-cli`` command (``[project.scripts]`` or
    the one-folder build): messages then name that command instead of « python main.py ».
    """
    _freeze_support()
    from cli.runner import run

    if argv is None:
        from domain.text import set_command_name

        set_command_name(installed_command(sys.argv[0] if sys.argv else ""))

    return run(list(sys.argv[1:] if argv is None else argv), COMMAND_MODULES)


def installed_command(argv0: str) -> str | None:
    """« passerelles-cli » for the program path of an installed command (``.exe`` dropped on
    Windows); None for anything else (``main.py``, ``-c``, a test runner)."""
    name = argv0.replace("\\", "/").rsplit("/", 1)[-1]
    if name.lower().endswith(".exe"):
        name = name[:-4]
    return name if name.startswith("passerelles") else None


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
