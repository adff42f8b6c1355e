"""Customers: the searchable list, the detail panel with its share chart, the edit form and
the picker other screens use."""
