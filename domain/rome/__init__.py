"""France Travail's ROME 4.0 referential: release reading, validation, import into the store."""
