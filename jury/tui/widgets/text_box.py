"""A multi-line text field that survives being drawn before its styles exist.

Textual 8.2's TextArea can be asked to draw in the frame between being mounted and having
its component styles (Textual issue #6528): `KeyError: 'text-area--gutter'` would stop the
app while a juror moves between entries. This one draws blank for that frame and again
once the styles are there.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import TextArea


class TextBox(TextArea):
    def render_lines(self, crop: Region) -> list[Strip]:
        try:
            return super().render_lines(crop)
        except KeyError as error:
            if "COMPONENT_CLASSES" not in str(error):
                raise
            self.refresh()
            return [Strip.blank(crop.width)] * crop.height
