"""The market activity screens: the rep's list, editor and day-of check-in; the manager's
region view with approvals, the chart of results and the evaluation of one activity."""
