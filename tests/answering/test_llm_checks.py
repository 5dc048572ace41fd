"""The LLM answer mode's checks that need no LLM package: settings validation, and the post-processor
(:func:`check_generated`) that keeps only generated sentences their cited source supports, on real
corpus text."""

from __future__ import annotations

import pytest

from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.llm import LLMAnswerer
from assistant.answering.llm_support import check_generated, support
from assistant.settings import Settings, SettingsError

from conftest import BUTTE_NAME, MCPS_NAME


def test_settings_llm_mode_needs_base_url() -> None:
    with pytest.raises(SettingsError, match="JCA_LLM_BASE_URL"):
        Settings(answer_mode="llm")
    with pytest.raises(SettingsError, match="JCA_LLM_BASE_URL"):
        Settings(answer_mode="llm", llm_model="m")


def test_llm_answerer_validates_settings() -> None:
    fallback = ExtractiveAnswerer()
    with pytest.raises(SettingsError, match="JCA_LLM_BASE_URL"):
        LLMAnswerer(Settings(), fallback=fallback)
    with pytest.raises(SettingsError, match="JCA_LLM_BASE_URL must start with http"):
        LLMAnswerer(Settings(llm_base_url="127.0.0.1:8080/v1", llm_model="m"), fallback=fallback)
    with pytest.raises(SettingsError, match="JCA_LLM_MODEL"):
        LLMAnswerer(Settings(llm_base_url="http://127.0.0.1:8080/v1"), fallback=fallback)
    with pytest.raises(SettingsError, match="JCA_LLM_TIMEOUT_S"):
        LLMAnswerer(Settings(llm_base_url="http://h/v1", llm_model="m", llm_timeout_s=0), fallback=fallback)
    LLMAnswerer(Settings(llm_base_url="http://h/v1", llm_model="m"), fallback=fallback)  # no connection yet


def test_check_generated_on_corpus_text(seed_texts: dict[str, str]) -> None:
    butte, mcps = seed_texts[BUTTE_NAME], seed_texts[MCPS_NAME]
    wage = next(line.strip() for line in butte.splitlines() if line.strip().startswith("Wage Range:"))
    license_ = next(s.strip() for s in mcps.splitlines() if "motor vehicle operator" in s)
    sources = {1: "Information Technology Specialist — Butte County — Wage Range\n" + wage,
               2: "IT Systems Specialist — Montgomery County Public Schools\n" + license_}
    generated = (
        "Sure! Here is the answer.\n"
        "The Butte County Information Technology Specialist wage range is $25.34-33.96 hourly [1]. "
        "The salary is $999,999 a year [1]. "
        "The position requires a valid motor vehicle operator's license [7]. "
        "The IT Systems Specialist needs a valid motor vehicle operator's license [Source 2, 9]. "
        "Employees receive free lunch and a company car [2]. "
        "The IT Systems Specialist does not need a motor vehicle operator's license [2].\n"
        "The Butte County Information Technology Specialist wage range is $25.34-33.96 hourly [1]."
    )
    kept, dropped = check_generated(generated, sources)
    assert kept == ("The Butte County Information Technology Specialist wage range is $25.34-33.96 hourly [1]. "
                    "The IT Systems Specialist needs a valid motor vehicle operator's license [2].")
    assert dropped == [
        "Sure!", "Here is the answer.",  # cite nothing
        "The salary is $999,999 a year [1].",  # a figure its source does not state
        "The position requires a valid motor vehicle operator's license [7].",  # [7] does not exist
        "Employees receive free lunch and a company car [2].",  # its source does not say so
        "The IT Systems Specialist does not need a motor vehicle operator's license [2].",  # contradicts it
    ]
    assert support("The salary is $999,999 a year [1].", sources[1]) < 0.5
    # polarity: the sentence must not flip what its source says
    overtime = {3: "ITSS II and III (grade 23 to 25) are not eligible for overtime pay."}
    assert check_generated("ITSS II and III (grade 23 to 25) are eligible for overtime pay [3].", overtime)[0] == ""
    assert check_generated("ITSS II is not eligible for overtime pay [3].", overtime)[0] == (
        "ITSS II is not eligible for overtime pay [3].")
    assert check_generated("I don't know; the documents don't say.", sources) == ("", ["I don't know; the documents don't say."])
