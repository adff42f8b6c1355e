"""Qt item models over plain rows from `desktop.ui.services`; one model per list."""
