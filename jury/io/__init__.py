"""Files in and out: submissions readers, scoresheets, the ceremony workbook. No UI here."""
