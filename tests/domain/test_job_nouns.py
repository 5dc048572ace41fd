"""The nouns that end a job's name: a line ending in one reads as a title, one ending in another word does not."""

from __future__ import annotations

from assistant.domain.job_nouns import ends_with_job_noun


def test_liaisons_producers_and_navigators_are_jobs() -> None:
    assert ends_with_job_noun("Small Business Liaison") and ends_with_job_noun("Film Permit Liaisons")
    assert ends_with_job_noun("Government Access Television Producer")
    assert ends_with_job_noun("Patient Navigator")
    assert not ends_with_job_noun("Distribution of Work") and not ends_with_job_noun("Working Conditions")
