"""Administration tasks shared by the CLI and the admin API: reassignment, import, demo."""
