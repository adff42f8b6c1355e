"""Rounds desktop client: start-up, configuration and the Qt-free domain core."""


def __getattr__(name: str):
    # The version is looked up on first use: importlib.metadata costs tens of milliseconds
    # that the window's cold start should not pay.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("rounds")
        except PackageNotFoundError:  # running from a source tree without installation
            value = "0.0.0+source"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
