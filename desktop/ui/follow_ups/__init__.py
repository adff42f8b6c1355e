"""Follow-ups: the list, and the reminders that fire while the app runs."""
