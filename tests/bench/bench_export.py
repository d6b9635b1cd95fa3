"""The ceremony workbook: the ranking sheet against XlsxWriter writing the same sheet directly
(constant_memory, same formats), time and peak memory; and a realistic 40-entry award's whole
`jury export` process.

Targets: the ranking sheet ≤ 2× XlsxWriter's time and ≤ 1.5× its peak memory; the whole
workbook (every sheet) ≤ 2× and ≤ 1.5× XlsxWriter replaying the same cells, formats and page
settings; the realistic award's whole `jury export` ≤ 1.5 s.
Run: python tests/bench/bench_export.py [--size 10000] [--tiny]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bench_reconcile import build  # noqa: E402
from tests.bench.common import arguments, best_of, report, verdict  # noqa: E402


def ours(results_report, path: Path) -> None:
    import xlsxwriter

    from jury.io.workbook import JuryNotes, Writer, by_category
    from jury.io.workbook_ranking import ranking_sheet

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                           "strings_to_formulas": False})
    writer = Writer(book, results_report, "nl", datetime.now(UTC))
    category, rows = max(by_category(results_report), key=lambda pair: len(pair[1]))
    ranking_sheet(writer, category, rows, JuryNotes(), name="Uitslag")
    book.close()


def ours_whole(results_report, path: Path) -> None:
    """The whole workbook, every sheet, through jury's writer (constant memory above 2,000)."""
    from jury.io.workbook import write_workbook

    path.unlink(missing_ok=True)
    write_workbook(results_report, path, exported_at=datetime.now(UTC), replace=True)


# Everything jury's writer asks of XlsxWriter's worksheets, recorded once and replayed.
RECORDED = ("write_string", "write_number", "write_blank", "write_datetime", "merge_range",
            "set_row", "set_column", "set_default_row", "freeze_panes", "autofilter",
            "repeat_rows", "set_header", "set_footer", "set_paper", "set_landscape",
            "set_portrait", "set_margins", "fit_to_pages", "set_print_scale", "print_area")


class FormatRef(int):
    """A recorded cell format, by the order it was made in."""


def record(run) -> tuple[list, list]:
    """Run jury's writer once (`run`), keeping every worksheet call and format it made."""
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

    calls: list = []
    formats: list[dict] = []
    made: dict[int, int] = {}
    originals = {name: getattr(Worksheet, name) for name in RECORDED}
    add_format, add_worksheet = Workbook.add_format, Workbook.add_worksheet

    def recording_format(self, properties=None):
        made_format = add_format(self, properties)
        made[id(made_format)] = len(formats)
        formats.append(dict(properties or {}))
        return made_format

    def recording_sheet(self, name=None):
        sheet = add_worksheet(self, name)
        calls.append(("sheet", sheet.name, (), {}))
        return sheet

    def recorder(name):
        def call(self, *args, **kwargs):
            kept = tuple(FormatRef(made[id(a)]) if id(a) in made else a for a in args)
            calls.append((name, self.name, kept, kwargs))
            return originals[name](self, *args, **kwargs)
        return call

    Workbook.add_format, Workbook.add_worksheet = recording_format, recording_sheet
    for name in RECORDED:
        setattr(Worksheet, name, recorder(name))
    try:
        run()
    finally:
        Workbook.add_format, Workbook.add_worksheet = add_format, add_worksheet
        for name, method in originals.items():
            setattr(Worksheet, name, method)
    return calls, formats


def replay(recorded: tuple[list, list], path: Path, constant_memory: bool) -> None:
    """The floor: the same cells, formats and page settings, written straight to XlsxWriter
    in the same memory mode as jury's writer."""
    import xlsxwriter

    calls, specs = recorded
    book = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory,
                                           "strings_to_formulas": False})
    # The workbook's own default formats come first, made by XlsxWriter itself.
    formats = list(book.formats)
    formats += [book.add_format(spec) for spec in specs[len(formats):]]
    sheets = {}
    for name, sheet_name, args, kwargs in calls:
        if name == "sheet":
            sheets[sheet_name] = book.add_worksheet(sheet_name)
            continue
        args = [formats[a] if isinstance(a, FormatRef) else a for a in args]
        getattr(sheets[sheet_name], name)(*args, **kwargs)
    book.close()


def peak(run) -> float:
    tracemalloc.start()
    run()
    _, high = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return high / 2**20


def main() -> None:
    args = arguments(__doc__.splitlines()[0], default=10_000, tiny=300)
    from jury.services import Actor
    from jury.services.results import ResultsService

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        large = build(folder / "large.db", args.size, 5, 10, seed=3)
        large_report = ResultsService(large.engine).compute(Actor.secretary())
        from jury.io.workbook import LARGE_AWARD

        constant = len(large_report.results.ranking) >= LARGE_AWARD
        sheet_calls = record(lambda: ours(large_report, folder / "ours.xlsx"))
        ours_s = best_of(args.repeat, lambda: ours(large_report, folder / "ours.xlsx"))
        direct_s = best_of(args.repeat, lambda: replay(sheet_calls, folder / "direct.xlsx",
                                                        True))
        ours_mb = peak(lambda: ours(large_report, folder / "ours.xlsx"))
        direct_mb = peak(lambda: replay(sheet_calls, folder / "direct.xlsx", True))
        recorded = record(lambda: ours_whole(large_report, folder / "w.xlsx"))
        whole_s = best_of(args.repeat, lambda: ours_whole(large_report, folder / "w.xlsx"))
        floor_s = best_of(args.repeat, lambda: replay(recorded, folder / "d.xlsx", constant))
        whole_mb = peak(lambda: ours_whole(large_report, folder / "w.xlsx"))
        floor_mb = peak(lambda: replay(recorded, folder / "d.xlsx", constant))
        build(folder / "realistic.db", 40, 7, 3, seed=4).engine.dispose()
        jury = str(Path(sys.executable).with_name("jury"))
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run([jury, "--db", str(folder / "realistic.db"), "export", "-o",
                            str(folder / "ceremonie.xlsx"), "--force"], check=True,
                           capture_output=True)
            times.append(time.perf_counter() - start)
        whole = min(times)

    print(f"bench_export: ranking sheet of the largest category of {args.size} entries × 5 "
          f"jurors; best of {args.repeat}")
    report([("ranking sheet, jury", ours_s, "s"),
            ("same sheet, XlsxWriter directly", direct_s, "s"),
            ("peak memory, jury", ours_mb, "MiB"),
            ("peak memory, XlsxWriter directly", direct_mb, "MiB"),
            ("realistic award (40 × 7), whole jury export process", whole, "s")])
    print(verdict("ranking sheet time / XlsxWriter", ours_s / direct_s, 2))
    print(verdict("ranking sheet peak memory / XlsxWriter", ours_mb / direct_mb, 1.5))
    print(f"  whole workbook, every sheet: jury {whole_s:.2f} s / {whole_mb:.1f} MiB, "
          f"XlsxWriter directly {floor_s:.2f} s / {floor_mb:.1f} MiB")
    print(verdict("whole workbook time / XlsxWriter", whole_s / floor_s, 2))
    print(verdict("whole workbook peak memory / XlsxWriter", whole_mb / floor_mb, 1.5))
    print(f"  realistic jury export: {whole:.2f} s (target ≤ 1.5 s) "
          f"{'ok' if whole <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
