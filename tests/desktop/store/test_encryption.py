"""The local store is encrypted at rest (SQLCipher, its key in the keyring): nothing a rep
keeps is readable in the files, an older version's plain store is encrypted on its first open
without losing a row (even when stopped half way), and a missing key, another key or no
keyring each get a message saying what to do."""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.keyring_access import KeyringUnavailableError
from desktop.models import Customer
from desktop.store import encryption, store_key
from desktop.store.search import search_customers
from desktop.store.store import Store
from desktop.store.store_key import StoreKeyError
from desktop.sync import errors as sync_errors
from tests.store_files import connect_store

ROOT = Path(__file__).resolve().parents[3]
SECRET_NAME = "Qiuyuanxiang Zhenzhu 秋原香珍珠"  # a name no SQLite page holds by chance


def files_bytes(folder: Path) -> bytes:
    """Everything on disk in `folder`: the store, its -wal and -shm, anything else."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def secret_in(data: bytes) -> list[str]:
    return [part for part in (SECRET_NAME, "Qiuyuanxiang", "秋原香珍珠", "秋原")
            if part.encode("utf-8") in data]


def test_a_customer_name_is_nowhere_in_the_store_files_in_clear(tmp_path):
    folder = tmp_path / "accounts"
    s = Store.open(folder / "rep.sqlite3")
    hospital = s.create(Customer, kind="hospital", name="瑞金医院", city="上海")
    customer = s.create(Customer, kind="doctor", name=SECRET_NAME, city="上海",
                        organisation_id=hospital.id, mobile="13912345678")
    assert (folder / "rep.sqlite3-wal").exists()  # the WAL is written too, while open
    assert secret_in(files_bytes(folder)) == []
    s.close()
    data = (folder / "rep.sqlite3").read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert secret_in(files_bytes(folder)) == []
    assert b"13912345678" not in files_bytes(folder)

    reopened = Store.open(folder / "rep.sqlite3")  # and the app still reads it
    assert reopened.get(Customer, customer.id).name == SECRET_NAME
    with reopened.read() as session:
        assert [h.name for h in search_customers(session, "qiuyuan")] == [SECRET_NAME]
    reopened.close()


def test_the_store_keeps_wal_mode_and_its_pragmas_encrypted(store):
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert c.exec_driver_sql("PRAGMA cipher_version").scalar()  # SQLCipher, keyed
    assert store_key.load_key(store.path) is not None


# -- an older version's plain store -------------------------------------------------------
def _filled_store(path: Path) -> None:
    s = Store.open(path)
    hospital = s.create(Customer, kind="hospital", name="上海交通大学医学院附属瑞金医院",
                        city="上海", tier="A")
    for i in range(40):
        s.create(Customer, kind="doctor", name=f"张伟{i}", organisation_id=hospital.id,
                 city="上海")
    s.create(Customer, kind="doctor", name=SECRET_NAME, organisation_id=hospital.id)
    s.close()


def make_plain_store(tmp_path: Path) -> Path:
    """A store as a version without encryption left it: a plain SQLite file in WAL mode."""
    encrypted, plain = tmp_path / "made.sqlite3", tmp_path / "accounts" / "old.sqlite3"
    plain.parent.mkdir()
    _filled_store(encrypted)
    con = connect_store(encrypted)
    con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    con.execute("SELECT sqlcipher_export('plain')")
    con.execute("DETACH DATABASE plain")
    con.close()
    with sqlite3.connect(plain) as con:
        assert con.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    return plain


def every_row(con) -> dict[str, list]:
    """Every row of every table (the search index's FTS5 shadow tables included)."""
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    assert "customer_search_data" in tables  # FTS5's own pages are compared too
    return {t: sorted(con.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}


def plain_rows(path: Path) -> dict[str, list]:
    con = sqlite3.connect(path)
    try:
        return every_row(con)
    finally:
        con.close()


def encrypted_rows(path: Path) -> dict[str, list]:
    con = connect_store(path)
    try:
        return every_row(con)
    finally:
        con.close()


def write_and_die(path: Path, name: str) -> None:
    """An older app killed after committing: its last commit is in the -wal only."""
    script = (
        "import os, sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1]); con.execute('PRAGMA journal_mode=WAL')\n"
        "con.execute(\"UPDATE customer SET name = ? WHERE name = '张伟0'\", (sys.argv[2],))\n"
        "con.commit(); os._exit(0)\n")
    subprocess.run([sys.executable, "-c", script, str(path), name], check=True, timeout=60)


def test_a_plain_store_is_encrypted_on_first_open_with_every_row_and_the_search_index(
        tmp_path):
    plain = make_plain_store(tmp_path)
    write_and_die(plain, "最后一笔")
    assert Path(f"{plain}-wal").stat().st_size > 0
    before = plain_rows(plain)
    assert any("最后一笔" in row for row in before["customer"])  # read through the -wal
    assert secret_in(files_bytes(plain.parent))  # in clear, as the older version left it

    s = Store.open(plain)
    s.close()

    assert encryption.file_state(plain) == "encrypted"
    assert secret_in(files_bytes(plain.parent)) == []
    assert sorted(p.name for p in plain.parent.iterdir()) == ["old.sqlite3"]
    assert plain.stat().st_mode & 0o777 == 0o600  # the encrypted copy is private too
    assert encrypted_rows(plain) == before
    s = Store.open(plain)
    with s.read() as session:
        assert [h.name for h in search_customers(session, "qyx")] == [SECRET_NAME]
    with s.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    s.close()


KILL_AT = """
import os, signal, sys
from desktop.store import encryption
from desktop.store.store import Store

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

setattr(encryption, sys.argv[2], die)
Store.open(sys.argv[1])
"""


@pytest.mark.parametrize("step", [
    "_remove_with_journals",  # before anything: the plain file as it was
    "_fsync",  # the encrypted copy written, not flushed nor renamed
    "_fsync_folder",  # renamed over the plain file, the folder not flushed
])
def test_a_kill_at_any_step_of_the_encryption_loses_nothing(tmp_path, step):
    plain = make_plain_store(tmp_path)
    before = plain_rows(plain)
    killed = subprocess.run([sys.executable, "-c", KILL_AT, str(plain), step], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120,
                            capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    s = Store.open(plain)  # the next start finishes the job
    s.close()
    assert encryption.file_state(plain) == "encrypted"
    assert encrypted_rows(plain) == before
    assert sorted(p.name for p in plain.parent.iterdir()) == ["old.sqlite3"]


def test_an_error_during_the_encryption_leaves_the_plain_store_as_it_was(tmp_path,
                                                                         monkeypatch):
    plain = make_plain_store(tmp_path)
    before = plain_rows(plain)

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        Store.open(plain)
    assert encryption.file_state(plain) == "plain"
    assert plain_rows(plain) == before
    monkeypatch.undo()

    Store.open(plain).close()
    assert encrypted_rows(plain) == before


# -- keys and keyrings --------------------------------------------------------------------
def test_a_missing_key_says_so_and_keeps_the_file(tmp_path):
    path = tmp_path / "rep.sqlite3"
    _filled_store(path)
    key = store_key.load_key(path)
    data = path.read_bytes()
    store_key.delete_key(path)

    with pytest.raises(StoreKeyError) as info:
        Store.open(path)
    message = str(info.value)
    assert "key is not in this computer's keyring" in message
    assert "sign in again" in message and str(path) in message
    assert "file is not a database" not in message
    assert path.read_bytes() == data  # nothing overwritten, no new key made
    assert store_key.load_key(path) is None

    store_key.save_key(path, key)  # the key back (e.g. the keyring restored): all there
    s = Store.open(path)
    with s.read() as session:
        assert [h.name for h in search_customers(session, "qiuyuan")] == [SECRET_NAME]
    s.close()


def test_another_key_says_so_instead_of_file_is_not_a_database(tmp_path):
    path = tmp_path / "rep.sqlite3"
    _filled_store(path)
    store_key.save_key(path, os.urandom(store_key.KEY_BYTES))

    with pytest.raises(StoreKeyError) as info:
        Store.open(path)
    message = str(info.value)
    assert "cannot be opened with the key kept for it" in message
    assert "file is not a database" not in message


def test_without_a_usable_keyring_the_store_is_refused_and_nothing_written(tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError) as info:
            Store.open(tmp_path / "accounts" / "rep.sqlite3")
    finally:
        keyring.set_keyring(previous)
    assert "PYTHON_KEYRING_BACKEND" in str(info.value)
    assert "never in a plain file" in str(info.value)
    assert list(tmp_path.rglob("*")) == []  # no unencrypted file made, not even a folder
    # the sync's refusal is the same error, so one handler catches both
    assert issubclass(sync_errors.KeyringUnavailableError, KeyringUnavailableError)


def test_each_store_file_has_its_own_key_and_deleting_one_is_harmless(memory_keyring,
                                                                      tmp_path):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    Store.open(a).close()
    Store.open(b).close()
    assert store_key.load_key(a) != store_key.load_key(b)
    assert {service for service, _user in memory_keyring.secrets} == {store_key.SERVICE}
    store_key.delete_key(a)
    store_key.delete_key(a)  # twice: nothing there, no error
    assert store_key.load_key(a) is None
    Store.open(b).close()


@pytest.mark.parametrize(("backend", "says"), [
    ("tests.keyring_backend.FileKeyring", "key is not in this computer's keyring"),
    ("keyring.backends.fail.Keyring", "PYTHON_KEYRING_BACKEND"),
])
def test_rounds_sync_says_why_it_cannot_open_the_store(data_dir, tmp_path, backend, says):
    from desktop.paths import app_paths
    from desktop.sync.local_account import Account, remember_account

    paths = app_paths(data_dir)
    account = Account("http://127.0.0.1:9", "zhang")
    remember_account(paths, account)
    _filled_store(paths.store_file(account.name))
    data = paths.store_file(account.name).read_bytes()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend, "PYTHONPATH": str(ROOT),
           "ROUNDS_TEST_KEYRING_FILE": str(tmp_path / "another-computer-keyring.json")}
    result = subprocess.run([sys.executable, "-m", "desktop", "sync"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert paths.store_file(account.name).read_bytes() == data
