"""Hostile text: what an applicant, a juror or an old database can put in front of the jury."""
