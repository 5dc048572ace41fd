"""Understanding a question: the classes and employers it names (catalog), what it asks (intents),
and what a follow-up refers to (plan)."""
