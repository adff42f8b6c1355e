"""`rounds`: open the app, or run a headless command (login, sync, find) for IT and scripts."""

from __future__ import annotations

import argparse
import sys

from desktop.paths import AppPaths, app_paths

COMMANDS: dict[str, str] = {
    # name -> module with `add_arguments(parser)` and `run(args, paths) -> int`
    "login": "desktop.sync.cli_login",
    "logout": "desktop.sync.cli_login",
    "sync": "desktop.sync.cli_sync",
    "wipe-local-data": "desktop.sync.cli_wipe",
    "export": "desktop.sync.cli_export",
    "report": "desktop.sync.cli_report",
    "find": "desktop.cli_find",
}


class _VersionAction(argparse.Action):
    """--version, looking the version up only when asked (it costs start-up time)."""

    def __call__(self, parser, namespace, values, option_string=None):
        import desktop

        print(f"rounds {desktop.__version__}")
        parser.exit()


def _peek_data_dir(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--data-dir="):
            return arg.split("=", 1)[1]
    return None


def build_parser(paths: AppPaths) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rounds",
        description="Rounds — offline-first field CRM for medical representatives.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "locations:\n"
            f"  data:     {paths.data_dir}\n"
            f"  logs:     {paths.log_file}\n"
            f"  settings: {paths.user_settings_file}\n"
            "\nenvironment: ROUNDS_DATA_DIR, ROUNDS_SERVER_URL, ROUNDS_LANG, ROUNDS_TIME_ZONE"
        ),
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0,
                        help="show the version and exit")
    parser.add_argument("--server", metavar="URL", help="central server address")
    parser.add_argument("--data-dir", metavar="DIR", help="keep data, logs and settings in DIR")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    parser.add_argument("--minimised", "--minimized", dest="minimised", action="store_true",
                        help="start hidden in the system tray (as the session start does); "
                             "follow-up reminders still come")
    parser.add_argument("--smoke", action="store_true",
                        help="open every screen on a temporary demo setup, then exit (IT check)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name, module_name in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # command not part of this build
        command = sub.add_parser(name, help=module.HELP.get(name) if isinstance(
            module.HELP, dict) else module.HELP)
        module.add_arguments(name, command)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    paths = app_paths(_peek_data_dir(argv))
    parser = build_parser(paths)
    args = parser.parse_args(argv)
    paths = app_paths(args.data_dir)
    from desktop.logging_setup import configure_logging

    opens_window = args.command is None and not args.smoke
    # The window's first paint does not wait for the rotating handler (run_app adds it).
    configure_logging(paths.log_file, verbose=args.verbose, stderr=args.command is not None,
                      rotate=not opens_window)
    if args.command is None:  # the window and the smoke check need a display; Qt aborts
        from desktop.ui.no_display import EXIT_NO_DISPLAY, missing_display_message

        if message := missing_display_message(args, paths):
            import logging

            logging.getLogger(__name__).error("not started: %s", message)
            print(message, file=sys.stderr)
            return EXIT_NO_DISPLAY
    if args.smoke:
        from desktop.smoke import run as run_smoke

        return run_smoke(args, paths)
    if args.command:
        import importlib

        module = importlib.import_module(COMMANDS[args.command])
        return module.run(args.command, args, paths)
    from desktop.ui.app import run_app

    return run_app(args, paths)


if __name__ == "__main__":
    sys.exit(main())
