"""pypinyin, with its two dictionaries loaded in slices.

pypinyin reads `phrases_dict.json` (2.5 MB) and `pinyin_dict.json` (0.8 MB) at import with
one `json.loads` each: C calls that hold the GIL for ~80 ms and ~30 ms, so the window froze
whichever thread imported it (the first sync rebuilds the search index in the sync thread).
Here each file is parsed a few hundred entries at a time, the GIL free for the GUI thread
between slices, and the modules pypinyin would have loaded are put in `sys.modules` first,
holding the same dictionaries. Both files are JSON objects with one top-level entry per line
(`"key": value,`); a file in another shape is read the ordinary way.

The ~150,000 lists of the phrase dictionary also made the garbage collector run full
collections while they were being built (~60 ms each, in whichever thread allocated), so
collection is paused during the load; in a process that froze its start-up heap (the app,
`desktop.ui.app.freeze_startup_heap`) the dictionaries, which live as long as the process,
are then frozen out of the collector's reach too (`gc.freeze()`).
"""

from __future__ import annotations

import gc
import importlib.util
import json
import re
import sys
import time
import types
from pathlib import Path

SLICE_CHARS = 40_000  # ~3 ms of json.loads on a laptop core
# A top-level entry starts on its own line with its key ("一丁不识": [ or "13312": "qiū").
_ENTRY_START = re.compile(r',\n(?="(?:[^"\\\n]|\\.)*"\s*:)')


def json_object_in_slices(text: str, slice_chars: int = SLICE_CHARS) -> dict:
    """The JSON object `text`, parsed slice by slice (yielding the GIL between slices)."""
    body = text.strip()
    if not (body.startswith("{") and body.endswith("}")):
        return json.loads(text)
    inner, out, start = body[1:-1], {}, 0
    while start < len(inner):
        found = _ENTRY_START.search(inner, start + slice_chars) \
            if start + slice_chars < len(inner) else None
        end = found.start() if found else len(inner)
        out.update(json.loads("{" + inner[start:end] + "}"))
        start = end + 1
        time.sleep(0)  # let a waiting thread (the GUI) take the GIL
    return out


def _module(name: str, attribute: str, value: dict) -> types.ModuleType:
    module = types.ModuleType(name)
    setattr(module, attribute, value)
    setattr(module, f"_load_{attribute}", lambda: None)
    return module


def preload() -> None:
    """Load pypinyin's dictionaries in slices and register them as its modules (before
    pypinyin is imported; nothing happens once it is)."""
    if "pypinyin" in sys.modules:
        return
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        return
    folder = Path(spec.origin).parent
    collecting = gc.isenabled()
    gc.disable()
    try:
        phrases = json_object_in_slices((folder / "phrases_dict.json").read_text("utf-8"))
        singles = json_object_in_slices((folder / "pinyin_dict.json").read_text("utf-8"))
        singles = {int(k): v for k, v in singles.items()}
    except (OSError, ValueError):
        return  # a pypinyin laid out differently: it loads its files itself
    finally:
        if collecting:
            if gc.get_freeze_count():  # the app froze its start-up heap: these join it
                gc.freeze()
            gc.enable()
    sys.modules.setdefault("pypinyin.phrases_dict",
                           _module("pypinyin.phrases_dict", "phrases_dict", phrases))
    sys.modules.setdefault("pypinyin.pinyin_dict",
                           _module("pypinyin.pinyin_dict", "pinyin_dict", singles))
