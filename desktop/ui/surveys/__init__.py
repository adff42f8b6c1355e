"""Satisfaction surveys: the surveys to take, the survey form, the results by group."""
