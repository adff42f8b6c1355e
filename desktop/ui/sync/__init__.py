"""Sync on screen: the background worker, the status bar, sign-in, and the conflicts and
refused changes the rep can restore or dismiss."""
