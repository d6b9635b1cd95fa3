"""One screen per step: sign-in, the entry list, scoring an entry, the chair, dialogs."""
