"""The kernel: domain types, settings, vocabulary and text helpers shared by ingest and answering.
Imports nothing of the project (checked by lint-imports)."""
