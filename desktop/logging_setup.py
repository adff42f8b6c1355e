"""Logging to a rotating file in the platform log dir (and to stderr for CLI commands).

The desktop app starts with a plain FileHandler on the log file and swaps in the rotating
handler once its window is on screen (`start_rotation`): `logging.handlers` and what it
imports (socket, pickle, queue) cost the window's first paint ~7 ms. Both write the same
file, so no record is lost; the rotating handler rolls the file over at its next record if
it has grown past the limit.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop.private_files import private_dir, private_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 5


def configure_logging(log_file: Path, *, verbose: bool = False, stderr: bool = False,
                      rotate: bool = True) -> None:
    """Log to `log_file` (rotated at MAX_BYTES, BACKUPS kept). With `rotate=False` the
    file is written by a plain handler until `start_rotation()` is called."""
    private_dir(log_file.parent)
    private_file(log_file)  # 0600 before a handler opens (and so creates) it
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_rounds", False):
            _remove(root, handler)
    if rotate:
        _add(root, _rotating_handler(log_file))
    else:
        _add(root, logging.FileHandler(log_file, encoding="utf-8"))
    if stderr:
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        console._rounds = True  # type: ignore[attr-defined]
        root.addHandler(console)


def start_rotation() -> None:
    """Replace the plain file handler of `configure_logging(rotate=False)` by the rotating
    one on the same file (nothing to do when it rotates already). Call it before other
    threads log: a record logged during the swap could be written twice."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rounds", False) and type(handler) is logging.FileHandler:
            _add(root, _rotating_handler(Path(handler.baseFilename)))
            _remove(root, handler)


def _rotating_handler(log_file: Path) -> logging.Handler:
    import logging.handlers

    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=MAX_BYTES,
                                                   backupCount=BACKUPS, encoding="utf-8")
    handler.rotator = _rotate_privately
    return handler


def _rotate_privately(source: str, destination: str) -> None:
    """Roll the log over (the renamed file keeps its 0600) and create the fresh file 0600
    before the handler opens it (it would be made with the umask's 0644)."""
    os.replace(source, destination)
    private_file(Path(source))


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._rounds = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def _remove(root: logging.Logger, handler: logging.Handler) -> None:
    root.removeHandler(handler)
    handler.close()
