"""The "Desk" screen: the regional manager's desk (issue 19) — KPIs over time, reps side by
side, the drill-down team → rep → customer → call; a rep sees their own scorecard."""
