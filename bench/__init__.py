"""Benchmarks of Rounds: `python -m bench [NAME ...]` (see bench/README.md)."""
