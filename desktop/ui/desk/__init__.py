"""The manager's desk: KPIs over time, quotas and achievement, customers at risk."""
