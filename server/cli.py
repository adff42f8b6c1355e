"""`rounds-server`: serve the API and administer the server from the command line.

Every subcommand takes --db URL (else ROUNDS_DATABASE_URL, else a SQLite file in the
server data dir) and migrates the database before doing anything else. Commands that can
only work on data already there (listing, revoking, reassigning, importing into a
territory) refuse a database that does not exist instead of creating an empty one.

An admin command prints its result and nothing else: log records below WARNING (Alembic's
migration steps among them) are shown only with --verbose. `serve` logs at INFO, as an
operator reading the service's log expects.
"""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import make_url

from server import __version__
from server.core.config import Settings
from server.core.db import create_server_engine, migrate
from server.models.accounts import ROLES


def _common(*, needs_database: bool = False) -> argparse.ArgumentParser:
    """The options every subcommand takes. `needs_database`: the command only works on an
    existing database (see `missing_database`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", help="database URL (default: "
                        "ROUNDS_DATABASE_URL, else a SQLite file in the server data dir)")
    common.add_argument("--data-dir", metavar="DIR", help="server data dir (SQLite file, "
                        "signing secret); default ROUNDS_SERVER_DATA_DIR or the user data dir")
    common.add_argument("-v", "--verbose", action="store_true",
                        help="also show informational log messages (database migrations)")
    common.set_defaults(needs_database=needs_database)
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    existing = _common(needs_database=True)
    parser = argparse.ArgumentParser(prog="rounds-server", description="Rounds central server")
    parser.add_argument("--version", action="version", version=f"rounds-server {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (one per CPU core is a good start)")
    serve.add_argument("--no-access-log", action="store_true",
                       help="do not log every request (the server's own messages remain)")
    serve.add_argument("--trusted-proxies", metavar="LIST",
                       help="reverse proxies whose X-Forwarded-For is believed: addresses or "
                       "networks, comma separated (default ROUNDS_TRUSTED_PROXIES, else none)")
    sub.add_parser("init", parents=[common], help="create or upgrade the database")
    sub.add_parser("restored-from-backup", parents=[existing],
                   help="after restoring the database from a backup: start a new server "
                   "epoch, so that every laptop sends again what the server lost and "
                   "downloads everything afresh")
    seed = sub.add_parser("seed-demo", parents=[common], help="load demo data and users")
    seed.add_argument("--customers", type=int, default=600)
    seed.add_argument("--visits", type=int, default=None)
    seed.add_argument("--seed", type=int, default=7)

    user = sub.add_parser("user", help="manage accounts").add_subparsers(
        dest="user_command", required=True, metavar="ACTION")
    add = user.add_parser("add", parents=[common], help="add an account")
    add.add_argument("--username", required=True)
    add.add_argument("--role", required=True, choices=list(ROLES),
                     help="rep, manager, admin, qa (complaint handler) or pv "
                     "(pharmacovigilance desk)")
    add.add_argument("--display-name")
    add.add_argument("--region", help="region code or name (created when missing)")
    add.add_argument("--territory", help="territory code or name (created when missing)")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input (required)")
    user.add_parser("list", parents=[existing], help="list accounts")
    password = user.add_parser("set-password", parents=[existing],
                               help="reset a password (signs the user out everywhere)")
    password.add_argument("--username", required=True)
    password.add_argument("--password-stdin", action="store_true",
                          help="read the new password from standard input (required)")
    for action, summary in (
            ("deactivate", "disable an account (signs the user out everywhere)"),
            ("activate", "enable a deactivated account again")):
        user.add_parser(action, parents=[existing], help=summary).add_argument(
            "--username", required=True)

    imp = sub.add_parser("import", help="import data").add_subparsers(
        dest="import_command", required=True, metavar="WHAT")
    customers = imp.add_parser("customers", parents=[existing],
                               help="import customers from .xlsx or .csv (UTF-8 or GBK)")
    customers.add_argument("file", type=Path)
    customers.add_argument("--territory", required=True)
    customers.add_argument("--update", action="store_true",
                           help="update the customers of the territory the file matches "
                           "(customer code, else name within the city or organisation) "
                           "instead of reporting them as duplicates; empty cells change "
                           "nothing")
    metrics = imp.add_parser("metrics", parents=[existing],
                             help="import customers' monthly figures (outpatient, "
                             "prescriptions, purchases, sales); a month in the file replaces "
                             "that customer's month")
    metrics.add_argument("file", type=Path)

    export = sub.add_parser("export", help="export data").add_subparsers(
        dest="export_command", required=True, metavar="WHAT")
    customers_out = export.add_parser(
        "customers", parents=[existing], help="a territory's or region's customers, with "
        "their latest figures, to .xlsx (the columns `import customers` reads)")
    scope = customers_out.add_mutually_exclusive_group(required=True)
    scope.add_argument("--territory", help="territory code, name or id")
    scope.add_argument("--region", help="region code, name or id (all its territories)")
    customers_out.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    customers_out.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN",
                               help="language of the headers and values (default zh_CN)")

    territory = sub.add_parser("territory", help="manage territories").add_subparsers(
        dest="territory_command", required=True, metavar="ACTION")
    reassign = territory.add_parser("reassign", parents=[existing],
                                    help="move a territory (and its history) to a rep")
    reassign.add_argument("territory")
    reassign.add_argument("--to", required=True, metavar="USERNAME")

    target = sub.add_parser("target", help="call-frequency targets per tier").add_subparsers(
        dest="target_command", required=True, metavar="ACTION")
    set_target = target.add_parser("set", parents=[common],
                                   help="set the calls a month for a tier")
    set_target.add_argument("--tier", required=True, choices=["A", "B", "C", "D"])
    set_target.add_argument("--calls", required=True, type=int, metavar="N",
                            help="calls a month per customer of the tier")
    set_target.add_argument("--region", help="region code or name (default: company-wide)")
    target.add_parser("list", parents=[existing], help="list targets")

    quota = sub.add_parser("quota", help="sales quotas").add_subparsers(
        dest="quota_command", required=True, metavar="ACTION")
    set_quota = quota.add_parser("set", parents=[existing],
                                 help="set a region's yearly quota of a product, split by month")
    set_quota.add_argument("--year", required=True, type=int)
    set_quota.add_argument("--product", required=True, help="product id or name")
    set_quota.add_argument("--region", required=True, help="region code, name or id")
    set_quota.add_argument("--amount", required=True, type=float, help="CNY for the year")
    set_quota.add_argument("--monthly-split", choices=["even", "last-year"], default="even",
                           help="even, or in proportion to the region's sales last year")

    approve = quota.add_parser("approve", parents=[existing],
                               help="approve a region's draft rep and hospital quotas of a year")
    approve.add_argument("--year", required=True, type=int)
    approve.add_argument("--region", required=True, help="region code, name or id")

    pv = sub.add_parser("pv", help="pharmacovigilance").add_subparsers(
        dest="pv_command", required=True, metavar="ACTION")
    cases = pv.add_parser("cases", parents=[existing],
                          help="suspected adverse reactions with their clock, tab-separated")
    cases.add_argument("--open", action="store_true",
                       help="only cases not yet reported to the authority")
    cases.add_argument("--tz", default="Asia/Shanghai",
                       help="time zone of the times shown (default Asia/Shanghai)")
    complaint = sub.add_parser("complaint", help="complaint handling").add_subparsers(
        dest="complaint_command", required=True, metavar="ACTION")
    route = complaint.add_parser("route", parents=[existing],
                                 help="send complaints of a kind to a handler (role qa)")
    route.add_argument("--kind", required=True,
                       help="quality, adverse_reaction, delivery, service, price or other")
    route.add_argument("--handler", required=True, metavar="USERNAME")
    route.add_argument("--region", help="region code or name (default: the whole company)")

    survey = sub.add_parser("survey", help="satisfaction survey questions").add_subparsers(
        dest="survey_command", required=True, metavar="ACTION")
    question = survey.add_parser("add", parents=[existing],
                                 help="add a question to the satisfaction survey")
    question.add_argument("text", help="the question as customers read it")
    question.add_argument("--kind", default="scale", choices=("scale", "text"),
                          help="scale: an answer from 1 to 5 (default); text: free text")
    question.add_argument("--asked", default="always",
                          choices=("always", "complaint_closed", "call_cycle"),
                          help="after a closed complaint, after a call cycle, or both "
                               "(always, the default)")
    question.add_argument("--region", help="region code or name (default: the whole company)")
    survey.add_parser("list", parents=[existing], help="list the questions, tab-separated")
    retire = survey.add_parser("retire", parents=[existing],
                               help="stop asking a question (its answers stay)")
    retire.add_argument("question_id", metavar="ID")

    device = sub.add_parser("device", help="manage devices").add_subparsers(
        dest="device_command", required=True, metavar="ACTION")
    revoke = device.add_parser("revoke", parents=[existing],
                               help="sign a lost laptop out (its tokens stop working)")
    revoke.add_argument("--user", required=True, metavar="USERNAME")
    revoke.add_argument("--device", required=True, metavar="DEVICE_ID")
    listing = device.add_parser("list", parents=[existing],
                                help="a user's laptops: device id, first and last seen, revoked")
    listing.add_argument("--user", required=True, metavar="USERNAME")
    return parser


def settings_from(args) -> Settings:
    overrides = {}
    if args.db:
        overrides["database_url"] = args.db
    if args.data_dir:
        overrides["server_data_dir"] = Path(args.data_dir)
    if getattr(args, "trusted_proxies", None) is not None:
        overrides["trusted_proxies"] = args.trusted_proxies
    return Settings(**overrides)


def location_options(args) -> str:
    """The database options as the person gave them, to repeat in a suggested command."""
    if args.db:
        return " --db " + shlex.quote(make_url(args.db).render_as_string(hide_password=True))
    if args.data_dir:
        return " --data-dir " + shlex.quote(args.data_dir)
    return ""


def missing_database(args, settings: Settings) -> str | None:
    """Why there is no database to work on (a SQLite file that does not exist), or None.
    Checked before the engine exists: opening a SQLite file creates it."""
    url = make_url(settings.db_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    db_file = Path(url.database)
    if db_file.exists():
        return None
    create = f"rounds-server init{location_options(args)}"
    if not settings.database_url and not settings.data_dir.exists():
        return (f"there is no server data dir {settings.data_dir}; "
                f"create it with: {create}")
    return f"there is no database {db_file}; create it with: {create}"


def schema_revision(engine: Engine) -> str | None:
    """The database's migration revision; None when it has no Rounds tables yet."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def configure_logging(args) -> None:
    level = logging.INFO if args.verbose or args.command == "serve" else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args)
    try:
        settings = settings_from(args)
    except ValidationError as exc:
        reasons = "; ".join(error["msg"].removeprefix("Value error, ")
                            for error in exc.errors())
        print(f"error: {reasons}", file=sys.stderr)
        return 2
    settings.tighten_data_dir()
    if args.needs_database and (missing := missing_database(args, settings)):
        print(f"error: {missing}", file=sys.stderr)
        return 2
    engine = create_server_engine(settings.db_url)
    try:
        return _migrate_and_run(args, settings, engine)
    finally:
        engine.dispose()


def _migrate_and_run(args, settings: Settings, engine: Engine) -> int:
    try:
        args.schema_before = schema_revision(engine)  # init reports what it changed
        if args.needs_database and args.schema_before is None:
            print(f"error: the database {engine.url.render_as_string(hide_password=True)} "
                  f"has no Rounds tables; create them with: rounds-server init"
                  f"{location_options(args)}", file=sys.stderr)
            return 2
        migrate(engine)
    except Exception as exc:  # a person must see why the database cannot be used
        print(f"error: cannot open or migrate the database: {exc}", file=sys.stderr)
        return 2
    from server import commands

    return commands.run(args, settings, engine)


if __name__ == "__main__":
    sys.exit(main())
