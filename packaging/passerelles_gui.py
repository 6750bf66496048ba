"""Entry script of the window for the one-folder build (``passerelles.spec``)."""

import sys

from main import gui_entry

if __name__ == "__main__":
    sys.exit(gui_entry())
