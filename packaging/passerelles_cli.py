"""Entry script of the command line for the one-folder build (``passerelles.spec``)."""

import sys

from main import cli_entry

if __name__ == "__main__":
    sys.exit(cli_entry())
