"""Rounds desktop client: start-up, configuration and the Qt-free domain core."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rounds")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"
