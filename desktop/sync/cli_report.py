"""`rounds report activities|team [--from DATE] [--to DATE] --out FILE.xlsx [--lang zh_CN|en]`:
a report of the local store (the signed-in user's scope: a rep's own, a manager's region)
to an .xlsx, offline and without a window: the market activities with their evaluation, or
the team's KPIs by rep and period, quota achievement and customers at risk.

The files are `desktop.domain.activity_report`'s and `desktop.domain.team_report`'s. It opens the store as `rounds export
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
    _common(activities)
    team = what.add_parser(
        "team", help="the team's KPIs by rep and period, quota achievement and customers at "
        "risk, one sheet each")
    team.add_argument("--from", dest="start", type=_day, metavar="DATE",
                      help="first day (YYYY-MM-DD; default: the first of the month eleven "
                      "months before --to)")
    team.add_argument("--to", dest="end", type=_day, metavar="DATE",
                      help="last day (YYYY-MM-DD; default: today)")
    _common(team)


def _common(parser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx",
                        help="the file to write (replaced if it exists)")
    parser.add_argument("--lang", dest="cmd_lang", choices=LANGUAGES,
                        help="language of the headers and values (default: the "
                        "interface language, else zh_CN)")
    parser.add_argument("--data-dir", dest="cmd_data_dir", metavar="DIR",
                        help="keep data, logs and settings in DIR")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as 2026-03-31") from None


def run(name: str, args, paths: AppPaths) -> int:
    from desktop.store.store_key import UNLOCK_ERRORS
    from desktop.ui.common.translations import catalogue

    if args.cmd_data_dir:
        paths = app_paths(args.cmd_data_dir)
    if args.start and args.end and args.start > args.end:
        print(f"rounds report: --from {args.start} is after --to {args.end}", file=sys.stderr)
        return EXIT_FAILED
    try:
        store = open_user_store(paths, args.server)
    except (ValueError, *UNLOCK_ERRORS) as exc:
        print(f"rounds report: {exc}", file=sys.stderr)
        return EXIT_SIGN_IN
    write = _team if args.report_command == "team" else _activities
    try:
        done = write(store, args, catalogue(language(args, paths)))
    except OSError as exc:
        print(f"rounds report: cannot write {args.out}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    print(f"reported {done} to {args.out}", flush=True)
    return 0


def _activities(store, args, translate) -> str:
    from desktop.domain.activity_report import activity_rows, write_activities_report

    with store.read() as session:
        rows = activity_rows(session, start=args.start, end=args.end)
    return f"{write_activities_report(args.out, rows, translate)} activities"


def _team(store, args, translate) -> str:
    from desktop.domain.team_report import write_team_report

    counts = write_team_report(args.out, store, args.start, args.end, translate)
    return (f"{counts['kpis']} KPI rows, {counts['quotas']} quota rows and "
            f"{counts['risks']} customers at risk")

