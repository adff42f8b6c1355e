"""`rounds sync`: one full sync cycle without a window; prints one line of counts."""

from __future__ import annotations

import sys

from desktop.paths import AppPaths, app_paths

HELP = "run one sync cycle now and print pushed=N pulled=N conflicts=N rejected=N"

EXIT_FAILED, EXIT_SIGN_IN, EXIT_INCOMPATIBLE = 1, 2, 3


def add_arguments(name: str, parser) -> None:
    parser.add_argument("--server", dest="cmd_server", metavar="URL",
                        help="server address (default: the configured server)")
    parser.add_argument("--data-dir", dest="cmd_data_dir", metavar="DIR",
                        help="keep data, logs and settings in DIR")
    parser.add_argument("--progress", action="store_true",
                        help="report progress on standard error")
    parser.add_argument("--push-batch", type=int, default=200, metavar="N",
                        help="changes per push request (diagnostics)")
    parser.add_argument("--page-size", type=int, default=1000, metavar="N",
                        help="rows per pull or snapshot page (diagnostics)")


def run(name: str, args, paths: AppPaths) -> int:
    from desktop.store.store_key import UNLOCK_ERRORS
    from desktop.sync.account import last_account, open_session
    from desktop.sync.errors import (
        REVOKED_AND_WIPED,
        AuthError,
        DeviceRevokedError,
        SchemaIncompatibleError,
        SyncError,
    )
    from desktop.sync.wipe import wipe_local_data

    if args.cmd_data_dir:
        paths = app_paths(args.cmd_data_dir)
    server = args.cmd_server or args.server
    progress = None
    if args.progress:
        def progress(phase: str, done: int, total: int) -> None:
            print(f"progress {phase} {done}/{total}", file=sys.stderr, flush=True)
    try:
        account = last_account(paths, server)
        session = open_session(paths, account, push_batch=args.push_batch,
                               pull_limit=args.page_size,
                               snapshot_limit=max(args.page_size, 1))
    except (SyncError, ValueError, *UNLOCK_ERRORS) as exc:
        print(f"rounds sync: {exc}", file=sys.stderr)
        return EXIT_SIGN_IN
    try:
        report = session.client.run_cycle(progress=progress)
    except DeviceRevokedError:
        session.transport.close()
        report = wipe_local_data(paths, account, store=session.store)
        print(f"rounds sync: {REVOKED_AND_WIPED}", file=sys.stderr)
        for problem in report.problems:
            print(f"rounds sync: not deleted: {problem}", file=sys.stderr)
        return EXIT_SIGN_IN
    except AuthError as exc:
        print(f"rounds sync: sync failed: {exc}", file=sys.stderr)
        return EXIT_SIGN_IN
    except SchemaIncompatibleError as exc:
        print(f"rounds sync: sync failed: {exc}", file=sys.stderr)
        return EXIT_INCOMPATIBLE
    except SyncError as exc:
        print(f"rounds sync: sync failed: {exc} Unsent changes are kept "
              f"({session.store.pending_count()} waiting).", file=sys.stderr)
        return EXIT_FAILED
    finally:
        session.close()
    print(report.line(), flush=True)
    if report.server_restored:
        from desktop.sync.restore import notice_english

        print(f"rounds sync: {notice_english({'resent': report.resent})}", flush=True)
    return 0
