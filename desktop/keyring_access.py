"""The OS keyring, for every secret the client keeps: sign-in tokens (`desktop.sync`) and the
key that encrypts the local store (`desktop.store.store_key`).

keyring's own configuration is honoured (PYTHON_KEYRING_BACKEND, keyringrc.cfg,
`keyring.set_keyring`). Where no usable backend exists, the caller gets a
`KeyringUnavailableError` saying how to configure one; there is deliberately no plain-text
fallback. Qt-free and below the store and the sync, so both can use it.
"""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP as _t

TR_CONTEXT = "Keyring"
HOW_TO_CONFIGURE = _t(
    "Keyring",
    "Rounds keeps your sign-in and the key that encrypts your local data only in the "
    "operating system's secure password store (keyring) and never in a plain file, but no "
    "usable keyring was found{why}. "
    "On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet, e.g. "
    "`apt install gnome-keyring`); Windows and macOS have one built in. To choose a backend "
    "explicitly, set the environment variable PYTHON_KEYRING_BACKEND (for example "
    "PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring) or write keyringrc.cfg; "
    "`python -m keyring diagnose` shows where keyring looks. Ask IT if unsure.")


class KeyringUnavailableError(RuntimeError):
    """No usable OS keyring to keep a secret in; `str()` says how to configure one (in
    English; `tr_context`, `tr_text` and `tr_values` let the UI show it translated)."""

    code = "no_keyring"
    retryable = False
    tr_context, tr_text, tr_values = TR_CONTEXT, HOW_TO_CONFIGURE, {"why": ""}


def unavailable(why: str = "") -> KeyringUnavailableError:
    error = KeyringUnavailableError(HOW_TO_CONFIGURE.format(why=why))
    error.tr_values = {"why": why}
    return error


def usable_keyring():
    """The configured keyring backend, or KeyringUnavailableError saying how to set one up."""
    import keyring
    from keyring.backends import chainer, fail

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a misconfigured PYTHON_KEYRING_BACKEND raises here
        raise unavailable(f" ({exc})") from exc
    if isinstance(backend, fail.Keyring):
        raise unavailable()
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        raise unavailable()
    if type(backend).__module__.startswith("keyring.backends.null"):
        raise unavailable(" (the configured backend discards secrets)")
    return backend
