"""Marking user-visible text in the Qt-free core for translation.

The core never imports Qt. It marks text with `QT_TRANSLATE_NOOP(context, text)` so that
`pyside6-lupdate` extracts it into the .ts files; the UI translates the English text at
display time with `QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Return `text` unchanged; lupdate collects it under `context`."""
    return text
