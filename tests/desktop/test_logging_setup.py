"""The log file IT asks for: every record kept across the switch to the rotating handler,
and old files rotated away."""

from __future__ import annotations

import logging
import logging.handlers

from desktop import logging_setup


def _ours(root):
    return [h for h in root.handlers if getattr(h, "_rounds", False)]


def test_records_before_and_after_the_switch_to_rotation_are_all_in_the_file(tmp_path,
                                                                            rounds_logging):
    log_file = tmp_path / "logs" / "rounds.log"
    logging_setup.configure_logging(log_file, rotate=False)
    log = logging.getLogger("rounds.test")
    log.warning("before the window painted")
    logging_setup.start_rotation()
    logging_setup.start_rotation()  # a second call changes nothing
    log.warning("after the window painted")
    [handler] = _ours(rounds_logging)
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "before the window painted", "after the window painted"]
    assert "WARNING rounds.test" in lines[0]


def test_a_full_log_file_is_rotated_and_only_the_last_backups_kept(tmp_path, rounds_logging,
                                                                   monkeypatch):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 400)
    log_file = tmp_path / "rounds.log"
    logging_setup.configure_logging(log_file, rotate=False)
    logging_setup.start_rotation()
    log = logging.getLogger("rounds.test")
    for i in range(200):
        log.warning("record %03d %s", i, "x" * 40)
    backups = sorted(p.name for p in tmp_path.glob("rounds.log.*"))
    assert backups == [f"rounds.log.{n}" for n in range(1, logging_setup.BACKUPS + 1)]
    assert log_file.stat().st_size <= 400
    assert "record 199" in log_file.read_text(encoding="utf-8")


def test_commands_log_to_a_rotating_file_and_warnings_to_stderr(tmp_path, rounds_logging):
    logging_setup.configure_logging(tmp_path / "rounds.log", stderr=True)
    kinds = sorted(type(h).__name__ for h in _ours(rounds_logging))
    assert kinds == ["RotatingFileHandler", "StreamHandler"]
