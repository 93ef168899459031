"""The database: schema and migrations, saving meetings, ingest, search, timelines and exports."""
