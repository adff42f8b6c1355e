"""Files and folders only their owner may read: 0600 files in 0700 folders (POSIX).

The client's store, logs and settings and the server's database and signing secret hold
customer data and password hashes; with the usual umask (022) they would be created
readable by every local account. Everything Rounds creates goes through here, and what an
older version created is tightened at start-up. Windows keeps its per-user ACLs (the
profile folders are private already), so these calls do nothing there.

Only folders Rounds owns are tightened when they already exist (its data, log and config
dirs); for a file given by path (a `--db sqlite:///…` anywhere) the missing folders are
created 0700 but an existing parent such as /tmp is left alone.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
POSIX = os.name == "posix"


def make_private_dirs(path: Path) -> Path:
    """Create `path` and its missing parents with mode 0700 (an existing one is left as is)."""
    path = Path(path)
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:  # made meanwhile by another process
            pass
        _chmod(folder, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    return Path(missing[0]) if missing else path


def private_dir(path: Path) -> Path:
    """A folder Rounds owns: created 0700 if missing, tightened to 0700 if it exists."""
    path = Path(path)
    make_private_dirs(path)
    _chmod(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty with mode 0600 (missing parents 0700), or tighten it to 0600."""
    path = Path(path)
    make_private_dirs(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    os.close(fd)
    _chmod(path, PRIVATE_FILE)
    return path


def private_sqlite_file(path: Path) -> Path:
    """A SQLite database file and its -wal, -shm and -journal companions, 0600. Call it
    before the first connection: SQLite creates the companions with the database file's
    mode, so a 0600 database never gets readable ones."""
    private_file(path)
    for suffix in SQLITE_COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            _chmod(companion, PRIVATE_FILE)
    return Path(path)


def tighten_existing(folder: Path, patterns: tuple[str, ...] = ()) -> None:
    """Tighten `folder` (0700) and the files in it matching `patterns` (0600), if it exists;
    nothing is created. For what an older version left readable."""
    folder = Path(folder)
    if not folder.is_dir():
        return
    _chmod(folder, PRIVATE_DIR)
    for pattern in patterns:
        for path in folder.glob(pattern):
            if path.is_file():
                _chmod(path, PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    if not POSIX:
        return
    try:
        current = os.stat(path).st_mode
        if current & stat.S_ISVTX:  # a shared folder such as /tmp given as the data dir
            return
        if (current & 0o777) != mode:
            os.chmod(path, mode)
    except PermissionError:  # not ours (a shared folder given as --data-dir): leave it
        pass


__all__ = ["make_private_dirs", "private_dir", "private_file",
           "private_sqlite_file", "tighten_existing"]
