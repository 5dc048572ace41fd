"""The nouns that end a job's name: a line ending in one reads as a title, one ending in another word does not."""

from __future__ import annotations

from assistant.domain.job_nouns import ends_with_job_noun


def test_liaisons_producers_and_navigators_are_jobs() -> None:
    assert ends_with_job_noun("Small Business Liaison") and ends_with_job_noun("Film Permit Liaisons")
    assert ends_with_job_noun("Government Access Television Producer")
    assert ends_with_job_noun("Patient Navigator")
    assert not ends_with_job_noun("Distribution of Work") and not ends_with_job_noun("Working Conditions")


def test_a_trainee_class_in_training_is_a_job() -> None:
    """"Operator-in-Training" names a trainee class; "Training" alone is no job."""
    assert ends_with_job_noun("Water Resource Recovery Operator-in-Training")
    assert ends_with_job_noun("Engineer in Training")
    assert not ends_with_job_noun("Training") and not ends_with_job_noun("Required Training")


def test_installers_stewards_trainers_and_tellers_are_jobs() -> None:
    assert ends_with_job_noun("Weatherization Installer III") and ends_with_job_noun("Racing Steward")
    assert ends_with_job_noun("Athletic Trainer I / II / III") and ends_with_job_noun("Bank Teller")
    assert ends_with_job_noun("Revenue Collector") and ends_with_job_noun("Animal Keeper")
