"""What every screen shares: widgets, texts and formats, icons, the item model over plain
rows, the typed settings, the language switcher and the stylesheet."""
