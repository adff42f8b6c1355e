"""Dialogs: call report, customer form, complaint capture, snooze."""
