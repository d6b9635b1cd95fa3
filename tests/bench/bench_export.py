"""The ceremony workbook: the ranking sheet against XlsxWriter writing the same sheet directly
(constant_memory, same formats), time and peak memory; and a realistic 40-entry award's whole
`jury export` process.

Targets: the ranking sheet ≤ 2× XlsxWriter's time and ≤ 1.5× its peak memory; the realistic
award's whole `jury export` ≤ 1.5 s.
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


def direct(results_report, path: Path) -> None:
    """The floor: the same cells, formats and sheet settings, written straight to XlsxWriter."""
    import xlsxwriter

    from jury.io.workbook import FORMATS, by_category

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    formats = {name: book.add_format(spec) for name, spec in FORMATS.items()}
    category, rows = max(by_category(results_report), key=lambda pair: len(pair[1]))
    sheet = book.add_worksheet("Uitslag")
    sheet.write_string(0, 0, "Techniek Inclusief Award 2026 · Uitslag", formats["title"])
    for column, text in enumerate(["Plaats", "Status", "Nr.", "Titel", "Organisatie", "Totaal",
                                   "V", "O", "E", "Juryleden", "Signalen", "Toelichting"]):
        sheet.write_string(2, column, text, formats["header"])
    for offset, row in enumerate(rows, start=3):
        sheet.write_number(offset, 0, row.rank or 0)
        sheet.write_string(offset, 1, "")
        sheet.write_string(offset, 2, row.entry)
        sheet.write_string(offset, 3, row.title)
        sheet.write_string(offset, 4, row.organisation)
        sheet.write_number(offset, 5, row.total or 0, formats["total"])
        for k, figures in enumerate(row.criteria.values()):
            sheet.write_number(offset, 6 + k, figures.adjusted or 0, formats["score"])
        sheet.write_number(offset, 9, row.jurors)
        sheet.write_string(offset, 10, "; ".join(str(f) for f in row.flags), formats["wrap"])
        sheet.write_string(offset, 11, "", formats["wrap"])
    sheet.freeze_panes(3, 0)
    sheet.autofilter(2, 0, 2 + len(rows), 11)
    sheet.conditional_format(3, 5, 2 + len(rows), 5, {"type": "3_color_scale"})
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(2)
    chart = book.add_chart({"type": "bar"})
    chart.add_series({"values": ["Uitslag", 3, 5, 12, 5], "categories": ["Uitslag", 3, 2, 12, 2]})
    sheet.insert_chart(2, 13, chart)
    book.close()


def ours_whole(results_report, path: Path) -> None:
    """The whole workbook, every sheet, through jury's writer (constant memory above 2,000)."""
    from jury.io.workbook import write_workbook

    path.unlink(missing_ok=True)
    write_workbook(results_report, path, exported_at=datetime.now(UTC), replace=True)


def direct_whole(results_report, path: Path) -> None:
    """The floor for the whole workbook: the same cells of every sheet written straight to
    XlsxWriter (rankings, per criterion, the juror matrix per criterion)."""
    import xlsxwriter

    from jury.io.workbook import by_category

    results = results_report.results
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    number = book.add_format({"num_format": "0.00", "font_size": 10})
    wrap = book.add_format({"text_wrap": True, "font_size": 10})
    for n, (_, rows) in enumerate(by_category(results_report)):
        sheet = book.add_worksheet(f"Uitslag {n}")
        for r, row in enumerate(rows, start=3):
            sheet.write_number(r, 0, row.rank or 0)
            for c, text in enumerate((row.entry, row.title, row.organisation), start=2):
                sheet.write_string(r, c, text, wrap)
            sheet.write_number(r, 5, row.total or 0, number)
            for k, figures in enumerate(row.criteria.values()):
                sheet.write_number(r, 6 + k, figures.adjusted or 0, number)
        sheet.set_paper(9)
        sheet.fit_to_pages(1, 0)
    sheet = book.add_worksheet("Per criterium")
    r = 3
    for row in results.ranking:
        for key, figures in row.criteria.items():
            sheet.write_string(r, 0, row.entry)
            sheet.write_string(r, 1, row.title, wrap)
            sheet.write_string(r, 2, key)
            for c, value in enumerate((figures.n, figures.mean, figures.adjusted,
                                       figures.median, figures.sd, figures.min,
                                       figures.max), start=3):
                sheet.write_number(r, c, value or 0, number)
            r += 1
    sheet = book.add_worksheet("Jury")
    r = 3
    for _key in results.ranking[0].criteria if results.ranking else ():
        for row in results.ranking:
            sheet.write_string(r, 0, row.entry)
            sheet.write_string(r, 1, row.title, wrap)
            r += 1
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
        ours_s = best_of(args.repeat, lambda: ours(large_report, folder / "ours.xlsx"))
        direct_s = best_of(args.repeat, lambda: direct(large_report, folder / "direct.xlsx"))
        ours_mb = peak(lambda: ours(large_report, folder / "ours.xlsx"))
        direct_mb = peak(lambda: direct(large_report, folder / "direct.xlsx"))
        whole_s = best_of(args.repeat, lambda: ours_whole(large_report, folder / "w.xlsx"))
        floor_s = best_of(args.repeat, lambda: direct_whole(large_report, folder / "d.xlsx"))
        whole_mb = peak(lambda: ours_whole(large_report, folder / "w.xlsx"))
        floor_mb = peak(lambda: direct_whole(large_report, folder / "d.xlsx"))
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
