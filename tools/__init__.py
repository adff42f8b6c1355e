"""What developers run and the installer never ships: the demo launcher (`make run`),
screenshots (`make screenshots`), the translation build (`make translations`), and test
drivers. Run from the repository root: `python -m tools.<name>`."""
