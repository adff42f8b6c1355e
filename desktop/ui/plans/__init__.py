"""Call plans on screen: the rep's week view, the manager's approvals queue and team view,
plan-against-actual, exports, and the notification when a manager's decision arrives."""
