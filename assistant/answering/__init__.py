"""Answering from retrieved passages: backends (extractive, LLM), evidence, citations, verification,
and the LangChain chain that runs them."""
