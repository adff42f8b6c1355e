"""Entry point of the frozen (PyInstaller) client: the same `rounds` command as the wheel's."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
