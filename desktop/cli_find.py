"""`rounds find QUERY [--limit N]`: the customers view's search on the local store, without a
window (IT diagnostics, scripted tests). One hit per line, best first: name, kind, city,
organisation, separated by tabs. When nothing matches as typed, the close matches (a typo, a
homophone) are printed and "did you mean" goes to standard error. Exit status 0 when
something was found, 1 when nothing was, 2 when the store cannot be opened."""

from __future__ import annotations

import sys

from desktop.paths import AppPaths, app_paths

HELP = "search the customers as the customers view does; one hit per line (tab-separated)"

EXIT_NOTHING, EXIT_NO_STORE = 1, 2


def add_arguments(name: str, parser) -> None:
    parser.add_argument("query", metavar="QUERY",
                        help="what a rep would type: name, pinyin, initials, city, phone…")
    parser.add_argument("--limit", type=int, default=50, metavar="N",
                        help="print at most N hits (default 50)")
    parser.add_argument("--server", dest="cmd_server", metavar="URL",
                        help="the account of this server (default: the configured server)")
    parser.add_argument("--data-dir", dest="cmd_data_dir", metavar="DIR",
                        help="keep data, logs and settings in DIR")


def _clean(value: str | None) -> str:
    """A field as one cell: no tab or line break of its own."""
    return " ".join((value or "").split())


def _store_path(paths: AppPaths, server: str | None):
    """The store the window would open: the last signed-in account of the configured (or
    given) server, else this computer's local store."""
    from desktop.config import load_config
    from desktop.sync.local_account import LOCAL_ACCOUNT, last_account

    config = load_config(paths.user_settings_file, cli={"server_url": server} if server else {})
    url = config["server_url"]
    account = last_account(paths, url) if url else None
    return paths.store_file(account.name if account else LOCAL_ACCOUNT)


def run(name: str, args, paths: AppPaths) -> int:
    from desktop.store.store_key import UNLOCK_ERRORS

    if args.cmd_data_dir:
        paths = app_paths(args.cmd_data_dir)
    if args.limit < 1:
        print("rounds find: --limit must be at least 1", file=sys.stderr)
        return EXIT_NO_STORE
    try:
        path = _store_path(paths, args.cmd_server or args.server)
    except ValueError as exc:  # a malformed server address
        print(f"rounds find: {exc}", file=sys.stderr)
        return EXIT_NO_STORE
    if not path.exists():
        print(f"rounds find: no local data yet ({path}); sign in and sync, or open Rounds "
              "once", file=sys.stderr)
        return EXIT_NO_STORE
    from desktop.domain.customer_list import CustomerFilter, search
    from desktop.store.store import Store

    try:
        store = Store.open(path)
    except UNLOCK_ERRORS as exc:
        print(f"rounds find: {exc}", file=sys.stderr)
        return EXIT_NO_STORE
    try:
        found = search(store, CustomerFilter(text=args.query), args.limit)
    finally:
        store.close()
    out = sys.stdout
    for row in found.rows:
        out.write("\t".join(_clean(v) for v in (
            row.name, row.kind, row.city, row.organisation_name)) + "\n")
    out.flush()
    if found.fuzzy:
        meant = f"; did you mean: {found.suggestion}" if found.suggestion else ""
        print(f"rounds find: nothing matches {args.query!r} exactly; close matches "
              f"shown{meant}", file=sys.stderr)
    return 0 if found.rows else EXIT_NOTHING
