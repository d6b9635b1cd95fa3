"""Widgets that display; the screens coordinate them."""
