"""`rounds --version` and `rounds --help` as an IT person runs them."""

import subprocess
import sys
from importlib.metadata import version


def rounds(*args, env=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=60, env=env)


def test_version_prints_the_installed_version():
    result = rounds("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"rounds {version('rounds')}"


def test_help_shows_data_log_and_settings_locations_for_the_chosen_data_dir(tmp_path):
    result = rounds("--data-dir", str(tmp_path / "portable"), "--help")
    assert result.returncode == 0
    out = result.stdout
    assert "--lang {zh_CN,en}" in out and "--server URL" in out
    assert f"data:     {tmp_path / 'portable'}" in out
    assert f"logs:     {tmp_path / 'portable' / 'logs' / 'rounds.log'}" in out
    assert "sync" in out and "login" in out


def test_unknown_language_is_refused_with_the_choices():
    result = rounds("--lang", "fr", "--version")
    assert result.returncode == 2
    assert "invalid choice: 'fr'" in result.stderr and "zh_CN" in result.stderr


def _local_store_with_hospitals(data_dir):
    from desktop.models import Customer
    from desktop.paths import app_paths
    from desktop.sync.local_account import open_local_store

    store = open_local_store(app_paths(data_dir))
    try:
        xiehe = store.create(Customer, kind="hospital", name="华中科技大学同济医学院附属协和医院",
                             city="武汉", province="湖北省", tier="A")
        store.create(Customer, kind="hospital", name="福建医科大学附属协和医院", city="福州")
        store.create(Customer, kind="hospital", name="北京大学第三医院", city="北京",
                     alias="北医三院")
        store.create(Customer, kind="doctor", name="张伟", city="武汉",
                     organisation_id=xiehe.id)
    finally:
        store.close()


def test_find_prints_the_views_search_one_tab_separated_hit_per_line(data_dir):
    _local_store_with_hospitals(data_dir)
    result = rounds("find", "武汉协和")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "华中科技大学同济医学院附属协和医院\thospital\t武汉\t"
    assert "张伟\tdoctor\t武汉\t华中科技大学同济医学院附属协和医院" in lines
    assert not any("福建" in line for line in lines)
    assert rounds("find", "北医三院", "--limit", "1").stdout == "北京大学第三医院\thospital\t北京\t\n"
    assert len(rounds("find", "xiehe", "--limit", "1").stdout.splitlines()) == 1


def test_find_offers_what_was_meant_and_says_when_nothing_matches(data_dir):
    _local_store_with_hospitals(data_dir)
    typo = rounds("find", "wuhan xeihe")
    assert typo.returncode == 0
    assert typo.stdout.splitlines()[0].startswith("华中科技大学同济医学院附属协和医院\t")
    assert "did you mean: wuhan xiehe" in typo.stderr
    nothing = rounds("find", "qqqzzz")
    assert nothing.returncode == 1 and nothing.stdout == ""


def test_find_without_local_data_says_so(data_dir):
    result = rounds("find", "协和")
    assert result.returncode == 2
    assert "no local data yet" in result.stderr
