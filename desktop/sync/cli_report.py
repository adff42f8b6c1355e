"""`rounds report activities [--from DATE] [--to DATE] --out FILE.xlsx [--lang zh_CN|en]`:
the market activities of the local store (the signed-in user's scope: a rep's own, a
manager's region) with their evaluation, to an .xlsx, offline and without a window.

The file is `desktop.domain.activity_report`'s. It opens the store as `rounds export
customers` does (`desktop.sync.cli_export.open_user_store`); its headers and values come
from the app's translation catalogue of the chosen language
(`desktop.ui.common.translations.catalogue`, no QApplication needed).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop.paths import AppPaths, app_paths
from desktop.sync.cli_export import EXIT_FAILED, EXIT_SIGN_IN, LANGUAGES, language, open_user_store

HELP = "write a report of this computer's store to an .xlsx (works offline)"


def add_arguments(name: str, parser) -> None:
    what = parser.add_subparsers(dest="report_command", required=True, metavar="WHAT")
    activities = what.add_parser(
        "activities", help="market activities with their cost, attendance and evaluation "
        "(every rule's figure and verdict)")
    activities.add_argument("--from", dest="start", type=_day, metavar="DATE",
                            help="only activities that end on or after DATE (YYYY-MM-DD)")
    activities.add_argument("--to", dest="end", type=_day, metavar="DATE",
                            help="only activities that start on or before DATE (YYYY-MM-DD)")
    activities.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx",
                            help="the file to write (replaced if it exists)")
    activities.add_argument("--lang", dest="cmd_lang", choices=LANGUAGES,
                            help="language of the headers and values (default: the "
                            "interface language, else zh_CN)")
    activities.add_argument("--data-dir", dest="cmd_data_dir", metavar="DIR",
                            help="keep data, logs and settings in DIR")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as 2026-03-31") from None


def run(name: str, args, paths: AppPaths) -> int:
    from desktop.domain.activity_report import activity_rows, write_activities_report
    from desktop.store.store_key import UNLOCK_ERRORS
    from desktop.ui.common.translations import catalogue

    if args.cmd_data_dir:
        paths = app_paths(args.cmd_data_dir)
    try:
        store = open_user_store(paths, args.server)
    except (ValueError, *UNLOCK_ERRORS) as exc:
        print(f"rounds report: {exc}", file=sys.stderr)
        return EXIT_SIGN_IN
    try:
        with store.read() as session:
            rows = activity_rows(session, start=args.start, end=args.end)
        count = write_activities_report(args.out, rows, catalogue(language(args, paths)))
    except OSError as exc:
        print(f"rounds report: cannot write {args.out}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    print(f"reported {count} activities to {args.out}", flush=True)
    return 0

