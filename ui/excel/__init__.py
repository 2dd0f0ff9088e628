"""Excel in the GUI: the import wizard and the export of the dossier list."""
