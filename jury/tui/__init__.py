"""The terminal interface (Textual): screens, widgets and app.tcss."""
