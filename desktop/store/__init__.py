"""The local store: engine, migrations, the single write path, and customer search.

The package itself imports nothing, so `desktop.store.quick_open` loads without the database
layer (decision 0030). The search index's write hook is registered by `desktop.store.hooks`,
which every write path imports, so every Store keeps the index right from its first write.
"""
