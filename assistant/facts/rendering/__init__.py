"""Writing card answers: cited sentences, tables and the cards table."""
