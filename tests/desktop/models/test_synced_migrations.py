"""The synced schema's migration steps (desktop/models/migrations) are written once and run by
both sides: every step once, in number order, by one revision of the client's history and one
of the server's."""

import pkgutil

from alembic.script import ScriptDirectory

import desktop.models.migrations
from desktop.store import migrate as client
from server.core import db as server


def _steps_run_by(alembic_config) -> list[str]:
    """The synced steps a side's revisions run, oldest revision first (a revision names the
    step it runs `step`)."""
    oldest_first = reversed(list(ScriptDirectory.from_config(alembic_config).walk_revisions()))
    return [script.module.step.__name__.rpartition(".")[2] for script in oldest_first
            if hasattr(script.module, "step")]


def test_client_and_server_each_run_every_synced_step_once_in_order():
    steps = sorted(m.name for m in pkgutil.iter_modules(desktop.models.migrations.__path__))
    assert steps[0] == "step_0001_synced_tables"
    assert _steps_run_by(client.alembic_config()) == steps
    assert _steps_run_by(server.alembic_config("sqlite://")) == steps
