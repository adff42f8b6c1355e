"""The local store: engine, migrations, the single write path, and customer search.

Importing the package registers the search index's write hook, so every Store keeps the
index right from its first write.
"""

from desktop.store import search as _search  # noqa: F401 - registers the write hook
