"""Benchmarks of Rounds: `python -m bench [NAME ...]` (see bench/README.md).

The local store's key lives in the OS keyring (decision 0014), which benchmark machines
lack: unless the environment names a backend, benchmarks and the clients they start use the
test keyring in a file kept beside the cached demo stores, so a cached store stays readable
from one run to the next."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CACHE_DIR = Path(tempfile.gettempdir()) / "rounds-bench"

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")
os.environ.setdefault("ROUNDS_TEST_KEYRING_FILE", str(CACHE_DIR / "keyring.json"))
CACHE_DIR.mkdir(parents=True, exist_ok=True)


def cached_store_usable(path: Path) -> bool:
    """Whether a cached store exists and its key is in the keyring (a lost key file means
    building it again)."""
    from desktop.store.store_key import load_key

    return path.exists() and load_key(path) is not None


def copy_store(source: Path, target: Path) -> Path:
    """A private copy of a closed store file, its key copied in the keyring too (a store's
    key is kept under the file's path)."""
    import shutil

    from desktop.store.store_key import load_key, save_key

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    save_key(target, load_key(source))
    return target


def move_store(source: Path, target: Path) -> None:
    """Rename a closed store file over `target`, its key following it in the keyring."""
    from desktop.store.store_key import delete_key, load_key, save_key

    save_key(target, load_key(source))
    os.replace(source, target)
    delete_key(source)
