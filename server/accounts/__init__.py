"""Accounts: users, regions and territories they belong to, tokens, login throttling."""
