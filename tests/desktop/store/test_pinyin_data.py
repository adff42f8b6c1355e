"""pypinyin's dictionaries parsed in slices: the same dictionaries pypinyin loads itself."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from desktop.store.search import pinyin_data


def pypinyin_file(name: str) -> str:
    folder = Path(importlib.util.find_spec("pypinyin").origin).parent
    return (folder / name).read_text("utf-8")


def test_both_dictionaries_parse_in_slices_to_what_json_loads_gives():
    for name in ("phrases_dict.json", "pinyin_dict.json"):
        text = pypinyin_file(name)
        assert pinyin_data.json_object_in_slices(text, slice_chars=5_000) == json.loads(text)


def test_entries_spanning_lines_and_a_last_entry_are_kept_whole():
    value = {"一丁不识": [["yī"], ["dīng"], ["bù"], ["shí"]], '引"号': [["a", "b"]],
             "末": [["mò"]]}
    text = json.dumps(value, ensure_ascii=False, indent=0)
    assert pinyin_data.json_object_in_slices(text, slice_chars=1) == value
    assert pinyin_data.json_object_in_slices('["not", "an object"]') == ["not", "an object"]


def test_pypinyin_reads_the_preloaded_dictionaries():
    pinyin_data.preload()  # nothing happens when pypinyin was imported already
    import pypinyin

    phrases = sys.modules["pypinyin.phrases_dict"].phrases_dict
    assert phrases == json.loads(pypinyin_file("phrases_dict.json"))
    assert pypinyin.lazy_pinyin("北京协和医院") == ["bei", "jing", "xie", "he", "yi", "yuan"]
