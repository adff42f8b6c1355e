"""Complaints: the list with the workflow steps, and the capture dialog."""
