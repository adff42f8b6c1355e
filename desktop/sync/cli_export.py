"""`rounds export customers --out FILE.xlsx [--lang zh_CN|en]`: the customers of the local
store (the signed-in user's territories, or region for a manager) to an .xlsx without a
window and without the network, for IT scripts and for a rep who wants the file at once.

The file is the one the customers view's Export… and `rounds-server export customers`
write (`desktop.domain.customer_export`). It lives beside the sync's commands because it
opens the store the way they do: the account last signed in to the configured server.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.paths import AppPaths, app_paths

HELP = "write the customers of this computer's store to an .xlsx (works offline)"
LANGUAGES = ("zh_CN", "en")
EXIT_FAILED, EXIT_SIGN_IN = 1, 2


def add_arguments(name: str, parser) -> None:
    what = parser.add_subparsers(dest="export_command", required=True, metavar="WHAT")
    customers = what.add_parser("customers", help="every customer of the signed-in user's "
                                "territories, with their latest figures")
    customers.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx",
                           help="the file to write (replaced if it exists)")
    customers.add_argument("--lang", dest="cmd_lang", choices=LANGUAGES,
                           help="language of the headers and values (default: the "
                           "interface language, else zh_CN)")
    customers.add_argument("--data-dir", dest="cmd_data_dir", metavar="DIR",
                           help="keep data, logs and settings in DIR")


def run(name: str, args, paths: AppPaths) -> int:
    from desktop.domain.customer_list import CustomerFilter, export_customers
    from desktop.store.store_key import UNLOCK_ERRORS

    if args.cmd_data_dir:
        paths = app_paths(args.cmd_data_dir)
    try:
        store = open_user_store(paths, args.server)
    except (ValueError, *UNLOCK_ERRORS) as exc:
        print(f"rounds export: {exc}", file=sys.stderr)
        return EXIT_SIGN_IN
    try:
        count = export_customers(store, CustomerFilter(), args.out, language(args, paths))
    except OSError as exc:
        print(f"rounds export: cannot write {args.out}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    print(f"exported {count} customers to {args.out}", flush=True)
    return 0


def open_user_store(paths: AppPaths, server: str | None):
    """The store the window would open: the account last signed in to the configured
    server, else (no server configured) this computer's local store. ValueError when a
    server is configured and nobody has signed in to it yet."""
    from desktop.config import load_config
    from desktop.sync.local_account import last_account, open_local_store, open_store

    url = server or load_config(paths.user_settings_file).values.get("server_url")
    if not url:
        return open_local_store(paths)
    account = last_account(paths, url)
    if account is None:
        raise ValueError(f"nobody has signed in to {url} on this computer yet; sign in "
                         "with: rounds login --server URL --username NAME --password-stdin")
    return open_store(paths, account)


def language(args, paths: AppPaths) -> str:
    """--lang of the command, else the window's --lang, else the configured language
    (ROUNDS_LANG, the machine's file), else Chinese."""
    from desktop.config import load_config

    choice = args.cmd_lang or args.lang or \
        load_config(paths.user_settings_file).values.get("language")
    return choice if choice in LANGUAGES else "zh_CN"
