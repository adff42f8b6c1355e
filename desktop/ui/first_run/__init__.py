"""The first start on a computer: language, where the data comes from, the keys."""
