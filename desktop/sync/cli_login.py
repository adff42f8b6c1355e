"""`rounds login` and `rounds logout`: headless sign-in for IT diagnostics and scripts."""

from __future__ import annotations

import getpass
import sys

from desktop.paths import AppPaths, app_paths

HELP = {
    "login": "sign in to a server (tokens go to the OS keyring)",
    "logout": "sign out (refused while changes are unsent, unless --force)",
}


def add_arguments(name: str, parser) -> None:
    parser.add_argument("--server", dest="cmd_server", metavar="URL",
                        help="server address (default: the configured server)")
    parser.add_argument("--data-dir", dest="cmd_data_dir", metavar="DIR",
                        help="keep data, logs and settings in DIR")
    if name == "login":
        parser.add_argument("--username", required=True, metavar="U")
        parser.add_argument("--password-stdin", action="store_true",
                            help="read the password from the first line of standard input")
    else:
        parser.add_argument("--force", action="store_true",
                            help="sign out even though changes are unsent (they are kept)")


def _paths(args, paths: AppPaths) -> AppPaths:
    return app_paths(args.cmd_data_dir) if getattr(args, "cmd_data_dir", None) else paths


def run(name: str, args, paths: AppPaths) -> int:
    from desktop.config import load_config
    from desktop.store.store_key import UNLOCK_ERRORS
    from desktop.sync.account import UnsentChangesError, last_account, login, logout
    from desktop.sync.errors import SyncError

    paths = _paths(args, paths)
    server = args.cmd_server or args.server or load_config(
        paths.user_settings_file).values.get("server_url")
    if name == "login":
        if not server:
            print("rounds login: give the server address with --server URL", file=sys.stderr)
            return 2
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        elif sys.stdin.isatty():
            password = getpass.getpass(f"Password for {args.username}: ")
        else:
            print("rounds login: no password: use --password-stdin", file=sys.stderr)
            return 2
        try:
            user = login(paths, server, args.username, password)
        except (SyncError, ValueError, *UNLOCK_ERRORS) as exc:
            print(f"rounds login: sign-in failed: {exc}", file=sys.stderr)
            return 1
        print(f"signed in as {user.get('display_name') or args.username} "
              f"({user.get('role', '?')}) at {server}")
        return 0
    account = last_account(paths, server)
    if account is None:
        print("rounds logout: nobody is signed in", file=sys.stderr)
        return 0
    try:
        unsent = logout(paths, account, force=args.force)
    except UnsentChangesError as exc:
        print(f"rounds logout: refused: {exc}", file=sys.stderr)
        return 1
    except (SyncError, *UNLOCK_ERRORS) as exc:
        print(f"rounds logout: {exc}", file=sys.stderr)
        return 1
    if unsent:
        print(f"warning: {unsent} unsent change(s) are kept on this computer and will be "
              "sent after you sign in again", file=sys.stderr)
    print(f"signed out of {account.name}")
    return 0
