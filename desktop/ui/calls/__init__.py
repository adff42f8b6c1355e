"""Calls: the list of call reports and the call report dialog with its item models."""
