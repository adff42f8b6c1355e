"""Which of the store's indexes do the app's queries read? (decision 0042)

1. Log every SQL statement the tests run on a local store, one example per shape (literals
   and lists of them folded), a file per test process:

       ROUNDS_SQL_TRACE_DIR=/tmp/sqltrace .venv/bin/python -m pytest -p tools.index_survey \\
           -n 2 tests/desktop

2. Plan each logged statement (`EXPLAIN QUERY PLAN`) on a plain SQLite file and count, per
   index, the statements that read it, and per table the statements that scan it:

       .venv/bin/python -m tools.index_survey /tmp/sqltrace [FILE] [--show INDEX]

   Without FILE, a new file is made from the models with every index they declare (the
   server's set): what a laptop would read if it kept them all. Without statistics
   (`ANALYZE`), SQLite's plans do not depend on how many rows the tables hold. `--show`
   prints the statements that read one index.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

TRACE_DIR_ENV = "ROUNDS_SQL_TRACE_DIR"
_LITERAL = re.compile(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b|X'[0-9A-Fa-f]*'")
_LIST = re.compile(r"\?(?:\s*,\s*\?)+")
_PLANNED = ("SELECT", "UPDATE", "DELETE", "WITH", "INSERT", "REPLACE")

# -- pytest plugin (`-p tools.index_survey`) ---------------------------------------------------
_seen: dict[str, str] = {}


def _trace(sql: str) -> None:
    sql = re.sub(r"\s+", " ", sql).strip()
    if not sql.startswith("--"):
        _seen.setdefault(_LIST.sub("?", _LITERAL.sub("?", sql)), sql)


def pytest_configure(config) -> None:
    if not os.environ.get(TRACE_DIR_ENV):
        return
    import sqlcipher3
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "connect")
    def _connect(dbapi_connection, _record):
        if isinstance(dbapi_connection, sqlcipher3.dbapi2.Connection):
            dbapi_connection.set_trace_callback(_trace)


def pytest_sessionfinish(session, exitstatus) -> None:
    folder = os.environ.get(TRACE_DIR_ENV)
    if folder and _seen:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / f"{os.getpid()}.sql").write_text(
            "".join(f"{sql}\n" for sql in _seen.values()), encoding="utf-8")


# -- the survey --------------------------------------------------------------------------------
def _file_from_models(folder: Path) -> Path:
    """A new SQLite file in `folder` with the models' tables and every index they declare."""
    from sqlalchemy import create_engine

    from desktop.store import migrate

    path = folder / "models.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    for metadata in migrate.target_metadata():
        metadata.create_all(engine)
    engine.dispose()
    return path


def survey(trace_dir: Path, database: Path) -> tuple[dict, dict, int, int]:
    """({index: [statement]}, {table: [statement scanning it]}, planned, failed)."""
    import sqlcipher3

    statements = dict.fromkeys(
        line.rstrip("\n") for f in sorted(trace_dir.glob("*.sql"))
        for line in f.read_text(encoding="utf-8").splitlines())
    con = sqlcipher3.connect(str(database))
    uses, scans, planned, failed = defaultdict(list), defaultdict(list), 0, 0
    for sql in statements:
        if sql.lstrip("( ").split(" ", 1)[0].upper() not in _PLANNED:
            continue
        try:
            plan = con.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        except sqlcipher3.Error:
            failed += 1  # a table this file does not have (the search index's, temporary ones)
            continue
        planned += 1
        for row in plan:
            found = re.search(r"USING (?:COVERING )?INDEX (\S+)", row[-1])
            if found:
                uses[found.group(1)].append(sql)
            elif (scanned := re.match(r"SCAN (\S+)", row[-1])):
                scans[scanned.group(1)].append(sql)
    indexes = [name for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")]
    con.close()
    return {name: uses.get(name, []) for name in indexes}, dict(scans), planned, failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trace_dir", type=Path)
    parser.add_argument("database", type=Path, nargs="?")
    parser.add_argument("--show", metavar="INDEX")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="index-survey-") as folder:
        uses, scans, planned, failed = survey(
            args.trace_dir, args.database or _file_from_models(Path(folder)))
    if args.show:
        for sql in uses.get(args.show, []):
            print(sql)
        return 0
    print(f"{planned} statements planned, {failed} not (tables the file does not have)")
    for name, statements in uses.items():
        print(f"{len(statements):5d}  {name}")
    print("statements scanning a whole table:")
    for table, statements in sorted(scans.items(), key=lambda item: -len(item[1])):
        print(f"{len(statements):5d}  {table}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
