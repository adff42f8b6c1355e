"""Qt-free query and write helpers the screens use (plain rows in, plain rows out).

Everything here takes a `Store` and returns plain dataclasses, so it is tested without a
QApplication and could move into `desktop/domain` later.
"""
