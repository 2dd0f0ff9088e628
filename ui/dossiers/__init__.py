"""The Dossiers area: the searchable list of persons and the dossier editor."""
