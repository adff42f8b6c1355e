"""The actions behind each `rounds-server` subcommand (the parser lives in cli.py)."""

from __future__ import annotations

import os
import sys

from sqlalchemy import Engine
from sqlmodel import select

from server.accounts import tokens
from server.accounts.users import (
    AccountError,
    check_password,
    create_user,
    existing_user,
    find_user,
    sync_team_member,
    user_territory_ids,
)
from server.admin.importer import ImportFileError, import_customers
from server.admin.territories import reassign_territory
from server.core.config import Settings
from server.core.db import read_session, refresh_planner_statistics, write_session
from server.core.security import hash_password
from server.models import User
from server.sync.revisions import lock_revisions


def run(args, settings: Settings, engine: Engine) -> int:
    handler = {
        "serve": serve, "init": init, "seed-demo": seed_demo, "user": user,
        "import": import_file, "territory": territory, "device": device, "target": target,
        "quota": quota, "pv": pv, "complaint": complaint, "survey": survey,
        "restored-from-backup": restored_from_backup,
        "export": export_file,
    }[args.command]
    try:
        return handler(args, settings, engine)
    except (AccountError, ImportFileError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def serve(args, settings, engine) -> int:
    import uvicorn

    from server.main import create_app, settle_heap

    refresh_planner_statistics(engine)
    print(f"Rounds server on http://{args.host}:{args.port}/api/v1 "
          f"(database: {engine.url.render_as_string(hide_password=True)})", flush=True)
    if args.workers > 1:
        # Worker processes build the app from the environment (same settings as ours).
        os.environ["ROUNDS_DATABASE_URL"] = settings.db_url
        os.environ["ROUNDS_SERVER_DATA_DIR"] = str(settings.data_dir)
        os.environ["ROUNDS_TRUSTED_PROXIES"] = settings.trusted_proxies
        settings.signing_key  # noqa: B018 - create the secret file once, before the workers
        uvicorn.run("server.main:create_app_from_env", factory=True, host=args.host,
                    port=args.port, workers=args.workers, log_level="info",
                    access_log=not args.no_access_log, proxy_headers=False,
                    timeout_worker_healthcheck=60)  # start-up is slow on a busy machine
        return 0
    app = create_app(settings, engine=engine, run_migrations=False)
    settle_heap()
    # proxy_headers=False: which X-Forwarded-For to believe is the app's decision
    # (ROUNDS_TRUSTED_PROXIES, server/core/client_address.py), not uvicorn's.
    uvicorn.run(app, host=args.host, port=args.port, log_level="info",
                access_log=not args.no_access_log, proxy_headers=False)
    return 0


def init(args, settings, engine) -> int:
    from server.cli import schema_revision

    settings.signing_key  # noqa: B018 - create the secret file (0600) if needed
    before, now = args.schema_before, schema_revision(engine)
    if before is None:
        change = f"created at schema {now}"
    elif before != now:
        change = f"upgraded from schema {before} to {now}"
    else:
        change = f"schema {now}, no upgrade needed"
    print(f"database ready: {engine.url.render_as_string(hide_password=True)} ({change})")
    return 0


def restored_from_backup(args, settings, engine) -> int:
    from server.sync.epoch import start_new_epoch

    with write_session(engine) as session:
        epoch = start_new_epoch(session)
        session.commit()
    print(f"new server epoch {epoch.epoch} from revision {epoch.revision}: at their next "
          "sync, laptops send again the changes this backup lacks and download everything "
          "afresh")
    return 0


def seed_demo(args, settings, engine) -> int:
    from server.admin.demo import seed_demo as seed

    with write_session(engine) as session:
        counts = seed(session, customers=args.customers, visits=args.visits, seed=args.seed)
        session.commit()
    refresh_planner_statistics(engine)
    print("seeded: " + ", ".join(f"{t}={n}" for t, n in counts.items()))
    return 0


def user(args, settings, engine) -> int:
    if args.user_command == "list":
        from server.cli import location_options

        with read_session(engine) as session:
            users = session.exec(select(User).order_by(User.username)).all()
            for u in users:
                territories = ",".join(user_territory_ids(session, u)) or "-"
                print(f"{u.username}\t{u.role}\t{u.display_name}\t"
                      f"{'active' if u.active else 'disabled'}\tterritories={territories}")
        if not users:
            print("no users yet; add one with: rounds-server user add --username NAME "
                  f"--role rep|manager|admin|qa|pv --password-stdin{location_options(args)}")
        return 0
    if args.user_command in ("activate", "deactivate"):
        return _set_active(engine, args.username, args.user_command == "activate")
    if not args.password_stdin:
        print("error: give --password-stdin and pipe the password in (it is never taken "
              "from the command line).", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\r\n")
    if args.user_command == "set-password":
        return _set_password(engine, args.username, password)
    with write_session(engine) as session:
        lock_revisions(session)
        created = create_user(session, username=args.username, password=password,
                              role=args.role, display_name=args.display_name,
                              region=args.region, territory=args.territory)
        session.commit()
        print(f"user {created.username} ({created.role}) created, id {created.id}")
    return 0


def _set_password(engine, username: str, password: str) -> int:
    check_password(password)
    password_hash = hash_password(password)  # before the transaction: it takes a while
    with write_session(engine) as session:
        account = existing_user(session, username)
        account.password_hash = password_hash
        tokens.end_sessions(session, account)
        session.commit()
    print(f"password of {account.username} changed; every laptop of theirs is signed out "
          "and signs in with the new password")
    return 0


def _set_active(engine, username: str, active: bool) -> int:
    with write_session(engine) as session:
        lock_revisions(session)
        account = existing_user(session, username)
        if account.active and not active:
            tokens.end_sessions(session, account)
        account.active = active
        session.add(account)
        sync_team_member(session, account)
        session.commit()
    if active:
        print(f"user {account.username} is active; they sign in with their password")
    else:
        print(f"user {account.username} is deactivated and signed out of every laptop")
    return 0


def import_file(args, settings, engine) -> int:
    if args.import_command == "metrics":
        return import_metrics_file(args, settings, engine)
    report = import_customers(engine, args.file, territory=args.territory, update=args.update)
    refresh_planner_statistics(engine)
    for line in report.lines():
        print(line)
    return 1 if report.rejected else 0  # warnings, duplicates and updates are no failure


def import_metrics_file(args, settings, engine) -> int:
    from server.admin.metrics_import import import_metrics

    report = import_metrics(engine, args.file)
    for line in report.lines():
        print(line)
    return 1 if report.rejected else 0


def export_file(args, settings, engine) -> int:
    from server.admin.export import run as export

    return export(args, settings, engine)


def territory(args, settings, engine) -> int:
    with write_session(engine) as session:
        result = reassign_territory(session, territory=args.territory, to_username=args.to)
        session.commit()
    if result["changed"]:
        print(f"territory {args.territory} now belongs to {args.to} (revision "
              f"{result['revision']})")
    else:
        print(f"territory {args.territory} already belongs to {args.to}")
    return 0


def device(args, settings, engine) -> int:
    if args.device_command == "list":
        with read_session(engine) as session:
            account = find_user(session, args.user)
            if account is None:
                raise AccountError(f"There is no user {args.user!r}.")
            found = tokens.user_devices(session, user_id=account.id)
        if not found:
            print(f"{args.user} has not signed in from any device yet")
        for d in found:
            revoked = d.revoked_at.isoformat(timespec="seconds") if d.revoked_at else "-"
            print(f"{d.device_id}\tfirst={d.first_seen_at.isoformat(timespec='seconds')}\t"
                  f"last={d.last_seen_at.isoformat(timespec='seconds')}\trevoked={revoked}")
        return 0
    with write_session(engine) as session:
        account = find_user(session, args.user)
        if account is None:
            raise AccountError(f"There is no user {args.user!r}.")
        if not tokens.revoke_device(session, user_id=account.id, device_id=args.device):
            raise AccountError(f"{args.user} never signed in from device {args.device!r}.")
        session.commit()
    print(f"device {args.device} of {args.user} revoked; it must sign in again")
    return 0


def quota(args, settings, engine) -> int:
    from server.admin.quotas import approve_quotas, set_region_quota

    if args.quota_command == "approve":
        with write_session(engine) as session:
            count = approve_quotas(session, year=args.year, region=args.region)
            session.commit()
        print(f"{count} quota rows approved")
        return 0
    with write_session(engine) as session:
        months = set_region_quota(session, year=args.year, product=args.product,
                                  region=args.region, amount=args.amount,
                                  split=args.monthly_split)
        session.commit()
    print(f"quota {args.year} {args.product} region {args.region}: "
          + " ".join(f"{m:02d}={v:.2f}" for m, v in sorted(months.items())))
    return 0


def pv(args, settings, engine) -> int:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from desktop.models import utcnow
    from server.admin.pharmacovigilance import COLUMNS, pv_case_lines

    try:
        tz = ZoneInfo(args.tz)
    except (ZoneInfoNotFoundError, ValueError):
        print(f"error: unknown time zone {args.tz!r}; use a name such as Asia/Shanghai or "
              "UTC.", file=sys.stderr)
        return 2
    with read_session(engine) as session:
        lines = pv_case_lines(session, utcnow(), tz, open_only=args.open)
    print("\t".join(COLUMNS))
    for line in lines:
        print("\t".join(line))
    if not lines:
        print("no open cases" if args.open else "no cases", file=sys.stderr)
    return 0


def complaint(args, settings, engine) -> int:
    from server.admin.pharmacovigilance import set_complaint_route

    with write_session(engine) as session:
        route = set_complaint_route(session, kind=args.kind, handler=args.handler,
                                    region=args.region)
        session.commit()
    print(f"complaints of kind {args.kind} go to {args.handler} "
          f"({'region ' + args.region if route.region_id else 'whole company'})")
    return 0


def survey(args, settings, engine) -> int:
    from server.admin.surveys import add_question, question_lines, retire_question

    if args.survey_command == "list":
        with read_session(engine) as session:
            lines = question_lines(session)
        print("\t".join(("id", "region", "kind", "asked", "state", "text")))
        for line in lines:
            print("\t".join(line))
        return 0
    with write_session(engine) as session:
        if args.survey_command == "add":
            question = add_question(session, text=args.text, kind=args.kind,
                                    asked=args.asked, region=args.region)
            done = f"added question {question.id}: {question.text}"
        else:
            question = retire_question(session, args.question_id)
            done = f"retired question {question.id}: {question.text}"
        session.commit()
    print(done)
    return 0


def target(args, settings, engine) -> int:
    from server.admin.targets import list_targets, set_target

    if args.target_command == "list":
        with read_session(engine) as session:
            for t in list_targets(session, every_region=True):
                print(f"{t['tier']}\t{t['calls_per_month']}\tregion={t['region_id'] or '-'}")
        return 0
    with write_session(engine) as session:
        result = set_target(session, tier=args.tier, calls_per_month=args.calls,
                            region=args.region)
        session.commit()
    where = f"region {args.region}" if args.region else "company-wide"
    print(f"tier {args.tier}: {args.calls} calls a month ({where})"
          + ("" if result["changed"] else ", unchanged"))
    return 0
