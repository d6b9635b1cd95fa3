"""A scrolling page whose keys never leave the focus out of sight.

With the page itself focused, the arrows and PageUp/PageDown scroll it (reading). With a
field on the page focused, ↑ and ↓ move to the previous and next field, and PageUp/PageDown
scroll a page and take the focus along to a field in view (or to the page itself when none
is). Whatever the key, what has the focus is on screen: typing is always seen.
"""

from __future__ import annotations

from textual import events
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
        # set_focus, not focus(): it takes effect now, so a second key already in the queue
        # (↓ ↑ typed quickly) moves on from the new field, not from the old one.
        if index < 0:
            self.screen.set_focus(self, scroll_visible=False)
        elif index < len(stops):
            self.screen.set_focus(stops[index])

    def _turn(self, target: float, last: bool) -> None:
        """Scroll to `target` and, when a field on the page had the focus, give it to the
        first (or `last`) field wholly in the new view, else to the page itself. Positions
        are measured before scrolling, so nothing depends on when the screen redraws."""
        target = max(0.0, min(float(self.max_scroll_y), target))
        focused = self._inner_focus()
        inner = focused is not None
        height = self.scrollable_content_region.height
        top_of_view = self.scrollable_content_region.y
        chosen = None
        if inner:
            fitting = []
            # The focus goes to a field of the kind it left (a score to a score): a digit
            # typed next never lands in a note by surprise.
            for widget in (w for w in self.stops() if type(w) is type(focused)):
                try:
                    region = self.screen.find_widget(widget).region
                except NoWidget:
                    continue
                top = region.y - top_of_view + self.scroll_y
                if target <= top and top + min(region.height, 3) <= target + height:
                    fitting.append(widget)
            if fitting:
                chosen = fitting[-1] if last else fitting[0]
        self.scroll_to(y=target, animate=False, immediate=True)
        if chosen is not None:
            self.screen.set_focus(chosen, scroll_visible=False)
        elif inner:
            self.screen.set_focus(self, scroll_visible=False)

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
        self._turn(self.scroll_y - self.scrollable_content_region.height, last=True)

    def action_page_down(self) -> None:
        self._turn(self.scroll_y + self.scrollable_content_region.height, last=False)

    def action_scroll_home(self) -> None:
        self._turn(0, last=False)

    def action_scroll_end(self) -> None:
        self._turn(self.max_scroll_y, last=True)


# The page's keys, done by the field itself so that they take effect before the next key.
NAVIGATION = {"up": "scroll_up", "down": "scroll_down", "pageup": "page_up",
              "pagedown": "page_down", "home": "scroll_home", "end": "scroll_end"}


def forward_if_moved(widget: Widget, event: events.Key) -> bool:
    """Keys typed in one burst are all routed to the widget focused when they arrive: after
    "↓ ↓ 7" the "7" would land on the field the juror just left. Such a key belongs where
    the focus is now; it is sent there, and True says this widget must not use it."""
    target = widget.app.focused or widget.app.screen
    if target is widget:
        return False
    event.stop()
    event.prevent_default()
    target._forward_event(events.Key(event.key, event.character))
    return True


def move_now(widget: Widget, key: str, *, keys: tuple[str, ...] = tuple(NAVIGATION)) -> bool:
    """Do a page key (↑ ↓ PageUp PageDown Home End, Tab, Shift+Tab) at once rather than
    after the key bubbled up to the page, so the next key of a burst finds the new focus."""
    if key == "tab":
        widget.screen.focus_next()
        return True
    if key == "shift+tab":
        widget.screen.focus_previous()
        return True
    if key not in keys:
        return False
    page = next((a for a in widget.ancestors if isinstance(a, ReadingScroll)), None)
    if page is None:
        return False
    getattr(page, f"action_{NAVIGATION[key]}")()
    return True
