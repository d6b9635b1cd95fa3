"""The core never loads the interface, and reconciliation never loads the database."""

import subprocess
import sys


def loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in out.stdout.split()}


def test_services_and_reconciliation_leave_textual_out():
    loaded = loaded_after("import jury.reconcile, jury.services, jury.io.entries")
    assert "textual" not in loaded


def test_reconciliation_is_pure():
    loaded = loaded_after("import jury.reconcile")
    assert not loaded & {"sqlmodel", "sqlalchemy", "textual", "rich", "openpyxl", "pydantic"}


def test_the_package_root_is_light():
    loaded = loaded_after("import jury, jury.errors, jury.config")
    assert not loaded & {"sqlmodel", "sqlalchemy", "textual", "numpy", "openpyxl", "pydantic"}


def test_the_first_frame_needs_no_database_layer():
    """`jury` draws its loading screen before SQLAlchemy, pydantic or numpy are imported."""
    loaded = loaded_after("import jury.cli, jury.tui.app")
    assert not loaded & {"sqlmodel", "sqlalchemy", "pydantic", "numpy", "openpyxl"}
