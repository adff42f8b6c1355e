"""`rounds wipe-local-data`: delete every account's local data on this computer (IT)."""

from __future__ import annotations

import sys

from desktop.paths import AppPaths, app_paths

HELP = ("delete all Rounds data of every account on this computer: stores (with unsent "
        "changes), sign-in tokens and keys in the keyring, remembered accounts")


def add_arguments(name: str, parser) -> None:
    parser.add_argument("--data-dir", dest="cmd_data_dir", metavar="DIR",
                        help="the data folder to wipe (default: this user's)")
    parser.add_argument("--yes", action="store_true",
                        help="do not ask for confirmation (required when not run in a terminal)")


def run(name: str, args, paths: AppPaths) -> int:
    from desktop.sync.wipe import planned_wipe, wipe_local_data

    if args.cmd_data_dir:
        paths = app_paths(args.cmd_data_dir)
    files, accounts = planned_wipe(paths)
    print(f"This deletes all Rounds data of this user on this computer ({paths.data_dir}):",
          file=sys.stderr)
    print(f"  {len(files)} file(s) in {paths.accounts_dir} (customers, call reports and "
          "changes not yet sent to the server: they are lost)", file=sys.stderr)
    for account in accounts:
        print(f"  the sign-in and store key of {account.name} in the OS keyring",
              file=sys.stderr)
    print("  the remembered accounts in the user settings (logs and other settings stay)",
          file=sys.stderr)
    if not args.yes:
        if not sys.stdin.isatty():
            print("rounds wipe-local-data: refused: not run in a terminal; add --yes to "
                  "confirm", file=sys.stderr)
            return 2
        answer = input("Type 'wipe' to delete it all: ").strip().lower()
        if answer != "wipe":
            print("rounds wipe-local-data: nothing deleted", file=sys.stderr)
            return 1
    report = wipe_local_data(paths)
    for problem in report.problems:
        print(f"rounds wipe-local-data: not deleted: {problem}", file=sys.stderr)
    print(f"wiped: {len(report.deleted_files)} file(s) deleted, "
          f"{len(report.forgotten_accounts)} account(s) signed out and forgotten")
    return 0 if report.complete else 1
