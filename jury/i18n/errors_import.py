"""Problems in an input file, each with its file, row and column; award.toml's problems; text
refused for breaking a limit.

A place is written once (read.at.*) and every problem is "{place}: {what}" (read.problem), so
"entries.csv, rij 4, kolom 'titel': …" reads the same in every Dutch message.
"""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    # Where: a file, then its row (or line, or item), then its column (or field).
    "read.at.file": ("{at}", "{at}"),
    "read.at.row": ("{at}, rij {row}", "{at}, row {row}"),
    "read.at.line": ("{at}, regel {line}", "{at}, line {line}"),
    "read.at.row_line": ("{at}, rij {row} (regel {line})", "{at}, row {row} (line {line})"),
    "read.at.item": ("{at}, element {item}", "{at}, item {item}"),
    "read.at.column": ("{at}, kolom {column}", "{at}, column {column}"),
    "read.at.field": ("{at}, veld {field}", "{at}, field {field}"),
    "read.problem": ("{at}: {said}", "{at}: {said}"),
    "read.or": ("of", "or"),
    "import.what.input": ("het bestand", "input"),

    # Limits on text (jury.limits), for every route in.
    "limit.char": (
        "teken {position} is {char}, {kind}. {advice}",
        "character {position} is {char}, {kind}. {advice}",
    ),
    "limit.kind.direction": ("een teken voor de schrijfrichting", "a text-direction control"),
    "limit.kind.surrogate": (
        "en dat is geen tekst (het bestand is hier geen geldige Unicode)",
        "which is not text (the file is not valid Unicode here)",
    ),
    "limit.kind.control": ("een stuurteken", "a control character"),
    "limit.advice.remove": (
        "Haal het weg (het komt vaak mee met tekst die uit een ander programma is gekopieerd).",
        "Remove it (it often comes with text copied from another program).",
    ),
    "limit.advice.rename": ("Geef het bestand een andere naam.", "Rename the file."),
    "limit.length": ("{length} tekens; hoogstens {limit}.",
                     "{length} characters; at most {limit}."),
    "limit.refused": ("{what}: {problem} Er is niets opgeslagen.",
                      "{what}: {problem} Nothing was saved."),
    "limit.unstorable": (
        "{value}: teken {position} is {char} en kan niet worden opgeslagen. Er is niets "
        "opgeslagen.",
        "{value}: character {position} is {char}, which cannot be stored. Nothing was saved.",
    ),
    "limit.shown_cut": ("{start}… ({length} tekens)", "{start}… ({length} characters)"),

    # Reading a file: CSV, Excel, JSON, Markdown.
    "read.no_file": ("bestand bestaat niet.", "no such file."),
    "read.not_a_file": (
        "geen bestand. Geef een .csv-, .xlsx- of .json-bestand op, of een map met .md-bestanden.",
        "not a file. Name a .csv, .xlsx or .json file, or a folder of .md.",
    ),
    "read.unknown_kind": (
        "onbekend soort bestand. Gebruik .csv, .xlsx, .json of een map met .md-bestanden.",
        "unknown kind of file. Use .csv, .xlsx, .json or a folder of .md files.",
    ),
    "read.mixed_utf8": (
        "geen UTF-8 (byte {byte} bij teken {position}), terwijl de rest van het bestand UTF-8 "
        "is. Typ de letters met accenten op deze regel opnieuw, of sla het hele bestand opnieuw "
        "op als CSV UTF-8.",
        "not UTF-8 (byte {byte} at character {position}), though the rest of the file is "
        "UTF-8. Retype the accented letters on this line, or save the whole file again as CSV "
        "UTF-8.",
    ),
    "read.mixed_utf8_more": ("nog {n} regels zoals deze.", "{n} more lines like these."),
    "read.not_text": (
        "byte {byte} is geen UTF-8- en geen Windows-1252-tekst. Sla het bestand op als CSV "
        "UTF-8.",
        "byte {byte} is neither UTF-8 nor Windows-1252 text. Save the file as CSV UTF-8.",
    ),
    "read.open_quote": (
        "hier begint een veld met een aanhalingsteken, maar het sluitende aanhalingsteken "
        "ontbreekt. Voeg de sluitende \" toe (of haal de openende weg).",
        "a quoted field opens here and its closing quote is missing. Add the closing \" (or "
        "remove the opening one).",
    ),
    "read.not_csv": ("niet te lezen als CSV ({error}).", "not readable as CSV ({error})."),
    "read.not_workbook": ("geen leesbare Excel-werkmap ({error}).",
                          "not a readable Excel workbook ({error})."),
    "read.no_sheet": ("geen werkblad met de naam {sheet}; de werkbladen zijn {sheets}.",
                      "no sheet named {sheet}; the sheets are {sheets}."),
    "read.no_sheets": ("de werkmap heeft geen werkbladen.", "the workbook has no sheets."),
    "read.too_many_columns": ("{columns} kolommen; hoogstens {limit}.",
                              "{columns} columns; at most {limit}."),
    "read.too_many_rows": (
        "meer dan {limit} rijen; hoogstens {limit} inzendingen in één bestand. Splits het "
        "bestand, of verwijder de lege rijen onder de inzendingen.",
        "more than {limit} rows; at most {limit} entries in one file. Split the file, or "
        "delete the empty rows below the entries.",
    ),
    "read.too_big": (
        "{size} bytes; hoogstens {limit} voor dit soort bestand. Verdeel de inzendingen over "
        "kleinere bestanden.",
        "{size} bytes; at most {limit} for this kind of file. Split the entries over smaller "
        "files.",
    ),
    "read.unreadable": (
        "kan niet worden gelezen ({error}). Kijk of het bestand bestaat en of je het mag lezen.",
        "cannot be read ({error}). Check that the file exists and that you may read it.",
    ),
    "read.in_file_name": ("in de bestandsnaam: {problem}", "in the file name, {problem}"),
    "read.no_header": (
        "geen kopregel. De eerste rij noemt de kolommen (titel, organisatie, …).",
        "no header row. The first row names the columns (titel, organisatie, …).",
    ),
    "read.surplus_cells": (
        "{cells} cellen, maar de kopregel noemt {columns} kolommen. Kijk of er een "
        "scheidingsteken in een veld zonder aanhalingstekens staat.",
        "{cells} cells, but the header names {columns} columns. Check for a separator inside "
        "an unquoted field.",
    ),
    "read.empty_header": ("de kolomnaam is leeg.", "the header is empty."),
    "read.same_header": (
        "kolom {first} ({first_name}) en kolom {second} ({second_name}) hebben dezelfde naam. "
        "Geef een van beide een andere naam, of haal er een weg.",
        "columns {first} ({first_name}) and {second} ({second_name}) have the same name. "
        "Rename or remove one.",
    ),
    "read.name_length": ("de naam heeft {problem}", "the name has {problem}"),
    "read.name_chars": ("in de naam: {problem}", "in the name, {problem}"),
    "read.field_twice": ("het veld {field} staat er twee keer in. Houd er één over.",
                         "the field {field} appears twice. Keep one of them."),
    "read.not_json": ("geen geldige JSON ({error}).", "not valid JSON ({error})."),
    "read.json_too_deep": ("te diep genest; hoogstens {limit} niveaus.",
                           "nested too deeply; at most {limit} levels."),
    "read.json_deep": (
        "meer dan {limit} niveaus diep genest. Een inzendingenbestand is een lijst van objecten "
        "met tekstvelden.",
        "nested more than {limit} levels deep. An entry file is a list of objects with text "
        "fields.",
    ),
    "read.json_not_list": (
        "verwacht een lijst van objecten, één per inzending ([{{...}}, {{...}}]).",
        "expected a list of objects, one per entry ([{{...}}, {{...}}]).",
    ),
    "read.json_not_object": ("verwacht een object met velden, maar dit is {got}.",
                             "expected an object with fields, got {got}."),
    "read.json_list": ("verwacht tekst of een getal, maar dit is een lijst.",
                       "expected text or a number, got a list."),
    "read.json_nested": ("verwacht tekst of een getal, maar dit is een genest object.",
                         "expected text or a number, got a nested object."),
    "read.json_long_int": (
        "een getal van {length} cijfers ({start}…); hoogstens {limit}. Zet lange codes tussen "
        "aanhalingstekens, als tekst.",
        "a number of {length} digits ({start}…); at most {limit}. Put long codes in quotes, "
        "as text.",
    ),
    "read.json_long_float": (
        "een getal van {length} tekens ({start}…); hoogstens {limit}. Zet lange codes tussen "
        "aanhalingstekens, als tekst.",
        "a number of {length} characters ({start}…); at most {limit}. Put long codes in "
        "quotes, as text.",
    ),
    "read.json_huge": ("het getal {number} is te groot. Zet het tussen aanhalingstekens, als "
                       "tekst.",
                       "the number {number} is too large. Put it in quotes, as text."),
    "read.json_constant": (
        "{constant} is geen getal dat JSON toestaat; zet het tussen aanhalingstekens, als "
        "tekst.",
        "{constant} is not a number JSON allows; write it in quotes, as text.",
    ),
    "read.no_markdown": ("geen .md-bestanden in deze map.", "no .md files in this folder."),
    "read.too_many_markdown": ("{files} .md-bestanden; hoogstens {limit}.",
                               "{files} .md files; at most {limit}."),
    "read.md.no_front": (
        "geen kopgegevens; begin het bestand met een regel '---', dan 'titel: …' en de andere "
        "velden, dan '---'.",
        "no front matter; start the file with a '---' line, then 'titel: …' and the other "
        "fields, then '---'.",
    ),
    "read.md.unclosed": ("de kopgegevens hebben geen afsluitende regel '---'.",
                         "the front matter has no closing '---' line."),
    "read.md.too_long": (
        "de kopgegevens hebben {length} tekens; hoogstens {limit}. Zet lange tekst onder de "
        "tweede regel '---'.",
        "the front matter has {length} characters; at most {limit}. Put long text below the "
        "second '---' line.",
    ),
    "read.md.too_deep": ("de kopgegevens zijn te diep genest; gebruik regels 'veld: waarde'.",
                         "the front matter is nested too deeply; use 'field: value' lines."),
    "read.md.not_yaml": ("de kopgegevens zijn geen geldige YAML.",
                         "the front matter is not valid YAML."),
    "read.md.not_fields": ("de kopgegevens moeten regels 'veld: waarde' zijn.",
                           "the front matter must be 'field: value' lines."),
    "read.md.not_text": ("verwacht tekst of een getal.", "expected text or a number."),

    # An Excel file, looked at before it is read.
    "read.xlsx.too_big": (
        "{size} bytes; een Excel-bestand mag hoogstens {limit} bytes hebben. Verdeel de "
        "inzendingen over kleinere bestanden.",
        "{size} bytes; an Excel file may have at most {limit}. Split the entries over smaller "
        "files.",
    ),
    "read.xlsx.not_zip": (
        "geen leesbare Excel-werkmap (het is geen zipbestand). Sla het in Excel opnieuw op als "
        ".xlsx.",
        "not a readable Excel workbook (it is not a zip file). Save it again from Excel as "
        ".xlsx.",
    ),
    "read.xlsx.parts": (
        "{parts} onderdelen; een werkmap heeft er hoogstens {limit}. Dit is geen gewoon "
        "Excel-bestand.",
        "{parts} parts inside; a workbook has at most {limit}. This is not an ordinary Excel "
        "file.",
    ),
    "read.xlsx.unreadable": (
        "geen leesbare Excel-werkmap ({error}). Sla het in Excel opnieuw op.",
        "not a readable Excel workbook ({error}). Save it again from Excel.",
    ),
    "read.xlsx.unpacked": (
        "uitgepakt {size} bytes; hoogstens {limit}. De werkmap bevat veel meer dan een lijst "
        "inzendingen nodig heeft.",
        "unpacks to {size} bytes; at most {limit}. The workbook holds far more than a list of "
        "entries needs.",
    ),
    "read.xlsx.ratio": (
        "onderdeel {part} wordt uitgepakt {ratio} keer zo groot als het is opgeslagen; "
        "hoogstens {limit}. Dit is geen gewoon Excel-bestand.",
        "part {part} unpacks {ratio} times larger than it is stored; at most {limit}. This is "
        "not an ordinary Excel file.",
    ),
    "read.xlsx.unpack": (
        "onderdeel {part} kan niet worden uitgepakt ({error}). Dit is geen gewoon "
        "Excel-bestand; sla het in Excel opnieuw op.",
        "part {part} cannot be unpacked ({error}). This is not an ordinary Excel file; save it "
        "again from Excel.",
    ),
    "read.xlsx.declares.row": (
        "het werkblad noemt rij {row}; hoogstens {limit} rijen (een kopregel en de "
        "inzendingen). Verwijder de lege rijen onder de inzendingen, of kopieer de inzendingen "
        "naar een nieuw werkblad.",
        "the sheet declares row {row}; at most {limit} rows (a header and the entries). Delete "
        "the empty rows below the entries, or copy the entries to a new sheet.",
    ),
    "read.xlsx.reaches.row": (
        "het werkblad loopt tot rij {row}; hoogstens {limit} rijen (een kopregel en de "
        "inzendingen). Verwijder de lege rijen onder de inzendingen, of kopieer de inzendingen "
        "naar een nieuw werkblad.",
        "the sheet reaches row {row}; at most {limit} rows (a header and the entries). Delete "
        "the empty rows below the entries, or copy the entries to a new sheet.",
    ),
    "read.xlsx.declares.column": (
        "het werkblad noemt kolom {column}; hoogstens {limit} kolommen. Verwijder de lege "
        "kolommen rechts van de inzendingen, of kopieer de inzendingen naar een nieuw werkblad.",
        "the sheet declares column {column}; at most {limit} columns. Delete the empty columns "
        "right of the entries, or copy the entries to a new sheet.",
    ),
    "read.xlsx.reaches.column": (
        "het werkblad loopt tot kolom {column}; hoogstens {limit} kolommen. Verwijder de lege "
        "kolommen rechts van de inzendingen, of kopieer de inzendingen naar een nieuw werkblad.",
        "the sheet reaches column {column}; at most {limit} columns. Delete the empty columns "
        "right of the entries, or copy the entries to a new sheet.",
    ),
    "read.xlsx.declares.cells": (
        "het werkblad noemt {rows} rijen bij {columns} kolommen; hoogstens {limit} cellen. "
        "Kopieer de inzendingen naar een nieuw werkblad.",
        "the sheet declares {rows} rows by {columns} columns; at most {limit} cells. Copy the "
        "entries to a new sheet.",
    ),
    "read.xlsx.reaches.cells": (
        "het werkblad loopt tot {rows} rijen bij {columns} kolommen; hoogstens {limit} cellen. "
        "Kopieer de inzendingen naar een nieuw werkblad.",
        "the sheet reaches {rows} rows by {columns} columns; at most {limit} cells. Copy the "
        "entries to a new sheet.",
    ),
    "read.xlsx.holds": (
        "het werkblad bevat {rows} rijen en {cells} cellen; hoogstens {row_limit} rijen en "
        "{cell_limit} cellen.",
        "the sheet holds {rows} rows and {cells} cells; at most {row_limit} rows and "
        "{cell_limit} cells.",
    ),

    # Entries.
    "read.entries.id_again": (
        "nummer {id} komt nog een keer voor (eerst bij {first}). Elke inzending heeft een eigen "
        "nummer nodig.",
        "id {id} appears again (first at {first}). Every entry needs its own id.",
    ),
    "read.entries.same_field": (
        "de kolommen {first} en {second} betekenen allebei {field}. Houd er één over.",
        "columns {first} and {second} both mean {field}. Keep one of them.",
    ),
    "read.entries.no_column": ("geen kolom {names}. Elke inzending heeft er een nodig.",
                               "no column {names}. Every entry needs one."),
    "read.entries.empty.title": ("leeg. Elke inzending heeft een titel nodig.",
                                 "empty. Every entry needs a title."),
    "read.entries.empty.organisation": ("leeg. Elke inzending heeft een organisatie nodig.",
                                        "empty. Every entry needs an organisation."),
    "read.entries.empty.id": (
        "leeg. Geef elke inzending een nummer, of laat de hele kolom weg, dan worden de "
        "nummers gemaakt.",
        "empty. Give every entry an id, or leave the whole column out to have ids made.",
    ),
    "read.entries.email": ("{email} is geen e-mailadres (naam@voorbeeld.nl).",
                           "{email} is not an e-mail address (name@example.nl)."),
    "read.entries.language": (
        "{language} is geen taal van de brieven. Gebruik nl of en, of laat het leeg voor de "
        "taal van de prijs.",
        "{language} is not a language of the letters. Use nl or en, or leave it empty for the "
        "award's.",
    ),
    "read.entries.empty.category": ("leeg. Kies uit: {allowed}.",
                                    "empty. Use one of: {allowed}."),
    "read.entries.category": (
        "{category} is geen categorie van deze prijs. Kies uit: {allowed}.",
        "{category} is not a category of this award. Use one of: {allowed}.",
    ),

    # Scores.
    "read.scores.no_column": ("geen kolom {name} (of {other}).",
                              "no column {name} (or {other})."),
    "read.scores.entry": ("{entry} is geen inzending die meedingt.",
                          "{entry} is not an entry in the running."),
    "read.scores.empty.entry": ("leeg. Geef het nummer van de inzending.",
                                "empty. Give the entry's id."),
    "read.scores.criterion": ("{criterion} is geen criterium; gebruik {allowed}.",
                              "{criterion} is not a criterion; use {allowed}."),
    "read.scores.recused": ("{written}: schrijf ja of nee (yes/no).",
                            "{written}: write yes or no (ja/nee)."),
    "read.scores.recused_score": (
        "{score}: een rij met een belangenconflict heeft geen score. Laat het leeg.",
        "{score}: a recused row carries no score. Leave it empty.",
    ),
    "read.scores.empty.reason": (
        "leeg. Een belangenconflict heeft een reden nodig: zakelijk, persoonlijk, of een paar "
        "woorden.",
        "empty. A recusal needs a reason: professional, personal, or a few words.",
    ),
    "read.scores.empty.score": (
        "leeg. Geef een score op {scale}, of markeer de rij als belangenconflict.",
        "empty. Give a score on {scale}, or mark the row recused.",
    ),
    "read.scores.not_number": ("{score} is geen getal.", "{score} is not a number."),
    "read.scores.outside": ("{score} ligt buiten {scale}.", "{score} is outside {scale}."),
    "read.scores.twice": (
        "{juror} heeft {entry} al gescoord op {criterion} (bij {first}).",
        "{juror} scored {entry} on {criterion} already (at {first}).",
    ),
    "read.scores.recused_and_scored": (
        "{juror} heeft hier een belangenconflict bij {entry}, maar scoort de inzending bij "
        "{scored}. Een jurylid met een belangenconflict geeft de inzending geen scores: laat "
        "het belangenconflict of de scores weg.",
        "{juror} has a conflict of interest on {entry} here, yet scores it at {scored}. A "
        "recused juror gives no scores for the entry: leave out either the recusal or the "
        "scores.",
    ),
    "read.scores.empty.juror": ("leeg. Noem het jurylid zoals op de jurylijst.",
                                "empty. Name the juror as on the jury list."),
    "read.scores.juror_twins": (
        "{juror} kan {twins} zijn: deze juryleden verschillen alleen in hoofdletters. Schrijf "
        "de naam precies zoals 'jury jurors list' hem toont.",
        "{juror} could be {twins}: these jurors differ only in capitals. Write the name "
        "exactly as 'jury jurors list' shows it.",
    ),
    "read.scores.not_juror": (
        "{juror} is geen jurylid van deze prijs. De juryleden zijn: {jurors}.",
        "{juror} is not a juror of this award. The jurors are: {jurors}.",
    ),
    "read.scores.not_juror.none": (
        "{juror} is geen jurylid van deze prijs. Er zijn nog geen juryleden.",
        "{juror} is not a juror of this award. The jurors are: none yet.",
    ),

    # Paper ballots.
    "read.papers.no_number": (
        "geen kolom 'stemming' (het nummer van de stemronde, 1 voor de eerste ronde).",
        "no column 'ballot' (the ballot's number, 1 for the first round).",
    ),
    "read.papers.no_ranks": (
        "geen kolommen voor de plaatsen: noem ze 1, 2, 3, … (plaats 1 is de beste).",
        "no rank columns: name them 1, 2, 3, … (place 1 is the best).",
    ),
    "read.papers.category": (
        "{category} is geen categorie met een stemming; verwacht een van {allowed}.",
        "{category} is not a category with a ballot; expected one of {allowed}.",
    ),
    "read.papers.empty.category": (
        "leeg, maar dit moet een categorie met een stemming zijn; verwacht een van {allowed}.",
        "'empty' is not a category with a ballot; expected one of {allowed}.",
    ),
    "read.papers.number": ("{number} is geen nummer van een stemming (een heel getal vanaf 1).",
                           "{number} is not a ballot number (a whole number from 1)."),
    "read.papers.ranking": ("{problem}; de kandidaten zijn {candidates}.",
                            "{problem}; the candidates are {candidates}."),
    "read.papers.not_candidate": ("plaats {rank}: {name} is geen kandidaat",
                                  "rank {rank}: {name} is not a candidate"),
    "read.papers.twice": ("plaats {rank}: {name} staat er twee keer op",
                          "rank {rank}: {name} is ranked twice"),
    "read.papers.empty": ("een leeg stembiljet; zet minstens één kandidaat op een plaats.",
                          "an empty ballot; rank at least one candidate."),

    # award.toml.
    "award_toml.not_regular": ("{path}: geen gewoon bestand. award.toml moet een tekstbestand "
                               "zijn.",
                               "{path}: not a regular file. award.toml must be a text file."),
    "award_toml.too_big": ("{path}: {size} bytes; award.toml mag hoogstens {limit} bytes "
                           "hebben.",
                           "{path}: {size} bytes; award.toml may have at most {limit}."),
    "award_toml.not_found": (
        "{path}: niet gevonden. Elke prijsmap heeft een award.toml nodig (zie de README).",
        "{path}: not found. Every award folder needs an award.toml (see the README).",
    ),
    "award_toml.too_deep": ("{path}: te diep genest voor de instellingen van een prijs.",
                            "{path}: nested too deeply to be an award's settings."),
    "award_toml.unreadable": (
        "{path}: kan niet worden gelezen ({error}). Kijk of het bestand bestaat en of je het "
        "mag lezen.",
        "{path}: cannot be read ({error}). Check that the file exists and that you may read it.",
    ),
    "award_toml.not_utf8": ("{path}: geen UTF-8-tekst. Sla award.toml op als UTF-8.",
                            "{path}: not UTF-8 text. Save award.toml as UTF-8."),
    "award_toml.not_toml": ("{path}: geen geldige TOML: {error}.",
                            "{path}: not valid TOML: {error}."),
    "award_toml.problems": ("{problems}", "{problems}"),
    "award_toml.problem": ("{path}: {setting}: {problem}", "{path}: {setting}: {problem}"),
    "award_toml.top_level": ("(bovenste niveau)", "(top level)"),
    "award_toml.missing": ("ontbreekt; deze sleutel is verplicht",
                           "missing; this key is required"),
    "award_toml.unknown_key": (
        "onbekende sleutel; controleer de spelling met de beschrijving van award.toml in de "
        "README",
        "unknown key; check its spelling against the README's award.toml reference",
    ),
    "award_toml.pattern": (
        "{given} is niet toegestaan; gebruik alleen kleine letters en lage streepjes (a-z, _)",
        "{given} is not allowed; use lowercase letters and underscores only (a-z, _)",
    ),
    "award_toml.literal": ("{given} is niet toegestaan; gebruik {expected}",
                           "{given} is not allowed; use {expected}"),
    "award_toml.finite": ("{given} is niet toegestaan; gebruik een eindig getal",
                          "{given} is not allowed; use a finite number"),
    "award_toml.greater_than": ("{given} is niet toegestaan; gebruik een getal groter dan "
                                "{bound}",
                                "{given} is not allowed; use a number greater than {bound}"),
    "award_toml.at_least": ("{given} is niet toegestaan; gebruik minstens {bound}",
                            "{given} is not allowed; use at least {bound}"),
    "award_toml.at_most": ("{given} is niet toegestaan; gebruik hoogstens {bound}",
                           "{given} is not allowed; use at most {bound}"),
    "award_toml.whole": ("{given} is niet toegestaan; gebruik een heel getal",
                         "{given} is not allowed; use a whole number"),
    "award_toml.count": ("{given} is niet toegestaan; gebruik een heel getal van 1 tot en met "
                         "{limit}",
                         "{given} is not allowed; use a whole number from 1 to {limit}"),
    "award_toml.number": ("{given} is niet toegestaan; gebruik een getal",
                          "{given} is not allowed; use a number"),
    "award_toml.bool": ("{given} is niet toegestaan; gebruik true of false",
                        "{given} is not allowed; use true or false"),
    "award_toml.text": ("{given} is niet toegestaan; gebruik tekst tussen aanhalingstekens",
                        "{given} is not allowed; use text in quotes"),
    "award_toml.list": ("{given} is niet toegestaan; gebruik een lijst [ … ]",
                        "{given} is not allowed; use a list [ … ]"),
    "award_toml.table": ("{given} is niet toegestaan; gebruik een tabel met sleutels",
                         "{given} is not allowed; use a table of keys"),
    "award_toml.empty": ("leeg; vul een tekst in", "empty; write some text"),
    "award_toml.too_long": ("{length} tekens; hoogstens {limit}",
                            "{length} characters; at most {limit}"),
    "award_toml.items": ("{items} onderdelen; hoogstens {limit}", "{items} items; at most {limit}"),
    "award_toml.other": ("{problem} (gegeven: {given})", "{problem} (got {given})"),
    "award_toml.step": ("{step} is niet toegestaan; gebruik 1 of 0,5",
                        "{step} is not allowed; use 1 or 0.5"),
    "award_toml.max_min": ("max ({max}) moet groter zijn dan min ({min})",
                           "max ({max}) must be greater than min ({min})"),
    "award_toml.steps": (
        "van min {min} tot max {max} in stappen van {step} is {steps} stappen; hoogstens "
        "{limit}",
        "from min {min} to max {max} in steps of {step} is {steps} steps; at most {limit}",
    ),
    "award_toml.grid": ("min en max moeten veelvouden zijn van de stap {step}",
                        "min and max must be multiples of step {step}"),
    "award_toml.label_key": ("labels: sleutel {name} is geen getal",
                             "labels: key {name} is not a number"),
    "award_toml.label_value": ("labels: {name} is geen waarde op de schaal {scale}",
                               "labels: {name} is not a value on the scale {scale}"),
    "award_toml.scale": ("{min}–{max}", "{min}–{max}"),
    "award_toml.scale.step": ("{min}–{max} in stappen van {step}",
                              "{min}–{max} in steps of {step}"),
    "award_toml.key_twice": ("sleutel {name} komt twee keer voor; elke sleutel moet uniek zijn",
                             "key {name} appears twice; keys must be unique"),
    "award_toml.band_outside": (
        "feedback.bands: {band} begint bij {start}, buiten de schaal {scale}",
        "feedback.bands: {band} starts from {start}, outside the scale {scale}",
    ),
    "award_toml.band_same": (
        "feedback.bands: twee niveaus beginnen bij dezelfde waarde; geef elk een eigen 'from'",
        "feedback.bands: two bands start from the same value; give each its own 'from'",
    ),
    "award_toml.tie_break": ("ranking.tie_break: {rule} is niet een van {allowed}",
                             "ranking.tie_break: {rule} is not one of {allowed}"),
}
