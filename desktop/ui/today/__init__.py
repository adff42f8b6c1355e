"""The Today screen: the rep's calls, follow-ups, urgent complaints and overdue customers."""
