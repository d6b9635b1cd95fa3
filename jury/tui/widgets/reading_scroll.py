"""A scrolling page whose keys never leave the focus out of sight.

With the page itself focused, the arrows and PageUp/PageDown scroll it (reading). With a
field on the page focused, ↑ and ↓ move to the previous and next field, and PageUp/PageDown
scroll a page and take the focus along to a field in view (or to the page itself when none
is). Whatever the key, what has the focus is on screen: typing is always seen.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.errors import NoWidget
from textual.widget import Widget


def in_view(widget: Widget) -> bool:
    """True when the widget is on screen: wholly, or at least three lines of a tall one."""
    try:
        geometry = widget.screen.find_widget(widget)
    except NoWidget:
        return False
    visible = geometry.visible_region
    return visible.width > 0 and visible.height >= min(geometry.region.height, 3)


class ReadingScroll(VerticalScroll):
    def stops(self) -> list[Widget]:
        """The focusable widgets on this page, in focus order."""
        return [w for w in self.screen.focus_chain if w is not self and self in w.ancestors]

    def _inner_focus(self) -> Widget | None:
        focused = self.screen.focused
        if focused is None or focused is self or self not in focused.ancestors:
            return None
        return focused

    def _move(self, step: int) -> None:
        focused = self._inner_focus()
        stops = self.stops()
        if focused is None or focused not in stops:
            return
        index = stops.index(focused) + step
        if index < 0:
            self.focus(scroll_visible=False)
        elif index < len(stops):
            stops[index].focus()

    def _follow(self, last: bool) -> None:
        """After scrolling: focus a field in view, else the page itself."""
        self.call_after_refresh(self._focus_in_view, last)

    def _focus_in_view(self, last: bool) -> None:
        seen = [w for w in self.stops() if in_view(w)]
        if seen:
            (seen[-1] if last else seen[0]).focus(scroll_visible=False)
        else:
            self.focus(scroll_visible=False)

    def action_scroll_up(self) -> None:
        if self._inner_focus() is None:
            super().action_scroll_up()
        else:
            self._move(-1)

    def action_scroll_down(self) -> None:
        if self._inner_focus() is None:
            super().action_scroll_down()
        else:
            self._move(+1)

    def action_page_up(self) -> None:
        inner = self._inner_focus() is not None
        self.scroll_page_up(animate=False)
        if inner:
            self._follow(last=True)

    def action_page_down(self) -> None:
        inner = self._inner_focus() is not None
        self.scroll_page_down(animate=False)
        if inner:
            self._follow(last=False)

    def action_scroll_home(self) -> None:
        inner = self._inner_focus() is not None
        self.scroll_home(animate=False, immediate=True)
        if inner:
            self._follow(last=False)

    def action_scroll_end(self) -> None:
        inner = self._inner_focus() is not None
        self.scroll_end(animate=False, immediate=True)
        if inner:
            self._follow(last=True)
