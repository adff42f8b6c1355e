"""Modules a library imports at the start but the start never uses, loaded on first use
instead (the standard library's `importlib.util.LazyLoader`).

The start reads the store's key from the keyring before Today is shown. Importing `keyring`
imports `jaraco.context`, which imports `urllib.request` (and with it `http.client`,
`email`, `ssl`: ~20 ms) for a download helper the keyring never calls. Under `deferring()`
that import gives a module whose code runs when something first touches it. (A module
imported by name, `import x`, is touched at once by PySide6's import hook, and one used
while its importer loads is too: `tarfile`, `importlib_metadata`. Only a submodule
imported as `import package.module` and used later stays deferred.)

A deferred module must be touched first on one thread: Python 3.11's lazy module is not
safe against two threads loading it at once. `load_deferred()` loads what is still
deferred; the app calls it on the main thread after the first look, before the store opens
and any other thread (the sync, the database thread) can import one of them.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.abc import MetaPathFinder
from types import ModuleType

# what importing `keyring` brings that reading a secret never runs
KEYRING_UNUSED = ("urllib.request",)

_deferred: dict[str, ModuleType] = {}  # name -> its lazy module, until loaded


class _DeferringFinder(MetaPathFinder):
    """Finds `names` as the other finders do, with their loader made lazy."""

    def __init__(self, names: tuple[str, ...]):
        self.names = names

    def find_spec(self, fullname, path, target=None):
        if fullname not in self.names:
            return None
        index = sys.meta_path.index(self)
        for finder in sys.meta_path[index + 1:]:
            find = getattr(finder, "find_spec", None)
            spec = find(fullname, path, target) if find is not None else None
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec  # a namespace package or an old-style loader: as usual
        spec.loader = importlib.util.LazyLoader(spec.loader)
        return spec


@contextmanager
def deferring(names: tuple[str, ...] = KEYRING_UNUSED) -> Iterator[None]:
    """Within the block, a first import of one of `names` gives a module that loads when
    first touched. Modules already imported are not affected."""
    finder = _DeferringFinder(tuple(name for name in names if name not in sys.modules))
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
        for name in finder.names:  # imported lazily, and not yet touched
            module = sys.modules.get(name)
            if module is not None and type(module) is not ModuleType:
                _deferred[name] = module


def still_deferred() -> list[str]:
    """Names of the modules deferred and not yet loaded."""
    return [name for name, module in _deferred.items() if type(module) is not ModuleType]


def load_deferred() -> None:
    """Load every module still deferred (call it on the main thread, before other threads
    may import one)."""
    for name in still_deferred():
        _deferred[name].__name__  # noqa: B018 - touching a deferred module runs its code
    _deferred.clear()
