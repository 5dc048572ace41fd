"""Where fact cards live (SQLite per data dir) and how they follow the index."""
